namespace Modernize.Model.Cells;

public enum CellKind
{
    /// <summary>An autonomous slice owned by one team.</summary>
    Cell,

    /// <summary>Shared platform, utilities or data: kept apart, not split.</summary>
    Tissue,
}
