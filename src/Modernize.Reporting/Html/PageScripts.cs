namespace Modernize.Reporting.Html;

/// <summary>
/// The page scripts under <c>web/</c>, in the order they are inlined. Each file defines one name (its module: <c>dom</c>,
/// <c>state</c>, <c>cellsMapSection</c>…) that the files after it may use; <see cref="HtmlPage"/> concatenates them into one
/// <c>&lt;script&gt;</c> inside one function scope, so nothing leaks to <c>window</c> and no loader or bundler is needed.
/// </summary>
public static class PageScripts
{
    /// <summary>Helpers both pages use: DOM building (text nodes only), number and date formats, paged tables, charts.</summary>
    public static IReadOnlyList<string> Shared { get; } =
    [
        "web/shared/dom.js",
        "web/shared/format.js",
        "web/shared/table.js",
        "web/shared/charts.js",
    ];

    /// <summary>The scan report: its one state object, the pieces several sections share, one file per section, then the page.</summary>
    public static IReadOnlyList<string> Report { get; } =
    [
        .. Shared,
        "web/report/state.js",
        "web/report/cell-colors.js",
        "web/report/section-head.js",
        "web/report/dependency-table.js",
        "web/report/seam-details.js",
        "web/report/finding-table.js",
        "web/report/cells-graph.js",
        "web/report/cell-members.js",
        "web/report/cell-details.js",
        "web/report/sections/summary.js",
        "web/report/sections/cells-map.js",
        "web/report/sections/seams.js",
        "web/report/sections/dsm.js",
        "web/report/sections/cycles.js",
        "web/report/sections/hotspots.js",
        "web/report/sections/autonomy.js",
        "web/report/sections/blockers.js",
        "web/report/sections/fidelity.js",
        "web/report/sections/trend.js",
        "web/report/sections/diff.js",
        "web/report/sections/violations.js",
        "web/report/sections/findings.js",
        "web/report/page.js",
    ];

    /// <summary>The portfolio page.</summary>
    public static IReadOnlyList<string> Portfolio { get; } = [.. Shared, "web/portfolio/page.js"];

    /// <summary>The scripts joined in order inside one strict-mode function, each headed by its path.</summary>
    public static string Join(IEnumerable<string> resources) =>
        "(function () {\n'use strict';\n\n"
        + string.Join("\n", resources.Select(r => "/* ---- " + r + " ---- */\n" + ReportAssets.Read(r)))
        + "\n})();";
}
