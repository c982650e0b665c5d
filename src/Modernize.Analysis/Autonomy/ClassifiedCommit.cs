using Modernize.Model.Cells;
using Modernize.Model.History;

namespace Modernize.Analysis.Autonomy;

/// <summary>A commit seen through a decomposition: the churn it made in each cell and tissue element, and its unmapped files.</summary>
internal sealed record ClassifiedCommit(GitCommit Commit, IReadOnlyDictionary<string, int> ChurnByElement, IReadOnlyList<string> UnmappedFiles, int Cells, bool TouchesTissue)
{
    public bool IsMapped => ChurnByElement.Count > 0;

    /// <summary>Its files span two or more cells.</summary>
    public bool IsCrossCell => Cells >= 2;

    public static ClassifiedCommit Of(GitCommit commit, CellMap map)
    {
        var churn = new Dictionary<string, int>(StringComparer.Ordinal);
        var unmapped = new List<string>();
        foreach (var change in commit.Files)
        {
            var elements = map.ElementsOf(change.Path);
            if (elements.Count == 0)
            {
                unmapped.Add(change.Path);
            }

            foreach (var element in elements)
            {
                churn[element] = churn.GetValueOrDefault(element) + change.Added + change.Deleted;
            }
        }

        var cells = churn.Keys.Count(e => map.Kinds[e] == CellKind.Cell);
        return new ClassifiedCommit(commit, churn, unmapped, cells, churn.Keys.Any(e => map.Kinds[e] == CellKind.Tissue));
    }
}
