namespace Modernize.Model.Store;

/// <summary>A scan as listed by the store: its id and headline facts, without the full document.</summary>
public sealed record StoredScan(
    long Id,
    string SolutionIdentity,
    string SolutionName,
    DateTimeOffset StartedAt,
    string? GitCommit,
    string? GitBranch,
    string ToolVersion,
    IReadOnlyList<Kpis.Kpi> Kpis)
{
    /// <summary>The scan's input fingerprint (<see cref="Scan.ScanInfo.InputFingerprint"/>), kept in its own column so a reuse check reads no document.</summary>
    public string? InputFingerprint { get; init; }
}
