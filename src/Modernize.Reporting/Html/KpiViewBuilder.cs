using System.Globalization;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;
using Modernize.Model.Store;

namespace Modernize.Reporting.Html;

/// <summary>Headline KPIs with their delta against the previous scan and their values across the stored scans.</summary>
internal static class KpiViewBuilder
{
    public static IReadOnlyList<TrendScanView> TrendScans(ReportData data) =>
        data.Trend.OrderBy(s => s.StartedAt).ThenBy(s => s.Id)
            .Select(s => new TrendScanView(s.Id, s.StartedAt, s.GitCommit, s.GitBranch))
            .ToList();

    public static IReadOnlyList<KpiView> Build(ReportData data)
    {
        var trend = data.Trend.OrderBy(s => s.StartedAt).ThenBy(s => s.Id).ToList();
        var catalogOrder = KpiCatalog.All.Select((d, i) => (d.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        return data.Current.Kpis
            .OrderBy(k => catalogOrder.GetValueOrDefault(k.Key, int.MaxValue))
            .Select(k => View(k, KpiCatalog.Find(k.Key), data, trend))
            .ToList();
    }

    private static KpiView View(Kpi kpi, KpiDefinition definition, ReportData data, List<StoredScan> trend)
    {
        var fromDiff = data.Diff?.Kpis.FirstOrDefault(d => d.Key == kpi.Key);
        var previous = fromDiff?.Before ?? data.Previous?.Kpi(kpi.Key);
        double? delta = previous is null ? null : kpi.Value - previous.Value;
        var direction = fromDiff?.Direction ?? (delta is null ? KpiDirection.Unknown : KpiDirection.Of(delta.Value, definition.HigherIsBetter));
        var format = definition.Format;
        return new KpiView(
            kpi.Key,
            definition.Title,
            definition.Description,
            definition.HigherIsBetter,
            format.EndsWith('%'),
            Decimals(format),
            kpi.Value,
            Format(kpi.Value, format),
            previous,
            delta,
            delta is null ? null : (delta.Value >= 0 ? "+" : "−") + Format(Math.Abs(delta.Value), format),
            direction,
            trend.Select(s => s.Kpis.FirstOrDefault(k => k.Key == kpi.Key)?.Value).ToList());
    }

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static int Decimals(string format)
    {
        var dot = format.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : format[(dot + 1)..].Count(c => c is '0' or '#');
    }
}
