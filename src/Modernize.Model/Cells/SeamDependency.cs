using Modernize.Model.Graph;

namespace Modernize.Model.Cells;

/// <summary>A type-level dependency that crosses a seam and must be cut (or turned into a contract) to separate the cells.</summary>
public sealed record SeamDependency(string From, string To, int Weight, IReadOnlyDictionary<DependencyKind, int> Kinds, IReadOnlyList<SourceLocation> Samples);
