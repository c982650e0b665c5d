using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Rules;

/// <summary>The metrics a <c>threshold:</c> rule can limit, where each is measured, and its default limit.</summary>
public static class ThresholdMetrics
{
    public const string ClassCoupling = "classCoupling";
    public const string CyclomaticComplexity = "cyclomaticComplexity";
    public const string DepthOfInheritance = "depthOfInheritance";
    public const string SourceLines = "sourceLines";
    public const string Methods = "methods";
    public const string Distance = "distance";

    public static IReadOnlyList<string> Names { get; } =
        [ClassCoupling, CyclomaticComplexity, DepthOfInheritance, SourceLines, Methods, Distance];

    /// <summary>Distance is a namespace metric; the others are measured per type.</summary>
    public static bool IsNamespaceMetric(string metric) => metric == Distance;

    /// <summary>The limit that applies when the rule gives no <c>max</c>: the <c>thresholds</c> section, or null when it has none.</summary>
    public static double? DefaultLimit(string metric, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return metric switch
        {
            ClassCoupling => thresholds.ClassCoupling,
            CyclomaticComplexity => thresholds.CyclomaticComplexity,
            SourceLines => thresholds.GodClassLines,
            Methods => thresholds.GodClassMethods,
            Distance => thresholds.Distance,
            _ => null,
        };
    }

    public static double OfType(string metric, TypeMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metric switch
        {
            ClassCoupling => metrics.ClassCoupling,
            CyclomaticComplexity => metrics.CyclomaticComplexity,
            DepthOfInheritance => metrics.DepthOfInheritance,
            SourceLines => metrics.SourceLines,
            Methods => metrics.Methods,
            _ => throw new ArgumentException($"'{metric}' is not a type metric", nameof(metric)),
        };
    }
}
