namespace Modernize.Loading.Git;

/// <summary>
/// A commit checked out with <c>git worktree add --detach</c> into a temporary folder outside the user's tree (their work
/// tree and index are never touched); disposing removes it, even after a failure or cancellation.
/// </summary>
public sealed class GitWorktree : IAsyncDisposable
{
    private readonly string top;

    private GitWorktree(string top, string path)
    {
        this.top = top;
        Path = path;
    }

    /// <summary>The worktree's folder.</summary>
    public string Path { get; }

    public static async Task<GitWorktree> AddAsync(string top, string sha, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sha);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "modernize-history-" + sha[..12] + "-" + Guid.NewGuid().ToString("N")[..8]);
        var worktree = new GitWorktree(top, path);
        try
        {
            var added = await GitProcess.RunAsync(top, ["worktree", "add", "--detach", "--quiet", path, sha], GitProcess.LongTimeout, ct).ConfigureAwait(false);
            GitCommits.Required(added, "worktree add");
            return worktree;
        }
        catch
        {
            await worktree.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs even after cancellation (hence no token): a leftover worktree would block the branch's checkout elsewhere.</summary>
    public async ValueTask DisposeAsync()
    {
        await GitProcess.RunAsync(top, ["worktree", "remove", "--force", Path]).ConfigureAwait(false);
        if (Directory.Exists(Path))
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Prune below still unregisters it; the temp folder is the system's to clean.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        await GitProcess.RunAsync(top, ["worktree", "prune"]).ConfigureAwait(false);
    }
}
