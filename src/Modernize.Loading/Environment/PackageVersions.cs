using NuGet.Versioning;

namespace Modernize.Loading.Environment;

/// <summary>
/// Which version stands in for a package version that is not to be had. The rule favours fidelity: the nearest version of the
/// same major first (semantic versioning keeps its API), else the nearest higher one (APIs grow more often than they
/// shrink), else the nearest lower one. Prereleases stand in only for prereleases.
/// </summary>
public static class PackageVersions
{
    /// <summary>The major version number, or -1 when the version does not start with one.</summary>
    public static int Major(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return NuGetVersion.TryParse(version, out var parsed) ? parsed.Major : -1;
    }

    /// <summary>The stand-in for <paramref name="wanted"/> among <paramref name="candidates"/> (the rule above); null when none qualifies.</summary>
    public static string? StandIn(string wanted, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (!NuGetVersion.TryParse(wanted, out var target))
        {
            return null;
        }

        var parsed = candidates
            .Select(c => NuGetVersion.TryParse(c, out var v) ? (Text: c, Version: v) : (Text: c, Version: null!))
            .Where(c => c.Version is not null && (target.IsPrerelease || !c.Version.IsPrerelease))
            .ToList();
        var exact = parsed.FirstOrDefault(c => c.Version == target);
        if (exact.Text is not null)
        {
            return exact.Text;
        }

        var sameMajor = parsed.Where(c => c.Version.Major == target.Major).ToList();
        var pool = sameMajor.Count > 0 ? sameMajor : parsed;
        var higher = pool.Where(c => c.Version > target).OrderBy(c => c.Version).FirstOrDefault();
        return higher.Text ?? pool.Where(c => c.Version < target).OrderByDescending(c => c.Version).FirstOrDefault().Text;
    }

    /// <summary>The installed version of <paramref name="id"/> that stands in for <paramref name="version"/> (the exact one when installed).</summary>
    public static string? Installed(string id, string version) => Installed(NuGetFolders.GlobalPackages, id, version);

    /// <summary>As <see cref="Installed(string, string)"/>, in the given packages folder.</summary>
    public static string? Installed(string packagesFolder, string id, string version)
    {
        ArgumentNullException.ThrowIfNull(id);
        var folder = Path.Combine(packagesFolder, id.ToLowerInvariant());
        return Directory.Exists(folder)
            ? StandIn(version, Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>())
            : null;
    }

    /// <summary>Whether some version of the package that can stand in for <paramref name="version"/> is installed.</summary>
    public static bool HasStandIn(string id, string version) => Installed(id, version) is not null;
}
