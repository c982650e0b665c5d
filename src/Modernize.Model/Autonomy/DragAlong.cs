using Modernize.Model.Cells;

namespace Modernize.Model.Autonomy;

/// <summary>Another cell or tissue element changed in the same commits as a cell.</summary>
/// <param name="Commits">Commits that changed both.</param>
/// <param name="Share">Commits ÷ the cell's commits.</param>
public sealed record DragAlong(string Cell, CellKind Kind, int Commits, double Share);
