namespace Modernize.Extraction;

/// <summary>One document's cached extraction: <paramref name="Key"/> names the document within its solution.</summary>
public sealed record ExtractionCacheEntry(string Key, string ContentHash, byte[] Payload);
