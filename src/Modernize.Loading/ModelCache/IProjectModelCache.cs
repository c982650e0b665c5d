namespace Modernize.Loading.ModelCache;

/// <summary>
/// Where loading keeps project models between scans (the scan store, in the CLI). Entries are opaque bytes by key; whether an
/// entry still describes the tree is decided by the loader from the input hashes inside it.
/// </summary>
public interface IProjectModelCache
{
    Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    Task PutAsync(IReadOnlyDictionary<string, byte[]> entries, CancellationToken cancellationToken);
}
