using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Reporting.Html;

/// <summary>
/// The cells map's data. Types are grouped into "units" (one namespace inside one cell) so the map can show cells and expand one
/// into its namespaces on demand, with directed weights between units that add up to the seams.
/// </summary>
internal static class CellsViewBuilder
{
    /// <summary>Dependencies listed per seam; the rest are counted in <see cref="SeamView.DependencyCount"/>.</summary>
    public const int DependenciesPerSeam = 150;

    /// <summary>Data accesses listed per cell.</summary>
    public const int DataAccessesPerCell = 100;

    public const string Unassigned = "(unassigned)";

    /// <summary>The decomposition the report shows: the architect's declared map when there is one, otherwise the proposal.</summary>
    public static CellsResult Primary(ScanDocument scan) =>
        scan.DeclaredCells is { Cells.Count: > 0 } declared ? declared : scan.Cells;

    /// <summary>The cell (or tissue, or <see cref="Unassigned"/>) of every type; generated types outside any cell are left out.</summary>
    public static Dictionary<string, string> CellOfType(ScanDocument scan)
    {
        var cells = Primary(scan).CellOfType();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in scan.Graph.Types)
        {
            if (cells.TryGetValue(type.Id, out var cell))
            {
                result[type.Id] = cell;
            }
            else if (!type.Generated && cells.Count > 0)
            {
                result[type.Id] = Unassigned;
            }
        }

        return result;
    }

    public static CellsView Build(ScanDocument scan)
    {
        var primary = Primary(scan);
        if (primary.Cells.Count == 0)
        {
            return new CellsView(Views.Camel(primary.Origin), [], [], [], [], [], [], null, primary.Comparison);
        }

        var cellOfType = CellOfType(scan);
        var cells = primary.Cells
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var cellIndex = cells.Select((c, i) => (c.Name, i)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var hasUnassigned = cellOfType.ContainsValue(Unassigned);
        if (hasUnassigned)
        {
            cellIndex[Unassigned] = cells.Count;
        }

        var types = scan.Graph.Types.Where(t => cellOfType.ContainsKey(t.Id)).ToList();

        // A membership speaks for the element that holds the type here; a declared map's cells have none of their own.
        var membershipOf = primary.Memberships
            .Where(m => cellOfType.TryGetValue(m.Type, out var cell) && cell == m.Element)
            .GroupBy(m => m.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var units = types
            .GroupBy(t => (Cell: cellIndex[cellOfType[t.Id]], t.Namespace))
            .OrderBy(g => g.Key.Cell)
            .ThenBy(g => g.Key.Namespace, StringComparer.Ordinal)
            .Select((g, i) => new UnitView(
                i,
                g.Key.Cell,
                g.Key.Namespace.Length == 0 ? "(global)" : g.Key.Namespace,
                g.Sum(t => t.Metrics.SourceLines),
                g.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => TypeRow(t, membershipOf.GetValueOrDefault(t.Id))).ToList()))
            .ToList();
        var unitOfType = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var row in unit.Types)
            {
                unitOfType[(string)row[0]!] = unit.Index;
            }
        }

        var dataOfCell = scan.Graph.DataAccesses
            .Where(d => cellOfType.ContainsKey(d.From))
            .GroupBy(d => cellIndex[cellOfType[d.From]])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DataAccessView>)g.Take(DataAccessesPerCell).Select(DataAccess).ToList());
        var items = cells.Select((c, i) => CellView(c, i, units, dataOfCell.GetValueOrDefault(i, []))).ToList();
        if (hasUnassigned)
        {
            items.Add(new CellView(
                cells.Count, Unassigned, "unassigned", "proposed", null, 0, new BreakdownView(0, 0, 0, 0, 0, 0, 0, 0),
                ["These types belong to no cell or tissue of the map; assign them in modernize.yml."],
                units.Where(u => u.Cell == cells.Count).Sum(u => u.Types.Count),
                units.Where(u => u.Cell == cells.Count).Sum(u => u.Lines),
                dataOfCell.GetValueOrDefault(cells.Count, [])));
        }

        return new CellsView(
            Views.Camel(primary.Origin),
            items,
            units,
            UnitEdges(scan.Graph.Dependencies, unitOfType),
            primary.Seams.OrderByDescending(s => s.Weight).Select(Seam).ToList(),
            primary.ExtractionOrder.OrderBy(s => s.Rank).Select(s => new ExtractionStepView(s.Rank, s.Cell, s.Score, s.Reason)).ToList(),
            primary.SharedData.Select(s => new SharedTableView(s.Table, s.Cells, s.Accessors, s.Writers)).ToList(),
            new QualityView(primary.Quality.Modularity, primary.Quality.StructuralModularity, primary.Quality.InterPartitionCallPercentage, primary.Quality.InterfaceNumber, primary.Quality.NonExtremeDistribution),
            primary.Comparison);
    }

    private static object?[] TypeRow(TypeNode t, TypeMembership? membership) =>
        [t.Id, Views.Camel(t.Kind), t.File, t.Line, t.Metrics.SourceLines, t.Metrics.CyclomaticComplexity, membership?.Confidence, membership?.Evidence];

    private static DataAccessView DataAccess(DataAccess d) =>
        new(d.Target, Views.Camel(d.Kind), d.Operation, d.From, d.Location.ToString());

    private static CellView CellView(Cell cell, int index, List<UnitView> units, IReadOnlyList<DataAccessView> data)
    {
        var own = units.Where(u => u.Cell == index).ToList();
        var b = cell.Breakdown;
        return new CellView(
            index,
            cell.Name,
            Views.Camel(cell.Kind),
            Views.Camel(cell.Origin),
            cell.Owner,
            cell.Score,
            new BreakdownView(b.Cohesion, b.Coupling, b.InterfaceWidth, b.SharedData, b.Cycles, b.ChangeCoupling, b.Size, b.BlockerPoints),
            cell.Explanation,
            own.Sum(u => u.Types.Count),
            own.Sum(u => u.Lines),
            data)
        {
            SubCells = cell.SubCells.Select(s => new SubCellView(s.Name, s.Members, s.Cohesion, s.SiblingWeight)).ToList(),
        };
    }

    private static List<int[]> UnitEdges(IReadOnlyList<Dependency> dependencies, Dictionary<string, int> unitOfType)
    {
        var weights = new Dictionary<(int, int), int>();
        foreach (var d in dependencies)
        {
            if (unitOfType.TryGetValue(d.From, out var from) && unitOfType.TryGetValue(d.To, out var to) && from != to)
            {
                weights[(from, to)] = weights.GetValueOrDefault((from, to)) + d.Weight;
            }
        }

        return weights.OrderBy(w => w.Key.Item1).ThenBy(w => w.Key.Item2).Select(w => new[] { w.Key.Item1, w.Key.Item2, w.Value }).ToList();
    }

    private static SeamView Seam(Seam seam) =>
        new(
            seam.From,
            seam.To,
            seam.Weight,
            seam.ChangeCoupling,
            seam.Dependencies.Count,
            seam.Dependencies
                .OrderByDescending(d => d.Weight)
                .ThenBy(d => d.From, StringComparer.Ordinal)
                .Take(DependenciesPerSeam)
                .Select(d => Views.Dependency(d.From, d.To, d.Weight, d.Kinds, d.Samples))
                .ToList());
}
