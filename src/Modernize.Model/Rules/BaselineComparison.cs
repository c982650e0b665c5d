using Modernize.Model.Analysis;

namespace Modernize.Model.Rules;

/// <summary>The current violations split against a baseline.</summary>
/// <param name="New">Violations whose fingerprint is not in the baseline: these fail the check (errors only).</param>
/// <param name="Baselined">Violations the baseline tolerates.</param>
/// <param name="Fixed">Baseline entries with no current violation: fixed, and dropped by the next <c>--update-baseline</c>.</param>
public sealed record BaselineComparison(IReadOnlyList<Violation> New, IReadOnlyList<Violation> Baselined, IReadOnlyList<BaselineEntry> Fixed)
{
    /// <summary>Whether a new violation of error severity exists: the check's exit code is 1 then.</summary>
    public bool Failed => New.Any(v => v.Severity == Severity.Error);
}
