namespace Modernize.Model.Configuration;

/// <summary>Thresholds for smells and threshold rules (section <c>thresholds</c>); defaults documented in docs/configuration.md.</summary>
/// <param name="ClassCoupling">Per type; Visual Studio's CA1506 default.</param>
/// <param name="CyclomaticComplexity">Per type.</param>
/// <param name="Distance">D per namespace.</param>
/// <param name="GodClassLines">A type with at least this many source lines...</param>
/// <param name="GodClassMethods">...or at least this many methods, and a class coupling above <see cref="GodClassCoupling"/>, is a god class.</param>
/// <param name="GodComponentTypes">A namespace with at least this many types, or <see cref="GodComponentLines"/> source lines, is a god component.</param>
/// <param name="HubDegree">Minimum of afferent and efferent coupling (namespace level) for a hub-like dependency.</param>
/// <param name="DenseStructureDensity">Density (edges ÷ n(n−1)) of the namespace graph above which the structure is dense.</param>
/// <param name="CrossCellChangeRatio">Maximum share of a cell's commits that also touch other cells, over <see cref="CrossCellChangeWindowDays"/>; null for no limit.</param>
public sealed record Thresholds(
    int ClassCoupling = 95,
    int CyclomaticComplexity = 100,
    double Distance = 0.7,
    int GodClassLines = 500,
    int GodClassMethods = 30,
    int GodClassCoupling = 30,
    int GodComponentTypes = 60,
    int GodComponentLines = 10_000,
    int HubDegree = 10,
    double DenseStructureDensity = 0.5,
    double? CrossCellChangeRatio = null,
    int CrossCellChangeWindowDays = 90);
