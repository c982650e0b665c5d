using Modernize.Model.Graph;
using Modernize.Model.Scan;
using Modernize.Reporting.Html;

namespace Modernize.Reporting.Exports;

/// <summary>An element of an exported graph: a type, namespace or project, with the cell most of its types belong to.</summary>
public sealed record ExportNode(string Id, string Label, string Kind, string? Project, string? Namespace, string? Cell, int Types, int SourceLines, int Complexity);

/// <summary>The scan's dependency graph at one level, as DOT, GraphML and CSV write it.</summary>
public sealed record ExportGraph(string Name, ExportLevel Level, IReadOnlyList<ExportNode> Nodes, IReadOnlyList<Dependency> Edges)
{
    public static ExportGraph From(ScanDocument scan, ExportLevel level)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var graph = scan.Graph;
        var cellOfType = CellsViewBuilder.CellOfType(scan);
        return level switch
        {
            ExportLevel.Type => new ExportGraph(
                scan.Info.SolutionName,
                level,
                graph.Types.Select(t => new ExportNode(t.Id, t.Name, t.Kind.ToString(), t.Project, t.Namespace, cellOfType.GetValueOrDefault(t.Id), 1, t.Metrics.SourceLines, t.Metrics.CyclomaticComplexity)).ToList(),
                graph.Dependencies),
            ExportLevel.Namespace => Grouped(scan, level, t => t.Namespace.Length == 0 ? "(global)" : t.Namespace, id => id, cellOfType),
            ExportLevel.Project => Grouped(scan, level, t => t.Project, id => graph.Projects.FirstOrDefault(p => p.Path == id)?.Name ?? id, cellOfType),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
        };
    }

    private static ExportGraph Grouped(ScanDocument scan, ExportLevel level, Func<TypeNode, string> groupOf, Func<string, string> label, Dictionary<string, string> cellOfType)
    {
        var nodes = scan.Graph.Types
            .GroupBy(groupOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ExportNode(
                g.Key,
                label(g.Key),
                level.ToString(),
                level == ExportLevel.Project ? g.Key : null,
                level == ExportLevel.Namespace ? g.Key : null,
                g.Select(t => cellOfType.GetValueOrDefault(t.Id)).Where(c => c is not null).GroupBy(c => c).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault()?.Key,
                g.Count(),
                g.Sum(t => t.Metrics.SourceLines),
                g.Sum(t => t.Metrics.CyclomaticComplexity)))
            .ToList();
        return new ExportGraph(scan.Info.SolutionName, level, nodes, GraphAggregation.Aggregate(scan.Graph, groupOf));
    }
}
