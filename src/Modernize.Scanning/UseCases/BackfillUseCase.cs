using Modernize.Loading.Environment;
using Modernize.Scanning.Backfill;
using Modernize.Scanning.Pipeline;
using Modernize.Scanning.Progress;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary>
/// <c>modernize history &lt;path&gt;</c>: backfills the store with scans of past commits, each in a temporary detached worktree
/// (the user's tree is never touched), so the trend reaches back before the first real scan.
/// </summary>
public static class BackfillUseCase
{
    /// <param name="safe">Scan each commit as <c>modernize scan --safe</c> does.</param>
    /// <param name="log">One line per commit chosen, scanned, skipped or stored.</param>
    public static Task<IReadOnlyList<BackfilledScan>> RunAsync(string path, HistorySelection selection, bool safe, IScanStore store, Action<string> log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        TempFolders.RemoveStale(); // a killed scan's leftovers, as every scanning use case does first
        return new HistoryBackfill(
            store,
            (scanPath, commit, token) =>
            {
                log($"{commit.Sha[..12]} {commit.Date:yyyy-MM-dd} {commit.Subject}: scanning");
                return ScanPipeline.CreateDefault().RunAsync(new ScanRequest(scanPath, safe, null), SilentScanProgress.Instance, token);
            },
            log).RunAsync(path, selection, ct);
    }
}
