using System.Text.RegularExpressions;
using Modernize.Loading.Environment;
using Modernize.Model.Graph;

namespace Modernize.Loading.ProjectFiles;

/// <summary>Finds package assemblies on this machine: packages.config HintPaths mapped to the global packages folder, and PackageReference lib folders.</summary>
public sealed partial class PackageResolver(string globalPackages)
{
    public string GlobalPackages { get; } = globalPackages;

    /// <summary>
    /// The assembly a <c>&lt;HintPath&gt;</c> points to: the path itself when it exists, else <c>packages/Id.Version/rest</c>
    /// mapped to <c>&lt;global packages&gt;/id/version/rest</c> when that exists; null otherwise.
    /// </summary>
    public string? MapHintPath(string hintPath, IEnumerable<PackageItem> knownPackages)
    {
        ArgumentNullException.ThrowIfNull(hintPath);
        if (File.Exists(hintPath))
        {
            return hintPath;
        }

        var match = PackagesSegment().Match(hintPath.Replace('\\', '/'));
        if (!match.Success)
        {
            return null;
        }

        var folder = match.Groups["folder"].Value;
        var rest = match.Groups["rest"].Value;
        var known = knownPackages.FirstOrDefault(p => p.Version is not null && string.Equals(folder, p.Id + "." + p.Version, StringComparison.OrdinalIgnoreCase));
        var (id, version) = known is not null ? (known.Id, known.Version!) : SplitFolder(folder);
        if (id.Length == 0)
        {
            return null;
        }

        var mapped = Path.Combine(NuGetFolders.PackageFolderIn(GlobalPackages, id, version), rest);
        var exact = File.Exists(mapped) ? mapped : FindCaseInsensitive(NuGetFolders.PackageFolderIn(GlobalPackages, id, version), rest);
        if (exact is not null)
        {
            return exact;
        }

        // The exact version is not on this machine (nor on the feeds): the same assembly of the installed stand-in, from
        // another framework folder when the stand-in dropped the one the HintPath names (Autofac 6 has no lib/net461).
        if (PackageVersions.Installed(GlobalPackages, id, version) is not { } substitute)
        {
            return null;
        }

        var standInFolder = NuGetFolders.PackageFolderIn(GlobalPackages, id, substitute);
        return FindCaseInsensitive(standInFolder, rest) ?? LibraryFrameworks.SameAssemblyInNearestFramework(standInFolder, rest);
    }

    /// <summary>The installed version standing in for an exact version that is not installed; null when the exact one is there or nothing stands in.</summary>
    public PackageStandIn? StandIn(PackageItem package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var version = package.Version?.Trim();
        if (string.IsNullOrEmpty(version) || version.IndexOfAny(['[', '(', '*', ',']) >= 0
            || Directory.Exists(NuGetFolders.PackageFolderIn(GlobalPackages, package.Id, version)))
        {
            return null;
        }

        var used = PackageVersions.Installed(GlobalPackages, package.Id, version);
        return used is null ? null : new PackageStandIn(package.Id, version, used);
    }

    /// <summary>Whether the package's folder exists in the global packages folder (any version when none is pinned; a stand-in when the exact one is missing).</summary>
    public bool IsInstalled(PackageItem package) => InstalledFolder(package) is not null;

    /// <summary>The compile-time assemblies of a package for a target moniker: the closest compatible <c>ref/</c> or <c>lib/</c> folder.</summary>
    public IReadOnlyList<string> CompileAssemblies(PackageItem package, string targetMoniker)
    {
        var folder = InstalledFolder(package);
        if (folder is null)
        {
            return [];
        }

        foreach (var kind in new[] { "ref", "lib" })
        {
            var best = TargetFrameworkCompatibility.BestFolder(Path.Combine(folder, kind), targetMoniker);
            if (best is not null)
            {
                return Directory.EnumerateFiles(best, "*.dll").Order(StringComparer.Ordinal).ToList();
            }
        }

        return [];
    }

    private string? InstalledFolder(PackageItem package)
    {
        var idFolder = Path.Combine(GlobalPackages, package.Id.ToLowerInvariant());
        if (!Directory.Exists(idFolder))
        {
            return null;
        }

        var version = package.Version?.Trim('[', ']', '(', ')', ' ').Split(',')[0].Trim();
        if (!string.IsNullOrEmpty(version) && !version.Contains('*', StringComparison.Ordinal))
        {
            var exact = Path.Combine(idFolder, version.ToLowerInvariant());
            if (Directory.Exists(exact))
            {
                return exact;
            }

            if (package.Version == version)
            {
                // An exact version the feeds lack: the installed stand-in (docs/decisions.md, package stand-ins).
                return PackageVersions.Installed(GlobalPackages, package.Id, version) is { } standIn ? Path.Combine(idFolder, standIn) : null;
            }
        }

        return Directory.EnumerateDirectories(idFolder).Order(StringComparer.Ordinal).LastOrDefault();
    }

    /// <summary>Splits <c>Newtonsoft.Json.13.0.3</c> into id and version: the version starts at the first all-numeric segment.</summary>
    private static (string Id, string Version) SplitFolder(string folder)
    {
        var parts = folder.Split('.');
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length > 0 && parts[i].All(char.IsAsciiDigit))
            {
                return (string.Join('.', parts[..i]), string.Join('.', parts[i..]));
            }
        }

        return (string.Empty, string.Empty);
    }

    private static string? FindCaseInsensitive(string root, string relative)
    {
        var current = root;
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Directory.Exists(current))
            {
                return null;
            }

            var next = Directory.EnumerateFileSystemEntries(current).FirstOrDefault(e => string.Equals(Path.GetFileName(e), segment, StringComparison.OrdinalIgnoreCase));
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return File.Exists(current) ? current : null;
    }

    [GeneratedRegex(@"(?:^|/)packages/(?<folder>[^/]+)/(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PackagesSegment();
}
