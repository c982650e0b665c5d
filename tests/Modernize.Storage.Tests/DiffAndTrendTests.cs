using Modernize.Analysis.Kpis;
using Modernize.Model.Cells;
using Modernize.Model.Comparison;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

public sealed class DiffAndTrendTests
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    // Ordering = {O.A1, O.A2}, Catalog = {C.B1 (+ C.B2 later)}, tissue Platform = {P.T1}.
    private static ScanDocument Before() => WithKpis(new TinyScan()
        .Type("O.A1", 10).Type("O.A2", 20).Type("C.B1", 30).Type("P.T1", 40)
        .Cell("Ordering", CellKind.Cell, "O.A1", "O.A2").Cell("Catalog", CellKind.Cell, "C.B1").Cell("Platform", CellKind.Tissue, "P.T1")
        .Depends("O.A1", "C.B1", 3).Depends("C.B1", "O.A1", 1).Depends("O.A2", "P.T1", 5)
        .Finding("r1", "O.A1").Finding("r2", "C.B1")
        .Modularity(0.30)
        .Build(startedAt: Monday, commit: "c1"));

    private static ScanDocument After() => WithKpis(new TinyScan()
        .Type("O.A1", 10).Type("O.A2", 20).Type("C.B1", 30).Type("C.B2", 50).Type("P.T1", 40)
        .Cell("Ordering", CellKind.Cell, "O.A1", "O.A2").Cell("Catalog", CellKind.Cell, "C.B1", "C.B2").Cell("Platform", CellKind.Tissue, "P.T1")
        .Depends("O.A1", "C.B1", 3).Depends("O.A2", "C.B1", 2).Depends("O.A2", "P.T1", 5)
        .Finding("r1", "O.A1").Finding("r3", "O.A2")
        .Modularity(0.35)
        .Build(startedAt: Monday.AddDays(1), commit: "c2"));

    private static ScanDocument WithKpis(ScanDocument scan) => scan with { Kpis = KpiCalculator.Compute(scan) };

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task Diff_of_two_stored_scans_names_new_and_fixed_findings_cross_cell_changes_and_exact_kpi_deltas(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var store = await ScanStoreFactory.OpenAsync(db);
        var before = await store.SaveAsync(Before(), CancellationToken.None);
        var after = await store.SaveAsync(After(), CancellationToken.None);

        var diff = await store.DiffAsync(before, after, CancellationToken.None);

        Assert.NotNull(diff);
        Assert.Equal("c1", diff.Before.GitCommit);
        Assert.Equal("c2", diff.After.GitCommit);
        Assert.Equal(["r3"], diff.NewFindings.Select(f => f.RuleId));
        Assert.Equal(["r2"], diff.FixedFindings.Select(f => f.RuleId));
        Assert.Equal(1, diff.UnchangedFindings);
        Assert.Equal([("O.A2", "C.B1")], diff.NewCrossCellDependencies.Select(d => (d.From, d.To)));
        Assert.Equal([("C.B1", "O.A1")], diff.RemovedCrossCellDependencies.Select(d => (d.From, d.To)));

        var kpis = diff.Kpis.ToDictionary(k => k.Key);
        AssertDelta(kpis[KpiCatalog.CrossCellDependencies], 2, 2, "same");
        AssertDelta(kpis[KpiCatalog.CrossCellWeight], 4, 5, "worse");
        AssertDelta(kpis[KpiCatalog.Findings], 2, 2, "same");
        AssertDelta(kpis[KpiCatalog.Modularity], 0.30, 0.35, "better");
        AssertDelta(kpis[KpiCatalog.Types], 4, 5, "better");
        AssertDelta(kpis[KpiCatalog.SourceLines], 100, 150, "better");
        AssertDelta(kpis[KpiCatalog.TissueShare], 0.4, 40.0 / 150, "better");
        Assert.Equal(KpiCatalog.All.Count - KpiCatalog.HistoryKeys.Count, diff.Kpis.Count); // no history: no autonomy KPIs
        Assert.Null(await store.DiffAsync(before, after + 10, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task Trend_rows_follow_each_kpi_across_the_solutions_scans_in_history_order(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var store = await ScanStoreFactory.OpenAsync(db);
        await store.SaveAsync(After(), CancellationToken.None); // saved first, but one day later
        await store.SaveAsync(Before(), CancellationToken.None);

        var rows = KpiTrend.Build(await store.ListAsync("repo::App.sln", CancellationToken.None));

        Assert.Equal(KpiCatalog.All.Select(d => d.Key).Except(KpiCatalog.HistoryKeys), rows.Select(r => r.Definition.Key));
        var weight = rows.Single(r => r.Definition.Key == KpiCatalog.CrossCellWeight);
        Assert.Equal([4.0, 5.0], weight.Values);
        Assert.Null(weight.Steps[0]);
        AssertDelta(weight.Steps[1]!, 4, 5, "worse");
        AssertDelta(weight.Overall, 4, 5, "worse");
        Assert.Equal("better", rows.Single(r => r.Definition.Key == KpiCatalog.Modularity).Overall.Direction);
    }

    private static void AssertDelta(Model.Store.KpiDelta delta, double before, double after, string direction)
    {
        Assert.Equal(before, delta.Before!.Value, 9);
        Assert.Equal(after, delta.After!.Value, 9);
        Assert.Equal(after - before, delta.Delta, 9);
        Assert.Equal(direction, delta.Direction);
    }
}
