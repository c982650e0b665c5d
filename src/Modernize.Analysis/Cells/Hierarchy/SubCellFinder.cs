using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Sizing;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Hierarchy;

/// <summary>A cell's split into sub-cells, or why it was not split.</summary>
/// <param name="SubCells">The sub-cells, largest first; empty when the split does not help.</param>
/// <param name="Modularity">Modularity (γ = 1) of the split inside the cell's own graph; 0 when Leiden found one part.</param>
/// <param name="CrossingShare">Share of the weight inside the cell that crosses between sub-cells.</param>
/// <param name="Stability">Mean NMI of the split across seeds (<see cref="ResolutionSelector.Choose"/>).</param>
public sealed record SubCellSplit(IReadOnlyList<SubCell> SubCells, double Modularity, double CrossingShare, double Stability);

/// <summary>
/// Finds the seams inside large cells once the top-level cells are final (docs/cells.md, "Sub-cells"): Leiden over the
/// cell's part of the proposal's own weighted graph, at the resolution of <c>proposal.subCells</c> (γ = 1: the cell's own
/// graph is the whole graph here), three seeds, the parts folded to half a team and to at most <c>maxSubCells</c>. The split
/// is kept when it leaves at least two parts, its modularity inside the cell reaches <c>minModularity</c> and at most
/// <c>maxCrossingShare</c> of the cell's weight crosses between them (<see cref="SubCellSettings"/>). Cells,
/// their members and names never change: sub-cells are a refinement shown beside them.
/// </summary>
public static class SubCellFinder
{
    /// <summary>No sub-cell under this many types, whatever the team size.</summary>
    public const int MinSubCellFloor = 3;

    /// <summary>The smallest sub-cell: half a team, at least <see cref="MinSubCellFloor"/> types.</summary>
    public static int MinSubCellSize(int teamSize) => Math.Max(MinSubCellFloor, teamSize / 2);

    /// <summary>The drafts with sub-cells (and one sentence) added to each Cell-kind draft whose split helps; everything else as given.</summary>
    /// <param name="graph">The weighted graph the proposal's cells came from; node i is <paramref name="nodeIds"/>[i].</param>
    public static IReadOnlyList<CellDraft> Refine(
        IReadOnlyList<CellDraft> drafts, WeightedGraph graph, IReadOnlyList<string> nodeIds, IReadOnlyDictionary<string, TypeNode> typeById, ProposalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(nodeIds);
        var teamSize = CellSizeRule.TeamSize(settings, drafts.Where(d => d.Kind == CellKind.Cell).Sum(d => d.Members.Count));
        var nodeOf = nodeIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var solutionNaming = new CellNaming(typeById.Values.ToList());
        return drafts
            .Select(d => d.Kind == CellKind.Cell && Split(d, graph, nodeOf, typeById, solutionNaming, settings, teamSize) is { SubCells.Count: > 0 } split
                ? d with { SubCells = split.SubCells, Explanation = [.. d.Explanation, Sentence(d.Name, split)] }
                : d)
            .ToList();
    }

    /// <summary>The split of one cell, or null when it is too small to hold <c>minTeamsInCell</c> team-sized parts.</summary>
    /// <param name="solutionNaming">A naming over every type in scope; each cell's parts are named by a <see cref="CellNaming.Fresh"/> copy.</param>
    public static SubCellSplit? Split(
        CellDraft cell, WeightedGraph graph, IReadOnlyDictionary<string, int> nodeOf, IReadOnlyDictionary<string, TypeNode> typeById, CellNaming solutionNaming, ProposalSettings settings, int teamSize)
    {
        ArgumentNullException.ThrowIfNull(solutionNaming);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nodeOf);
        ArgumentNullException.ThrowIfNull(settings);
        var ids = cell.Members.Where(id => nodeOf.TryGetValue(id, out var node) && graph.Degree(node) > 0).Order(StringComparer.Ordinal).ToList();
        var nodes = ids.Select(id => nodeOf[id]).ToList();
        var rule = settings.SubCells;
        if (nodes.Count < rule.MinTeamsInCell * teamSize)
        {
            return null;
        }

        var inside = Induced(graph, nodes);
        var minSize = MinSubCellSize(teamSize);
        var choice = ResolutionSelector.Choose(inside, settings with { Resolution = rule.Resolution, MinCellSize = minSize, MaxCells = rule.MaxSubCells });
        // Parts Leiden could not fold (a few members tied only to each other inside the cell) stay in the cell, in no sub-cell.
        var parts = Enumerable.Range(0, nodes.Count)
            .Where(i => inside.Degree(i) > 0)
            .GroupBy(i => choice.Partition[i])
            .Where(g => g.Count() >= minSize)
            .Select(g => g.ToList())
            .ToList();
        var modularity = parts.Count < 2 ? 0 : Modularity.Of(inside, choice.Partition, 1.0);
        var crossing = inside.TotalWeight <= 0 ? 0 : CrossingWeight(inside, choice.Partition) / inside.TotalWeight;
        if (parts.Count < 2 || modularity < rule.MinModularity || crossing > rule.MaxCrossingShare)
        {
            return new SubCellSplit([], modularity, crossing, choice.Stability);
        }

        // Named as cells are (the solution's shared prefix is no name), never after the cell itself, its plural twin, or a
        // namespace segment most of the cell's members share: that names the whole cell, not one part of it.
        var members = cell.Members.Select(id => typeById[id]).ToList();
        var cellWide = members
            .SelectMany(t => t.Namespace.Split('.', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > members.Count / 2)
            .Select(g => g.Key);
        var naming = solutionNaming.Fresh([cell.Name, .. cellWide]);
        var ordered = parts.Select(p => p.Select(i => ids[i]).Order(StringComparer.Ordinal).ToList())
            .Zip(parts)
            .OrderByDescending(x => x.First.Count)
            .ThenBy(x => x.First[0], StringComparer.Ordinal)
            .ToList();
        var names = naming.NameAll(ordered.Select(x => (IReadOnlyList<TypeNode>)x.First.Select(id => typeById[id]).ToList()).ToList());
        var subCells = ordered.Select((x, k) =>
        {
            var (internalWeight, degree) = Weights(inside, x.Second, choice.Partition);
            var siblings = degree - (2 * internalWeight);
            return new SubCell(names[k], x.First, internalWeight + siblings <= 0 ? 0 : internalWeight / (internalWeight + siblings), siblings);
        }).ToList();
        return new SubCellSplit(subCells, modularity, crossing, choice.Stability);
    }

    /// <summary>"Flight splits into Seats, Bookings and Aircraft: ..." for the cell's explanation.</summary>
    public static string Sentence(string cellName, SubCellSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        var names = split.SubCells.Select(s => s.Name).ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return CellScorer.Text(
            $"{cellName} splits into {list}: {names.Count} sub-cells a team could own separately; {split.CrossingShare * 100:0}% of the cell's weight crosses between them (modularity {split.Modularity:0.00} inside the cell, stability {split.Stability:0.00} over {ResolutionSelector.Seeds} seeds).");
    }

    /// <summary>The cell's part of the graph: its nodes renumbered 0..n-1 in the order given, with the edges among them.</summary>
    private static WeightedGraph Induced(WeightedGraph graph, List<int> nodes)
    {
        var local = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var inside = new WeightedGraph(nodes.Count);
        for (var a = 0; a < nodes.Count; a++)
        {
            inside.AddEdge(a, a, graph.SelfLoop(nodes[a]));
            foreach (var (other, weight) in graph.Neighbours(nodes[a]))
            {
                if (local.TryGetValue(other, out var b) && a < b)
                {
                    inside.AddEdge(a, b, weight);
                }
            }
        }

        return inside;
    }

    private static double CrossingWeight(WeightedGraph graph, int[] partition)
    {
        var crossing = 0.0;
        for (var a = 0; a < graph.NodeCount; a++)
        {
            foreach (var (b, weight) in graph.Neighbours(a))
            {
                if (a < b && partition[a] != partition[b])
                {
                    crossing += weight;
                }
            }
        }

        return crossing;
    }

    private static (double Internal, double Degree) Weights(WeightedGraph graph, List<int> part, int[] partition)
    {
        double internalWeight = 0, degree = 0;
        foreach (var a in part)
        {
            degree += graph.Degree(a);
            internalWeight += graph.SelfLoop(a);
            foreach (var (b, weight) in graph.Neighbours(a))
            {
                if (a < b && partition[b] == partition[a])
                {
                    internalWeight += weight;
                }
            }
        }

        return (internalWeight, degree);
    }
}
