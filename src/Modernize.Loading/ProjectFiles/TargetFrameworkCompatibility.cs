using System.Globalization;

namespace Modernize.Loading.ProjectFiles;

/// <summary>A simplified NuGet nearest-framework rule: the same family at the highest version not above the target, then .NET Standard.</summary>
public static class TargetFrameworkCompatibility
{
    /// <summary>The subfolder of <paramref name="parent"/> (a package's lib/ or ref/) that best fits <paramref name="target"/>, or null.</summary>
    public static string? BestFolder(string parent, string target)
    {
        if (!Directory.Exists(parent))
        {
            return null;
        }

        var wanted = Parse(target);
        return Directory.EnumerateDirectories(parent)
            .Select(d => (Folder: d, Framework: Parse(Path.GetFileName(d))))
            .Where(x => x.Framework.Family != Family.Unknown && IsCompatible(wanted, x.Framework) && Directory.EnumerateFiles(x.Folder, "*.dll").Any())
            .OrderByDescending(x => x.Framework.Family == wanted.Family)
            .ThenByDescending(x => x.Framework.Version)
            .Select(x => x.Folder)
            .FirstOrDefault();
    }

    public enum Family
    {
        Unknown,
        NetFramework,
        NetStandard,
        NetCore,
    }

    public readonly record struct Framework(Family Family, int Version);

    /// <summary>Parses <c>net48</c>, <c>net472</c>, <c>netstandard2.0</c>, <c>netcoreapp3.1</c>, <c>net8.0</c>, <c>net10.0-windows</c>.</summary>
    public static Framework Parse(string moniker)
    {
        var text = moniker.ToLowerInvariant().Split('-')[0];
        if (text.StartsWith("netstandard", StringComparison.Ordinal))
        {
            return new Framework(Family.NetStandard, Number(text["netstandard".Length..]));
        }

        if (text.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            return new Framework(Family.NetCore, Number(text["netcoreapp".Length..]));
        }

        if (text.StartsWith("net", StringComparison.Ordinal))
        {
            var rest = text[3..];
            if (rest.Contains('.', StringComparison.Ordinal))
            {
                return new Framework(Family.NetCore, Number(rest));
            }

            // net45, net472: digits are major, minor, build.
            return rest.Length > 0 && rest.All(char.IsAsciiDigit)
                ? new Framework(Family.NetFramework, Number(string.Join('.', rest.Select(c => c.ToString()))))
                : new Framework(Family.Unknown, 0);
        }

        return new Framework(Family.Unknown, 0);
    }

    private static bool IsCompatible(Framework target, Framework candidate) => candidate.Family switch
    {
        _ when candidate.Family == target.Family => candidate.Version <= target.Version,
        Family.NetStandard when target.Family == Family.NetCore => true,
        Family.NetStandard when target.Family == Family.NetFramework => candidate.Version <= 200 && target.Version >= 461,
        _ => false,
    };

    /// <summary>2.0 -> 200, 4.7.2 -> 472, 10.0 -> 1000.</summary>
    private static int Number(string version)
    {
        var parts = version.Split('.');
        int Part(int i) => i < parts.Length && int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return (Part(0) * 100) + (Part(1) * 10) + Part(2);
    }
}
