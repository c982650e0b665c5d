namespace Modernize.Extraction.Caching;

/// <summary>One document of a rescan: its cache key and hashes, and the cached walk when it can be reused.</summary>
internal sealed record DocumentPlan(string Key, string ContentHash, string Surface, CachedDocument? Reusable);
