namespace Modernize.Model.Cells;

/// <summary>A table or entity used by more than one cell: to be owned by one cell or made tissue.</summary>
public sealed record SharedTable(string Table, IReadOnlyList<string> Cells, IReadOnlyList<string> Accessors)
{
    /// <summary>The cells whose code writes it (an insert, update or delete seen in code or SQL); empty in scans stored before 2026-11-30.</summary>
    public IReadOnlyList<string> Writers { get; init; } = [];

    /// <summary>The one cell that writes it while the others only read: the owner the data suggests, the readers then asking it through its interface. None when no cell or several write it.</summary>
    public string? SoleWriter => Writers.Count == 1 ? Writers[0] : null;
}
