namespace Modernize.Model.Kpis;

/// <summary>The decoupling KPIs Modernize stores with every scan. Keys are stable: they are stored and compared across scans.</summary>
public static class KpiCatalog
{
    public const string CrossCellDependencies = "crossCellDependencies";
    public const string CrossCellWeight = "crossCellWeight";
    public const string CycleCount = "cycleCount";
    public const string LargestCycle = "largestCycle";
    public const string TissueShare = "tissueShare";
    public const string AverageDistance = "averageDistance";
    public const string Modularity = "modularity";
    public const string BlockerPoints = "blockerPoints";
    public const string RuleViolations = "ruleViolations";
    public const string Types = "types";
    public const string SourceLines = "sourceLines";
    public const string Findings = "findings";
    public const string CrossCellChangeRatio = "crossCellChangeRatio";
    public const string TouchesTissueRatio = "touchesTissueRatio";
    public const string CrossCellPullRequestRatio = "crossCellPullRequestRatio";
    public const string OwnershipAlignment = "ownershipAlignment";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(CrossCellDependencies, "Cross-cell dependencies", "Type-level dependencies whose ends lie in different cells (tissue excluded).", false, "0"),
        new(CrossCellWeight, "Cross-cell weight", "Sum of the weights (reference counts) of cross-cell dependencies.", false, "0"),
        new(CycleCount, "Cycles", "Namespace-level strongly connected components of two or more namespaces.", false, "0"),
        new(LargestCycle, "Largest cycle", "Number of namespaces in the largest namespace cycle.", false, "0"),
        new(TissueShare, "Tissue share", "Share of source lines in tissue.", false, "0.0%"),
        new(AverageDistance, "Average D", "Mean distance from the main sequence over namespaces.", false, "0.00"),
        new(Modularity, "Modularity Q", "Newman modularity of the declared product map, or of the proposal when there is none.", true, "0.00"),
        new(BlockerPoints, "Legacy blocker points", "Sum of legacy blocker effort points over all projects.", false, "0"),
        new(RuleViolations, "Rule violations", "Violations of modernize.yml rules (baselined ones included).", false, "0"),
        new(Types, "Types", "Types declared in the solution (generated ones excluded).", true, "0"),
        new(SourceLines, "Source lines", "Source lines of non-generated types.", true, "0"),
        new(Findings, "Findings", "Findings of the architecture analysis.", false, "0"),
        new(CrossCellChangeRatio, "Cross-cell change ratio", "Share of the window's commits whose files span two or more cells (docs/autonomy.md).", false, "0.0%"),
        new(TouchesTissueRatio, "Cell + tissue commits", "Share of the window's commits that changed a cell and tissue.", false, "0.0%"),
        new(CrossCellPullRequestRatio, "Cross-cell pull requests", "Share of merged pull requests (merge commits) whose changes span two or more cells.", false, "0.0%"),
        new(OwnershipAlignment, "Ownership alignment", "Share of the commits to owned cells made by the owning team.", true, "0.0%"),
    ];

    /// <summary>KPIs measured from git history (docs/autonomy.md): absent, not 0, from scans without history.</summary>
    public static IReadOnlyList<string> HistoryKeys { get; } = [CrossCellChangeRatio, TouchesTissueRatio, CrossCellPullRequestRatio, OwnershipAlignment];

    /// <summary>The definition of <paramref name="key"/>, or a neutral one for keys added by newer versions.</summary>
    public static KpiDefinition Find(string key) =>
        All.FirstOrDefault(d => d.Key == key) ?? new KpiDefinition(key, key, key, false, "0.##");
}
