namespace Modernize.Model.Graph;

/// <summary>Rolls type-level dependencies up to namespaces or projects.</summary>
public static class GraphAggregation
{
    public static IReadOnlyList<Dependency> ToNamespaces(CodeGraph graph) =>
        Aggregate(graph, t => t.Namespace.Length == 0 ? "(global)" : t.Namespace);

    public static IReadOnlyList<Dependency> ToProjects(CodeGraph graph) => Aggregate(graph, t => t.Project);

    /// <summary>Groups types by <paramref name="groupOf"/> and sums the dependencies between different groups; dependencies inside a group are dropped.</summary>
    public static IReadOnlyList<Dependency> Aggregate(CodeGraph graph, Func<TypeNode, string> groupOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(groupOf);
        var groupByType = graph.Types.ToDictionary(t => t.Id, groupOf, StringComparer.Ordinal);
        return graph.Dependencies
            .Select(d => (Dependency: d, From: groupByType.GetValueOrDefault(d.From), To: groupByType.GetValueOrDefault(d.To)))
            .Where(x => x.From is not null && x.To is not null && x.From != x.To)
            .GroupBy(x => (x.From!, x.To!))
            .Select(g => Merge(g.Key.Item1, g.Key.Item2, g.Select(x => x.Dependency)))
            .OrderBy(d => d.From, StringComparer.Ordinal)
            .ThenBy(d => d.To, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Sums several dependencies into one from <paramref name="from"/> to <paramref name="to"/>, keeping the first samples.</summary>
    public static Dependency Merge(string from, string to, IEnumerable<Dependency> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var kinds = new SortedDictionary<DependencyKind, int>();
        var samples = new List<SourceLocation>();
        var weight = 0;
        foreach (var part in parts)
        {
            weight += part.Weight;
            foreach (var (kind, count) in part.Kinds)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + count;
            }

            foreach (var sample in part.Samples)
            {
                if (samples.Count < Dependency.MaxSamples && !samples.Contains(sample))
                {
                    samples.Add(sample);
                }
            }
        }

        return new Dependency(from, to, weight, kinds, samples);
    }
}
