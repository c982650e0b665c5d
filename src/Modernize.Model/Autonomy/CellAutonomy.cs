using Modernize.Model.Cells;

namespace Modernize.Model.Autonomy;

/// <summary>How independently one cell (or tissue element) changed over the window.</summary>
/// <param name="Commits">Commits of the window that changed at least one of its files.</param>
/// <param name="CrossCellCommits">Of those, commits spanning two or more cells: for a cell, the ones that also changed another cell.</param>
/// <param name="CrossCellRatio">CrossCellCommits ÷ Commits, 0 without commits.</param>
/// <param name="TissueCommits">Of its commits, those that also changed tissue (for tissue: another tissue element or a cell).</param>
/// <param name="Churn">Lines added plus deleted in its files.</param>
/// <param name="DragsAlong">The other cells and tissue elements its commits also changed, most often first.</param>
/// <param name="Velocity">Commits and churn per bucket over the whole history read, oldest first, with the cross-cell commits of each bucket.</param>
public sealed record CellAutonomy(
    string Cell,
    CellKind Kind,
    string? Owner,
    int Commits,
    int CrossCellCommits,
    double CrossCellRatio,
    int TissueCommits,
    int Churn,
    IReadOnlyList<DragAlong> DragsAlong,
    CellOwnership Ownership,
    IReadOnlyList<VelocityBucket> Velocity);
