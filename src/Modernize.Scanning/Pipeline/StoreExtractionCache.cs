using Modernize.Extraction;
using Modernize.Storage;

namespace Modernize.Scanning.Pipeline;

/// <summary>The extraction cache kept in the scan store, per solution (the store's extraction_cache table).</summary>
internal sealed class StoreExtractionCache(IScanStore store, string solutionIdentity) : IExtractionCache
{
    public Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyDictionary<string, string> contentHashByKey, CancellationToken cancellationToken) =>
        store.GetCachedExtractionsAsync(solutionIdentity, contentHashByKey, cancellationToken);

    public Task PutAsync(IReadOnlyList<ExtractionCacheEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Count == 0
            ? Task.CompletedTask
            : store.PutCachedExtractionsAsync(solutionIdentity, [.. entries.Select(e => new CachedExtraction(e.Key, e.ContentHash, e.Payload))], cancellationToken);
    }
}
