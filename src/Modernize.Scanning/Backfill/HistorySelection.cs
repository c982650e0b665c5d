using Modernize.Loading.Git;
using Modernize.Model;

namespace Modernize.Scanning.Backfill;

/// <summary>
/// Which past commits to scan, along the first-parent history of HEAD: every <see cref="Every"/>-th commit,
/// not older than <see cref="Since"/>, at most the <see cref="Last"/> newest of those.
/// </summary>
public sealed record HistorySelection(int? Last, DateTimeOffset? Since, int? Every)
{
    public void Validate()
    {
        if (Last is null && Since is null && Every is null)
        {
            throw new InputException("history: choose the commits with --last N, --since DATE or --every K");
        }

        if (Last is < 1 || Every is < 1)
        {
            throw new InputException("history: --last and --every take a number of at least 1");
        }
    }

    /// <summary>Applies the selection to commits listed newest first; returns them oldest first, the order they are scanned in.</summary>
    public IReadOnlyList<GitCommitInfo> Choose(IReadOnlyList<GitCommitInfo> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var chosen = newestFirst.Where(c => Since is null || c.Date >= Since).Where((_, i) => i % (Every ?? 1) == 0);
        if (Last is { } last)
        {
            chosen = chosen.Take(last);
        }

        return chosen.Reverse().ToList();
    }
}
