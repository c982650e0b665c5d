using Modernize.Analysis.Cells.Community;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Cells;

/// <summary>
/// The undirected weighted type graph that community detection and modularity read (formula in docs/cells.md):
/// w(u,v) = structure × S(u,v) / √(max(1, D_u/D̄)·max(1, D_v/D̄)) + unit × (changeCoupling × degree(u,v) + data × Σ_tables 1/(accessors − 1)),
/// where S sums both directions' kind-weighted strengths, D is a type's total S (its degree), D̄ the mean degree, and the
/// unit is the mean structural edge weight, so that a change-coupling degree of 1 weighs as much as a typical dependency.
/// Dividing by the degree above the mean keeps hubs from swallowing the communities around them.
/// </summary>
public static class EdgeWeighting
{
    /// <summary>Tables with more accessors than this glue everything to everything: they add no data weight (they are reported as shared data).</summary>
    public const int MaxTableAccessors = 100;

    /// <param name="members">Type ids, node i of the graph being <c>members[i]</c>.</param>
    public static WeightedGraph Build(CellContext context, IReadOnlyList<string> members, ProposalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(settings);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            index[members[i]] = i;
        }

        var structure = new Dictionary<(int, int), double>();
        foreach (var dependency in context.Dependencies)
        {
            if (index.TryGetValue(dependency.From, out var a) && index.TryGetValue(dependency.To, out var b))
            {
                var key = a < b ? (a, b) : (b, a);
                structure[key] = structure.GetValueOrDefault(key) + dependency.Strength;
            }
        }

        var degree = new double[members.Count];
        foreach (var ((a, b), weight) in structure)
        {
            degree[a] += weight;
            degree[b] += weight;
        }

        var meanDegree = members.Count == 0 ? 1 : Math.Max(degree.Average(), 1e-9);
        var graph = new WeightedGraph(members.Count);
        var total = 0.0;
        foreach (var ((a, b), weight) in structure.OrderBy(e => e.Key))
        {
            var damping = Math.Sqrt(Math.Max(1, degree[a] / meanDegree) * Math.Max(1, degree[b] / meanDegree));
            var damped = settings.StructureWeight * weight / damping;
            total += damped;
            graph.AddEdge(a, b, damped);
        }

        var unit = structure.Count == 0 ? 1 : Math.Max(total / structure.Count, 1e-9);
        if (settings.ChangeCouplingWeight > 0)
        {
            foreach (var pair in context.ChangeCoupling)
            {
                if (index.TryGetValue(pair.A, out var a) && index.TryGetValue(pair.B, out var b))
                {
                    graph.AddEdge(a, b, settings.ChangeCouplingWeight * unit * pair.Degree);
                }
            }
        }

        if (settings.DataWeight > 0)
        {
            foreach (var accessors in AccessorsByTable(context, index).Values)
            {
                if (accessors.Count < 2 || accessors.Count > MaxTableAccessors)
                {
                    continue;
                }

                var share = settings.DataWeight * unit / (accessors.Count - 1);
                for (var i = 0; i < accessors.Count; i++)
                {
                    for (var j = i + 1; j < accessors.Count; j++)
                    {
                        graph.AddEdge(accessors[i], accessors[j], share);
                    }
                }
            }
        }

        return graph;
    }

    private static SortedDictionary<string, List<int>> AccessorsByTable(CellContext context, Dictionary<string, int> index)
    {
        var result = new SortedDictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var access in context.DataAccesses)
        {
            if (!index.TryGetValue(access.From, out var node))
            {
                continue;
            }

            if (!result.TryGetValue(access.Target, out var list))
            {
                list = [];
                result[access.Target] = list;
            }

            if (!list.Contains(node))
            {
                list.Add(node);
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort();
        }

        return result;
    }
}
