namespace Modernize.Storage;

/// <summary>
/// Called inside a scan's write transaction just before it commits. The crash tests use it to kill a writer with half a scan
/// written (docs/reliability.md); the shipped tool passes none.
/// </summary>
public interface IStoreWriteHook
{
    Task BeforeCommitAsync(CancellationToken ct);
}
