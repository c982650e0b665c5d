using Modernize.Loading.ModelCache;
using Modernize.Storage;

namespace Modernize.Scanning.Pipeline;

/// <summary>
/// Project models kept in the scan store, per solution, beside the extraction cache (same table, keys prefixed <c>project-model:</c>).
/// The loader validates each entry against the files it records, so the store's content hash is a constant.
/// </summary>
internal sealed class StoreProjectModelCache(IScanStore store, string solutionIdentity) : IProjectModelCache
{
    private const string ContentHash = "project-model";

    public Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetCachedExtractionsAsync(solutionIdentity, keys.ToDictionary(k => k, _ => ContentHash, StringComparer.Ordinal), cancellationToken);

    public Task PutAsync(IReadOnlyDictionary<string, byte[]> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Count == 0
            ? Task.CompletedTask
            : store.PutCachedExtractionsAsync(solutionIdentity, [.. entries.Select(e => new CachedExtraction(e.Key, ContentHash, e.Value))], cancellationToken);
    }
}
