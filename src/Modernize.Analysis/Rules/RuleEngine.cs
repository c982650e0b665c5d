using Modernize.Model.Configuration;
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
