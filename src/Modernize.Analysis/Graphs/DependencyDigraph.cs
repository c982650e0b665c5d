using Modernize.Model.Graph;
using QuikGraph;

namespace Modernize.Analysis.Graphs;

/// <summary>Turns model dependencies into a QuikGraph digraph whose edges carry the dependency they came from.</summary>
public static class DependencyDigraph
{
    public static AdjacencyGraph<string, TaggedEdge<string, Dependency>> Build(IEnumerable<Dependency> dependencies, IEnumerable<string>? extraVertices = null)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        var graph = new AdjacencyGraph<string, TaggedEdge<string, Dependency>>(allowParallelEdges: false);
        foreach (var vertex in extraVertices ?? [])
        {
            graph.AddVertex(vertex);
        }

        foreach (var dependency in dependencies)
        {
            graph.AddVerticesAndEdge(new TaggedEdge<string, Dependency>(dependency.From, dependency.To, dependency));
        }

        return graph;
    }
}
