using Modernize.Analysis.Graphs;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Metrics;

/// <summary>Robert C. Martin's package metrics (Ca, Ce, I, A, D) and relational cohesion H per project or namespace; definitions in docs/metrics.md.</summary>
public static class PackageMetricsCalculator
{
    public static IReadOnlyList<PackageMetrics> Compute(ScopedGraph scope, PackageLevel level)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var packageOf = ScopedGraph.PackageOf(level);
        var packageByType = scope.Types.ToDictionary(t => t.Id, packageOf, StringComparer.Ordinal);
        var afferent = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var efferent = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var dependency in scope.TypeDependencies)
        {
            var from = packageByType[dependency.From];
            var to = packageByType[dependency.To];
            if (from == to)
            {
                inside[from] = inside.GetValueOrDefault(from) + 1;
                continue;
            }

            Add(afferent, to, dependency.From);
            Add(efferent, from, dependency.To);
        }

        return scope.Types
            .GroupBy(packageOf, StringComparer.Ordinal)
            .Select(package =>
            {
                var types = package.Count();
                var abstractTypes = package.Count(t => t.IsAbstract);
                var ca = afferent.GetValueOrDefault(package.Key)?.Count ?? 0;
                var ce = efferent.GetValueOrDefault(package.Key)?.Count ?? 0;
                var instability = ca + ce == 0 ? 0.0 : (double)ce / (ca + ce);
                var abstractness = types == 0 ? 0.0 : (double)abstractTypes / types;
                var distance = Math.Abs(abstractness + instability - 1.0);
                var cohesion = (inside.GetValueOrDefault(package.Key) + 1.0) / types;
                return new PackageMetrics(level, package.Key, types, abstractTypes, ca, ce, instability, abstractness, distance, cohesion);
            })
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static void Add(Dictionary<string, HashSet<string>> sets, string key, string value)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            sets[key] = set;
        }

        set.Add(value);
    }
}
