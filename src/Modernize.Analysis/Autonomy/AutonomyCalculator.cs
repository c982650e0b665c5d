using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.History;

namespace Modernize.Analysis.Autonomy;

/// <summary>The autonomy figures of one decomposition over a window of history (formulas in docs/autonomy.md).</summary>
public static class AutonomyCalculator
{
    /// <param name="commits">The history read, any order; merges carry their first-parent diff.</param>
    /// <param name="from">Start of the window the ratios are measured over (inclusive).</param>
    /// <param name="to">End of the window (inclusive).</param>
    /// <param name="buckets">Velocity buckets, spanning the whole history read.</param>
    public static AutonomyFigures Compute(
        IReadOnlyList<GitCommit> commits,
        CellMap map,
        TeamResolver teams,
        HistorySettings settings,
        DateTimeOffset from,
        DateTimeOffset to,
        IReadOnlyList<DateOnly> buckets,
        VelocityBucketSize bucketSize)
    {
        ArgumentNullException.ThrowIfNull(commits);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(buckets);

        var elements = map.Kinds.Keys.Order(StringComparer.Ordinal).ToDictionary(e => e, e => new ElementTally(buckets), StringComparer.Ordinal);
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        int counted = 0, crossCell = 0, tissue = 0, largeSkipped = 0, pullRequests = 0, crossCellPullRequests = 0;

        foreach (var commit in commits)
        {
            var inWindow = commit.Date >= from && commit.Date <= to;
            if (commit.Parents >= 2)
            {
                // A merge repeats its branch's commits (counted on their own); its first-parent diff is the pull request.
                var merged = ClassifiedCommit.Of(commit, map);
                if (inWindow && merged.IsMapped)
                {
                    pullRequests++;
                    crossCellPullRequests += merged.IsCrossCell ? 1 : 0;
                }

                continue;
            }

            if (commit.Files.Count > settings.MaxFilesPerCommit)
            {
                largeSkipped += inWindow ? 1 : 0;
                continue;
            }

            var classified = ClassifiedCommit.Of(commit, map);
            var bucket = VelocityBuckets.StartOf(commit.Date, bucketSize);
            foreach (var (element, churn) in classified.ChurnByElement)
            {
                elements[element].AddToBucket(bucket, churn, classified.IsCrossCell);
            }

            if (!inWindow)
            {
                continue;
            }

            foreach (var file in classified.UnmappedFiles)
            {
                unmapped[file] = unmapped.GetValueOrDefault(file) + 1;
            }

            if (!classified.IsMapped)
            {
                continue;
            }

            counted++;
            crossCell += classified.IsCrossCell ? 1 : 0;
            tissue += classified.TouchesTissue && classified.Cells > 0 ? 1 : 0;
            var team = teams.TeamOf(commit.Author, commit.Email);
            foreach (var (element, churn) in classified.ChurnByElement)
            {
                var others = classified.ChurnByElement.Keys.Where(e => e != element).ToList();
                var alsoTissue = map.Kinds[element] == CellKind.Cell
                    ? classified.TouchesTissue
                    : others.Count > 0;
                elements[element].Add(churn, classified.IsCrossCell, alsoTissue, others, team);
            }
        }

        var cells = elements
            .Select(e => e.Value.ToCellAutonomy(e.Key, map.Kinds[e.Key], map.Owners.GetValueOrDefault(e.Key), map.Kinds, teams.HasTeams))
            .ToList();
        var owned = cells.Where(c => c.Owner is not null && c.Ownership.CommitAlignment is not null).ToList();
        var ownedCommits = owned.Sum(c => c.Commits);
        double? alignment = !teams.HasTeams || ownedCommits == 0
            ? null
            : (double)owned.Sum(c => c.Ownership.Teams.Where(t => t.Team == c.Owner).Sum(t => t.Commits)) / ownedCommits;

        return new AutonomyFigures(
            map.Origin,
            counted,
            crossCell,
            Ratio(crossCell, counted),
            tissue,
            Ratio(tissue, counted),
            pullRequests,
            crossCellPullRequests,
            pullRequests == 0 ? null : Ratio(crossCellPullRequests, pullRequests),
            alignment,
            largeSkipped,
            unmapped.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal).Select(u => new UnmappedFile(u.Key, u.Value)).ToList(),
            cells);
    }

    internal static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
