using Modernize.Storage;

namespace Modernize.Testing.Faults;

/// <summary>Writes <paramref name="signalFile"/> inside the store's write transaction and waits there for ever, so a test can kill the process mid-write.</summary>
public sealed class PauseInTransaction(string signalFile) : IStoreWriteHook
{
    public async Task BeforeCommitAsync(CancellationToken ct)
    {
        await File.WriteAllTextAsync(signalFile, "in transaction", ct).ConfigureAwait(false);
        await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
    }
}
