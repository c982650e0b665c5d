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

    /// <summary>Runs every stage; with <see cref="ScanRequest.ExtractionCache"/> set, unchanged documents come from the store.</summary>
    public Task<ScanDocument> ScanAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken) =>
        pipeline.RunAsync(request, progress, cancellationToken);

    /// <summary>Stores <paramref name="scan"/> (when a store is given) and returns its id and the data of its report.</summary>
    public static async Task<(long? ScanId, ReportData Report)> StoreAsync(ScanDocument scan, IScanStore? store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (store is null)
        {
            return (null, ReportData.For(scan));
        }

        var id = await store.SaveAsync(scan, cancellationToken).ConfigureAwait(false);
        return (id, await StoredScanSelection.ReportDataAsync(store, id, scan, cancellationToken).ConfigureAwait(false));
    }
}
