using Modernize.Analysis.Cycles;
using Modernize.Analysis.Graphs;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using QuikGraph.Algorithms;

namespace Modernize.Analysis.Tests.Architecture;

public class CycleTests
{
    [Fact]
    public void Planted_two_namespace_cycle_is_cut_at_its_light_edge()
    {
        var graph = new GraphBuilder()
            .Types("Shop.Orders.OrderService", "Shop.Orders.Order", "Shop.Billing.Invoice")
            .Depends("Shop.Orders.OrderService", "Shop.Billing.Invoice", 6, DependencyKind.ObjectCreation)
            .Depends("Shop.Orders.Order", "Shop.Billing.Invoice", 4)
            .Depends("Shop.Billing.Invoice", "Shop.Orders.Order", 1, DependencyKind.ParameterType)
            .Build();

        var cycles = CycleFinder.Find(ScopedGraph.Create(graph).NamespaceDependencies, PackageLevel.Namespace);

        var cycle = Assert.Single(cycles);
        Assert.Equal(["Shop.Billing", "Shop.Orders"], cycle.Members);
        Assert.Equal(11, cycle.Weight);
        var cut = Assert.Single(cycle.Cuts);
        Assert.Equal(("Shop.Billing", "Shop.Orders", 1), (cut.From, cut.To, cut.Weight));
        Assert.Equal(1, cut.Kinds[DependencyKind.ParameterType]);
        Assert.Contains(cut.Samples, s => s.File.EndsWith("Invoice.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Acyclic_graph_and_self_references_have_no_cycles()
    {
        var dependencies = new[] { Dep("A", "B", 1), Dep("B", "C", 1), Dep("A", "C", 1), Dep("C", "C", 5) };

        Assert.Empty(CycleFinder.Find(dependencies, PackageLevel.Type));
    }

    [Fact]
    public void Separate_components_are_separate_cycles_largest_first()
    {
        var dependencies = new[]
        {
            Dep("A", "B", 1), Dep("B", "A", 1),
            Dep("X", "Y", 1), Dep("Y", "Z", 1), Dep("Z", "X", 1),
            Dep("B", "X", 1),
        };

        var cycles = CycleFinder.Find(dependencies, PackageLevel.Type);

        Assert.Equal([["X", "Y", "Z"], ["A", "B"]], cycles.Select(c => c.Members));
        Assert.All(cycles, c => Assert.Single(c.Cuts));
    }

    [Fact]
    public void Cuts_prefer_the_lightest_edge_of_a_longer_cycle()
    {
        var dependencies = new[] { Dep("A", "B", 9), Dep("B", "C", 2), Dep("C", "D", 8), Dep("D", "A", 7) };

        var cut = Assert.Single(Assert.Single(CycleFinder.Find(dependencies, PackageLevel.Type)).Cuts);

        Assert.Equal(("B", "C"), (cut.From, cut.To));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Removing_the_cuts_leaves_every_component_acyclic_and_no_cut_is_redundant(int seed)
    {
        var random = new Random(seed);
        var vertices = Enumerable.Range(0, 25).Select(i => "T" + i).ToArray();
        var dependencies = new List<Dependency>();
        foreach (var from in vertices)
        {
            foreach (var to in vertices)
            {
                if (from != to && random.NextDouble() < 0.12)
                {
                    dependencies.Add(Dep(from, to, random.Next(1, 20)));
                }
            }
        }

        var cycles = CycleFinder.Find(dependencies, PackageLevel.Type);

        Assert.NotEmpty(cycles);
        foreach (var cycle in cycles)
        {
            var members = cycle.Members.ToHashSet();
            var inside = dependencies.Where(d => members.Contains(d.From) && members.Contains(d.To)).ToList();
            var cuts = cycle.Cuts.Select(c => (c.From, c.To)).ToHashSet();
            var remaining = inside.Where(d => !cuts.Contains((d.From, d.To))).ToList();
            Assert.True(DependencyDigraph.Build(remaining, members).IsDirectedAcyclicGraph(), "cuts leave a cycle in " + string.Join(",", members));

            foreach (var cut in cycle.Cuts)
            {
                var withCutBack = remaining.Append(inside.Single(d => d.From == cut.From && d.To == cut.To));
                Assert.False(DependencyDigraph.Build(withCutBack, members).IsDirectedAcyclicGraph(), $"cut {cut.From}->{cut.To} is not needed");
            }
        }
    }

    private static Dependency Dep(string from, string to, int weight) =>
        new(from, to, weight, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = weight }, []);
}
