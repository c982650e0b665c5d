using Modernize.Analysis.Cells.Community;

namespace Modernize.Analysis.Tests.Cells.Community;

public sealed class LeidenTests
{
    [Fact]
    public void Two_cliques_joined_by_one_edge_are_two_communities()
    {
        var graph = Cliques(cliques: 2, size: 4);
        graph.AddEdge(3, 4, 1);

        var membership = Leiden.Detect(graph, new LeidenOptions());

        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], membership);
    }

    [Fact]
    public void A_ring_of_cliques_splits_into_its_cliques_at_resolution_one()
    {
        var graph = Cliques(cliques: 6, size: 5);
        for (var c = 0; c < 6; c++)
        {
            graph.AddEdge((c * 5) + 4, ((c + 1) % 6) * 5, 1);
        }

        var membership = Leiden.Detect(graph, new LeidenOptions(Seed: 7));

        Assert.Equal(6, membership.Distinct().Count());
        for (var c = 0; c < 6; c++)
        {
            Assert.Single(membership.Skip(c * 5).Take(5).Distinct());
        }
    }

    [Fact]
    public void Higher_resolution_never_gives_fewer_communities_here()
    {
        var graph = Cliques(cliques: 6, size: 5);
        for (var c = 0; c < 6; c++)
        {
            graph.AddEdge((c * 5) + 4, ((c + 1) % 6) * 5, 3);
        }

        var low = Leiden.Detect(graph, new LeidenOptions(Resolution: 0.2)).Distinct().Count();
        var high = Leiden.Detect(graph, new LeidenOptions(Resolution: 3)).Distinct().Count();

        Assert.True(low < high, $"γ=0.2 gave {low} communities, γ=3 gave {high}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_partition()
    {
        var random = new Random(3);
        var graph = new WeightedGraph(60);
        for (var i = 0; i < 240; i++)
        {
            graph.AddEdge(random.Next(60), random.Next(60), 1 + random.Next(5));
        }

        var first = Leiden.Detect(graph, new LeidenOptions(Seed: 11));
        var second = Leiden.Detect(graph, new LeidenOptions(Seed: 11));

        Assert.Equal(first, second);
        Assert.True(Modularity.Of(graph, first, 1) > 0.1);
    }

    [Fact]
    public void A_graph_without_edges_leaves_every_node_alone()
    {
        Assert.Equal([0, 1, 2], Leiden.Detect(new WeightedGraph(3), new LeidenOptions()));
    }

    [Fact]
    public void Modularity_of_two_pairs_matches_the_hand_computation()
    {
        // Edges {0,1}=2, {2,3}=2, {0,2}=1: m = 5, each community has in = 2 and K = 5, so Q = 2 × (2/5 − γ (5/10)²).
        var graph = new WeightedGraph(4);
        graph.AddEdge(0, 1, 2);
        graph.AddEdge(2, 3, 2);
        graph.AddEdge(0, 2, 1);

        Assert.Equal(0.3, Modularity.Of(graph, [0, 0, 1, 1], 1), 10);
        Assert.Equal(-0.2, Modularity.Of(graph, [0, 0, 1, 1], 2), 10);
        Assert.Equal(0.0, Modularity.Of(graph, [0, 0, 0, 0], 1), 10);
    }

    private static WeightedGraph Cliques(int cliques, int size)
    {
        var graph = new WeightedGraph(cliques * size);
        for (var c = 0; c < cliques; c++)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    graph.AddEdge((c * size) + i, (c * size) + j, 1);
                }
            }
        }

        return graph;
    }
}
