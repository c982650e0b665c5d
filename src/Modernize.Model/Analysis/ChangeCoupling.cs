namespace Modernize.Model.Analysis;

/// <summary>Two files or types that change together.</summary>
/// <param name="Degree">Shared revisions ÷ average revisions of the two, 0..1.</param>
public sealed record ChangeCoupling(PackageLevel Level, string A, string B, int SharedRevisions, int RevisionsA, int RevisionsB, double Degree);
