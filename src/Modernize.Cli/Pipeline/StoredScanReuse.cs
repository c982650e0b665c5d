using Modernize.Loading.Input;
using Modernize.Loading.Repository;
using Modernize.Model.Scan;
using Modernize.Storage;

namespace Modernize.Cli.Pipeline;

/// <summary>
/// Scans through a store: when the latest stored scan of the same solution has the same input fingerprint (no relevant
/// file, setting, map or tool version changed), that scan is returned instead of scanning again; otherwise the new scan is
/// stored. This is what keeps <c>check --db</c> fast on pull requests that touch nothing relevant.
/// </summary>
internal static class StoredScanReuse
{
    public static async Task<(ScanDocument Scan, bool Reused)> ScanOrReuseAsync(
        ScanPipeline pipeline, ScanRequest request, IScanStore store, IScanProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var config = ScanPipeline.Configure(request);
        var input = InputResolver.Resolve(request.Path);
        var fingerprint = ScanPipeline.Fingerprint(input.Root, ScanPipeline.Settings(request, config), config);
        var identity = SolutionIdentity.Of(ScanPipeline.Repository(request), input.Name);

        var latest = await store.LatestAsync(identity, cancellationToken).ConfigureAwait(false);
        if (latest is not null)
        {
            var stored = await store.LoadAsync(latest.Id, cancellationToken).ConfigureAwait(false);
            if (stored is not null && stored.Info.Settings.TryGetValue(ScanPipeline.InputFingerprintSetting, out var storedFingerprint) && storedFingerprint == fingerprint)
            {
                return (stored, true);
            }
        }

        // The store's project models and extraction cache make this a rescan: unchanged projects skip MSBuild, unchanged documents the walk.
        var scan = await pipeline.RunAsync(request with { Config = config, ExtractionCache = store }, progress, cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(scan, cancellationToken).ConfigureAwait(false);
        return (scan, false);
    }
}
