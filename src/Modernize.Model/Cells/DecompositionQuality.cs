namespace Modernize.Model.Cells;

/// <summary>Quality of a whole decomposition with the literature's measures (formulas in docs/cells.md).</summary>
/// <param name="Modularity">Newman's modularity Q on the weighted, undirected type graph.</param>
/// <param name="StructuralModularity">SM (Jin et al.): mean cohesion minus mean pairwise coupling.</param>
/// <param name="InterPartitionCallPercentage">ICP: share of call weight crossing cells.</param>
/// <param name="InterfaceNumber">IFN: mean number of types per cell used from other cells.</param>
/// <param name="NonExtremeDistribution">NED: share of types in cells whose size is within the non-extreme bounds.</param>
public sealed record DecompositionQuality(
    double Modularity,
    double StructuralModularity,
    double InterPartitionCallPercentage,
    double InterfaceNumber,
    double NonExtremeDistribution);
