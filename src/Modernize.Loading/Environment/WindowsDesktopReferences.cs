using System.Globalization;
using Microsoft.CodeAnalysis;
using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;

namespace Modernize.Loading.Environment;

/// <summary>
/// WPF and WinForms on .NET (net9.0-windows with UseWPF or UseWindowsForms) compile against the Windows desktop reference
/// pack, Microsoft.WindowsDesktop.App.Ref. Off Windows the SDK restores it from the feeds; where they do not serve it (this
/// workplace's mirror, an offline machine) every WPF and WinForms type went unresolved: ScreenToGif's main project resolved
/// 74 % of its type references. The runtime pack of the same major version (Microsoft.WindowsDesktop.App.Runtime.win-x64)
/// carries the same public API as full assemblies, with each file's profile (WPF, WindowsForms) in its RuntimeList.xml, so
/// it stands in, and the project says so.
/// </summary>
public static class WindowsDesktopReferences
{
    public const string RuntimePackId = "Microsoft.WindowsDesktop.App.Runtime.win-x64";
    private const string ReferencePackId = "Microsoft.WindowsDesktop.App.Ref";

    /// <summary>The .NET major version of a Windows target (net9.0-windows7.0: 9), 0 for any other target.</summary>
    public static int WindowsMajor(IEnumerable<string> targetFrameworks) =>
        targetFrameworks.Select(WindowsTargetMajor).Where(m => m >= 5).DefaultIfEmpty(0).Max();

    /// <summary>The desktop profiles a project asks for itself (UseWPF, UseWindowsForms).</summary>
    public static IReadOnlyList<string> OwnProfiles(ProjectFileFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new[] { ("UseWPF", "WPF"), ("UseWindowsForms", "WindowsForms") }.Where(p => facts.IsTrue(p.Item1)).Select(p => p.Item2).ToList();
    }

    /// <summary>
    /// Adds the runtime pack's assemblies of the project's profiles when its build found none of them (no PresentationFramework for WPF,
    /// no System.Windows.Forms for WinForms), downloading the pack first if needed; a name the project references already
    /// (a package's System.Drawing.Common) is left as the build resolved it.
    /// </summary>
    public static async Task<Project> AddWhereMissingAsync(Project project, int major, IReadOnlyList<string> profiles, string dotnet, List<string> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(warnings);
        var present = project.MetadataReferences.OfType<PortableExecutableReference>()
            .Select(r => Path.GetFileNameWithoutExtension(r.FilePath))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lacking = profiles.Where(p => !present.Contains(p == "WPF" ? "PresentationFramework" : "System.Windows.Forms")).ToList();
        if (lacking.Count == 0)
        {
            return project;
        }

        var wanted = string.Create(CultureInfo.InvariantCulture, $"{major}.0.0");
        var version = PackageVersions.Installed(RuntimePackId, wanted) is { } installed && PackageVersions.Major(installed) == major
            ? installed
            : await DownloadAsync(wanted, major, dotnet, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            warnings.Add($"{string.Join(" and ", lacking)} types will not resolve: neither {ReferencePackId} nor {RuntimePackId} {major}.x is on the package feeds");
            return project;
        }

        // The base framework's own facades of desktop assemblies (WindowsBase, Microsoft.VisualBasic) give way to the desktop
        // ones, as the SDK's conflict resolution lets the higher version win; a package's copy stays.
        var facades = project.MetadataReferences.OfType<PortableExecutableReference>()
            .Where(r => r.FilePath is { } file && IsBaseFrameworkPack(file))
            .ToDictionary(r => Path.GetFileNameWithoutExtension(r.FilePath)!, r => (MetadataReference)r, StringComparer.OrdinalIgnoreCase);
        var assemblies = Assemblies(NuGetFolders.PackageFolder(RuntimePackId, version), lacking)
            .Where(a => facades.ContainsKey(Path.GetFileNameWithoutExtension(a)) || present.Add(Path.GetFileNameWithoutExtension(a)))
            .ToList();
        foreach (var assembly in assemblies)
        {
            if (facades.TryGetValue(Path.GetFileNameWithoutExtension(assembly), out var facade))
            {
                project = project.RemoveMetadataReference(facade);
            }
        }

        warnings.Add($"{ReferencePackId} for net{major}.0 was not restored: {string.Join(" and ", lacking)} types were read from the runtime pack {RuntimePackId} {version} instead ({assemblies.Count} assemblies)");
        return project.AddMetadataReferences(assemblies.Select(a => MetadataReference.CreateFromFile(a)));
    }

    /// <summary>The base framework's reference pack, in the SDK's packs/ folder or restored into the global packages folder.</summary>
    private static bool IsBaseFrameworkPack(string file) =>
        file.Replace('\\', '/').Contains("/microsoft.netcore.app.ref/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The managed assemblies of the given profiles (and of none, which both share) listed in the pack's RuntimeList.xml.</summary>
    internal static IEnumerable<string> Assemblies(string packFolder, IReadOnlyCollection<string> profiles)
    {
        var list = Path.Combine(packFolder, "data", "RuntimeList.xml");
        if (!File.Exists(list))
        {
            return [];
        }

        return SafeXml.Load(list).Root!.Elements("File")
            .Where(f => (string?)f.Attribute("Type") == "Managed")
            .Where(f => ((string?)f.Attribute("Profile"))?.Split(';') is not { } own || own.Intersect(profiles, StringComparer.Ordinal).Any())
            .Select(f => Path.Combine(packFolder, ((string?)f.Attribute("Path") ?? string.Empty).Replace('/', Path.DirectorySeparatorChar)))
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(p))
            .ToList();
    }

    private static async Task<string?> DownloadAsync(string wanted, int major, string dotnet, CancellationToken cancellationToken)
    {
        await PackageDownloader.EnsureInstalledAsync([(RuntimePackId, wanted)], dotnet, cancellationToken).ConfigureAwait(false);
        return PackageVersions.Installed(RuntimePackId, wanted) is { } installed && PackageVersions.Major(installed) == major ? installed : null;
    }

    /// <summary>5 for net5.0-windows, 9 for net9.0-windows7.0; 0 for a framework without a Windows platform.</summary>
    private static int WindowsTargetMajor(string framework)
    {
        var dash = framework.IndexOf("-windows", StringComparison.OrdinalIgnoreCase);
        if (dash < 0 || !framework.StartsWith("net", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var version = framework[3..dash];
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(dot < 0 ? version : version[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0;
    }
}
