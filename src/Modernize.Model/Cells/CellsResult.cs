namespace Modernize.Model.Cells;

/// <summary>A decomposition (proposed or declared): its cells and tissue, the seams between them, and how to proceed.</summary>
/// <param name="Comparison">Where the proposal and the declared map agree or differ; empty without a map.</param>
public sealed record CellsResult(
    CellOrigin Origin,
    IReadOnlyList<Cell> Cells,
    IReadOnlyList<Seam> Seams,
    IReadOnlyList<ExtractionStep> ExtractionOrder,
    IReadOnlyList<SharedTable> SharedData,
    DecompositionQuality Quality,
    IReadOnlyList<string> Comparison)
{
    /// <summary>
    /// Types tied to nothing else (no dependency, change coupling or shared data) whose namespace and project have no cell
    /// either: reported apart, not as cells to extract.
    /// </summary>
    public IReadOnlyList<string> Unconnected { get; init; } = [];

    /// <summary>Per type of a proposal: confidence and strongest evidence of its membership (empty for a declared map).</summary>
    public IReadOnlyList<TypeMembership> Memberships { get; init; } = [];

    /// <summary>The resolution the proposal used (chosen by stability unless configured), 0 for a declared map.</summary>
    public double Resolution { get; init; }

    public static CellsResult Empty { get; } = new(CellOrigin.Proposed, [], [], [], [], new DecompositionQuality(0, 0, 0, 0, 0), []);

    /// <summary>The cell (or tissue) each type belongs to.</summary>
    public IReadOnlyDictionary<string, string> CellOfType() =>
        Cells.SelectMany(c => c.Members.Select(m => (Member: m, Cell: c.Name)))
            .GroupBy(x => x.Member, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Cell, StringComparer.Ordinal);
}
