using System.Diagnostics;
using Modernize.Testing;

namespace Modernize.Storage.Tests;

/// <summary>Real processes writing to one database file, as parallel CI jobs do.</summary>
public sealed class ConcurrentWriterTests
{
    private static readonly string WriterDll = Path.Combine(AppContext.BaseDirectory, "Modernize.Storage.Writer.dll");

    [Fact]
    public async Task Eight_writers_at_once_all_land_and_the_database_stays_intact()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("shared.db");

        var writers = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => ProcessRunner.Run("dotnet", [WriterDll, db, $"solution-{i % 2}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)], timeout: TimeSpan.FromMinutes(3))))
            .ToList();
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output));
        var ids = results.Select(r => long.Parse(r.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(8, ids.Distinct().Count());
        using var store = await ScanStoreFactory.OpenExistingAsync(db);
        var stored = await store.ListAsync(null, CancellationToken.None);
        Assert.Equal(ids, stored.Select(s => s.Id).Order());
        Assert.Equal(4, (await store.ListAsync("solution-1", CancellationToken.None)).Count);
        foreach (var scan in stored)
        {
            Assert.NotNull(await store.LoadAsync(scan.Id, CancellationToken.None));
        }

        Assert.Equal("ok", StoreTestSupport.Scalar<string>(db, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_writer_killed_inside_its_transaction_leaves_the_database_as_it_was()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("m.db");
        Assert.Equal(0, ProcessRunner.Run("dotnet", [WriterDll, db, "sln", "0"]).ExitCode);
        using (var store = await ScanStoreFactory.OpenExistingAsync(db))
        {
            Assert.Single(await store.ListAsync(null, CancellationToken.None));
        }

        var blobsBefore = StoreTestSupport.Scalar<long>(db, "SELECT COUNT(*) FROM blobs");
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
            Assert.Equal(blobsBefore, StoreTestSupport.Scalar<long>(db, "SELECT COUNT(*) FROM blobs"));
            Assert.Equal("ok", StoreTestSupport.Scalar<string>(db, "PRAGMA integrity_check"));

            // Still usable: the lock died with the writer.
            await store.SaveAsync(Testing.Scans.SyntheticScan.Create(Testing.Scans.SyntheticShape.Small, "sln", 2), CancellationToken.None);
            Assert.Equal(2, (await store.ListAsync(null, CancellationToken.None)).Count);
        }
    }
}
