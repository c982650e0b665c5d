namespace Modernize.Model.Cells;

/// <summary>A candidate or declared cell, or an element of tissue.</summary>
/// <param name="Members">Ids of the types in it.</param>
/// <param name="Score">0..100: how ready it is to stand alone (higher is easier to extract).</param>
/// <param name="Explanation">Why it was formed and scored as it is, in plain sentences.</param>
public sealed record Cell(
    string Name,
    CellKind Kind,
    CellOrigin Origin,
    string? Owner,
    IReadOnlyList<string> Members,
    double Score,
    CellScore Breakdown,
    IReadOnlyList<string> Explanation)
{
    /// <summary>The seams inside a large cell, when splitting it helps (docs/cells.md, "Sub-cells"); empty for most cells, tissue and hosts.</summary>
    public IReadOnlyList<SubCell> SubCells { get; init; } = [];
}
