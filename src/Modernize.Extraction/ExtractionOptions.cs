namespace Modernize.Extraction;

/// <summary>How the extractor treats the solution.</summary>
/// <param name="IncludeGenerated">
/// False (default): generated types stay in the graph flagged <c>Generated = true</c>, with metrics, external uses and data access,
/// but type-to-type dependencies that start in a generated type are left out (designer and proxy wiring would otherwise inflate coupling).
/// True: those dependencies are kept as well.
/// </param>
public sealed record ExtractionOptions(bool IncludeGenerated = false);
