using System.Diagnostics;
using System.Globalization;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing;

namespace Modernize.Storage.Tests;

/// <summary>Real processes writing to one database, as parallel CI jobs do.</summary>
public sealed class ConcurrentWriterTests
{
    private const int Writers = 16;
    private static readonly string WriterDll = Path.Combine(AppContext.BaseDirectory, "Modernize.Storage.Writer.dll");

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task Sixteen_writers_at_once_all_land_and_the_database_stays_intact(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();

        var writers = Enumerable.Range(0, Writers)
            .Select(i => Task.Run(() => ProcessRunner.Run("dotnet", [WriterDll, db, $"solution-{i % 2}", i.ToString(CultureInfo.InvariantCulture)], timeout: TimeSpan.FromMinutes(3))))
            .ToList();
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output));
        var ids = results.Select(r => long.Parse(r.StandardOutput.Trim(), CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Writers, ids.Distinct().Count());
        using var store = await ScanStoreFactory.OpenExistingAsync(db);
        var stored = await store.ListAsync(null, CancellationToken.None);
        Assert.Equal(ids, stored.Select(s => s.Id).Order());
        Assert.Equal(Writers / 2, (await store.ListAsync("solution-1", CancellationToken.None)).Count);
        foreach (var scan in stored)
        {
            Assert.NotNull(await store.LoadAsync(scan.Id, CancellationToken.None));
        }

        Assert.Equal(2, databases.Scalar<long>(db, "SELECT COUNT(*) FROM solutions"));
        if (backend == StoreBackend.Sqlite)
        {
            Assert.Equal("ok", databases.Scalar<string>(db, "PRAGMA integrity_check"));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StoreBackend.Names), MemberType = typeof(StoreBackend))]
    public async Task A_writer_killed_inside_its_transaction_leaves_the_database_as_it_was(string backend)
    {
        using var databases = StoreBackend.Create(backend);
        var db = databases.NewDatabase();
        using var temp = new TempDirectory();
        Assert.Equal(0, ProcessRunner.Run("dotnet", [WriterDll, db, "sln", "0"]).ExitCode);
        using (var store = await ScanStoreFactory.OpenExistingAsync(db))
        {
            Assert.Single(await store.ListAsync(null, CancellationToken.None));
        }

        var blobsBefore = databases.Scalar<long>(db, "SELECT COUNT(*) FROM blobs");
        var pauseFile = temp.Combine("paused");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { WriterDll, db, "sln", "1" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["MODERNIZE_WRITER_PAUSE_FILE"] = pauseFile;
        using (var writer = Process.Start(info)!)
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(pauseFile) && !writer.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
            }

            Assert.True(File.Exists(pauseFile), "the writer never reached its transaction: " + (writer.HasExited ? await writer.StandardError.ReadToEndAsync() : "timeout"));
            writer.Kill(); // SIGKILL on Unix: no cleanup, no rollback by the writer itself.
            await writer.WaitForExitAsync();
        }

        using (var store = await ScanStoreFactory.OpenExistingAsync(db))
        {
            Assert.Single(await store.ListAsync(null, CancellationToken.None));
            Assert.Equal(blobsBefore, databases.Scalar<long>(db, "SELECT COUNT(*) FROM blobs"));

            // Still usable: the lock died with the writer (PostgreSQL: when the server sees the connection close).
            await store.SaveAsync(Testing.Scans.SyntheticScan.Create(Testing.Scans.SyntheticShape.Small, "sln", 2), CancellationToken.None);
            var scans = await store.ListAsync(null, CancellationToken.None);
            Assert.Equal(2, scans.Count);
            Assert.DoesNotContain(scans, s => s.GitCommit == Testing.Scans.SyntheticScan.Create(Testing.Scans.SyntheticShape.Small, "sln", 1).Info.GitCommit);
        }

        if (backend == StoreBackend.Sqlite)
        {
            Assert.Equal("ok", databases.Scalar<string>(db, "PRAGMA integrity_check"));
        }
    }
}
