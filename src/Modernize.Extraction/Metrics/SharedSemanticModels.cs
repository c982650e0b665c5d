using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeMetrics;

namespace Modernize.Extraction.Metrics;

/// <summary>
/// The metric library keeps one semantic model per tree in a private map and offers no way to pass one in, so it binds every
/// body a second time after our walk (about 40% of extraction). Putting the walk's model in that map first lets the library
/// read the bodies the walk already bound. When a library version renames the field this returns null: metrics stay correct,
/// only slower (a test fails so the upgrade is noticed).
/// </summary>
internal static class SharedSemanticModels
{
    private static readonly FieldInfo? Map =
        typeof(CodeMetricsAnalysisContext).GetField("_semanticModelMap", BindingFlags.Instance | BindingFlags.NonPublic);

    public static ConcurrentDictionary<SyntaxTree, SemanticModel>? Of(CodeMetricsAnalysisContext context) =>
        Map?.GetValue(context) as ConcurrentDictionary<SyntaxTree, SemanticModel>;
}
