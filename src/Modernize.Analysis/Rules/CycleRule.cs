using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using QuikGraph;
using QuikGraph.Algorithms;

namespace Modernize.Analysis.Rules;

/// <summary>
/// <c>no-cycles: cell|namespace|project</c>. Groups types by the level, finds the strongly connected components of the
/// group graph, and reports every type-level dependency that joins two different groups of one component, once.
/// Reporting type edges (not group pairs) names the exact dependency, and makes a new dependency that feeds an old
/// cycle a new violation even when the cycle itself is baselined. Cell level counts cells only, not tissue.
/// </summary>
internal static class CycleRule
{
    public static IEnumerable<Violation> Evaluate(RuleDeclaration rule, RuleContext context)
    {
        Func<TypeNode, string?> groupOf = rule.NoCycles switch
        {
            "cell" => type => context.ElementOf(type.Id) is { } element && context.IsCell(element) ? element : null,
            "project" => type => type.Project,
            _ => type => type.Namespace.Length == 0 ? "(global)" : type.Namespace,
        };

        var edges = context.Graph.Dependencies
            .Select(d => (Dependency: d,
                From: context.Types.TryGetValue(d.From, out var f) ? groupOf(f) : null,
                To: context.Types.TryGetValue(d.To, out var t) ? groupOf(t) : null))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .ToList();

        var graph = new AdjacencyGraph<string, SEdge<string>>(allowParallelEdges: false);
        foreach (var (_, from, to) in edges)
        {
            graph.AddVerticesAndEdge(new SEdge<string>(from!, to!));
        }

        var componentOf = new Dictionary<string, int>(StringComparer.Ordinal);
        graph.StronglyConnectedComponents(componentOf);
        var members = componentOf.GroupBy(kv => kv.Value).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList());

        foreach (var (dependency, from, to) in edges)
        {
            var component = componentOf[from!];
            if (component != componentOf[to!] || !members.ContainsKey(component))
            {
                continue;
            }

            var location = dependency.Samples.Count > 0 ? dependency.Samples[0] : null;
            var message = $"{dependency.From} -> {dependency.To} ({from} -> {to}) is part of the {rule.NoCycles} cycle {string.Join(" <-> ", members[component])}: "
                + $"{RuleContext.StrongestKind(dependency)}, {RuleContext.References(dependency)}{(location is null ? string.Empty : " at " + location)}";
            yield return RuleContext.Violation(rule, dependency.From, dependency.To, "cycle", location, message);
        }
    }
}
