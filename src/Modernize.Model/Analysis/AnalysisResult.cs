namespace Modernize.Model.Analysis;

/// <summary>What the architecture analysis adds to a scan.</summary>
public sealed record AnalysisResult(
    IReadOnlyList<PackageMetrics> Metrics,
    IReadOnlyList<Cycle> Cycles,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<LegacyBlocker> Blockers,
    IReadOnlyList<Hotspot> Hotspots,
    IReadOnlyList<ChangeCoupling> ChangeCoupling,
    IReadOnlyList<FileChangeStats> FileChanges)
{
    public static AnalysisResult Empty { get; } = new([], [], [], [], [], [], []);
}
