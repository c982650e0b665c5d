using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Model.Store;

/// <summary>What changed from scan <see cref="Before"/> to scan <see cref="After"/>.</summary>
/// <param name="NewFindings">Findings whose fingerprint is in After only.</param>
/// <param name="FixedFindings">Findings whose fingerprint is in Before only.</param>
/// <param name="NewCrossCellDependencies">Cross-cell type dependencies (as cell-to-cell dependencies with their type ends) in After only.</param>
public sealed record ScanDiff(
    StoredScan Before,
    StoredScan After,
    IReadOnlyList<Finding> NewFindings,
    IReadOnlyList<Finding> FixedFindings,
    int UnchangedFindings,
    IReadOnlyList<Dependency> NewCrossCellDependencies,
    IReadOnlyList<Dependency> RemovedCrossCellDependencies,
    IReadOnlyList<KpiDelta> Kpis);
