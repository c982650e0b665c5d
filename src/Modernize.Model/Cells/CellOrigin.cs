namespace Modernize.Model.Cells;

public enum CellOrigin
{
    /// <summary>Proposed by Modernize from structure, history and data access.</summary>
    Proposed,

    /// <summary>Declared by the architect in the product map (modernize.yml).</summary>
    Declared,
}
