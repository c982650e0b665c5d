using Modernize.Loading.Git;
using Modernize.Model;
using Modernize.Model.Scan;
using Modernize.Storage;

namespace Modernize.Scanning.Backfill;

/// <summary>
/// Scans past commits and stores each scan with its commit's sha and date, so the trend starts before the first real scan.
/// Each commit is checked out with <c>git worktree add --detach</c> into a temporary folder outside the user's tree
/// (their work tree and index are never touched), scanned at the same relative path, and removed afterwards even on
/// failure or cancellation. A commit already stored for the same solution is skipped, so a backfill can be re-run.
/// </summary>
public sealed class HistoryBackfill
{
    private readonly IScanStore store;
    private readonly Func<string, GitCommitInfo, CancellationToken, Task<ScanDocument>> scan;
    private readonly Action<string> log;

    /// <param name="scan">Scans the path (inside the temporary worktree) as it was at the commit.</param>
    public HistoryBackfill(IScanStore store, Func<string, GitCommitInfo, CancellationToken, Task<ScanDocument>> scan, Action<string>? log = null)
    {
        this.store = store;
        this.scan = scan;
        this.log = log ?? (_ => { });
    }

    public async Task<IReadOnlyList<BackfilledScan>> RunAsync(string path, HistorySelection selection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(selection);
        selection.Validate();
        var (top, relative) = await GitCommits.LocateAsync(path, ct).ConfigureAwait(false);
        var branch = GitBranch.Read(top);
        var commits = selection.Choose(await GitCommits.FirstParentHistoryAsync(top, ct).ConfigureAwait(false));
        log($"{commits.Count} commits chosen in {top}");

        var results = new List<BackfilledScan>();
        foreach (var commit in commits)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(await BackfillAsync(top, relative, branch, commit, ct).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<BackfilledScan> BackfillAsync(string top, string relative, string? branch, GitCommitInfo commit, CancellationToken ct)
    {
        var worktree = await GitWorktree.AddAsync(top, commit.Sha, ct).ConfigureAwait(false);
        await using (worktree.ConfigureAwait(false))
        {
            var scanPath = Path.Combine(worktree.Path, relative);
            if (!File.Exists(scanPath) && !Directory.Exists(scanPath))
            {
                log($"{commit.Sha[..12]}: {relative} does not exist yet, skipped");
                return new BackfilledScan(commit, null, $"{relative} does not exist at this commit");
            }

            ScanDocument document;
            try
            {
                document = await scan(scanPath, commit, ct).ConfigureAwait(false);
            }
            catch (InputException e)
            {
                log($"{commit.Sha[..12]}: not scanned: {e.Message}");
                return new BackfilledScan(commit, null, e.Message);
            }

            document = document with { Info = document.Info with { StartedAt = commit.Date, GitCommit = commit.Sha, GitBranch = branch } };
            var stored = await store.ListAsync(document.Info.SolutionIdentity, ct).ConfigureAwait(false);
            if (stored.Any(s => s.GitCommit == commit.Sha))
            {
                log($"{commit.Sha[..12]}: already stored, skipped");
                return new BackfilledScan(commit, null, "already stored");
            }

            var id = await store.SaveAsync(document, ct).ConfigureAwait(false);
            log($"{commit.Sha[..12]} {commit.Date:yyyy-MM-dd}: stored as scan {id}");
            return new BackfilledScan(commit, id, null);
        }
    }
}
