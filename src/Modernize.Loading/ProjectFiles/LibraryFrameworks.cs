namespace Modernize.Loading.ProjectFiles;

/// <summary>
/// Picks, in a package's <c>lib/&lt;framework&gt;/</c> folders, the assembly a .NET Framework project would get when the
/// framework folder its HintPath names is gone: the nearest .NET Framework folder (the highest not above the one named, else
/// the lowest above it), then .NET Standard (2.0 first, then 1.x from the highest, then 2.1), then any other folder.
/// Only the types the code names matter to a scan, so a near framework beats none.
/// </summary>
internal static class LibraryFrameworks
{
    /// <summary><paramref name="rest"/> is the HintPath's part inside the package folder, such as <c>lib/net461/Autofac.dll</c>.</summary>
    public static string? SameAssemblyInNearestFramework(string packageFolder, string rest)
    {
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 3 || !string.Equals(segments[0], "lib", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lib = Path.Combine(packageFolder, "lib");
        if (!Directory.Exists(lib))
        {
            return null;
        }

        var wanted = FrameworkVersion(segments[1]);
        var candidates = Directory.EnumerateDirectories(lib)
            .Select(folder => (Folder: Path.GetFileName(folder), File: Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), segments[2], StringComparison.OrdinalIgnoreCase))))
            .Where(c => c.File is not null)
            .ToList();
        return candidates
            .OrderBy(c => Rank(c.Folder, wanted))
            .ThenBy(c => c.Folder, StringComparer.Ordinal)
            .Select(c => c.File)
            .FirstOrDefault();
    }

    /// <summary>Lower is better.</summary>
    private static double Rank(string folder, int? wanted)
    {
        if (FrameworkVersion(folder) is { } version)
        {
            var target = wanted ?? 999;
            return version <= target ? (target - version) / 1000.0 : 1 + (version - target) / 1000.0;
        }

        if (folder.StartsWith("netstandard", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(folder["netstandard".Length..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var standard))
        {
            return standard switch
            {
                2.0 => 2,
                < 2.0 => 3 + (2.0 - standard),
                _ => 5,
            };
        }

        return 6;
    }

    /// <summary><c>net461</c> → 461, <c>net45</c> → 450, <c>net4</c>/<c>net40</c> → 400; null for anything that is not a .NET Framework folder.</summary>
    private static int? FrameworkVersion(string folder)
    {
        var lower = folder.ToLowerInvariant();
        if (!lower.StartsWith("net", StringComparison.Ordinal) || lower.Length < 4)
        {
            return null;
        }

        var digits = lower[3..];
        if (!digits.All(char.IsAsciiDigit) || digits.Length > 3 || digits[0] is not ('1' or '2' or '3' or '4'))
        {
            return null;
        }

        return int.Parse(digits.PadRight(3, '0'), System.Globalization.CultureInfo.InvariantCulture);
    }
}
