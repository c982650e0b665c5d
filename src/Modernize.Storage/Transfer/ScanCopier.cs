using Modernize.Model.Store;

namespace Modernize.Storage.Transfer;

/// <summary>What <see cref="ScanCopier.CopyAsync"/> did.</summary>
/// <param name="Copied">Scans written to the target.</param>
/// <param name="AlreadyThere">Scans the target already had (same solution, start time and commit), left alone.</param>
public sealed record ScanCopyResult(int Copied, int AlreadyThere);

/// <summary>
/// Copies every scan from one store to another (SQLite to PostgreSQL and back), oldest first, each in its own transaction.
/// Scans the target already holds are skipped, so an interrupted copy is finished by running it again.
/// Scan ids are the target's own; the extraction cache is not copied (it refills on the next scan).
/// </summary>
public static class ScanCopier
{
    public static async Task<ScanCopyResult> CopyAsync(IScanStore source, IScanStore target, IProgress<StoredScan>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var present = (await target.ListAsync(null, ct).ConfigureAwait(false)).Select(Key).ToHashSet();
        int copied = 0, skipped = 0;
        foreach (var scan in await source.ListAsync(null, ct).ConfigureAwait(false))
        {
            if (!present.Add(Key(scan)))
            {
                skipped++;
                continue;
            }

            var document = await source.LoadAsync(scan.Id, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"scan {scan.Id} was listed but could not be loaded from {source.Location}");
            await target.SaveAsync(document, ct).ConfigureAwait(false);
            copied++;
            progress?.Report(scan);
        }

        return new ScanCopyResult(copied, skipped);
    }

    private static (string, DateTimeOffset, string?) Key(StoredScan scan) => (scan.SolutionIdentity, scan.StartedAt, scan.GitCommit);
}
