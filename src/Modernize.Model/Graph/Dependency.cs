namespace Modernize.Model.Graph;

/// <summary>All the ways one type (or namespace, or project, once aggregated) depends on another.</summary>
/// <param name="From">Id of the depending element.</param>
/// <param name="To">Id of the element depended upon.</param>
/// <param name="Weight">Number of references in source (the sum of <paramref name="Kinds"/>).</param>
/// <param name="Kinds">Reference count per kind.</param>
/// <param name="Samples">A few places that create the dependency (at most <see cref="MaxSamples"/>).</param>
public sealed record Dependency(
    string From,
    string To,
    int Weight,
    IReadOnlyDictionary<DependencyKind, int> Kinds,
    IReadOnlyList<SourceLocation> Samples)
{
    public const int MaxSamples = 5;

    /// <summary>Weight scaled by how hard each kind is to cut (see <see cref="DependencyWeights"/>).</summary>
    public double Strength => Kinds.Sum(k => DependencyWeights.Of(k.Key) * k.Value);
}
