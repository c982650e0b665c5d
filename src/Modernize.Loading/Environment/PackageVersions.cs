namespace Modernize.Loading.Environment;

/// <summary>Installed versions of a package in the global packages folder, for when the exact version is not there.</summary>
public static class PackageVersions
{
    /// <summary>The major version number, or -1 when the version does not start with one.</summary>
    public static int Major(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(dot < 0 ? version : version[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : -1;
    }

    /// <summary>
    /// The installed version of <paramref name="id"/> with the same major version as <paramref name="version"/> that is
    /// closest to it (the lowest higher one first, else the highest lower one); null when none is installed.
    /// Same-major versions are API-compatible by semantic versioning, which is as close as a scan can get without the exact one.
    /// </summary>
    public static string? SameMajor(string id, string version) => SameMajor(NuGetFolders.GlobalPackages, id, version);

    /// <summary>As <see cref="SameMajor(string, string)"/>, in the given packages folder.</summary>
    public static string? SameMajor(string packagesFolder, string id, string version)
    {
        ArgumentNullException.ThrowIfNull(id);
        var folder = Path.Combine(packagesFolder, id.ToLowerInvariant());
        if (!Directory.Exists(folder) || !System.Version.TryParse(Numeric(version), out var wanted))
        {
            return null;
        }

        var candidates = Directory.EnumerateDirectories(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(v => Major(v) == wanted.Major && System.Version.TryParse(Numeric(v), out _))
            .Select(v => (Text: v, Version: System.Version.Parse(Numeric(v))))
            .ToList();
        var higher = candidates.Where(c => c.Version >= wanted).OrderBy(c => c.Version).FirstOrDefault();
        return higher.Text ?? candidates.OrderByDescending(c => c.Version).FirstOrDefault().Text;
    }

    public static bool HasSameMajor(string id, string version) => SameMajor(id, version) is not null;

    private static string Numeric(string version)
    {
        var cut = version.IndexOfAny(['-', '+']);
        return cut < 0 ? version : version[..cut];
    }
}
