using Modernize.Model.Comparison;

namespace Modernize.Storage.Portfolio;

/// <summary>Every solution in a store with its latest KPIs and their direction, from two queries whatever the number of scans.</summary>
public static class PortfolioQuery
{
    /// <summary>The portfolio, solutions ordered by name (then identity).</summary>
    public static async Task<IReadOnlyList<PortfolioEntry>> LoadAsync(IScanStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var solutions = await store.ListSolutionsAsync(ct).ConfigureAwait(false);
        var recent = (await store.ListLatestAsync(2, ct).ConfigureAwait(false))
            .GroupBy(s => s.SolutionIdentity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartedAt).ThenBy(s => s.Id).ToList(), StringComparer.Ordinal);
        return solutions
            .Where(s => recent.ContainsKey(s.Identity))
            .Select(s =>
            {
                var scans = recent[s.Identity];
                var latest = scans[^1];
                var previous = scans.Count > 1 ? scans[^2] : null;
                return new PortfolioEntry(s, latest, previous, KpiComparison.CompareAll(previous?.Kpis ?? [], latest.Kpis));
            })
            .OrderBy(e => e.Solution.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Solution.Identity, StringComparer.Ordinal)
            .ToList();
    }
}
