using System.Globalization;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Rules;

/// <summary>A rule in words, for rules that give no <c>text</c>: shown with every violation, in SARIF and in JUnit.</summary>
public static class RuleText
{
    public static string Describe(RuleDeclaration rule, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(thresholds);
        var from = rule.From is null ? "code" : Phrase(rule.From);
        if (rule.DenyApi.Count > 0)
        {
            return $"{Capitalise(from)} must not use {string.Join(", ", rule.DenyApi)}";
        }

        if (rule.NoCycles is not null)
        {
            return $"No dependency cycles between {rule.NoCycles}s";
        }

        if (rule.Threshold is not null)
        {
            var limit = rule.Max ?? ThresholdMetrics.DefaultLimit(rule.Threshold, thresholds) ?? 0;
            var scope = ThresholdMetrics.IsNamespaceMetric(rule.Threshold) ? "namespace" : "type";
            return $"{rule.Threshold} of each {scope}{(rule.From is null ? string.Empty : " in " + Phrase(rule.From))} at most {limit.ToString(CultureInfo.InvariantCulture)}";
        }

        if (rule.Deny.Count > 0)
        {
            return $"{Capitalise(from)} must not depend on {string.Join(", ", rule.Deny.Select(Phrase))}";
        }

        var to = rule.To is null ? string.Empty : $" (within {Phrase(rule.To)})";
        return $"{Capitalise(from)} may depend only on {string.Join(", ", rule.AllowOnly.Select(Phrase))}{to} outside its own group";
    }

    private static string Phrase(string selector) => selector switch
    {
        "cell:*" => "any cell",
        "tissue:*" => "tissue",
        _ when selector.StartsWith("cell:", StringComparison.Ordinal) => "cell " + selector[5..],
        _ when selector.StartsWith("tissue:", StringComparison.Ordinal) => "tissue " + selector[7..],
        _ => selector,
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
