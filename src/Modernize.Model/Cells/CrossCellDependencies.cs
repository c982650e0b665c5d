using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Model.Cells;

/// <summary>
/// The dependencies that cross cell boundaries: what KPIs count and diffs compare.
/// Tissue is shared by design, so a dependency with an end in tissue (or in no cell at all) does not count.
/// </summary>
public static class CrossCellDependencies
{
    /// <summary>The decomposition a scan is judged by: the declared product map when there is one, else the proposal.</summary>
    public static CellsResult MapOf(ScanDocument scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.DeclaredCells ?? scan.Cells;
    }

    public static IReadOnlyList<CrossCellDependency> Of(ScanDocument scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return Of(scan.Graph, MapOf(scan));
    }

    public static IReadOnlyList<CrossCellDependency> Of(CodeGraph graph, CellsResult cells)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(cells);
        var cellOfType = new Dictionary<string, Cell>(StringComparer.Ordinal);
        foreach (var cell in cells.Cells)
        {
            foreach (var member in cell.Members)
            {
                cellOfType.TryAdd(member, cell);
            }
        }

        var result = new List<CrossCellDependency>();
        foreach (var dependency in graph.Dependencies)
        {
            if (cellOfType.TryGetValue(dependency.From, out var from) && from.Kind == CellKind.Cell
                && cellOfType.TryGetValue(dependency.To, out var to) && to.Kind == CellKind.Cell
                && !ReferenceEquals(from, to))
            {
                result.Add(new CrossCellDependency(from.Name, to.Name, dependency));
            }
        }

        return result;
    }
}
