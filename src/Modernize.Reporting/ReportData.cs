using Modernize.Model.Scan;
using Modernize.Model.Store;

namespace Modernize.Reporting;

/// <summary>Everything the HTML report shows: the scan, the one before it, all stored scans of the solution for trends, and the diff between the two.</summary>
/// <param name="Current">The scan the report is about.</param>
/// <param name="Previous">The scan before it, for KPI deltas; null for the first scan.</param>
/// <param name="Trend">Stored scans of the same solution, any order (the report sorts them by date); may be empty.</param>
/// <param name="Diff">What changed since <paramref name="Previous"/>; null without a previous scan.</param>
public sealed record ReportData(ScanDocument Current, ScanDocument? Previous, IReadOnlyList<StoredScan> Trend, ScanDiff? Diff)
{
    /// <summary>A report on one scan alone: no trend, no diff.</summary>
    public static ReportData For(ScanDocument current) => new(current, null, [], null);
}
