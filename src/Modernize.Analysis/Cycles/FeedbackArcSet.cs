using Modernize.Model.Graph;

namespace Modernize.Analysis.Cycles;

/// <summary>
/// A light set of dependencies whose removal leaves a graph acyclic: the weighted Eades–Lin–Smyth greedy ordering
/// (sinks to the back, sources to the front, otherwise the vertex with the largest outgoing minus incoming weight first),
/// whose back edges are cut; then every cut that is not needed is put back, heaviest first.
/// </summary>
public static class FeedbackArcSet
{
    public static IReadOnlyList<Dependency> Find(IReadOnlyList<Dependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        var edges = dependencies.Where(d => d.From != d.To).ToList();
        var position = Order(edges);
        var cuts = edges.Where(e => position[e.From] > position[e.To]).ToList();
        return Minimise(edges, cuts)
            .OrderBy(d => d.From, StringComparer.Ordinal)
            .ThenBy(d => d.To, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Cost of cutting a dependency: its reference count, then how hard its kinds are to cut.</summary>
    private static (int Weight, double Strength) Cost(Dependency d) => (d.Weight, d.Strength);

    private static Dictionary<string, int> Order(List<Dependency> edges)
    {
        var vertices = edges.SelectMany(e => new[] { e.From, e.To }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var outgoing = vertices.ToDictionary(v => v, _ => new List<Dependency>(), StringComparer.Ordinal);
        var incoming = vertices.ToDictionary(v => v, _ => new List<Dependency>(), StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            outgoing[edge.From].Add(edge);
            incoming[edge.To].Add(edge);
        }

        var remaining = new SortedSet<string>(vertices, StringComparer.Ordinal);
        var front = new List<string>();
        var back = new List<string>();

        int Live(List<Dependency> list, Func<Dependency, string> other) => list.Count(e => remaining.Contains(other(e)));
        double LiveWeight(List<Dependency> list, Func<Dependency, string> other) =>
            list.Where(e => remaining.Contains(other(e))).Sum(e => e.Weight + (e.Strength / 1000.0));

        while (remaining.Count > 0)
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                foreach (var sink in remaining.Where(v => Live(outgoing[v], e => e.To) == 0).ToList())
                {
                    back.Add(sink);
                    remaining.Remove(sink);
                    changed = true;
                }

                foreach (var source in remaining.Where(v => Live(incoming[v], e => e.From) == 0).ToList())
                {
                    front.Add(source);
                    remaining.Remove(source);
                    changed = true;
                }
            }

            if (remaining.Count == 0)
            {
                break;
            }

            var next = remaining
                .Select(v => (Vertex: v, Delta: LiveWeight(outgoing[v], e => e.To) - LiveWeight(incoming[v], e => e.From)))
                .OrderByDescending(x => x.Delta)
                .ThenBy(x => x.Vertex, StringComparer.Ordinal)
                .First().Vertex;
            front.Add(next);
            remaining.Remove(next);
        }

        back.Reverse();
        return front.Concat(back).Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Puts back every cut whose return would not close a cycle, heaviest first, so that no cut is redundant.</summary>
    private static List<Dependency> Minimise(List<Dependency> edges, List<Dependency> cuts)
    {
        var cutSet = cuts.ToHashSet();
        var kept = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var edge in edges.Where(e => !cutSet.Contains(e)))
        {
            Successors(kept, edge.From).Add(edge.To);
        }

        var result = new List<Dependency>();
        foreach (var cut in cuts.OrderByDescending(Cost).ThenBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal))
        {
            if (Reaches(kept, cut.To, cut.From))
            {
                result.Add(cut);
            }
            else
            {
                Successors(kept, cut.From).Add(cut.To);
            }
        }

        return result;
    }

    private static List<string> Successors(Dictionary<string, List<string>> graph, string vertex)
    {
        if (!graph.TryGetValue(vertex, out var list))
        {
            list = [];
            graph[vertex] = list;
        }

        return list;
    }

    private static bool Reaches(Dictionary<string, List<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var stack = new Stack<string>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            var vertex = stack.Pop();
            if (vertex == to)
            {
                return true;
            }

            foreach (var next in graph.GetValueOrDefault(vertex) ?? [])
            {
                if (seen.Add(next))
                {
                    stack.Push(next);
                }
            }
        }

        return false;
    }
}
