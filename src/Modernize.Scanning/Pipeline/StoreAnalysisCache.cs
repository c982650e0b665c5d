using Modernize.Analysis.Caching;
using Modernize.Storage;

namespace Modernize.Scanning.Pipeline;

/// <summary>
/// The analysis cache kept in the scan store, per solution, beside the extraction cache (same table, keys prefixed
/// <c>analysis:</c>): read whole before the analysis (a few entries), written after it with what the analysis computed anew.
/// </summary>
internal sealed class StoreAnalysisCache : IAnalysisCache
{
    private const string Prefix = "analysis:";

    private readonly Dictionary<string, CachedExtraction> stored;
    private readonly Dictionary<string, CachedExtraction> kept = new(StringComparer.Ordinal);

    private StoreAnalysisCache(IEnumerable<CachedExtraction> stored) =>
        this.stored = stored.ToDictionary(e => e.DocumentPath, StringComparer.Ordinal);

    public static async Task<StoreAnalysisCache> ReadAsync(IScanStore store, string solutionIdentity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoreAnalysisCache(await store.GetCachedEntriesAsync(solutionIdentity, Prefix, cancellationToken).ConfigureAwait(false));
    }

    public byte[]? Find(string key, string inputHash) =>
        stored.TryGetValue(Prefix + key, out var entry) && entry.ContentHash == inputHash ? entry.Payload.ToArray() : null;

    public void Keep(string key, string inputHash, byte[] payload)
    {
        lock (kept)
        {
            kept[Prefix + key] = new CachedExtraction(Prefix + key, inputHash, payload);
        }
    }

    /// <summary>Stores the entries computed anew (replacing the steps' older ones) in one transaction.</summary>
    public Task WriteAsync(IScanStore store, string solutionIdentity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return kept.Count == 0 ? Task.CompletedTask : store.PutCachedExtractionsAsync(solutionIdentity, [.. kept.Values], cancellationToken);
    }
}
