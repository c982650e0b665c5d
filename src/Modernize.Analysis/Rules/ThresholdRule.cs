using System.Globalization;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;

namespace Modernize.Analysis.Rules;

/// <summary>
/// <c>threshold: METRIC</c> with an optional <c>max</c> (default: the <c>thresholds</c> section) and <c>from</c> scope.
/// Type metrics are checked on every non-generated type, distance on every namespace of the analysis.
/// </summary>
internal static class ThresholdRule
{
    public static IEnumerable<Violation> Evaluate(RuleDeclaration rule, RuleContext context)
    {
        var metric = rule.Threshold!;
        var limit = rule.Max ?? ThresholdMetrics.DefaultLimit(metric, context.Config.Thresholds) ?? double.MaxValue;
        var from = rule.From is null ? null : RuleSelector.Parse(rule.From);
        bool InScope(TypeNode type) => !type.Generated && (from is null || context.Matches(from, type));

        if (ThresholdMetrics.IsNamespaceMetric(metric))
        {
            var typesByNamespace = context.Graph.Types.Where(InScope).ToLookup(t => t.Namespace, StringComparer.Ordinal);
            foreach (var package in context.Scan!.Analysis.Metrics.Where(m => m.Level == PackageLevel.Namespace && m.Distance > limit))
            {
                var first = typesByNamespace[package.Name == "(global)" ? string.Empty : package.Name].OrderBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault();
                if (first is null)
                {
                    continue;
                }

                yield return Exceeded(rule, package.Name, metric, package.Distance, limit, new SourceLocation(first.File, first.Line));
            }

            yield break;
        }

        foreach (var type in context.Graph.Types.Where(InScope))
        {
            var value = ThresholdMetrics.OfType(metric, type.Metrics);
            if (value > limit)
            {
                yield return Exceeded(rule, type.Id, metric, value, limit, new SourceLocation(type.File, type.Line));
            }
        }
    }

    private static Violation Exceeded(RuleDeclaration rule, string element, string metric, double value, double limit, SourceLocation location)
    {
        var message = $"{element} has {metric} {Format(value)}, above the limit {Format(limit)} (at {location})";
        return RuleContext.Violation(rule, element, metric, "threshold", location, message);
    }

    private static string Format(double value) => value.ToString(value % 1 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
