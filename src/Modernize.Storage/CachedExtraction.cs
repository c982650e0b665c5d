namespace Modernize.Storage;

/// <summary>What extraction produced for one document at one content hash, in the extractor's own encoding.</summary>
/// <param name="DocumentPath">Relative to the scanned root, '/' separators.</param>
/// <param name="ContentHash">Hash of the document's text (<see cref="Model.Graph.SourceFile.Hash"/>).</param>
public sealed record CachedExtraction(string DocumentPath, string ContentHash, ReadOnlyMemory<byte> Payload);
