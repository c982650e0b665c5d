using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeMetrics;
using Microsoft.CodeAnalysis.CSharp;
using Modernize.Extraction.Tests.Support;

namespace Modernize.Extraction.Tests;

/// <summary>
/// Extraction hands its walk's semantic models to the metric library through the library's private per-tree model map
/// (src/Modernize.Extraction/Metrics/SharedSemanticModels.cs), so bodies are bound once. If a library upgrade renames or stops
/// using that map, metrics stay right but extraction gets ~40% slower: this test says so.
/// </summary>
public sealed class SharedSemanticModelTests
{
    [Fact]
    public void The_metric_library_reads_semantic_models_from_its_per_tree_map()
    {
        var tree = CSharpSyntaxTree.ParseText("namespace N; public class C { public int M(int x) { if (x > 0) { return x; } return -x; } }");
        var compilation = CSharpCompilation.Create("A", [tree], RuntimeReferences.Runtime, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var type = compilation.GetTypeByMetadataName("N.C")!;

        // Left alone, the library keeps the model it made in the map...
        var (context, map) = NewContext(compilation);
        CodeAnalysisMetricData.ComputeSynchronously(type, context);
        Assert.Same(tree, Assert.Single(map).Key);

        // ...and given one, it uses that one and makes no other.
        (context, map) = NewContext(compilation);
        var ours = compilation.GetSemanticModel(tree);
        map[tree] = ours;
        var data = CodeAnalysisMetricData.ComputeSynchronously(type, context);
        Assert.Equal(2, data.CyclomaticComplexity);
        Assert.Same(ours, Assert.Single(map).Value);
    }

    private static (CodeMetricsAnalysisContext Context, ConcurrentDictionary<SyntaxTree, SemanticModel> Map) NewContext(Compilation compilation)
    {
        var context = new CodeMetricsAnalysisContext(compilation, CancellationToken.None);
        var field = typeof(CodeMetricsAnalysisContext).GetField("_semanticModelMap", BindingFlags.Instance | BindingFlags.NonPublic);
        return (context, Assert.IsType<ConcurrentDictionary<SyntaxTree, SemanticModel>>(field?.GetValue(context)));
    }
}
