namespace Modernize.Reporting.Html;

// The page's data contract: what the page scripts (web/report) read from the embedded JSON. Aggregated and capped so a 5,000-type scan stays small and fast.
#pragma warning disable SA1649, CA1819 // Several small records that only make sense together; arrays are the JSON shape the page scripts read.

/// <summary>The whole page.</summary>
public sealed record ReportModel(
    ReportMeta Meta,
    IReadOnlyList<KpiView> Kpis,
    IReadOnlyList<TrendScanView> TrendScans,
    CellsView Cells,
    DsmView NamespaceDsm,
    DsmView ProjectDsm,
    IReadOnlyList<CycleView> Cycles,
    HistoryView History,
    IReadOnlyList<BlockerView> Blockers,
    FidelityView Fidelity,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<ViolationView> Violations,
    DiffView? Diff)
{
    /// <summary>Cell autonomy from history (the model's figures, unmapped files capped); null without history.</summary>
    public Model.Autonomy.AutonomyResult? Autonomy { get; init; }
}

public sealed record ReportMeta(
    string Solution,
    string Identity,
    string Root,
    string ToolVersion,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    string? Commit,
    string? Branch,
    bool SafeMode,
    int Projects,
    int Types,
    int Dependencies,
    IReadOnlyList<LibraryView> Libraries);

public sealed record LibraryView(string Name, string Version, string License);

/// <summary>A headline KPI with its change since the previous scan and its values across <see cref="ReportModel.TrendScans"/> (null where a scan lacks it).</summary>
public sealed record KpiView(
    string Key,
    string Title,
    string Description,
    bool HigherIsBetter,
    bool Percent,
    int Decimals,
    double Value,
    string Display,
    double? Previous,
    double? Delta,
    string? DeltaDisplay,
    string Direction,
    IReadOnlyList<double?> Trend);

public sealed record TrendScanView(long Id, DateTimeOffset StartedAt, string? Commit, string? Branch);

/// <summary>Cells with their members grouped by namespace ("units"), the directed weights between units, seams and the extraction order.</summary>
public sealed record CellsView(
    string Origin,
    IReadOnlyList<CellView> Items,
    IReadOnlyList<UnitView> Units,
    IReadOnlyList<int[]> UnitEdges,
    IReadOnlyList<SeamView> Seams,
    IReadOnlyList<ExtractionStepView> Extraction,
    IReadOnlyList<SharedTableView> SharedData,
    QualityView? Quality,
    IReadOnlyList<string> Comparison);

public sealed record CellView(
    int Index,
    string Name,
    string Kind,
    string Origin,
    string? Owner,
    double Score,
    BreakdownView Breakdown,
    IReadOnlyList<string> Explanation,
    int Types,
    int Lines,
    IReadOnlyList<DataAccessView> Data)
{
    /// <summary>The seams inside a large cell, for the reader to drill into (docs/cells.md, "Sub-cells").</summary>
    public IReadOnlyList<SubCellView> SubCells { get; init; } = [];
}

/// <summary>A sub-cell of a cell: its name, members, cohesion inside the cell and weight to its siblings.</summary>
public sealed record SubCellView(string Name, IReadOnlyList<string> Members, double Cohesion, double SiblingWeight);

/// <summary>A table, entity or SQL text a cell's types touch, and where.</summary>
public sealed record DataAccessView(string Target, string Kind, string Operation, string From, string Location);

public sealed record BreakdownView(double Cohesion, double Coupling, int InterfaceWidth, int SharedData, int Cycles, double ChangeCoupling, int Size, int BlockerPoints);

/// <summary>
/// The types of one namespace inside one cell. Each type is [id, kind, file, line, source lines, cyclomatic complexity,
/// membership confidence 0..1, strongest evidence]; the last two are null where the decomposition has no membership for it
/// (a declared map, an older scan).
/// </summary>
public sealed record UnitView(int Index, int Cell, string Namespace, int Lines, IReadOnlyList<object?[]> Types);

public sealed record SeamView(string From, string To, int Weight, double ChangeCoupling, int DependencyCount, IReadOnlyList<DependencyView> Dependencies);

public sealed record DependencyView(string From, string To, int Weight, IReadOnlyDictionary<string, int> Kinds, IReadOnlyList<string> Samples);

public sealed record ExtractionStepView(int Rank, string Cell, double Score, string Reason);

public sealed record SharedTableView(string Table, IReadOnlyList<string> Cells, IReadOnlyList<string> Accessors, IReadOnlyList<string> Writers);

public sealed record QualityView(double Modularity, double StructuralModularity, double InterPartitionCallPercentage, double InterfaceNumber, double NonExtremeDistribution);

/// <summary>A dependency structure matrix: <see cref="Entries"/> are [row, column, weight] meaning row uses column; <see cref="Cyclic"/> marks entries inside a cycle.</summary>
public sealed record DsmView(
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Groups,
    IReadOnlyList<int[]> Entries,
    IReadOnlyList<int[]> Cyclic,
    int Total);

public sealed record CycleView(string Level, IReadOnlyList<string> Members, int Weight, IReadOnlyList<DependencyView> Cuts);

public sealed record HistoryView(bool Available, string? Commit, string? Branch, IReadOnlyList<HotspotView> Hotspots, IReadOnlyList<CouplingView> ChangeCoupling, IReadOnlyList<FileChurnView> Files);

public sealed record HotspotView(string Level, string Element, int Revisions, int Churn, int Complexity, int Authors, double Score);

public sealed record CouplingView(string Level, string A, string B, int SharedRevisions, double Degree);

public sealed record FileChurnView(string Path, int Revisions, int Churn, IReadOnlyList<string> Authors);

public sealed record BlockerView(string Project, string Id, string Title, string Remedy, int Points, int IncidentCount, IReadOnlyList<IncidentView> Incidents);

public sealed record IncidentView(string Detail, string? Location);

public sealed record FidelityView(IReadOnlyList<ProjectFidelityView> Projects, IReadOnlyList<string> Warnings)
{
    /// <summary>Listed projects that were not scanned, each as "path: reason".</summary>
    public IReadOnlyList<string> MissingProjects { get; init; } = [];
}

public sealed record ProjectFidelityView(
    string Name,
    string Path,
    string Language,
    IReadOnlyList<string> TargetFrameworks,
    string Style,
    string Mode,
    int Documents,
    int Errors,
    int Resolved,
    int Unresolved,
    double ResolvedRatio,
    bool Low,
    IReadOnlyList<string> TopMissing,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Why references may not resolve, each as "kind: detail" (missing reference assemblies, package stand-ins...).</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];
}

public sealed record FindingView(string RuleId, string Severity, string Message, IReadOnlyList<string> Symbols, IReadOnlyList<string> Locations);

public sealed record ViolationView(string RuleId, string RuleText, string Severity, string From, string To, string Kind, string? Location, string Message);

public sealed record DiffView(
    long BeforeId,
    long AfterId,
    DateTimeOffset BeforeAt,
    DateTimeOffset AfterAt,
    IReadOnlyList<KpiDeltaView> Kpis,
    IReadOnlyList<FindingView> NewFindings,
    IReadOnlyList<FindingView> FixedFindings,
    int UnchangedFindings,
    IReadOnlyList<DependencyView> NewCrossCell,
    IReadOnlyList<DependencyView> RemovedCrossCell);

public sealed record KpiDeltaView(string Key, string Title, double? Before, double? After, double Delta, string Direction);
#pragma warning restore SA1649, CA1819
