using System.Globalization;
using Modernize.Model;
using Modernize.Model.Scan;

namespace Modernize.Storage.History;

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
        var full = Path.GetFullPath(path);
        var isFile = File.Exists(full);
        if (!isFile && !Directory.Exists(full))
        {
            throw new InputException(path, "no such file or folder");
        }

        var folder = isFile ? Path.GetDirectoryName(full)! : full;
        var (code, prefix, _) = await GitCli.TryRunAsync(folder, ct, "rev-parse", "--show-prefix").ConfigureAwait(false);
        if (code != 0)
        {
            throw new InputException(path, "not inside a git repository; history needs one");
        }

        var top = (await GitCli.RunAsync(folder, ct, "rev-parse", "--show-toplevel").ConfigureAwait(false)).Trim();
        var relative = prefix.Trim() + (isFile ? Path.GetFileName(full) : string.Empty);
        var branch = (await GitCli.TryRunAsync(top, ct, "symbolic-ref", "--short", "-q", "HEAD").ConfigureAwait(false)).Output.Trim();
        var commits = selection.Choose(await FirstParentHistoryAsync(top, ct).ConfigureAwait(false));
        log($"{commits.Count} commits chosen in {top}");

        var results = new List<BackfilledScan>();
        foreach (var commit in commits)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(await BackfillAsync(top, relative, branch.Length == 0 ? null : branch, commit, ct).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<IReadOnlyList<GitCommitInfo>> FirstParentHistoryAsync(string top, CancellationToken ct)
    {
        var (code, output, error) = await GitCli.TryRunAsync(top, ct, "log", "--first-parent", "--format=%H%x1f%cI%x1f%s", "HEAD").ConfigureAwait(false);
        if (code != 0)
        {
            throw new InputException(top, $"cannot read git history ({error.Trim()})");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\x1f'))
            .Select(f => new GitCommitInfo(f[0], DateTimeOffset.Parse(f[1], CultureInfo.InvariantCulture), f.Length > 2 ? f[2] : string.Empty))
            .ToList();
    }

    private async Task<BackfilledScan> BackfillAsync(string top, string relative, string? branch, GitCommitInfo commit, CancellationToken ct)
    {
        var worktree = Path.Combine(Path.GetTempPath(), "modernize-history-" + commit.Sha[..12] + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await GitCli.RunAsync(top, ct, "worktree", "add", "--detach", "--quiet", worktree, commit.Sha).ConfigureAwait(false);
            var scanPath = Path.Combine(worktree, relative);
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
        finally
        {
            await RemoveWorktreeAsync(top, worktree).ConfigureAwait(false);
        }
    }

    /// <summary>Runs even after cancellation (hence no token): a leftover worktree would block the branch's checkout elsewhere.</summary>
    private static async Task RemoveWorktreeAsync(string top, string worktree)
    {
        await GitCli.TryRunAsync(top, CancellationToken.None, "worktree", "remove", "--force", worktree).ConfigureAwait(false);
        if (Directory.Exists(worktree))
        {
            try
            {
                Directory.Delete(worktree, recursive: true);
            }
            catch (IOException)
            {
                // Prune below still unregisters it; the temp folder is the system's to clean.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        await GitCli.TryRunAsync(top, CancellationToken.None, "worktree", "prune").ConfigureAwait(false);
    }
}
