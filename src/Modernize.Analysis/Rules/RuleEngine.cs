using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using Modernize.Model.Scan;

namespace Modernize.Analysis.Rules;

/// <summary>Checks the rules of modernize.yml against a scan (docs/rules.md). Pure: no I/O.</summary>
public static class RuleEngine
{
    /// <summary>
    /// Every violation of <paramref name="config"/>'s rules in <paramref name="scan"/>, in rule order, then by from and to;
    /// each fingerprint appears once. Cells come from the product map (<see cref="ProductMapAssignment"/>). The
    /// <c>thresholds.crossCellChangeRatio</c> limit follows the rules, judged on the scan's autonomy figures.
    /// </summary>
    public static IReadOnlyList<Violation> Evaluate(ScanDocument scan, ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(config);
        var context = new RuleContext(scan, config);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Violation>();
        foreach (var rule in config.Rules)
        {
            var found = Evaluate(rule.Text.Length > 0 ? rule : rule with { Text = RuleText.Describe(rule, config.Thresholds) }, context)
                .OrderBy(v => v.From, StringComparer.Ordinal)
                .ThenBy(v => v.To, StringComparer.Ordinal);
            result.AddRange(found.Where(v => seen.Add(v.Fingerprint)));
        }

        result.AddRange(CrossCellChangeRule.Evaluate(scan, config.Thresholds).Where(v => seen.Add(v.Fingerprint)));
        return result;
    }

    /// <summary>
    /// Whether the rules of <paramref name="config"/> read the scan's autonomy figures (and so git history): only the
    /// <c>thresholds.crossCellChangeRatio</c> limit does. Every other rule reads the graph and the analysis alone.
    /// </summary>
    public static bool NeedsAutonomy(ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Thresholds.CrossCellChangeRatio is not null;
    }

    /// <summary>
    /// Whether the rules of <paramref name="config"/> read the cell proposal: the cross-cell limit without a declared map, where
    /// <see cref="Model.Autonomy.AutonomyResult.Primary"/> falls back to the proposal's figures.
    /// </summary>
    public static bool NeedsProposal(ModernizeConfig config) => NeedsAutonomy(config) && !config.HasProductMap;

    /// <summary>
    /// The violations of the rules that judge one dependency at a time (<c>from</c> + <c>deny</c>/<c>allow-only</c>, and
    /// <c>deny-api</c>) in <paramref name="graph"/>: what the build-time analyzer enforces, and how <c>may_depend</c> and
    /// <c>check_change</c> judge a dependency that does not exist yet.
    /// </summary>
    public static IReadOnlyList<Violation> EvaluateEdges(CodeGraph graph, ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(config);
        var context = new RuleContext(graph, config);
        var result = new List<Violation>();
        foreach (var rule in config.Rules.Where(IsEdgeRule))
        {
            result.AddRange(Evaluate(rule.Text.Length > 0 ? rule : rule with { Text = RuleText.Describe(rule, config.Thresholds) }, context));
        }

        return result;
    }

    /// <summary>Whether a rule judges one dependency at a time (and so can run at build time, in the analyzer).</summary>
    public static bool IsEdgeRule(RuleDeclaration rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.DenyApi.Count > 0 || (rule.NoCycles is null && rule.Threshold is null && rule.From is not null && (rule.Deny.Count > 0 || rule.AllowOnly.Count > 0));
    }

    private static IEnumerable<Violation> Evaluate(RuleDeclaration rule, RuleContext context)
    {
        if (rule.DenyApi.Count > 0)
        {
            return ApiRule.Evaluate(rule, context);
        }

        if (rule.NoCycles is not null)
        {
            return CycleRule.Evaluate(rule, context);
        }

        if (rule.Threshold is not null)
        {
            return ThresholdRule.Evaluate(rule, context);
        }

        return rule.From is not null && (rule.Deny.Count > 0 || rule.AllowOnly.Count > 0) ? DependencyRule.Evaluate(rule, context) : [];
    }
}
