using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells.Quality;

public sealed class DecompositionMeasuresTests
{
    // Cells A = {a1, a2} and B = {b1, b2}; method calls a1→a2 (2), b1→b2 (2), a1→b1 (1).
    private static readonly TinyGraph Pairs = new TinyGraph()
        .Type("A.a1").Type("A.a2").Type("B.b1").Type("B.b2")
        .Depends("A.a1", "A.a2", 2).Depends("B.b1", "B.b2", 2).Depends("A.a1", "B.b1", 1);

    [Fact]
    public void Measures_of_two_pairs_match_the_hand_computation()
    {
        var quality = Measure(Pairs, ("A", ["A.a1", "A.a2"]), ("B", ["B.b1", "B.b2"]));

        // ICP: 1 of 5 references crosses. IFN: one interface type (b1) over two cells.
        Assert.Equal(0.2, quality.InterPartitionCallPercentage, 4);
        Assert.Equal(0.5, quality.InterfaceNumber, 4);

        // SM: mean cohesion (1/2² + 1/2²)/2 = 0.25 minus coupling 1/(2·2·2) = 0.125 over one pair.
        Assert.Equal(0.125, quality.StructuralModularity, 4);

        // NED: both cells have 2 types, below the bound of 5.
        Assert.Equal(0.0, quality.NonExtremeDistribution, 4);

        // Q on the damped weights: degrees 3, 2, 3, 2 (mean 2.5), so w(a1,a2) = 2/√1.2, w(a1,b1) = 1/1.2, m = 2w + 1/1.2,
        // each cell holds w inside and half the total degree: Q = 2 × (w/m − ¼).
        var w = 2 / Math.Sqrt(1.2);
        var m = (2 * w) + (1 / 1.2);
        Assert.Equal(2 * ((w / m) - 0.25), quality.Modularity, 4);
    }

    [Fact]
    public void One_cell_has_no_coupling_term_and_no_crossing_calls()
    {
        var quality = Measure(Pairs, ("All", ["A.a1", "A.a2", "B.b1", "B.b2"]));

        // SM: 3 dependencies over 4² = 0.1875; ICP 0; IFN 0; Q 0 (the whole graph in one community).
        Assert.Equal(0.1875, quality.StructuralModularity, 4);
        Assert.Equal(0.0, quality.InterPartitionCallPercentage, 4);
        Assert.Equal(0.0, quality.InterfaceNumber, 4);
        Assert.Equal(0.0, quality.Modularity, 4);
    }

    [Fact]
    public void Non_extreme_distribution_counts_types_in_cells_of_five_to_twenty()
    {
        var cellOf = Enumerable.Range(0, 5).ToDictionary(i => $"m{i}", _ => "Middle")
            .Concat(Enumerable.Range(0, 2).ToDictionary(i => $"s{i}", _ => "Small"))
            .Concat(Enumerable.Range(0, 21).ToDictionary(i => $"l{i}", _ => "Large"))
            .ToDictionary(x => x.Key, x => x.Value);

        // 5 of 28 types sit in a cell within 5..20.
        Assert.Equal(5.0 / 28, DecompositionMeasures.NonExtremeDistribution(cellOf), 10);
    }

    [Fact]
    public void Tissue_is_left_out_of_the_measures()
    {
        var graph = new TinyGraph()
            .Type("A.a1").Type("A.a2").Type("B.b1").Type("B.b2").Type("Common.Log")
            .Depends("A.a1", "A.a2", 2).Depends("B.b1", "B.b2", 2).Depends("A.a1", "B.b1", 1)
            .Depends("A.a1", "Common.Log", 5).Depends("B.b1", "Common.Log", 5);
        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);
        var membership = new Membership([Draft("A", "A.a1", "A.a2"), Draft("B", "B.b1", "B.b2"), new CellDraft("Platform", CellKind.Tissue, null, ["Common.Log"], [])]);

        var quality = DecompositionMeasures.Compute(context, membership, ModernizeConfig.Default.Proposal);

        Assert.Equal(0.2, quality.InterPartitionCallPercentage, 4);
        Assert.Equal(0.5, quality.InterfaceNumber, 4);
    }

    private static DecompositionQuality Measure(TinyGraph graph, params (string Name, string[] Members)[] cells)
    {
        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);
        return DecompositionMeasures.Compute(context, new Membership(cells.Select(c => Draft(c.Name, c.Members)).ToList()), ModernizeConfig.Default.Proposal);
    }

    private static CellDraft Draft(string name, params string[] members) => new(name, CellKind.Cell, null, members, []);
}
