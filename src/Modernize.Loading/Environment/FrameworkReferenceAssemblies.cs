using System.Globalization;

namespace Modernize.Loading.Environment;

/// <summary>
/// .NET Framework reference assemblies from the Microsoft.NETFramework.ReferenceAssemblies.net4xx packages, which stand in for
/// the targeting packs that Linux lacks. Versions with no package get the nearest available set, and say so.
/// </summary>
public sealed class FrameworkReferenceAssemblies
{
    /// <summary>The reference-assembly packages known to exist on the package source (id suffix, version).</summary>
    private static readonly (string Moniker, string Version)[] KnownPackages =
    [
        ("net40", "1.0.0"), ("net45", "1.0.2"), ("net461", "1.0.3"), ("net462", "1.0.3"), ("net472", "1.0.3"), ("net48", "1.0.3"),
    ];

    private readonly string packagesFolder;

    public FrameworkReferenceAssemblies(string? packagesFolder = null) => this.packagesFolder = packagesFolder ?? NuGetFolders.GlobalPackages;

    /// <summary>A chosen reference set for one framework version.</summary>
    /// <param name="Requested">The project's version, for example <c>v4.7.1</c>.</param>
    /// <param name="Used">The version whose assemblies are used, for example <c>v4.7.2</c>.</param>
    /// <param name="PackageId">The package that holds them.</param>
    /// <param name="Folder">The <c>build/.NETFramework/vX</c> folder (it exists only when the package is installed).</param>
    public sealed record Choice(string Requested, string Used, string PackageId, string PackageVersion, string Folder)
    {
        public bool IsSubstitute => !string.Equals(Requested, Used, StringComparison.OrdinalIgnoreCase);

        public bool IsInstalled => Directory.Exists(Folder);

        public string? Warning => IsSubstitute
            ? $".NET Framework {Requested} reference assemblies are not available; used the nearest set, {Used} ({PackageId} {PackageVersion})"
            : null;
    }

    /// <summary>Chooses the reference set for a <c>TargetFrameworkVersion</c> such as <c>v4.8</c> (or a moniker such as <c>net48</c>).</summary>
    public Choice Choose(string frameworkVersion) => Nearest(frameworkVersion, Available().Select(a => ToChoice(frameworkVersion, a))).First();

    /// <summary>The nearest reference set already installed for <paramref name="frameworkVersion"/>; null when none is.</summary>
    public Choice? ChooseInstalled(string frameworkVersion) =>
        Nearest(frameworkVersion, Available().Select(a => ToChoice(frameworkVersion, a)).Where(c => c.IsInstalled)).FirstOrDefault();

    private static IEnumerable<Choice> Nearest(string frameworkVersion, IEnumerable<Choice> choices)
    {
        var wanted = Key(ToVersionFolder(frameworkVersion));
        return choices.OrderBy(c => Math.Abs(Key(c.Used) - wanted)).ThenByDescending(c => Key(c.Used));
    }

    private Choice ToChoice(string frameworkVersion, (string Id, string Version, string Folder) available) =>
        new(ToVersionFolder(frameworkVersion), available.Folder, available.Id, available.Version,
            Path.Combine(NuGetFolders.PackageFolderIn(packagesFolder, available.Id, available.Version), "build", ".NETFramework", available.Folder));

    /// <summary>Turns <c>net472</c>, <c>v4.7.2</c> or <c>4.7.2</c> into <c>v4.7.2</c>.</summary>
    public static string ToVersionFolder(string frameworkVersion)
    {
        ArgumentNullException.ThrowIfNull(frameworkVersion);
        var text = frameworkVersion.Trim();
        if (text.StartsWith("net", StringComparison.OrdinalIgnoreCase) && !text.Contains('.', StringComparison.Ordinal))
        {
            var digits = text[3..];
            return "v" + string.Join('.', digits.Select(c => c.ToString()));
        }

        return text.StartsWith('v') || text.StartsWith('V') ? "v" + text[1..] : "v" + text;
    }

    /// <summary>The moniker of a version folder: <c>v4.7.2</c> -> <c>net472</c>.</summary>
    public static string ToMoniker(string versionFolder) => "net" + ToVersionFolder(versionFolder)[1..].Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>Known packages plus any other net4xx reference-assembly package already installed.</summary>
    private List<(string Id, string Version, string Folder)> Available()
    {
        var result = KnownPackages
            .Select(k => (Id: PackageId(k.Moniker), k.Version, Folder: ToVersionFolder(k.Moniker)))
            .ToList();
        if (Directory.Exists(packagesFolder))
        {
            foreach (var dir in Directory.EnumerateDirectories(packagesFolder, "microsoft.netframework.referenceassemblies.net*"))
            {
                var moniker = Path.GetFileName(dir)["microsoft.netframework.referenceassemblies.".Length..];
                var version = Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).LastOrDefault();
                if (version is not null && !result.Any(r => r.Folder == ToVersionFolder(moniker)))
                {
                    result.Add((PackageId(moniker), version, ToVersionFolder(moniker)));
                }
            }
        }

        return result;
    }

    private static string PackageId(string moniker) => "Microsoft.NETFramework.ReferenceAssemblies." + moniker;

    /// <summary>A sortable number for a version folder: v4.7.2 -> 472, v4.8 -> 480, v3.5 -> 350.</summary>
    private static int Key(string versionFolder)
    {
        var parts = versionFolder.TrimStart('v', 'V').Split('.');
        int Part(int i) => i < parts.Length && int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return (Part(0) * 100) + (Part(1) * 10) + Part(2);
    }
}
