using System.Globalization;
using System.Security;

namespace Modernize.Loading.Environment;

/// <summary>Downloads missing .NET Framework reference-assembly packages into the global packages folder through a throwaway project in a temp folder.</summary>
public static class ReferenceAssemblyRestorer
{
    /// <summary>Restores the packages of <paramref name="choices"/> that are not installed; returns warnings for those that stay missing.</summary>
    public static async Task<IReadOnlyList<string>> EnsureInstalledAsync(IEnumerable<FrameworkReferenceAssemblies.Choice> choices, string dotnet, CancellationToken cancellationToken)
    {
        var missing = choices.Where(c => !c.IsInstalled).DistinctBy(c => c.PackageId).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var folder = TempFolders.Create("refasm");
        try
        {
            var downloads = string.Concat(missing.Select(c => string.Format(
                CultureInfo.InvariantCulture,
                "    <PackageDownload Include=\"{0}\" Version=\"[{1}]\" />\n",
                SecurityElement.Escape(c.PackageId),
                SecurityElement.Escape(c.PackageVersion))));
            var project = Path.Combine(folder, "refasm.csproj");
            await File.WriteAllTextAsync(
                project,
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><DisableImplicitNuGetFallbackFolder>true</DisableImplicitNuGetFallbackFolder></PropertyGroup>\n  <ItemGroup>\n" + downloads + "  </ItemGroup>\n</Project>\n",
                cancellationToken).ConfigureAwait(false);
            var result = await DotnetCli.RunAsync(dotnet, ["restore", project, "--nologo", "-v", "quiet"], folder, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
            return missing
                .Where(c => !c.IsInstalled)
                .Select(c => $"could not restore {c.PackageId} {c.PackageVersion} (dotnet restore exit code {result.ExitCode}): .NET Framework types will not resolve")
                .ToList();
        }
        finally
        {
            TryDelete(folder);
        }
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
