using Modernize.Analysis.Kpis;
using Modernize.Model.Cells;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Testing.Scans;

namespace Modernize.Analysis.Tests.Kpis;

public sealed class KpiCalculatorTests
{
    private static TinyScan Shop() => new TinyScan()
        .Type("O.A1", 10).Type("O.A2", 20).Type("C.B1", 30).Type("P.T1", 40).Type("O.Generated", 500, generated: true)
        .Cell("Ordering", CellKind.Cell, "O.A1", "O.A2").Cell("Catalog", CellKind.Cell, "C.B1").Cell("Platform", CellKind.Tissue, "P.T1")
        .Depends("O.A1", "C.B1", 3).Depends("C.B1", "O.A2", 4).Depends("O.A2", "P.T1", 5).Depends("O.A1", "O.A2", 9).Depends("O.A1", "Ext.Unknown", 2)
        .NamespaceCycle("C", "O").NamespaceCycle("P", "Q", "R").NamespaceDistance("O", 0.2).NamespaceDistance("C", 0.6)
        .Blocker("system-web", 5).Blocker("wcf", 7)
        .Finding("r1", "O.A1").Finding("r2", "C.B1").Finding("r3", "P.T1")
        .Modularity(0.42);

    [Fact]
    public void Every_catalogue_kpi_is_computed_from_the_scan()
    {
        var scan = Shop().Build();
        scan = scan with { Violations = [new Violation("rule", "text", Model.Analysis.Severity.Error, "O.A1", "C.B1", "MethodCall", null, "m", "f1")] };

        var kpis = KpiCalculator.Compute(scan).ToDictionary(k => k.Key, k => k.Value);

        // The autonomy KPIs need git history, which this scan lacks: they are absent, not 0 (tests in Autonomy/).
        Assert.Equal(KpiCatalog.All.Select(d => d.Key).Except(KpiCatalog.HistoryKeys).Order(), kpis.Keys.Order());
        Assert.Equal(2, kpis[KpiCatalog.CrossCellDependencies]); // O.A1->C.B1, C.B1->O.A2; tissue, same-cell and unknown ends excluded
        Assert.Equal(7, kpis[KpiCatalog.CrossCellWeight]);
        Assert.Equal(2, kpis[KpiCatalog.CycleCount]);
        Assert.Equal(3, kpis[KpiCatalog.LargestCycle]);
        Assert.Equal(0.4, kpis[KpiCatalog.TissueShare], 9); // 40 of 100 non-generated lines
        Assert.Equal(0.4, kpis[KpiCatalog.AverageDistance], 9);
        Assert.Equal(0.42, kpis[KpiCatalog.Modularity], 9);
        Assert.Equal(12, kpis[KpiCatalog.BlockerPoints]);
        Assert.Equal(1, kpis[KpiCatalog.RuleViolations]);
        Assert.Equal(4, kpis[KpiCatalog.Types]);
        Assert.Equal(100, kpis[KpiCatalog.SourceLines]);
        Assert.Equal(3, kpis[KpiCatalog.Findings]);
    }

    [Fact]
    public void The_declared_product_map_wins_over_the_proposal()
    {
        var scan = Shop().Build();
        var declared = new CellsResult(
            CellOrigin.Declared,
            [new Cell("All", CellKind.Cell, CellOrigin.Declared, "team", ["O.A1", "O.A2", "C.B1", "P.T1"], 90, scan.Cells.Cells[0].Breakdown, [])],
            [], [], [], new DecompositionQuality(0.1, 0, 0, 0, 0), []);

        var kpis = KpiCalculator.Compute(scan with { DeclaredCells = declared }).ToDictionary(k => k.Key, k => k.Value);

        Assert.Equal(0, kpis[KpiCatalog.CrossCellDependencies]);
        Assert.Equal(0, kpis[KpiCatalog.TissueShare]);
        Assert.Equal(0.1, kpis[KpiCatalog.Modularity], 9);
    }

    [Fact]
    public void An_empty_scan_has_zero_kpis_not_errors()
    {
        var kpis = KpiCalculator.Compute(new TinyScan().Build());

        Assert.All(kpis, k => Assert.Equal(0, k.Value));
    }
}
