using Modernize.Model.Graph;

namespace Modernize.Model.Cells;

/// <summary>A type-level dependency whose two ends lie in different cells.</summary>
public sealed record CrossCellDependency(string FromCell, string ToCell, Dependency Dependency);
