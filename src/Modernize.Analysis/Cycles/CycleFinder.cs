using Modernize.Analysis.Graphs;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace Modernize.Analysis.Cycles;

/// <summary>Finds dependency cycles as strongly connected components of two or more elements, each with the light cuts that break it.</summary>
public static class CycleFinder
{
    public static IReadOnlyList<Cycle> Find(IReadOnlyList<Dependency> dependencies, PackageLevel level)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        var graph = DependencyDigraph.Build(dependencies);
        var algorithm = new StronglyConnectedComponentsAlgorithm<string, TaggedEdge<string, Dependency>>(graph);
        algorithm.Compute();
        var components = algorithm.Components
            .GroupBy(x => x.Value)
            .Select(g => g.Select(x => x.Key).ToHashSet(StringComparer.Ordinal))
            .Where(members => members.Count >= 2);

        return components
            .Select(members =>
            {
                var inside = dependencies.Where(d => d.From != d.To && members.Contains(d.From) && members.Contains(d.To)).ToList();
                var cuts = FeedbackArcSet.Find(inside)
                    .Select(d => new CycleCut(d.From, d.To, d.Weight, d.Kinds, d.Samples))
                    .ToList();
                return new Cycle(level, members.Order(StringComparer.Ordinal).ToList(), inside.Sum(d => d.Weight), cuts);
            })
            .OrderByDescending(c => c.Size)
            .ThenByDescending(c => c.Weight)
            .ThenBy(c => c.Members[0], StringComparer.Ordinal)
            .ToList();
    }
}
