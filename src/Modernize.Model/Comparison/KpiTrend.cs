using Modernize.Model.Kpis;
using Modernize.Model.Store;

namespace Modernize.Model.Comparison;

/// <summary>One KPI across a series of scans.</summary>
/// <param name="Values">The KPI in each scan, oldest first; null where a scan lacks it.</param>
/// <param name="Steps">How it moved from the previous scan (null for the first scan).</param>
/// <param name="Overall">From the first scan that has it to the last one.</param>
public sealed record KpiTrendRow(KpiDefinition Definition, IReadOnlyList<double?> Values, IReadOnlyList<KpiDelta?> Steps, KpiDelta Overall);

/// <summary>Turns a solution's stored scans into one row per KPI: what <c>modernize trend</c> shows.</summary>
public static class KpiTrend
{
    public static IReadOnlyList<KpiTrendRow> Build(IReadOnlyList<StoredScan> scans)
    {
        ArgumentNullException.ThrowIfNull(scans);
        var keys = KpiComparison.CompareAll(scans.SelectMany(s => s.Kpis).ToList(), []).Select(d => d.Key);
        return keys.Select(key =>
        {
            var values = scans.Select(s => s.Kpis.FirstOrDefault(k => k.Key == key)?.Value).ToList();
            var steps = values.Select((v, i) => i == 0 ? null : KpiComparison.Compare(key, values[i - 1], v)).ToList();
            var present = values.Where(v => v is not null).ToList();
            var overall = KpiComparison.Compare(key, present.FirstOrDefault(), present.LastOrDefault());
            return new KpiTrendRow(KpiCatalog.Find(key), values, steps, overall);
        }).ToList();
    }
}
