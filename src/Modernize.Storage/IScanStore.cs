using Modernize.Model.Scan;
using Modernize.Model.Store;

namespace Modernize.Storage;

/// <summary>
/// Where scans are kept: saved whole in one transaction, listed per solution, loaded back and compared.
/// One interface for every backend (SQLite, PostgreSQL); see docs/store.md.
/// </summary>
public interface IScanStore : IDisposable
{
    /// <summary>The database file or connection this store writes to, for messages.</summary>
    string Location { get; }

    /// <summary>Stores a whole scan in one transaction and returns its id; nothing is visible until it is complete.</summary>
    Task<long> SaveAsync(ScanDocument scan, CancellationToken ct);

    /// <summary>The scan exactly as it was saved, or null when no scan has that id.</summary>
    Task<ScanDocument?> LoadAsync(long scanId, CancellationToken ct);

    /// <summary>The headline facts of one scan, or null.</summary>
    Task<StoredScan?> GetAsync(long scanId, CancellationToken ct);

    /// <summary>Scans of one solution (all solutions when null), oldest first by start time.</summary>
    Task<IReadOnlyList<StoredScan>> ListAsync(string? solutionIdentity, CancellationToken ct);

    /// <summary>The most recent scan of a solution, or null when it has none.</summary>
    Task<StoredScan?> LatestAsync(string solutionIdentity, CancellationToken ct);

    /// <summary>The newest <paramref name="perSolution"/> scans of every solution, oldest first within each (one query, for the portfolio).</summary>
    Task<IReadOnlyList<StoredScan>> ListLatestAsync(int perSolution, CancellationToken ct);

    /// <summary>The solutions that have scans, with how many and when the last one started.</summary>
    Task<IReadOnlyList<StoredSolution>> ListSolutionsAsync(CancellationToken ct);

    /// <summary>What changed from one scan to another, or null when either id is unknown.</summary>
    Task<ScanDiff?> DiffAsync(long before, long after, CancellationToken ct);

    /// <summary>
    /// Cached extraction payloads of a solution's documents (path -> content hash asked for); only documents whose cached
    /// hash matches are returned, keyed by path (incremental scans).
    /// </summary>
    Task<IReadOnlyDictionary<string, byte[]>> GetCachedExtractionsAsync(string solutionIdentity, IReadOnlyDictionary<string, string> contentHashByPath, CancellationToken ct);

    /// <summary>
    /// The cache entries of a solution whose key starts with <paramref name="keyPrefix"/>, whatever their hash (the analysis cache:
    /// a step's input hash is known only while the analysis runs, which compares it with the entry's).
    /// </summary>
    Task<IReadOnlyList<CachedExtraction>> GetCachedEntriesAsync(string solutionIdentity, string keyPrefix, CancellationToken ct);

    /// <summary>Caches extraction payloads in one transaction; each replaces the entry of its document at an older hash.</summary>
    Task PutCachedExtractionsAsync(string solutionIdentity, IReadOnlyList<CachedExtraction> entries, CancellationToken ct);
}
