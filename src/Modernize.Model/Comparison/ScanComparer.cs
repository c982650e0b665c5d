using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Scan;
using Modernize.Model.Store;

namespace Modernize.Model.Comparison;

/// <summary>
/// Compares two scans: findings by fingerprint, cross-cell dependencies by (cells, types), KPIs by their definitions.
/// Pure: it reads only the two documents.
/// </summary>
public static class ScanComparer
{
    public static ScanDiff Compare(StoredScan beforeScan, ScanDocument before, StoredScan afterScan, ScanDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeFindings = ByFingerprint(before.Analysis.Findings);
        var afterFindings = ByFingerprint(after.Analysis.Findings);
        var beforeCross = ByEnds(CrossCellDependencies.Of(before));
        var afterCross = ByEnds(CrossCellDependencies.Of(after));

        return new ScanDiff(
            beforeScan,
            afterScan,
            afterFindings.Where(f => !beforeFindings.ContainsKey(f.Key)).Select(f => f.Value).ToList(),
            beforeFindings.Where(f => !afterFindings.ContainsKey(f.Key)).Select(f => f.Value).ToList(),
            afterFindings.Keys.Count(beforeFindings.ContainsKey),
            afterCross.Where(d => !beforeCross.ContainsKey(d.Key)).Select(d => d.Value).ToList(),
            beforeCross.Where(d => !afterCross.ContainsKey(d.Key)).Select(d => d.Value).ToList(),
            KpiComparison.CompareAll(before.Kpis, after.Kpis));
    }

    private static Dictionary<string, Finding> ByFingerprint(IEnumerable<Finding> findings)
    {
        var result = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            result.TryAdd(finding.Fingerprint, finding);
        }

        return result;
    }

    /// <summary>A dependency is the same across scans when its types and their cells are; a type moving cells makes it new.</summary>
    private static Dictionary<(string, string, string, string), Dependency> ByEnds(IEnumerable<CrossCellDependency> dependencies)
    {
        var result = new Dictionary<(string, string, string, string), Dependency>();
        foreach (var d in dependencies)
        {
            result.TryAdd((d.FromCell, d.ToCell, d.Dependency.From, d.Dependency.To), d.Dependency);
        }

        return result;
    }
}
