using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>A cell or tissue element before scoring: who is in it and why it was formed.</summary>
public sealed record CellDraft(
    string Name,
    CellKind Kind,
    string? Owner,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> Explanation)
{
    /// <summary>Sub-cells found inside the cell (<see cref="Hierarchy.SubCellFinder"/>); never change its members.</summary>
    public IReadOnlyList<SubCell> SubCells { get; init; } = [];
}
