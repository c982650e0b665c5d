using Modernize.Model.Kpis;
using Modernize.Testing;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

public sealed class StoreAutonomyTests
{
    [Fact]
    public async Task Autonomy_is_stored_with_the_scan_and_its_kpis_diff_by_their_direction()
    {
        using var temp = new TempDirectory();
        using var store = await ScanStoreFactory.OpenAsync(temp.Combine("m.db"));
        var day = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var before = SyntheticScan.Create(SyntheticShape.Small, startedAt: day) with
        {
            Autonomy = SampleAutonomy.Create(orderingRatio: 0.6),
            Kpis = [new Kpi(KpiCatalog.CrossCellChangeRatio, 0.3), new Kpi(KpiCatalog.OwnershipAlignment, 0.5)],
        };
        var after = SyntheticScan.Create(SyntheticShape.Small, startedAt: day.AddDays(7)) with
        {
            Autonomy = SampleAutonomy.Create(orderingRatio: 0.2),
            Kpis = [new Kpi(KpiCatalog.CrossCellChangeRatio, 0.2), new Kpi(KpiCatalog.OwnershipAlignment, 0.7)],
        };

        var beforeId = await store.SaveAsync(before, CancellationToken.None);
        var afterId = await store.SaveAsync(after, CancellationToken.None);

        var loaded = await store.LoadAsync(beforeId, CancellationToken.None);
        Assert.Equal(0.6, loaded!.Autonomy!.Declared!.Cell("Ordering")!.CrossCellRatio);
        Assert.Equal(before.Autonomy.Declared!.Cell("Ordering")!.Velocity, loaded.Autonomy.Declared.Cell("Ordering")!.Velocity);
        var diff = await store.DiffAsync(beforeId, afterId, CancellationToken.None);
        var ratio = Assert.Single(diff!.Kpis, k => k.Key == KpiCatalog.CrossCellChangeRatio);
        Assert.Equal((0.3, 0.2, "better"), (ratio.Before, ratio.After, ratio.Direction));
        var alignment = Assert.Single(diff.Kpis, k => k.Key == KpiCatalog.OwnershipAlignment);
        Assert.Equal("better", alignment.Direction);

        var trend = await store.ListAsync(before.Info.SolutionIdentity, CancellationToken.None);
        Assert.Equal([0.3, 0.2], trend.Select(s => s.Kpis.Single(k => k.Key == KpiCatalog.CrossCellChangeRatio).Value));
    }
}
