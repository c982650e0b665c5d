namespace Modernize.Extraction;

/// <summary>
/// Where extraction keeps per-document results between scans (the scan store, in the CLI). Keys are opaque to the cache;
/// an entry is returned only when its content hash is the one asked for.
/// </summary>
public interface IExtractionCache
{
    Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyDictionary<string, string> contentHashByKey, CancellationToken cancellationToken);

    Task PutAsync(IReadOnlyList<ExtractionCacheEntry> entries, CancellationToken cancellationToken);
}
