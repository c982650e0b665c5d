using Modernize.Model.Scan;
using Modernize.Scanning.Pipeline;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary>
/// Finds a stored scan that scanning again would reproduce: the latest scan of the same solution whose input fingerprint (every
/// relevant file, the settings, the map, the scanner's build and the installed SDKs) equals the current one, scanned from the same
/// root in the same mode.
/// </summary>
internal static class StoredScanReuse
{
    /// <param name="sameCommit">Also require the same git commit: history findings (hotspots, coupling, autonomy) are read up to HEAD.</param>
    public static async Task<(long Id, ScanDocument Scan)?> FindAsync(IScanStore store, ScanContext context, bool sameCommit, CancellationToken cancellationToken)
    {
        var latest = await store.LatestAsync(context.Identity, cancellationToken).ConfigureAwait(false);
        if (latest is null || latest.InputFingerprint != context.InputFingerprint || (sameCommit && latest.GitCommit != context.Repository.Commit))
        {
            return null;
        }

        var stored = await store.LoadAsync(latest.Id, cancellationToken).ConfigureAwait(false);
        return stored is not null && stored.Info.SafeMode == context.Request.Safe && string.Equals(stored.Info.Root, context.Input.Root, StringComparison.Ordinal)
            ? (latest.Id, stored)
            : null;
    }
}
