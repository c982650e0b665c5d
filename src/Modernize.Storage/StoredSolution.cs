namespace Modernize.Storage;

/// <summary>A solution known to the store.</summary>
public sealed record StoredSolution(string Identity, string Name, int Scans, DateTimeOffset LastScanAt);
