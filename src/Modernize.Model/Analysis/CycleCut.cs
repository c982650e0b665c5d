using Modernize.Model.Graph;

namespace Modernize.Model.Analysis;

/// <summary>A dependency whose removal (with the cycle's other cuts) breaks a cycle.</summary>
public sealed record CycleCut(string From, string To, int Weight, IReadOnlyDictionary<DependencyKind, int> Kinds, IReadOnlyList<SourceLocation> Samples);
