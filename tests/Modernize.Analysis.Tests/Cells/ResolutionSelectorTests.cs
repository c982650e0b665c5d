using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A module of 12 types (two dense halves of 6, every pair across them tied more loosely) beside two modules of 4: 60 % of the
/// types in one module. Without the layout key the 40 % cap forces the big module apart; with a key saying it is one
/// module, the cell that is that module is exempt from the cap and the resolution agreeing with the keys wins.
/// </summary>
public sealed class ResolutionSelectorTests
{
    private static WeightedGraph Graph()
    {
        var graph = new WeightedGraph(20);
        Clique(graph, 0, 6, 3);
        Clique(graph, 6, 12, 3);
        Clique(graph, 12, 16, 3);
        Clique(graph, 16, 20, 3);
        for (var a = 0; a < 6; a++)
        {
            for (var b = 6; b < 12; b++)
            {
                graph.AddEdge(a, b, 1); // the big module's halves
            }
        }

        graph.AddEdge(0, 12, 0.5);
        graph.AddEdge(6, 16, 0.5);
        graph.AddEdge(12, 16, 0.5);
        return graph;
    }

    private static void Clique(WeightedGraph graph, int from, int to, double weight)
    {
        for (var a = from; a < to; a++)
        {
            for (var b = a + 1; b < to; b++)
            {
                graph.AddEdge(a, b, weight);
            }
        }
    }

    private static string Key(int node) => node < 12 ? "flight" : node < 16 ? "booking" : "identity";

    [Fact]
    public void A_cell_that_is_one_module_may_exceed_the_share_cap()
    {
        var settings = new ProposalSettings(MinCellSize: 3);
        var layout = new LayoutChoice(LayoutSource.Namespace, 1, 0.5, 1.0, Enumerable.Range(0, 20).Select(Key).ToList());

        var without = ResolutionSelector.Choose(Graph(), settings);
        var with = ResolutionSelector.Choose(Graph(), settings, layout);

        Assert.True(Enumerable.Range(0, 12).Select(i => without.Partition[i]).Distinct().Count() > 1, "without the key the 40 % cap splits the big module");
        Assert.Single(Enumerable.Range(0, 12).Select(i => with.Partition[i]).Distinct());
        Assert.Equal(3, with.Partition.Distinct().Count());
        Assert.Contains("agreement with the namespace key", with.Reason, StringComparison.Ordinal);
    }

    /// <summary>Decision 108: the same key naming the product (one project's folder named after it: the application) exempts nothing.</summary>
    [Fact]
    public void A_cell_keyed_by_the_product_word_keeps_to_the_share_cap()
    {
        var settings = new ProposalSettings(MinCellSize: 3);
        var layout = new LayoutChoice(LayoutSource.Folder, 1, 0.5, 1.0, Enumerable.Range(0, 20).Select(Key).ToList())
        {
            ProductKeys = new HashSet<string>(StringComparer.Ordinal) { "flight" },
        };

        var choice = ResolutionSelector.Choose(Graph(), settings, layout);

        Assert.True(Enumerable.Range(0, 12).Select(i => choice.Partition[i]).Distinct().Count() > 1, "the product's key is no module: the 40 % cap splits it");
    }

    /// <summary>Decision 65: two joined communities of 3 and an island of 2 with no edge out, capped at 2 cells.</summary>
    [Fact]
    public void An_island_with_no_neighbour_does_not_stop_the_fold_over_the_cell_cap()
    {
        var graph = new WeightedGraph(8);
        foreach (var (a, b) in new[] { (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (6, 7) })
        {
            graph.AddEdge(a, b, 3);
        }

        graph.AddEdge(2, 3, 1);
        int[] partition = [0, 0, 0, 1, 1, 1, 2, 2];

        var folded = ResolutionSelector.Fold(partition, graph, 1, 2);

        Assert.Equal(2, folded.Distinct().Count());
        Assert.Equal(folded[6], folded[7]);
        Assert.NotEqual(folded[0], folded[6]);
    }

    /// <summary>Four equal cliques joined by one light edge each: every resolution finds them, so every score ties.</summary>
    [Fact]
    public void Among_resolutions_scoring_alike_the_coarsest_is_chosen()
    {
        var graph = new WeightedGraph(24);
        for (var c = 0; c < 4; c++)
        {
            Clique(graph, c * 6, (c * 6) + 6, 3);
            graph.AddEdge(c * 6, ((c + 1) % 4) * 6, 0.1);
        }

        var choice = ResolutionSelector.Choose(graph, new ProposalSettings(MinCellSize: 3));

        Assert.Equal(4, choice.Partition.Distinct().Count());
        Assert.Equal(new ProposalSettings().Resolutions.Min(), choice.Resolution);
        Assert.Contains("the coarsest within 0.005 of the best", choice.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// Decision 83: two communities of 10 and a 5-node one tied to the first, floor 10. Without module keys the small one folds;
    /// when it is one module of the layout key it stays, and a 2-node module (under half the floor) folds all the same.
    /// </summary>
    [Fact]
    public void A_small_community_that_is_one_module_stays_a_cell_under_the_floor()
    {
        var graph = new WeightedGraph(27);
        Clique(graph, 0, 10, 3);
        Clique(graph, 10, 20, 3);
        Clique(graph, 20, 25, 3);
        Clique(graph, 25, 27, 3);
        graph.AddEdge(0, 10, 0.5);
        graph.AddEdge(0, 20, 1);
        graph.AddEdge(1, 25, 1);
        int[] partition = [.. Enumerable.Range(0, 27).Select(i => i < 10 ? 0 : i < 20 ? 1 : i < 25 ? 2 : 3)];
        string?[] keys = [.. Enumerable.Range(0, 27).Select(i => i < 10 ? "ordering" : i < 20 ? "catalog" : i < 25 ? "payment" : "migrator")];

        var plain = ResolutionSelector.Fold(partition, graph, 10, 25);
        var withModules = ResolutionSelector.Fold(partition, graph, 10, 25, keys);

        Assert.Equal(2, plain.Distinct().Count());
        Assert.Equal(3, withModules.Distinct().Count());
        Assert.Single(Enumerable.Range(20, 5).Select(i => withModules[i]).Distinct());
        Assert.NotEqual(withModules[0], withModules[20]);
        Assert.Equal(withModules[0], withModules[25]);
    }
}
