using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Analysis.Graphs;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Smells;

/// <summary>God component: a namespace with too many types or too many source lines.</summary>
public static class GodComponentSmell
{
    public static IEnumerable<Finding> Find(IEnumerable<TypeNode> types, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(thresholds);
        return types
            .GroupBy(ScopedGraph.NamespaceOf, StringComparer.Ordinal)
            .Select(g => (Namespace: g.Key, Types: g.ToList(), Lines: g.Sum(t => t.Metrics.SourceLines)))
            .Where(n => n.Types.Count >= thresholds.GodComponentTypes || n.Lines >= thresholds.GodComponentLines)
            .Select(n => FindingFactory.Create(
                RuleIds.GodComponent,
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Namespace {n.Namespace} is a god component: {n.Types.Count} types, {n.Lines} source lines (thresholds {thresholds.GodComponentTypes} types or {thresholds.GodComponentLines} lines)."),
                [n.Namespace],
                n.Types.OrderByDescending(t => t.Metrics.SourceLines).Select(t => new SourceLocation(t.File, t.Line))));
    }
}
