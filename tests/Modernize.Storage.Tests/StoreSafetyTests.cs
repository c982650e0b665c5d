using Microsoft.Data.Sqlite;
using Modernize.Model;
using Modernize.Storage.Schema;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

public sealed class StoreSafetyTests
{
    [Fact]
    public async Task A_text_file_named_like_the_database_is_refused_and_left_byte_for_byte_unchanged()
    {
        using var temp = new TempDirectory();
        var db = temp.Write("modernize.db", "these are my notes, not a database\n");
        var before = await File.ReadAllBytesAsync(db);

        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync(db));

        Assert.StartsWith(db + ": not a Modernize database (", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db));
        Assert.False(File.Exists(db + "-wal"));
    }

    [Fact]
    public async Task A_truncated_database_is_refused_and_left_unchanged()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("m.db");
        using (var store = await ScanStoreFactory.OpenAsync(db))
        {
            await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        var whole = await File.ReadAllBytesAsync(db);
        var truncated = whole.AsSpan(0, whole.Length / 2 + 100).ToArray();
        await File.WriteAllBytesAsync(db, truncated);

        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync(db));

        Assert.Contains("not a Modernize database (truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(truncated, await File.ReadAllBytesAsync(db));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task A_database_of_another_program_is_refused_and_not_migrated(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        databases.Execute(db, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync(db));

        Assert.Contains("not a Modernize database (it has 1 tables but no schema_version table)", error.Message, StringComparison.Ordinal);
        Assert.False(databases.HasTable(db, "scans"));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task A_database_from_a_newer_Modernize_is_refused_naming_the_file(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using (await ScanStoreFactory.OpenAsync(db))
        {
        }

        var future = SchemaMigrations.Current + 1;
        databases.Execute(db, $"INSERT INTO schema_version (version, description, applied_at) VALUES ({future}, 'from the future', '2030-01-01')");

        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync(db));

        Assert.Equal(DatabaseArgument.Describe(db), error.File);
        Assert.Contains($"schema version {future}", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade Modernize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_1_database_upgrades_in_place_and_keeps_its_scans()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("old.db");

        // What Modernize with schema 1 wrote: its script, its version row, and a scan with KPI rows.
        StoreTestSupport.Execute(db, Sqlite.SqliteDialect.Instance.Expand(SchemaMigrations.All[0].Script) + """
            CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
            INSERT INTO schema_version VALUES (1, 'v1', '2025-01-01T00:00:00Z');
            INSERT INTO solutions (identity, name) VALUES ('repo::Shop.sln', 'Shop.sln');
            INSERT INTO scans (solution_id, started_at, started_at_ms, duration_ms, git_commit, git_branch, tool_version, safe_mode, root, document_version)
            VALUES (1, '2025-01-02T10:00:00.0000000+00:00', 1735812000000, 1000, 'abc', 'main', '0.0.9', 0, '/src', 1);
            INSERT INTO scan_kpis (scan_id, ordinal, kpi_key, value) VALUES (1, 0, 'types', 120), (1, 1, 'findings', 7);
            """);

        using (var store = await ScanStoreFactory.OpenAsync(db))
        {
            var old = Assert.Single(await store.ListAsync("repo::Shop.sln", CancellationToken.None));
            Assert.Equal("abc", old.GitCommit);
            Assert.Equal(new DateTimeOffset(2025, 1, 2, 10, 0, 0, TimeSpan.Zero), old.StartedAt);
            Assert.Equal([("types", 120.0), ("findings", 7.0)], old.Kpis.Select(k => (k.Key, k.Value)));

            // The upgraded database takes new scans and the table that version 2 added.
            await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "repo::Shop.sln"), CancellationToken.None);
            await store.PutCachedExtractionsAsync("repo::Shop.sln", [new("a.cs", "h", new byte[] { 1 })], CancellationToken.None);
            Assert.Equal(2, (await store.ListAsync("repo::Shop.sln", CancellationToken.None)).Count);
        }

        Assert.Equal(SchemaMigrations.Current, StoreTestSupport.Scalar<long>(db, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal("ok", StoreTestSupport.Scalar<string>(db, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Writing_to_a_read_only_database_gives_a_clear_error()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("m.db");
        using (await ScanStoreFactory.OpenAsync(db))
        {
        }

        using var store = await ScanStoreFactory.OpenAsync($"Data Source={db};Mode=ReadOnly");
        Assert.Empty(await store.ListAsync(null, CancellationToken.None));

        var error = await Assert.ThrowsAsync<InputException>(() => store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), CancellationToken.None));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_commands_never_create_a_database()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("reports", "modernize.db");

        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenExistingAsync(db));

        Assert.Contains("run 'modernize scan' first", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task A_cancelled_save_stores_nothing(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var store = await ScanStoreFactory.OpenAsync(db);
        using var cancel = new CancellationTokenSource();
        ((Sql.SqlScanStore)store).BeforeCommit = _ =>
        {
            cancel.Cancel();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), cancel.Token));

        ((Sql.SqlScanStore)store).BeforeCommit = null;
        Assert.Empty(await store.ListAsync(null, CancellationToken.None));
        Assert.Equal(0, databases.Scalar<long>(db, "SELECT COUNT(*) FROM blobs"));
        await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), CancellationToken.None);
        Assert.Single(await store.ListAsync(null, CancellationToken.None));
    }
}
