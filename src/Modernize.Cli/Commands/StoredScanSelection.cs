using Modernize.Model;
using Modernize.Model.Scan;
using Modernize.Reporting;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary>Finds the scan a <c>report</c> or <c>export</c> is about in the store, and what the report needs around it.</summary>
internal static class StoredScanSelection
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
    public static async Task<ReportData> ReportDataAsync(IScanStore store, long scanId, ScanDocument scan, CancellationToken ct)
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

        var previousScan = await store.LoadAsync(previous.Id, ct).ConfigureAwait(false);
        var diff = await store.DiffAsync(previous.Id, scanId, ct).ConfigureAwait(false);
        return new ReportData(scan, previousScan, trend, diff);
    }
}
