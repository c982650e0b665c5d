namespace Modernize.Model.Graph;

/// <summary>Per-type code metrics with Visual Studio's definitions (as computed by CodeAnalysisMetricData), plus member counts.</summary>
public sealed record TypeMetrics(
    int CyclomaticComplexity,
    int ClassCoupling,
    int DepthOfInheritance,
    int MaintainabilityIndex,
    int SourceLines,
    int ExecutableLines,
    int Methods,
    int Fields)
{
    public static TypeMetrics Empty { get; } = new(0, 0, 0, 100, 0, 0, 0, 0);
}
