using System.Diagnostics;
using Modernize.Loading.Environment;
using Modernize.Model.Scan;
using Modernize.Reporting;
using Modernize.Scanning.Pipeline;
using Modernize.Scanning.Progress;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary>
/// <c>modernize scan</c>: run the pipeline, then store the scan and gather what its report shows (the scan before it, the
/// trend, the diff). Two calls so a front end can show the scan's summary before the store is written.
/// </summary>
public sealed class ScanUseCase(ScanPipeline pipeline)
{
    public static ScanUseCase CreateDefault() => new(ScanPipeline.CreateDefault());

    /// <summary>The stored scan whose content the last <see cref="ScanAsync"/> reused, if it reused one.</summary>
    public (long Id, ScanDocument Scan)? Reused { get; private set; }

    /// <summary>
    /// Runs every stage; with <see cref="ScanRequest.ExtractionCache"/> set, unchanged projects and documents come from the store,
    /// and when nothing that shapes the result changed since the latest stored scan (<see cref="StoredScanReuse"/>, same commit
    /// too), that scan's content is returned under a new start time without loading or analysing anything.
    /// </summary>
    public async Task<ScanDocument> ScanAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        // First, before the reuse check: a scan that reuses a stored one never loads, and must still clear a killed scan's leftovers.
        TempFolders.RemoveStale();
        var context = ScanContext.Create(request);
        if (request.ExtractionCache is { } store
            && await StoredScanReuse.FindAsync(store, context, sameCommit: true, cancellationToken).ConfigureAwait(false) is { } reused)
        {
            progress.Stage("Loading");
            progress.Loading($"reused the content of stored scan {reused.Id}: no relevant file, setting, map, commit or scanner build changed since it");
            var info = reused.Scan.Info with
            {
                SolutionName = context.Input.Name,
                StartedAt = startedAt,
                Duration = clock.Elapsed,
                GitBranch = context.Repository.Branch,
                Settings = context.Settings,
            };
            Reused = reused;
            return reused.Scan with { Info = info };
        }

        return await pipeline.RunAsync(context, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores <paramref name="scan"/> (when a store is given) and returns its id and the data of its report.</summary>
    /// <param name="loaded">A stored scan already in hand (<see cref="Reused"/>): not read again when the report compares with it.</param>
    public static async Task<(long? ScanId, ReportData Report)> StoreAsync(ScanDocument scan, IScanStore? store, (long Id, ScanDocument Scan)? loaded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (store is null)
        {
            return (null, ReportData.For(scan));
        }

        var id = await store.SaveAsync(scan, cancellationToken).ConfigureAwait(false);
        return (id, await StoredScanSelection.ReportDataAsync(store, id, scan, loaded, cancellationToken).ConfigureAwait(false));
    }
}
