namespace Modernize.Model.Cells;

/// <summary>A table or entity used by more than one cell: to be owned by one cell or made tissue.</summary>
public sealed record SharedTable(string Table, IReadOnlyList<string> Cells, IReadOnlyList<string> Accessors);
