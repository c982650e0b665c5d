using Modernize.Analysis.Rules;
using Modernize.Model.Graph;
using Modernize.Model.Rules;

namespace Modernize.Analysis.Guardrails;

/// <summary>
/// Judges dependencies that may not exist yet with the rules <c>modernize check</c> applies (<see cref="RuleEngine.EvaluateEdges"/>):
/// the candidates are put in a small graph of their own, so the answer and the check can never disagree.
/// </summary>
public static class DependencyJudge
{
    /// <param name="types">Every type the candidates name (sources and solution targets).</param>
    /// <param name="dependencies">Candidate dependencies between solution types.</param>
    /// <param name="apis">Candidate uses of external APIs.</param>
    public static IReadOnlyList<Violation> Judge(
        ProductMapIndex index, IEnumerable<TypeNode> types, IEnumerable<(string From, string To, SourceLocation? At)> dependencies, IEnumerable<(string From, string Api, SourceLocation? At)> apis)
    {
        ArgumentNullException.ThrowIfNull(index);
        var edges = dependencies
            .GroupBy(d => (d.From, d.To))
            .Select(g => new Dependency(g.Key.From, g.Key.To, g.Count(), new Dictionary<DependencyKind, int> { [DependencyKind.MemberAccess] = g.Count() },
                g.Select(d => d.At).OfType<SourceLocation>().Take(Dependency.MaxSamples).ToList()))
            .ToList();
        var uses = apis
            .GroupBy(a => (a.From, a.Api))
            .Select(g => new ExternalUse(g.Key.From, g.Key.Api, null, g.Count(), [], g.Select(a => a.At).OfType<SourceLocation>().Take(Dependency.MaxSamples).ToList()))
            .ToList();
        var graph = new CodeGraph([], types.DistinctBy(t => t.Id).ToList(), edges, uses, [], [], []);
        return RuleEngine.EvaluateEdges(graph, index.Config);
    }

    public static BrokenRule ToBroken(Violation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new BrokenRule(violation.RuleId, violation.Severity.ToString().ToLowerInvariant(), violation.RuleText, violation.Message, violation.Location?.ToString());
    }
}
