using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Reporting.Html;

/// <summary>Dependency structure matrices at namespace and project level, ordered by cell so that cross-cell dependencies stand out.</summary>
internal static class DsmViewBuilder
{
    /// <summary>Largest matrix shown; beyond it the most connected elements are kept (a 60×60 grid is still readable).</summary>
    public const int MaxSize = 60;

    public static DsmView Namespaces(ScanDocument scan, IReadOnlyDictionary<string, string> cellOfType)
    {
        string NamespaceOf(TypeNode t) => t.Namespace.Length == 0 ? "(global)" : t.Namespace;
        return Build(scan, GraphAggregation.Aggregate(scan.Graph, NamespaceOf), NamespaceOf, cellOfType, PackageLevel.Namespace, id => id);
    }

    public static DsmView Projects(ScanDocument scan, IReadOnlyDictionary<string, string> cellOfType)
    {
        var names = scan.Graph.Projects.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var duplicated = names.Values.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        string Display(string path) => names.TryGetValue(path, out var name) && !duplicated.Contains(name) ? name : path;
        return Build(scan, GraphAggregation.ToProjects(scan.Graph), t => t.Project, cellOfType, PackageLevel.Project, Display);
    }

    private static DsmView Build(
        ScanDocument scan,
        IReadOnlyList<Dependency> dependencies,
        Func<TypeNode, string> elementOf,
        IReadOnlyDictionary<string, string> cellOfType,
        PackageLevel level,
        Func<string, string> display)
    {
        var groupOf = scan.Graph.Types
            .GroupBy(elementOf, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(t => cellOfType.GetValueOrDefault(t.Id)).Where(c => c is not null).GroupBy(c => c).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault()?.Key ?? string.Empty,
                StringComparer.Ordinal);
        var weightOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in dependencies)
        {
            weightOf[d.From] = weightOf.GetValueOrDefault(d.From) + d.Weight;
            weightOf[d.To] = weightOf.GetValueOrDefault(d.To) + d.Weight;
        }

        var chosen = groupOf.Keys
            .OrderByDescending(e => weightOf.GetValueOrDefault(e))
            .ThenBy(e => e, StringComparer.Ordinal)
            .Take(MaxSize)
            .OrderBy(e => groupOf[e].Length == 0 ? 1 : 0)
            .ThenBy(e => groupOf[e], StringComparer.Ordinal)
            .ThenBy(e => e, StringComparer.Ordinal)
            .ToList();
        var index = chosen.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i, StringComparer.Ordinal);
        var cycleOf = scan.Analysis.Cycles
            .Where(c => c.Level == level)
            .SelectMany((c, i) => c.Members.Select(m => (Member: m, Cycle: i)))
            .GroupBy(x => x.Member, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Cycle, StringComparer.Ordinal);

        var entries = new List<int[]>();
        var cyclic = new List<int[]>();
        foreach (var d in dependencies)
        {
            if (index.TryGetValue(d.From, out var row) && index.TryGetValue(d.To, out var column))
            {
                entries.Add([row, column, d.Weight]);
                if (cycleOf.TryGetValue(d.From, out var a) && cycleOf.TryGetValue(d.To, out var b) && a == b)
                {
                    cyclic.Add([row, column]);
                }
            }
        }

        return new DsmView(chosen.Select(display).ToList(), chosen.Select(e => groupOf[e]).ToList(), entries, cyclic, groupOf.Count);
    }
}
