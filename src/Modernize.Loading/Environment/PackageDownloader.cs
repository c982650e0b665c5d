using System.Globalization;
using System.Security;
using System.Text.RegularExpressions;

namespace Modernize.Loading.Environment;

/// <summary>
/// Downloads exact package versions into the global packages folder through a throwaway project of
/// <c>PackageDownload</c> items in a temp folder: no dependency resolution, no framework compatibility check, nothing
/// written into the scanned tree. Used outside <c>--safe</c> only (it starts <c>dotnet restore</c>).
/// </summary>
public static partial class PackageDownloader
{
    /// <summary>
    /// Downloads the packages that are not installed yet; a version the feeds lack is replaced by NuGet's nearest version
    /// of the same major (HintPath mapping then falls back to it). Returns the packages still missing afterwards.
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

        // One package the feeds lack fails the whole batch: the second round leaves out what NuGet named as unknown and
        // asks for the nearest same-major version of what it named as missing only in that version.
        var output = await RestoreAsync(missing, dotnet, cancellationToken).ConfigureAwait(false);
        var left = missing.Where(p => !IsInstalled(p)).ToList();
        if (left.Count > 0)
        {
            var unknown = UnknownPackage().Matches(output).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var nearest = NearestVersion().Matches(output)
                .GroupBy(m => m.Groups["id"].Value, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Groups["nearest"].Value, StringComparer.OrdinalIgnoreCase);
            var retry = left
                .Where(p => !unknown.Contains(p.Id))
                .Select(p => nearest.TryGetValue(p.Id, out var version) ? (p.Id, Version: version) : p)
                .Where(p => !nearest.ContainsKey(p.Id) || left.Any(l => string.Equals(l.Id, p.Id, StringComparison.OrdinalIgnoreCase) && PackageVersions.Major(l.Version) == PackageVersions.Major(p.Version)))
                .ToList();
            if (retry.Count > 0)
            {
                await RestoreAsync(retry, dotnet, cancellationToken).ConfigureAwait(false);
            }
        }

        return missing.Where(p => !IsInstalled(p) && !PackageVersions.HasSameMajor(p.Id, p.Version)).ToList();
    }

    private static async Task<string> RestoreAsync(List<(string Id, string Version)> packages, string dotnet, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "modernize-download-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
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
            return result.Output;
        }
        finally
        {
            ReferenceAssemblyRestorer.TryDelete(folder);
        }
    }

    private static bool IsInstalled((string Id, string Version) package) =>
        Directory.Exists(NuGetFolders.PackageFolder(package.Id, package.Version));

    [GeneratedRegex(@"NU1101: Unable to find package (?<id>[^\s.][^\s]*?)\.? No packages exist", RegexOptions.None, 1000)]
    private static partial Regex UnknownPackage();

    [GeneratedRegex(@"NU1102: Unable to find package (?<id>\S+) with version[^\r\n]*[\r\n]+[^\r\n]*Nearest version: (?<nearest>[0-9A-Za-z.\-+]+)", RegexOptions.None, 1000)]
    private static partial Regex NearestVersion();
}
