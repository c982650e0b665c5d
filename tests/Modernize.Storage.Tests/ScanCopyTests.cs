using Modernize.Analysis.Kpis;
using Modernize.Model.Store;
using Modernize.Storage.Tests.Backends;
using Modernize.Storage.Transfer;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

/// <summary><c>modernize db copy</c>: history moves between backends without losing a byte of any scan.</summary>
public sealed class ScanCopyTests
{
    [SkippableFact]
    public async Task Sqlite_to_postgres_and_back_keeps_every_scan_identical_and_a_second_copy_adds_nothing()
    {
        using var sqlite = StoreBackend.Create(StoreBackend.Sqlite);
        using var postgres = StoreBackend.Create(StoreBackend.Postgres);
        var (first, middle, last) = (sqlite.NewDatabase(), postgres.NewDatabase(), sqlite.NewDatabase());
        var day = new DateTimeOffset(2025, 4, 1, 8, 30, 0, TimeSpan.FromHours(2));
        using (var store = await ScanStoreFactory.OpenAsync(first))
        {
            for (var revision = 0; revision < 3; revision++)
            {
                var scan = SyntheticScan.Create(SyntheticShape.Small, "repo::Shop.sln", revision, day.AddDays(revision));
                await store.SaveAsync(scan with { Kpis = KpiCalculator.Compute(scan) }, CancellationToken.None);
            }

            await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "repo::Billing.sln", 7, day.AddHours(3)), CancellationToken.None);
        }

        await CopyAsync(first, middle, expectedCopied: 4);
        await CopyAsync(middle, last, expectedCopied: 4);
        await CopyAsync(first, middle, expectedCopied: 0);

        var original = await SnapshotAsync(first);
        Assert.Equal(4, original.Count);
        Assert.Equal(original, await SnapshotAsync(middle));
        Assert.Equal(original, await SnapshotAsync(last));
    }

    private static async Task CopyAsync(string from, string to, int expectedCopied)
    {
        using var source = await ScanStoreFactory.OpenExistingAsync(from);
        using var target = await ScanStoreFactory.OpenAsync(to);
        var result = await ScanCopier.CopyAsync(source, target, null, CancellationToken.None);
        Assert.Equal(expectedCopied, result.Copied);
        Assert.Equal(4 - expectedCopied, result.AlreadyThere);
    }

    /// <summary>Every scan's listing facts (without the store's own id) and its whole loaded document as JSON, in history order.</summary>
    private static async Task<List<string>> SnapshotAsync(string db)
    {
        using var store = await ScanStoreFactory.OpenExistingAsync(db);
        var result = new List<string>();
        foreach (var scan in (await store.ListAsync(null, CancellationToken.None)).OrderBy(s => s.StartedAt))
        {
            var listed = scan with { Id = 0, Kpis = [] };
            var kpis = string.Join(",", scan.Kpis.Select(k => $"{k.Key}={k.Value:R}"));
            result.Add($"{listed} {kpis} {StoreTestSupport.ToJson((await store.LoadAsync(scan.Id, CancellationToken.None))!)}");
        }

        return result;
    }
}
