using Modernize.Loading.Environment;
using Modernize.Model.Scan;
using Modernize.Scanning.Pipeline;
using Modernize.Scanning.Progress;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary>
/// Scans through a store: when the latest stored scan of the same solution has the same input fingerprint (no relevant
/// file, setting, map or tool version changed), that scan is returned instead of scanning again; otherwise the new scan is
/// stored. This is what keeps <c>check --db</c> fast on pull requests that touch nothing relevant.
/// </summary>
public sealed class RescanUseCase(ScanPipeline pipeline)
{
    public static RescanUseCase CreateDefault() => new(ScanPipeline.CreateDefault());

    /// <returns>The scan, and whether it is the stored one reused.</returns>
    public async Task<(ScanDocument Scan, bool Reused)> RunAsync(ScanRequest request, IScanStore store, IScanProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        TempFolders.RemoveStale(); // a killed scan's leftovers, as every scanning use case does first
        // The store's project models and extraction cache make a scan here a rescan: unchanged projects skip MSBuild, unchanged documents the walk.
        var context = ScanContext.Create(request with { ExtractionCache = store });
        // As docs/ci.md says, a commit that changes no relevant file still reuses the scan for check.
        if (await StoredScanReuse.FindAsync(store, context, sameCommit: false, cancellationToken).ConfigureAwait(false) is { } reused)
        {
            return (reused.Scan, true);
        }

        var scan = await pipeline.RunAsync(context, progress, cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(scan, cancellationToken).ConfigureAwait(false);
        return (scan, false);
    }
}
