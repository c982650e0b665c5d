using System.Globalization;
using System.Security;

namespace Modernize.Loading.Environment;

/// <summary>
/// Downloads exact package versions into the global packages folder through a throwaway project of
/// <c>PackageDownload</c> items in a temp folder: no dependency resolution, no framework compatibility check, nothing
/// written into the scanned tree. Used outside <c>--safe</c> only (it starts <c>dotnet restore</c>).
/// </summary>
public static class PackageDownloader
{
    /// <summary>
    /// Downloads the packages that are not installed yet. A version the feeds lack is replaced by the nearest served version
    /// (<see cref="PackageVersions.StandIn"/>: same major, else nearest higher, else nearest lower), which HintPath mapping and
    /// the fallback reader then use. Returns the packages of which no version could be had.
    /// </summary>
    public static async Task<IReadOnlyList<(string Id, string Version)>> EnsureInstalledAsync(
        IEnumerable<(string Id, string Version)> packages, string dotnet, CancellationToken cancellationToken)
    {
        var missing = packages
            .Where(p => !IsInstalled(p))
            .DistinctBy(p => (p.Id.ToUpperInvariant(), p.Version.ToUpperInvariant()))
            .ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        // Round one: the exact versions, in one restore (packages the feeds lack do not stop the others from downloading).
        await RestoreAsync(missing, dotnet, cancellationToken).ConfigureAwait(false);
        var left = missing.Where(p => !IsInstalled(p)).ToList();
        if (left.Count > 0)
        {
            // Round two: for each version the feeds lack, the stand-in among the versions they do serve.
            var served = await PackageFeeds.ServedVersionsAsync(left.Select(p => p.Id), TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
            var standIns = left
                .Select(p => (p.Id, Version: PackageVersions.StandIn(p.Version, served.GetValueOrDefault(p.Id) ?? [])))
                .Where(p => p.Version is not null && !IsInstalled((p.Id, p.Version!)))
                .Select(p => (p.Id, Version: p.Version!))
                .DistinctBy(p => (p.Id.ToUpperInvariant(), p.Version.ToUpperInvariant()))
                .ToList();
            if (standIns.Count > 0)
            {
                await RestoreAsync(standIns, dotnet, cancellationToken).ConfigureAwait(false);
            }
        }

        return missing.Where(p => !IsInstalled(p) && !PackageVersions.HasStandIn(p.Id, p.Version)).ToList();
    }

    private static async Task<string> RestoreAsync(List<(string Id, string Version)> packages, string dotnet, CancellationToken cancellationToken)
    {
        var folder = TempFolders.Create("download");
        try
        {
            var downloads = string.Concat(packages.Select(p => string.Format(
                CultureInfo.InvariantCulture,
                "    <PackageDownload Include=\"{0}\" Version=\"[{1}]\" />\n",
                SecurityElement.Escape(p.Id),
                SecurityElement.Escape(p.Version))));
            var project = Path.Combine(folder, "download.csproj");
            await File.WriteAllTextAsync(
                project,
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><DisableImplicitNuGetFallbackFolder>true</DisableImplicitNuGetFallbackFolder></PropertyGroup>\n  <ItemGroup>\n" + downloads + "  </ItemGroup>\n</Project>\n",
                cancellationToken).ConfigureAwait(false);
            var result = await DotnetCli.RunAsync(dotnet, ["restore", project, "--nologo"], folder, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
            return result.Combined;
        }
        finally
        {
            ReferenceAssemblyRestorer.TryDelete(folder);
        }
    }

    private static bool IsInstalled((string Id, string Version) package) =>
        Directory.Exists(NuGetFolders.PackageFolder(package.Id, package.Version));
}
