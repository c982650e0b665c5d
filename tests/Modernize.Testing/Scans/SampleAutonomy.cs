using Modernize.Model.Autonomy;
using Modernize.Model.Cells;

namespace Modernize.Testing.Scans;

/// <summary>A small hand-made autonomy result (two cells and tissue, declared and proposed) for store and report tests.</summary>
public static class SampleAutonomy
{
    public static AutonomyResult Create(double orderingRatio = 0.4)
    {
        var weeks = new[] { new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 8), new DateOnly(2024, 4, 15) };
        IReadOnlyList<VelocityBucket> Velocity(params int[] commits) =>
            weeks.Select((w, i) => new VelocityBucket(w, commits[i], commits[i] * 7, i == 0 ? 1 : 0)).ToList();

        var ordering = new CellAutonomy(
            "Ordering", CellKind.Cell, "team-checkout", 5, (int)Math.Round(orderingRatio * 5), orderingRatio, 0, 24,
            [new DragAlong("Billing", CellKind.Cell, 1, 0.2), new DragAlong("Catalog", CellKind.Cell, 1, 0.2)],
            new CellOwnership(0.6, 13 / 24.0, [new TeamChange("team-checkout", 3, 13), new TeamChange(CellOwnership.UnknownTeam, 1, 6), new TeamChange("team-discovery", 1, 5)]),
            Velocity(2, 2, 1));
        var catalog = new CellAutonomy(
            "Catalog", CellKind.Cell, "team-discovery", 3, 1, 1 / 3.0, 1, 8,
            [new DragAlong("Ordering", CellKind.Cell, 1, 1 / 3.0), new DragAlong("Platform", CellKind.Tissue, 1, 1 / 3.0)],
            new CellOwnership(1, 1, [new TeamChange("team-discovery", 3, 8)]),
            Velocity(1, 1, 1));
        var platform = new CellAutonomy(
            "Platform", CellKind.Tissue, null, 2, 0, 0, 1, 3, [new DragAlong("Catalog", CellKind.Cell, 1, 0.5)], CellOwnership.None, Velocity(1, 0, 1));
        var declared = new AutonomyFigures(
            CellOrigin.Declared, 9, 2, 2 / 9.0, 1, 1 / 9.0, 2, 1, 0.5, 0.7, 1, [new UnmappedFile("README.md", 1)], [catalog, ordering, platform]);
        var proposed = declared with
        {
            Origin = CellOrigin.Proposed,
            CrossCellCommits = 1,
            CrossCellChangeRatio = 1 / 9.0,
            OwnershipAlignment = null,
            Cells = [catalog with { Owner = null, Ownership = CellOwnership.None }, ordering with { Cell = "Sales", Owner = null, CrossCellCommits = 1, CrossCellRatio = 1 / 6.0, Commits = 6, Ownership = CellOwnership.None }],
        };
        var asOf = new DateTimeOffset(2024, 6, 30, 12, 0, 0, TimeSpan.Zero);
        return new AutonomyResult(90, asOf.AddDays(-90), asOf, VelocityBucketSize.Week, declared, proposed);
    }
}
