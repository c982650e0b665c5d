using System.Diagnostics;

namespace Modernize.Storage.Sql;

/// <summary>
/// Retries a whole write transaction while another process holds the lock (parallel CI jobs sharing one database),
/// with exponential backoff and jitter so the waiting writers do not wake in lockstep.
/// </summary>
internal static class WriteRetry
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(1);

    public static async Task<T> RunAsync<T>(SqlDialect dialect, Func<Task<T>> transaction, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var delay = FirstDelay;
        while (true)
        {
            try
            {
                return await transaction().ConfigureAwait(false);
            }
            catch (Exception e) when (dialect.IsBusy(e) && clock.Elapsed < MaxWait)
            {
#pragma warning disable CA5394 // Jitter, not security.
                var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)delay.TotalMilliseconds + 1));
#pragma warning restore CA5394
                await Task.Delay(delay + jitter, ct).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
            }
        }
    }
}
