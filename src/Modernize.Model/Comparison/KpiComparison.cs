using Modernize.Model.Kpis;
using Modernize.Model.Store;

namespace Modernize.Model.Comparison;

/// <summary>How a KPI moved, judged by its definition's direction (<see cref="KpiDirection"/>).</summary>
public static class KpiComparison
{
    public static KpiDelta Compare(string key, double? before, double? after)
    {
        if (before is not { } b || after is not { } a)
        {
            return new KpiDelta(key, before, after, 0, KpiDirection.Unknown);
        }

        var delta = a - b;
        var direction = KpiDirection.Of(delta, KpiCatalog.Find(key).HigherIsBetter);
        return new KpiDelta(key, before, after, direction == KpiDirection.Same ? 0 : delta, direction);
    }

    /// <summary>Deltas for every key of either side: catalogue keys first, in catalogue order, then the others by name.</summary>
    public static IReadOnlyList<KpiDelta> CompareAll(IReadOnlyList<Kpi> before, IReadOnlyList<Kpi> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeByKey = before.GroupBy(k => k.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var afterByKey = after.GroupBy(k => k.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var known = KpiCatalog.All.Select(d => d.Key).ToList();
        var keys = known.Where(k => beforeByKey.ContainsKey(k) || afterByKey.ContainsKey(k))
            .Concat(beforeByKey.Keys.Concat(afterByKey.Keys).Except(known).Distinct().Order(StringComparer.Ordinal));
        return keys.Select(k => Compare(k, Lookup(beforeByKey, k), Lookup(afterByKey, k))).ToList();
    }

    private static double? Lookup(Dictionary<string, double> values, string key) => values.TryGetValue(key, out var v) ? v : null;
}
