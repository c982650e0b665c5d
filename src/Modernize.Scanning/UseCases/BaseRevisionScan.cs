using Modernize.Loading.Input;
using Modernize.Loading.Repository;
using Modernize.Model;
using Modernize.Model.Scan;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary>
/// The stored scan of a pull request's base revision (<c>check --base &lt;rev&gt; --db &lt;store&gt;</c>): the latest scan of the same
/// solution whose git commit is the one the revision names. CI keeps it by scanning the target branch into the store (docs/ci.md).
/// </summary>
internal static class BaseRevisionScan
{
    /// <exception cref="InputException">The revision names no commit, or the store holds no scan of it.</exception>
    public static async Task<ScanDocument> LoadAsync(string path, string revision, bool safe, IScanStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var commit = RepositoryInfo.ResolveCommit(path, revision)
            ?? throw new InputException(revision, $"--base names no commit of the git repository around {path}");
        var identity = SolutionIdentity.Of(safe ? GitFolderReader.Read(path) : RepositoryInfo.Read(path), InputResolver.Resolve(path).Name);
        var scans = await store.ListAsync(identity, cancellationToken).ConfigureAwait(false);
        var stored = scans.Where(s => string.Equals(s.GitCommit, commit, StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.StartedAt)
            ?? throw new InputException(store.Location, $"holds no scan of {revision} ({commit[..Math.Min(12, commit.Length)]}): scan that commit into the store first (modernize scan <solution> --db {store.Location})");
        return await store.LoadAsync(stored.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InputException(store.Location, $"the scan of {revision} could not be read");
    }
}
