namespace Modernize.Model.Analysis;

/// <summary>A file (or type) that changes often and is complex: where change is expensive.</summary>
/// <param name="Element">File path or type id.</param>
/// <param name="Score">Revisions × complexity, normalised to 0..1 across the scan.</param>
public sealed record Hotspot(PackageLevel Level, string Element, int Revisions, int Churn, int Complexity, int Authors, double Score);
