namespace Modernize.Model.Cells;

public enum CellKind
{
    /// <summary>An autonomous slice owned by one team.</summary>
    Cell,

    /// <summary>Shared platform, utilities or data: kept apart, not split.</summary>
    Tissue,

    /// <summary>A composition root (Program, Startup, module registration, bootstrapping): wires cells together, belongs to none.</summary>
    Host,
}
