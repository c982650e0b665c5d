using System.Reflection;
using System.Text.Json;

namespace Modernize.Reporting.Html;

/// <summary>The scripts and styles embedded at build time (the libraries by build/ReportLibraries.targets, our scripts and styles from web/), read once.</summary>
public static class ReportAssets
{
    /// <summary>The npm packages inlined into every report, in load order (each UMD bundle finds its dependency as a global).</summary>
    public static IReadOnlyList<(string Package, string Resource)> Libraries { get; } =
    [
        ("cytoscape", "web/cytoscape.min.js"),
        ("layout-base", "web/layout-base.js"),
        ("cose-base", "web/cose-base.js"),
        ("cytoscape-fcose", "web/cytoscape-fcose.js"),
        ("echarts", "web/echarts.min.js"),
    ];

    private static readonly Lazy<IReadOnlyList<LibraryView>> VersionsLazy = new(ReadVersions);

    /// <summary>Name, exact version and licence of each inlined library, from the committed package-lock.json.</summary>
    public static IReadOnlyList<LibraryView> Versions => VersionsLazy.Value;

    public static string Read(string resource)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource '{resource}' is missing: build Modernize.Reporting with the npm registry reachable (see docs/report.md)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<LibraryView> ReadVersions()
    {
        using var lockFile = JsonDocument.Parse(Read("web/package-lock.json"));
        var packages = lockFile.RootElement.GetProperty("packages");
        return Libraries
            .Select(l => packages.GetProperty("node_modules/" + l.Package))
            .Zip(Libraries, (entry, l) => new LibraryView(
                l.Package,
                entry.GetProperty("version").GetString() ?? "?",
                entry.TryGetProperty("license", out var license) ? license.GetString() ?? "?" : "?"))
            .ToList();
    }
}
