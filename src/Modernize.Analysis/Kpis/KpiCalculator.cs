using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;

namespace Modernize.Analysis.Kpis;

/// <summary>Computes every KPI of <see cref="KpiCatalog"/> from a finished scan (definitions in docs/kpis.md).</summary>
public static class KpiCalculator
{
    public static IReadOnlyList<Kpi> Compute(ScanDocument scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var crossCell = CrossCellDependencies.Of(scan);
        var namespaceCycles = scan.Analysis.Cycles.Where(c => c.Level == PackageLevel.Namespace).ToList();
        var namespaceMetrics = scan.Analysis.Metrics.Where(m => m.Level == PackageLevel.Namespace).ToList();
        var sourceTypes = scan.Graph.Types.Where(t => !t.Generated).ToList();
        var sourceLines = sourceTypes.Sum(t => (long)t.Metrics.SourceLines);

        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [KpiCatalog.CrossCellDependencies] = crossCell.Count,
            [KpiCatalog.CrossCellWeight] = crossCell.Sum(d => (long)d.Dependency.Weight),
            [KpiCatalog.CycleCount] = namespaceCycles.Count,
            [KpiCatalog.LargestCycle] = namespaceCycles.Count == 0 ? 0 : namespaceCycles.Max(c => c.Size),
            [KpiCatalog.TissueShare] = TissueShare(scan, sourceTypes, sourceLines),
            [KpiCatalog.AverageDistance] = namespaceMetrics.Count == 0 ? 0 : namespaceMetrics.Average(m => m.Distance),
            [KpiCatalog.Modularity] = CrossCellDependencies.MapOf(scan).Quality.Modularity,
            [KpiCatalog.BlockerPoints] = scan.Analysis.Blockers.Sum(b => (long)b.Points),
            [KpiCatalog.RuleViolations] = scan.Violations.Count,
            [KpiCatalog.Types] = sourceTypes.Count,
            [KpiCatalog.SourceLines] = sourceLines,
            [KpiCatalog.Findings] = scan.Analysis.Findings.Count,
        };

        AddAutonomy(values, scan.Autonomy?.Primary);

        // History KPIs exist only for scans with history: a missing value is "not measured", never a fake 0.
        return KpiCatalog.All.Where(d => values.ContainsKey(d.Key)).Select(d => new Kpi(d.Key, values[d.Key])).ToList();
    }

    private static void AddAutonomy(Dictionary<string, double> values, Model.Autonomy.AutonomyFigures? figures)
    {
        if (figures is null || figures.Commits == 0)
        {
            return;
        }

        values[KpiCatalog.CrossCellChangeRatio] = figures.CrossCellChangeRatio;
        values[KpiCatalog.TouchesTissueRatio] = figures.TouchesTissueRatio;
        if (figures.CrossCellPullRequestRatio is { } pullRequests)
        {
            values[KpiCatalog.CrossCellPullRequestRatio] = pullRequests;
        }

        if (figures.OwnershipAlignment is { } alignment)
        {
            values[KpiCatalog.OwnershipAlignment] = alignment;
        }
    }

    private static double TissueShare(ScanDocument scan, IReadOnlyList<Model.Graph.TypeNode> sourceTypes, long sourceLines)
    {
        if (sourceLines == 0)
        {
            return 0;
        }

        var tissueMembers = CrossCellDependencies.MapOf(scan).Cells
            .Where(c => c.Kind == CellKind.Tissue)
            .SelectMany(c => c.Members)
            .ToHashSet(StringComparer.Ordinal);
        var tissueLines = sourceTypes.Where(t => tissueMembers.Contains(t.Id)).Sum(t => (long)t.Metrics.SourceLines);
        return (double)tissueLines / sourceLines;
    }
}
