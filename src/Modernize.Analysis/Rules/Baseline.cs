using Modernize.Model.Rules;

namespace Modernize.Analysis.Rules;

/// <summary>Splits current violations into new and baselined ones, and lists baseline entries that are fixed (docs/ci.md).</summary>
public static class Baseline
{
    public static BaselineComparison Compare(IReadOnlyList<Violation> violations, IReadOnlyList<BaselineEntry> baseline)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentNullException.ThrowIfNull(baseline);
        var tolerated = baseline.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var current = violations.Select(v => v.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new BaselineComparison(
            violations.Where(v => !tolerated.Contains(v.Fingerprint)).ToList(),
            violations.Where(v => tolerated.Contains(v.Fingerprint)).ToList(),
            baseline.Where(e => !current.Contains(e.Fingerprint)).DistinctBy(e => e.Fingerprint).ToList());
    }
}
