using System.Diagnostics;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>
/// Faults injected into real <c>modernize scan</c> processes: SIGKILL while loading and inside the store's write transaction,
/// a full disk, a read-only database, eight scans into one database at once. Each child gets its own temp folder (TMPDIR),
/// so leftovers are seen and other processes' folders are never touched.
/// </summary>
public sealed class FaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public void Kill_while_loading_keeps_the_database_and_the_next_run_removes_the_temp_folder()
    {
        using var temp = new TempDirectory();
        var tmp = Directory.CreateDirectory(temp.Combine("tmp")).FullName;
        var environment = new Dictionary<string, string> { ["TMPDIR"] = tmp };
        var fixture = temp.Combine("shop");
        SafeModeProcessTests.CopyFixture("legacy-shop", fixture);
        var db = temp.Combine("m.db");
        Assert.Equal(0, ProcessCli.Run(temp.Path, environment, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]).ExitCode);
        var before = ScanStoreProbe.ScanIds(db);

        using var scan = ProcessCli.Start(temp.Path, environment, "scan", Path.Combine(fixture, "LegacyShop.sln"), "--no-history", "--db", db, "--no-report");
        var scratchPattern = $"modernize-scan-{scan.Id}-*";
        Assert.True(ProcessCli.WaitFor(scan, () => Directory.EnumerateDirectories(tmp, scratchPattern).Any(), Patience), "the scan never created its scratch folder");
        var children = ChildProcesses(scan.Id);
        scan.Kill();
        scan.WaitForExit();

        Assert.Single(Directory.EnumerateDirectories(tmp, scratchPattern)); // SIGKILL leaves it behind...
        Assert.Equal(before, ScanStoreProbe.ScanIds(db));
        Assert.Equal("ok", ScanStoreProbe.IntegrityCheck(db));
        Assert.True(children.All(pid => WaitUntilGone(pid)), "a child of the killed scan (MSBuild build host) kept running");

        var next = ProcessCli.Run(temp.Path, environment, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]);
        Assert.True(next.ExitCode == 0, next.Output);
        Assert.Empty(Directory.EnumerateDirectories(tmp, scratchPattern)); // ...and the next scan removes it.
        Assert.Equal(before.Count + 1, ScanStoreProbe.ScanIds(db).Count);
    }

    /// <summary>
    /// The test above kills the scan as soon as its scratch folder exists, before MSBuild's build host usually starts, so its
    /// check of the children mostly sees none. This one waits for the build host and asserts it does not outlive the scan:
    /// killed while it still waits for its pipe connection, the build host used to keep running (seen alive 60 s later)
    /// until the startup hook Modernize.BuildHostGuard ended it (docs/reliability.md).
    /// </summary>
    [Fact]
    public void Kill_once_the_build_host_runs_leaves_no_build_host_behind()
    {
        using var temp = new TempDirectory();
        var tmp = Directory.CreateDirectory(temp.Combine("tmp")).FullName;
        var environment = new Dictionary<string, string> { ["TMPDIR"] = tmp };
        var fixture = temp.Combine("shop");
        SafeModeProcessTests.CopyFixture("legacy-shop", fixture);

        using var scan = ProcessCli.Start(temp.Path, environment, "scan", Path.Combine(fixture, "LegacyShop.sln"), "--no-history", "--db", temp.Combine("m.db"), "--no-report");
        List<int> buildHosts = [];
        Assert.True(ProcessCli.WaitFor(scan, () => (buildHosts = ChildProcesses(scan.Id).Where(IsBuildHost).ToList()).Count > 0, Patience), "the scan never started the MSBuild build host");
        scan.Kill();
        scan.WaitForExit();

        Assert.NotEmpty(buildHosts);
        Assert.True(buildHosts.All(WaitUntilGone), "the MSBuild build host outlived the killed scan");
    }

    [Fact]
    public void Kill_inside_the_write_transaction_leaves_the_database_as_it_was()
    {
        using var temp = new TempDirectory();
        var fixture = temp.Combine("shop");
        SafeModeProcessTests.CopyFixture("modern-shop", fixture);
        var db = temp.Combine("m.db");
        Assert.Equal(0, ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]).ExitCode);
        var before = ScanStoreProbe.ScanIds(db);

        var pause = temp.Combine("in-transaction");
        using var scan = ProcessCli.StartFaultHost(temp.Path, new Dictionary<string, string> { ["MODERNIZE_TEST_PAUSE_IN_STORE"] = pause }, "scan", fixture, "--safe", "--no-history", "--db", db, "--no-report");
        Assert.True(ProcessCli.WaitFor(scan, () => File.Exists(pause), Patience), "the scan never reached its write transaction");
        scan.Kill();
        scan.WaitForExit();

        Assert.Equal(before, ScanStoreProbe.ScanIds(db));
        Assert.Equal("ok", ScanStoreProbe.IntegrityCheck(db));
        var next = ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]);
        Assert.True(next.ExitCode == 0, next.Output);
        Assert.Equal(before.Count + 1, ScanStoreProbe.ScanIds(db).Count);
    }

    [Fact]
    public async Task Eight_concurrent_scans_into_one_database_all_land()
    {
        using var temp = new TempDirectory();
        var fixture = temp.Combine("shop");
        SafeModeProcessTests.CopyFixture("modern-shop", fixture);
        var db = temp.Combine("m.db");
        var runs = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--report", temp.Combine($"r{i}.html")])))
            .ToArray();
        var results = await Task.WhenAll(runs);
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output));
        Assert.Equal(8, ScanStoreProbe.ScanIds(db).Distinct().Count());
        Assert.Equal("ok", ScanStoreProbe.IntegrityCheck(db));
    }

    [Fact]
    public void Full_disk_gives_one_clean_line_and_stores_nothing()
    {
        using var temp = new TempDirectory();
        using var disk = TinyDisk.TryMount(temp.Combine("tiny"), kilobytes: 512);
        var fixture = temp.Combine("shop");
        SafeModeProcessTests.CopyFixture("encodings", fixture);
        var db = Path.Combine(disk?.Path ?? temp.Combine("tiny"), "m.db");
        Assert.Equal(0, ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]).ExitCode);
        var before = ScanStoreProbe.ScanIds(db);

        ProcessResult database, report;
        if (disk is not null)
        {
            disk.Fill();
            database = ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]);
            report = ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--no-store", "--report", Path.Combine(disk.Path, "r.html")]);
        }
        else
        {
            // No mount permission: a file-size limit makes every write past it fail the same way (EFBIG instead of ENOSPC).
            database = LimitedFileSize(temp.Path, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]);
            report = LimitedFileSize(temp.Path, ["scan", fixture, "--safe", "--no-history", "--no-store", "--report", temp.Combine("r.html")]);
        }

        Assert.True(database.ExitCode is 1 or 2, database.Output);
        SafetyAssert.CleanError(database, "m.db");
        Assert.Equal(1, report.ExitCode);
        SafetyAssert.CleanError(report, "r.html");
        disk?.Empty();
        Assert.Equal(before, ScanStoreProbe.ScanIds(db));
        Assert.Equal("ok", ScanStoreProbe.IntegrityCheck(db));
    }

    [Fact]
    public void Read_only_database_gives_one_clean_line_and_stays_as_it_was()
    {
        using var temp = new TempDirectory();
        var fixture = temp.Combine("shop");
        SafeModeProcessTests.CopyFixture("encodings", fixture);
        var folder = Directory.CreateDirectory(temp.Combine("db")).FullName;
        var db = Path.Combine(folder, "m.db");
        Assert.Equal(0, ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]).ExitCode);
        var before = TreeSnapshot.Take(folder);
        ProcessResult result;
        using (new ReadOnlyTree(folder))
        {
            result = ProcessCli.Run(temp.Path, null, ["scan", fixture, "--safe", "--no-history", "--db", db, "--no-report"]);
        }

        Assert.True(result.ExitCode is 1 or 2, result.Output);
        SafetyAssert.CleanError(result, "m.db");
        Assert.Equal(before, TreeSnapshot.Take(folder));
    }

    private static ProcessResult LimitedFileSize(string workingDirectory, string[] arguments)
    {
        var command = "trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\"";
        return ProcessRunner.Run("sh", ["-c", command, ProcessCli.Dotnet, ProcessCli.Dll, .. arguments], workingDirectory, timeout: TimeSpan.FromMinutes(4));
    }

    /// <summary>Direct children of a process (Linux /proc), e.g. the MSBuild build host.</summary>
    private static List<int> ChildProcesses(int pid)
    {
        var result = new List<int>();
        foreach (var task in Directory.Exists($"/proc/{pid}/task") ? Directory.EnumerateDirectories($"/proc/{pid}/task") : [])
        {
            var children = Path.Combine(task, "children");
            if (File.Exists(children))
            {
                result.AddRange(File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
            }
        }

        return result;
    }

    private static bool IsBuildHost(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("BuildHost", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Exited but not yet reaped by its new parent (an orphan's reaper may be slow, or absent in a container).</summary>
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true; // gone while we looked
        }
    }

    private static bool WaitUntilGone(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                if (process.HasExited || IsZombie(pid))
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                return true;
            }

            Thread.Sleep(200);
        }

        return false;
    }
}
