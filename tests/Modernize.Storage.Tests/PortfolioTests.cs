using Modernize.Model.Comparison;
using Modernize.Model.Kpis;
using Modernize.Storage.Portfolio;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

public sealed class PortfolioTests
{
    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task Each_solution_shows_its_latest_kpis_and_their_move_since_the_scan_before(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        using var store = await ScanStoreFactory.OpenAsync(databases.NewDatabase());
        var day = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        Task<long> Save(string solution, int daysLater, double cycles, double types) =>
            store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, solution, daysLater, day.AddDays(daysLater)) with
            {
                Kpis = [new Kpi(KpiCatalog.CycleCount, cycles), new Kpi(KpiCatalog.Types, types)],
            }, CancellationToken.None);

        // Saved out of order: "latest" is by start time, not by id.
        await Save("repo::Billing.sln", 5, 4, 10);
        await Save("repo::Billing.sln", 1, 9, 10);
        await Save("repo::Billing.sln", 3, 6, 12);
        var shipping = await Save("repo::Shipping.sln", 2, 3, 50);

        var portfolio = await PortfolioQuery.LoadAsync(store, CancellationToken.None);

        Assert.Equal(["repo::Billing.sln", "repo::Shipping.sln"], portfolio.Select(p => p.Solution.Identity));
        var billing = portfolio[0];
        Assert.Equal(3, billing.Solution.Scans);
        Assert.Equal(day.AddDays(5), billing.Latest.StartedAt);
        Assert.Equal(day.AddDays(3), billing.Previous!.StartedAt);
        var cycles = billing.Kpis.Single(k => k.Key == KpiCatalog.CycleCount);
        Assert.Equal((6.0, 4.0, KpiDirection.Better), (cycles.Before!.Value, cycles.After!.Value, cycles.Direction));
        Assert.Equal(KpiDirection.Worse, billing.Kpis.Single(k => k.Key == KpiCatalog.Types).Direction);
        Assert.Equal((1, 1), billing.Trend);

        var single = portfolio[1];
        Assert.Equal(shipping, single.Latest.Id);
        Assert.Null(single.Previous);
        Assert.All(single.Kpis, k => Assert.Equal(KpiDirection.Unknown, k.Direction));
        Assert.Equal(50, single.Kpis.Single(k => k.Key == KpiCatalog.Types).After);
    }
}
