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
        var names = edges.SelectMany(e => new[] { e.From, e.To }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var id = names.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var n = names.Length;
        var outgoing = Enumerable.Range(0, n).Select(_ => new List<(int To, double Weight)>()).ToArray();
        var incoming = Enumerable.Range(0, n).Select(_ => new List<(int From, double Weight)>()).ToArray();
        var outDegree = new int[n];
        var inDegree = new int[n];
        var delta = new double[n];
        foreach (var edge in edges)
        {
            var (from, to) = (id[edge.From], id[edge.To]);
            var weight = edge.Weight + (edge.Strength / 1000.0);
            outgoing[from].Add((to, weight));
            incoming[to].Add((from, weight));
            outDegree[from]++;
            inDegree[to]++;
            delta[from] += weight;
            delta[to] -= weight;
        }

        // Live vertices are updated as vertices leave, so each step costs the removed vertex's edges plus one scan for the next pick.
        var removed = new bool[n];
        var sinks = new Queue<int>(Enumerable.Range(0, n).Where(v => outDegree[v] == 0));
        var sources = new Queue<int>(Enumerable.Range(0, n).Where(v => outDegree[v] > 0 && inDegree[v] == 0));
        var front = new List<int>();
        var back = new List<int>();
        var left = n;

        void Remove(int v)
        {
            removed[v] = true;
            left--;
            foreach (var (to, weight) in outgoing[v].Where(e => !removed[e.To]))
            {
                inDegree[to]--;
                delta[to] += weight;
                if (inDegree[to] == 0 && outDegree[to] > 0)
                {
                    sources.Enqueue(to);
                }
            }

            foreach (var (from, weight) in incoming[v].Where(e => !removed[e.From]))
            {
                outDegree[from]--;
                delta[from] -= weight;
                if (outDegree[from] == 0)
                {
                    sinks.Enqueue(from);
                }
            }
        }

        while (left > 0)
        {
            if (sinks.TryDequeue(out var sink))
            {
                if (!removed[sink])
                {
                    back.Add(sink);
                    Remove(sink);
                }

                continue;
            }

            if (sources.TryDequeue(out var source))
            {
                if (!removed[source])
                {
                    front.Add(source);
                    Remove(source);
                }

                continue;
            }

            var next = -1;
            for (var v = 0; v < n; v++)
            {
                if (!removed[v] && (next < 0 || delta[v] > delta[next]))
                {
                    next = v;
                }
            }

            front.Add(next);
            Remove(next);
        }

        back.Reverse();
        return front.Concat(back).Select((v, i) => (Name: names[v], Position: i)).ToDictionary(x => x.Name, x => x.Position, StringComparer.Ordinal);
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
