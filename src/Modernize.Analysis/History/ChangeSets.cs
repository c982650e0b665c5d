using Modernize.Model.Configuration;
using Modernize.Model.History;

namespace Modernize.Analysis.History;

/// <summary>The commits history analysis counts, as sets of changed files (known to the scan) with their churn.</summary>
public static class ChangeSets
{
    /// <summary>
    /// One entry per non-merge commit that changed at least one known file. <paramref name="knownFiles"/> null keeps every file
    /// (the scan has no files to match, for example a history-only run). Merges are left out: their first-parent diff repeats
    /// the changes of the branch they bring in, whose commits are counted on their own.
    /// </summary>
    public static IReadOnlyList<CommitChanges> From(GitHistory history, IReadOnlySet<string>? knownFiles)
    {
        ArgumentNullException.ThrowIfNull(history);
        var result = new List<CommitChanges>(history.Commits.Count);
        foreach (var commit in history.Commits.Where(c => c.Parents < 2))
        {
            var files = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var change in commit.Files)
            {
                if (knownFiles is null || knownFiles.Contains(change.Path))
                {
                    files[change.Path] = files.GetValueOrDefault(change.Path) + change.Added + change.Deleted;
                }
            }

            if (files.Count > 0)
            {
                result.Add(new CommitChanges(commit, files, commit.Files.Count));
            }
        }

        return result;
    }

    /// <summary>Whether a commit takes part in change coupling: not a merge, and no more files than <see cref="HistorySettings.MaxFilesPerCommit"/>.</summary>
    public static bool CountsForCoupling(CommitChanges changes, HistorySettings settings)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(settings);
        return changes.Commit.Parents < 2 && changes.TotalFiles <= settings.MaxFilesPerCommit;
    }
}

/// <summary>A commit and the churn (added + deleted lines) of each known file it changed.</summary>
/// <param name="TotalFiles">Files the commit changed under the scanned root, known to the scan or not.</param>
public sealed record CommitChanges(GitCommit Commit, IReadOnlyDictionary<string, int> Churn, int TotalFiles);
