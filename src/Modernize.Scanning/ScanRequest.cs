using Modernize.Model.Configuration;
using Modernize.Storage;

namespace Modernize.Scanning;

/// <summary>What the user asked a scan to do.</summary>
/// <param name="Path">Solution, project or folder to scan.</param>
/// <param name="Safe">No MSBuild evaluation and no processes (see docs/cli.md).</param>
/// <param name="JsonOutput">Where to write the scan JSON, if anywhere.</param>
public sealed record ScanRequest(string Path, bool Safe, string? JsonOutput)
{
    /// <summary>modernize.yml to use instead of the one found beside the scanned solution.</summary>
    public string? MapPath { get; init; }

    /// <summary>An already loaded configuration (check reads it before scanning); wins over <see cref="MapPath"/>.</summary>
    public ModernizeConfig? Config { get; init; }

    /// <summary>Overrides the proposal's seed (modernize.yml <c>proposal.seed</c>).</summary>
    public int? Seed { get; init; }

    /// <summary>Overrides the proposal's resolution (modernize.yml <c>proposal.resolution</c>).</summary>
    public double? Resolution { get; init; }

    /// <summary>Read git history for hotspots and change coupling (off: faster, no history findings).</summary>
    public bool ReadHistory { get; init; } = true;

    /// <summary>
    /// Compute only what <c>check</c>'s rules read (decision 62): no cell proposal unless a rule needs it, no product-map
    /// evaluation, no KPIs, autonomy and history only for the cross-cell limit. Set through <see cref="Pipeline.ScanContext.ForRules"/>.
    /// </summary>
    public bool RulesOnly { get; init; }

    /// <summary>Where per-document extraction results are cached between scans (the scan store); null walks every document.</summary>
    public IScanStore? ExtractionCache { get; init; }
}
