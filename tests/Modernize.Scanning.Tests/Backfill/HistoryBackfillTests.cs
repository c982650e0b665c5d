using Modernize.Model.Kpis;
using Modernize.Model.Scan;
using Modernize.Scanning.Backfill;
using Modernize.Storage;
using Modernize.Testing;
using Modernize.Testing.Scans;

namespace Modernize.Scanning.Tests.Backfill;

public sealed class HistoryBackfillTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Five commits a week apart; commit i has i+1 source files under app/ (and a file outside it).</summary>
    private static (GitRepository Repo, List<string> Shas) MakeRepository()
    {
        var repo = new GitRepository();
        var shas = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            repo.Write($"app/File{i}.cs", $"class C{i} {{}}\n");
            repo.Write("README.md", $"revision {i}\n");
            shas.Add(repo.Commit($"commit {i}", date: Start.AddDays(7 * i)));
        }

        return (repo, shas);
    }

    /// <summary>A scan that counts the .cs files it sees: enough to prove which tree was scanned.</summary>
    private static Task<ScanDocument> CountFiles(string path, List<string> seenPaths)
    {
        seenPaths.Add(path);
        var files = Directory.GetFiles(path, "*.cs", SearchOption.AllDirectories).Length;
        var scan = new TinyScan().Build("repo::app");
        return Task.FromResult(scan with { Kpis = [new Kpi(KpiCatalog.Types, files)] });
    }

    [Fact]
    public async Task Every_second_commit_is_scanned_in_its_own_worktree_and_stored_with_its_sha_and_date()
    {
        var (repo, shas) = MakeRepository();
        using var _ = repo;
        using var temp = new TempDirectory();
        repo.Write("app/Uncommitted.cs", "class Dirty {}\n");
        repo.Write("app/File0.cs", "class Changed {}\n");
        repo.Git("add", "app/File0.cs");
        var statusBefore = repo.Git("status", "--porcelain");
        var indexBefore = await File.ReadAllBytesAsync(Path.Combine(repo.Path, ".git", "index"));
        var seen = new List<string>();
        using var store = await ScanStoreFactory.OpenAsync(temp.Combine("m.db"));

        var results = await new HistoryBackfill(store, (p, c, ct) => CountFiles(p, seen))
            .RunAsync(Path.Combine(repo.Path, "app"), new HistorySelection(null, null, 2), CancellationToken.None);

        // HEAD, HEAD~2, HEAD~4, scanned oldest first.
        Assert.Equal([shas[0], shas[2], shas[4]], results.Select(r => r.Commit.Sha));
        var stored = await store.ListAsync("repo::app", CancellationToken.None);
        Assert.Equal([shas[0], shas[2], shas[4]], stored.Select(s => s.GitCommit));
        Assert.Equal([Start, Start.AddDays(14), Start.AddDays(28)], stored.Select(s => s.StartedAt));
        Assert.Equal([1.0, 3.0, 5.0], stored.Select(s => s.Kpis.Single().Value));
        Assert.All(stored, s => Assert.Equal("main", s.GitBranch));

        Assert.All(seen, p => Assert.False(p.StartsWith(repo.Path, StringComparison.Ordinal), p + " is inside the user's tree"));
        Assert.All(seen, p => Assert.False(Directory.Exists(p), p + " was not removed"));
        Assert.Equal(statusBefore, repo.Git("status", "--porcelain"));
        Assert.Equal(indexBefore, await File.ReadAllBytesAsync(Path.Combine(repo.Path, ".git", "index")));
        Assert.Single(repo.Git("worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Last_and_since_narrow_the_commits_and_a_rerun_stores_nothing_twice()
    {
        var (repo, shas) = MakeRepository();
        using var _ = repo;
        using var temp = new TempDirectory();
        using var store = await ScanStoreFactory.OpenAsync(temp.Combine("m.db"));
        var backfill = new HistoryBackfill(store, (p, c, ct) => CountFiles(p, []));

        var last = await backfill.RunAsync(Path.Combine(repo.Path, "app"), new HistorySelection(2, null, null), CancellationToken.None);
        var since = await backfill.RunAsync(Path.Combine(repo.Path, "app"), new HistorySelection(null, Start.AddDays(20), null), CancellationToken.None);

        Assert.Equal([shas[3], shas[4]], last.Select(r => r.Commit.Sha));
        Assert.Equal([shas[3], shas[4]], since.Select(r => r.Commit.Sha));
        Assert.All(since, r => Assert.Equal("already stored", r.Skipped));
        Assert.Equal(2, (await store.ListAsync("repo::app", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_cancelled_backfill_removes_its_worktree()
    {
        var (repo, _) = MakeRepository();
        using var __ = repo;
        using var temp = new TempDirectory();
        using var store = await ScanStoreFactory.OpenAsync(temp.Combine("m.db"));
        using var cancel = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new HistoryBackfill(store, (p, c, ct) =>
        {
            seen.Add(p);
            cancel.Cancel();
            ct.ThrowIfCancellationRequested();
            return CountFiles(p, []);
        }).RunAsync(Path.Combine(repo.Path, "app"), new HistorySelection(3, null, null), cancel.Token));

        Assert.Single(seen);
        Assert.False(Directory.Exists(seen[0]));
        Assert.Single(repo.Git("worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
        Assert.Empty(await store.ListAsync(null, CancellationToken.None));
    }
}
