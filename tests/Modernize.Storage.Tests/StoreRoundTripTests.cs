using Modernize.Model.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

public sealed class StoreRoundTripTests
{
    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task A_saved_scan_loads_back_equal_in_every_part(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        var scan = SyntheticScan.Create(SyntheticShape.Small);
        var declared = scan.Cells with { Origin = CellOrigin.Declared, Quality = scan.Cells.Quality with { Modularity = 0.55 } };
        scan = scan with
        {
            DeclaredCells = declared,
            Violations = [new Violation("no-new-system-web", "deny-api: System.Web.*", Severity.Error, "Shop.P01.N00.T001", "System.Web.HttpContext", "MethodCall", new SourceLocation("src/a.cs", 3), "uses System.Web", "abc123")],
            Analysis = scan.Analysis with
            {
                Hotspots = [new Hotspot(PackageLevel.File, "src/a.cs", 12, 300, 40, 3, 0.8)],
                ChangeCoupling = [new ChangeCoupling(PackageLevel.File, "src/a.cs", "src/b.cs", 5, 8, 6, 0.71)],
                FileChanges = [new FileChangeStats("src/a.cs", 12, 300, ["Ann", "Bob"])],
            },
            Graph = scan.Graph with { Warnings = ["global.json pins SDK 6.0.100 which is not installed"] },
            Autonomy = SampleAutonomy.Create(),
            Cells = scan.Cells with { SharedData = [new SharedTable("dbo.Orders", ["Billing", "Ordering"], ["Shop.P01.N00.T001"]) { Writers = ["Ordering"] }] },
        };

        using (var store = await ScanStoreFactory.OpenAsync(db))
        {
            var id = await store.SaveAsync(scan, CancellationToken.None);
            var loaded = await store.LoadAsync(id, CancellationToken.None);

            Assert.NotNull(loaded);
            Assert.Equal(["Ordering"], Assert.Single(loaded.Cells.SharedData).Writers);
            Assert.Equal(StoreTestSupport.ToJson(scan), StoreTestSupport.ToJson(loaded));
            Assert.Null(await store.LoadAsync(id + 1, CancellationToken.None));
        }

        // And again from a fresh process-like open of the same file.
        using var reopened = await ScanStoreFactory.OpenExistingAsync(db);
        var listed = Assert.Single(await reopened.ListAsync(scan.Info.SolutionIdentity, CancellationToken.None));
        Assert.Equal(scan.Info.StartedAt, listed.StartedAt);
        Assert.Equal(scan.Info.GitCommit, listed.GitCommit);
        Assert.Equal(scan.Kpis, listed.Kpis);
        Assert.Equal(StoreTestSupport.ToJson(scan), StoreTestSupport.ToJson((await reopened.LoadAsync(listed.Id, CancellationToken.None))!));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task A_cells_sub_cells_load_back_with_their_members_and_figures(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        var scan = SyntheticScan.Create(SyntheticShape.Small);
        var split = scan.Cells.Cells.First(c => c.Kind == CellKind.Cell && c.Members.Count >= 4);
        var subCells = new[] { new SubCell("Checkout", split.Members.Take(2).ToList(), 0.75, 3.5), new SubCell("Lines", split.Members.Skip(2).ToList(), 0.6, 3.5) };
        scan = scan with { Cells = scan.Cells with { Cells = scan.Cells.Cells.Select(c => c == split ? c with { SubCells = subCells } : c).ToList() } };

        using var store = await ScanStoreFactory.OpenAsync(db);
        var loaded = await store.LoadAsync(await store.SaveAsync(scan, CancellationToken.None), CancellationToken.None);

        var back = loaded!.Cells.Cells.Single(c => c.Name == split.Name);
        Assert.Equal(["Checkout", "Lines"], back.SubCells.Select(s => s.Name));
        Assert.Equal(subCells[1].Members, back.SubCells[1].Members);
        Assert.Equal(0.75, back.SubCells[0].Cohesion);
        Assert.Equal(3.5, back.SubCells[0].SiblingWeight);
        Assert.All(loaded.Cells.Cells.Where(c => c.Name != split.Name), c => Assert.Empty(c.SubCells));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task An_unchanged_part_is_stored_once_and_only_changed_projects_add_blobs(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var store = await ScanStoreFactory.OpenAsync(db);
        await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, revision: 0), CancellationToken.None);
        var blobsAfterFirst = databases.Scalar<long>(db, "SELECT COUNT(*) FROM blobs");
        var sectionsPerScan = databases.Scalar<long>(db, "SELECT COUNT(*) FROM scan_sections");

        // Same content, new time and commit: only the info section is new.
        await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, revision: 0, startedAt: DateTimeOffset.UnixEpoch.AddYears(60)), CancellationToken.None);
        Assert.Equal(blobsAfterFirst + 1, databases.Scalar<long>(db, "SELECT COUNT(*) FROM blobs"));

        // One project changed: its chunks (types, dependencies, files) plus the scan-wide ones (info, findings...) are new; the other projects' chunks are not.
        await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, revision: 1), CancellationToken.None);
        var added = databases.Scalar<long>(db, "SELECT COUNT(*) FROM blobs") - blobsAfterFirst - 1;
        Assert.InRange(added, 3, sectionsPerScan / 2);
        var unchangedProjectChunks = databases.Scalar<long>(db, "SELECT COUNT(DISTINCT blob_hash) FROM scan_sections WHERE section = 'graph.types'");
        Assert.Equal(SyntheticShape.Small.Projects + 1, unchangedProjectChunks);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task Scans_list_by_solution_oldest_first_and_latest_is_the_newest(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var store = await ScanStoreFactory.OpenAsync(db);
        var day = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(2));
        var late = await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "a", startedAt: day.AddDays(2)), CancellationToken.None);
        var early = await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "a", startedAt: day), CancellationToken.None);
        await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "b", startedAt: day.AddDays(5)), CancellationToken.None);

        Assert.Equal([early, late], (await store.ListAsync("a", CancellationToken.None)).Select(s => s.Id));
        Assert.Equal(3, (await store.ListAsync(null, CancellationToken.None)).Count);
        Assert.Equal(late, (await store.LatestAsync("a", CancellationToken.None))!.Id);
        Assert.Null(await store.LatestAsync("unknown", CancellationToken.None));
        var solutions = await store.ListSolutionsAsync(CancellationToken.None);
        Assert.Equal(["a", "b"], solutions.Select(s => s.Identity));
        Assert.Equal(2, solutions[0].Scans);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task Extraction_cache_returns_payloads_only_for_matching_content_hashes(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var store = await ScanStoreFactory.OpenAsync(db);
        await store.PutCachedExtractionsAsync("sln", [new("a.cs", "h1", new byte[] { 1, 2, 3 }), new("b.cs", "h2", new byte[] { 4 })], CancellationToken.None);
        await store.PutCachedExtractionsAsync("sln", [new("a.cs", "h1b", new byte[] { 9, 9 })], CancellationToken.None);

        var hits = await store.GetCachedExtractionsAsync("sln", new Dictionary<string, string> { ["a.cs"] = "h1b", ["b.cs"] = "h2", ["c.cs"] = "h3" }, CancellationToken.None);
        Assert.Equal([9, 9], hits["a.cs"]);
        Assert.Equal([4], hits["b.cs"]);
        Assert.Equal(2, hits.Count);
        Assert.Empty(await store.GetCachedExtractionsAsync("sln", new Dictionary<string, string> { ["a.cs"] = "h1" }, CancellationToken.None));
        Assert.Empty(await store.ListAsync(null, CancellationToken.None));
    }
}
