namespace Modernize.Model.Cells;

/// <summary>
/// A seam inside a large cell (docs/cells.md, "Sub-cells"): a part a team could own on its own, shown beside its cell,
/// never changing the cell's members.
/// </summary>
/// <param name="Members">Ids of the types in it, all members of the parent cell.</param>
/// <param name="Cohesion">Share of its members' dependency weight inside the parent cell that stays inside the sub-cell.</param>
/// <param name="SiblingWeight">Dependency weight between it and the other sub-cells of the same cell.</param>
public sealed record SubCell(string Name, IReadOnlyList<string> Members, double Cohesion, double SiblingWeight);
