using Modernize.Model.Analysis;

namespace Modernize.Analysis.History;

/// <summary>Revisions, churn and authors per element (file or type): how often and how much it changed, and by whom.</summary>
public static class ChangeFrequency
{
    /// <param name="elementsOf">The elements a changed file stands for: the file itself, or the types declared in it.</param>
    public static IReadOnlyList<FileChangeStats> Compute(IEnumerable<CommitChanges> commits, Func<string, IEnumerable<string>> elementsOf)
    {
        ArgumentNullException.ThrowIfNull(commits);
        ArgumentNullException.ThrowIfNull(elementsOf);
        var revisions = new Dictionary<string, int>(StringComparer.Ordinal);
        var churn = new Dictionary<string, int>(StringComparer.Ordinal);
        var authors = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commit in commits)
        {
            touched.Clear();
            foreach (var (file, lines) in commit.Churn)
            {
                foreach (var element in elementsOf(file))
                {
                    churn[element] = churn.GetValueOrDefault(element) + lines;
                    touched.Add(element);
                }
            }

            foreach (var element in touched)
            {
                revisions[element] = revisions.GetValueOrDefault(element) + 1;
                if (!authors.TryGetValue(element, out var names))
                {
                    names = new SortedSet<string>(StringComparer.Ordinal);
                    authors[element] = names;
                }

                names.Add(commit.Commit.Author);
            }
        }

        return revisions
            .Select(r => new FileChangeStats(r.Key, r.Value, churn[r.Key], authors[r.Key].ToList()))
            .OrderByDescending(s => s.Revisions)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
    }
}
