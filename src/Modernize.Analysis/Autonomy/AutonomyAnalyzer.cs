using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;

namespace Modernize.Analysis.Autonomy;

/// <summary>Cell autonomy from git history: cross-cell change, ownership alignment and velocity, for the declared map and the proposal.</summary>
public static class AutonomyAnalyzer
{
    /// <summary>
    /// The autonomy of the product map of <paramref name="config"/> (when it declares one) and of <paramref name="proposal"/>
    /// (when it has cells), over the last <see cref="Thresholds.CrossCellChangeWindowDays"/> days before <paramref name="asOf"/>
    /// (at most <see cref="HistorySettings.WindowDays"/>). Null when there is no history or nothing to measure.
    /// </summary>
    /// <param name="asOf">The end of the window: HEAD's committer date (<see cref="GitHistory.HeadDate"/>), the scan's start time when unknown.</param>
    public static AutonomyResult? Analyze(GitHistory history, CodeGraph graph, ModernizeConfig config, CellsResult? proposal, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(config);
        var hasProposal = proposal is { Cells.Count: > 0 };
        if (history.Commits.Count == 0 || (!config.HasProductMap && !hasProposal))
        {
            return null;
        }

        var windowDays = Math.Min(config.Thresholds.CrossCellChangeWindowDays, config.History.WindowDays);
        var from = asOf.AddDays(-windowDays);
        var oldest = history.Commits.Min(c => c.Date);
        var bucketSize = VelocityBuckets.SizeFor(oldest, asOf);
        var buckets = VelocityBuckets.Range(oldest < asOf ? oldest : asOf, asOf, bucketSize);
        var teams = new TeamResolver(config.Teams);

        AutonomyFigures Of(CellMap map) => AutonomyCalculator.Compute(history.Commits, map, teams, config.History, from, asOf, buckets, bucketSize);

        return new AutonomyResult(
            windowDays,
            from,
            asOf,
            bucketSize,
            config.HasProductMap ? Of(CellMap.FromProductMap(config, graph)) : null,
            hasProposal ? Of(CellMap.FromCells(proposal!, graph)) : null);
    }
}
