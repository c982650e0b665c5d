namespace Modernize.Model.Graph;

/// <summary>How faithfully a project was loaded: what a reader may trust in its part of the graph.</summary>
/// <param name="Mode">How the project was loaded.</param>
/// <param name="Documents">Source documents parsed (generated ones included).</param>
/// <param name="Errors">Compiler errors reported for the project's compilation.</param>
/// <param name="ResolvedTypeRefs">Type references in source that bound to a symbol.</param>
/// <param name="UnresolvedTypeRefs">Type references in source that did not bind (missing assemblies or packages).</param>
/// <param name="TopMissing">The assemblies, packages or namespaces most often behind unresolved references, most frequent first.</param>
/// <param name="Warnings">Loading problems in plain words (unresolved SDK, failed restore, fallback reference set...).</param>
public sealed record ProjectFidelity(
    LoadMode Mode,
    int Documents,
    int Errors,
    int ResolvedTypeRefs,
    int UnresolvedTypeRefs,
    IReadOnlyList<string> TopMissing,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Share of type references that resolved, 1 when there were none.</summary>
    public double ResolvedRatio =>
        ResolvedTypeRefs + UnresolvedTypeRefs == 0 ? 1.0 : (double)ResolvedTypeRefs / (ResolvedTypeRefs + UnresolvedTypeRefs);

    /// <summary>Below this share of resolved references a project is flagged in the summary.</summary>
    public const double LowFidelityThreshold = 0.9;

    public bool IsLow => ResolvedRatio < LowFidelityThreshold;

    /// <summary>Why references may not resolve (missing reference assemblies, missing packages and their stand-ins, failed tasks...).</summary>
    public IReadOnlyList<FidelityCause> Causes { get; init; } = [];

    /// <summary>Package versions the feeds lack, each with the served version that stood in.</summary>
    public IReadOnlyList<PackageStandIn> StandIns { get; init; } = [];
}
