namespace Modernize.Model.Cells;

/// <summary>The boundary between two cells (or a cell and tissue): what crosses it.</summary>
/// <param name="Weight">Total weight of the dependencies to cut, both directions.</param>
/// <param name="ChangeCoupling">How much the two sides change together (0 without history).</param>
public sealed record Seam(string From, string To, int Weight, double ChangeCoupling, IReadOnlyList<SeamDependency> Dependencies);
