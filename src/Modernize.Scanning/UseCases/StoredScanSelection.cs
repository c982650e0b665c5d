using Modernize.Model;
using Modernize.Model.Comparison;
using Modernize.Model.Scan;
using Modernize.Model.Store;
using Modernize.Storage;
using Modernize.Reporting;

namespace Modernize.Scanning.UseCases;

/// <summary>Finds the scans a <c>report</c>, <c>export</c> or <c>trend</c> is about in the store, and what the report needs around a scan.</summary>
public static class StoredScanSelection
{
    /// <summary>Scan <paramref name="scanId"/>, or the newest scan in the store when null.</summary>
    public static async Task<(long Id, ScanDocument Scan)> LoadAsync(IScanStore store, long? scanId, CancellationToken ct)
    {
        var id = scanId ?? (await store.ListAsync(null, ct).ConfigureAwait(false)).OrderBy(s => s.StartedAt).ThenBy(s => s.Id).LastOrDefault()?.Id
            ?? throw new InputException(store.Location, "the store has no scans yet: run modernize scan first");
        var scan = await store.LoadAsync(id, ct).ConfigureAwait(false)
            ?? throw new InputException(store.Location, $"no scan with id {id} (modernize history lists them)");
        return (id, scan);
    }

    /// <summary>Everything the HTML report shows for stored scan <paramref name="scanId"/>: the scan before it, all scans of its solution, and the diff.</summary>
    /// <param name="loaded">A stored scan already in hand: used instead of reading it again when it is the one before.</param>
    public static async Task<ReportData> ReportDataAsync(IScanStore store, long scanId, ScanDocument scan, (long Id, ScanDocument Scan)? loaded, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scan);
        var trend = (await store.ListAsync(scan.Info.SolutionIdentity, ct).ConfigureAwait(false))
            .OrderBy(s => s.StartedAt).ThenBy(s => s.Id).ToList();
        var position = trend.FindIndex(s => s.Id == scanId);
        var previous = position > 0 ? trend[position - 1] : null;
        if (position >= 0)
        {
            trend = trend.Take(position + 1).ToList();
        }

        if (previous is null)
        {
            return new ReportData(scan, null, trend, null);
        }

        // The diff is computed here from the two documents: the scan in hand is not read back from the store.
        var previousScan = loaded is { } known && known.Id == previous.Id ? known.Scan : await store.LoadAsync(previous.Id, ct).ConfigureAwait(false);
        var current = trend[^1];
        var diff = previousScan is null ? null : ScanComparer.Compare(previous, previousScan, current, scan);
        return new ReportData(scan, previousScan, trend, diff);
    }

    /// <summary>The solution named <paramref name="solutionName"/> (the only one when null) and its <paramref name="last"/> most recent scans, oldest first.</summary>
    public static async Task<(StoredSolution Solution, IReadOnlyList<StoredScan> Scans)> TrendAsync(IScanStore store, string? solutionName, int last, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var chosen = await SolutionResolver.ResolveAsync(store, solutionName, ct).ConfigureAwait(false);
        var scans = (await store.ListAsync(chosen.Identity, ct).ConfigureAwait(false)).TakeLast(Math.Max(1, last)).ToList();
        return (chosen, scans);
    }
}
