using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Findings;

/// <summary>Makes findings in one shape: symbols distinct and sorted, a few locations, and the fingerprint of rule and symbols only.</summary>
public static class FindingFactory
{
    public const int MaxLocations = 10;

    public static Finding Create(string ruleId, Severity severity, string message, IEnumerable<string> symbols, IEnumerable<SourceLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(locations);
        var sorted = symbols.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var places = locations.Distinct().Take(MaxLocations).ToList();
        return new Finding(ruleId, severity, message, sorted, places, Fingerprint.Of(ruleId, sorted));
    }

    /// <summary>Most severe first, then by rule and symbols, so reports and stored scans list findings in a stable order.</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => string.Join("\n", f.Symbols), StringComparer.Ordinal)
            .ToList();
}
