using Modernize.Model.Autonomy;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Autonomy;

/// <summary>Running counts for one cell or tissue element while commits are read.</summary>
internal sealed class ElementTally
{
    private readonly Dictionary<string, int> dragged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Commits, int Churn)> teams = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, (int Commits, int Churn, int CrossCell)> velocity = [];
    private int commits;
    private int crossCell;
    private int tissue;
    private int churn;

    public ElementTally(IEnumerable<DateOnly> buckets)
    {
        foreach (var bucket in buckets)
        {
            velocity[bucket] = (0, 0, 0);
        }
    }

    public void Add(int lines, bool isCrossCell, bool alsoTissue, IEnumerable<string> others, string team)
    {
        commits++;
        churn += lines;
        crossCell += isCrossCell ? 1 : 0;
        tissue += alsoTissue ? 1 : 0;
        foreach (var other in others)
        {
            dragged[other] = dragged.GetValueOrDefault(other) + 1;
        }

        var (teamCommits, teamChurn) = teams.GetValueOrDefault(team);
        teams[team] = (teamCommits + 1, teamChurn + lines);
    }

    public void AddToBucket(DateOnly bucket, int lines, bool isCrossCell)
    {
        var (c, l, x) = velocity.GetValueOrDefault(bucket);
        velocity[bucket] = (c + 1, l + lines, x + (isCrossCell ? 1 : 0));
    }

    public CellAutonomy ToCellAutonomy(string name, CellKind kind, string? owner, IReadOnlyDictionary<string, CellKind> kinds, bool hasTeams)
    {
        var teamChanges = teams
            .Select(t => new TeamChange(t.Key, t.Value.Commits, t.Value.Churn))
            .OrderByDescending(t => t.Commits)
            .ThenByDescending(t => t.Churn)
            .ThenBy(t => t.Team, StringComparer.Ordinal)
            .ToList();
        var ownerChange = teamChanges.FirstOrDefault(t => t.Team == owner);
        var judged = owner is not null && hasTeams && commits > 0;
        var ownership = new CellOwnership(
            judged ? AutonomyCalculator.Ratio(ownerChange?.Commits ?? 0, commits) : null,
            judged && churn > 0 ? AutonomyCalculator.Ratio(ownerChange?.Churn ?? 0, churn) : null,
            teamChanges);
        var drags = dragged
            .Select(d => new DragAlong(d.Key, kinds[d.Key], d.Value, AutonomyCalculator.Ratio(d.Value, commits)))
            .OrderByDescending(d => d.Commits)
            .ThenBy(d => d.Cell, StringComparer.Ordinal)
            .ToList();
        return new CellAutonomy(
            name,
            kind,
            owner,
            commits,
            crossCell,
            AutonomyCalculator.Ratio(crossCell, commits),
            tissue,
            churn,
            drags,
            ownership,
            velocity.Select(v => new VelocityBucket(v.Key, v.Value.Commits, v.Value.Churn, v.Value.CrossCell)).ToList());
    }
}
