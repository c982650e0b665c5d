using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeMetrics;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Metrics;

/// <summary>
/// Visual Studio's metrics for one project, computed document by document right after each walk with the walk's own semantic
/// model (<see cref="SharedSemanticModels"/>), so bodies are bound once. A type with declarations in several trees (partial
/// types, generated parts) is computed at <see cref="Finish"/>, when its other parts may need models of their own.
/// </summary>
internal sealed class ProjectMetrics(Compilation compilation, CancellationToken cancellationToken)
{
    private readonly CodeMetricsAnalysisContext context = new(compilation, cancellationToken);
    private readonly ConcurrentDictionary<string, TypeMetrics> metrics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<INamedTypeSymbol, byte> spread = new(SymbolEqualityComparer.Default);
    private ConcurrentDictionary<SyntaxTree, SemanticModel>? Shared => SharedSemanticModels.Of(context);

    /// <summary>The semantic model to walk <paramref name="tree"/> with: the one the metric library will read too.</summary>
    public SemanticModel ModelFor(SyntaxTree tree) =>
        Shared?.GetOrAdd(tree, t => compilation.GetSemanticModel(t)) ?? compilation.GetSemanticModel(tree);

    /// <summary>Computes the types declared in a walked tree (nested types too: the library does not count them as children), then lets its model go.</summary>
    public void AfterWalk(SyntaxTree tree, IEnumerable<INamedTypeSymbol> declared)
    {
        foreach (var type in declared)
        {
            if (type.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree))
            {
                Collect(type);
            }
            else
            {
                spread.TryAdd(type, 0);
            }
        }

        Shared?.TryRemove(tree, out _);
    }

    public IReadOnlyDictionary<string, TypeMetrics> Finish()
    {
        foreach (var type in spread.Keys)
        {
            Collect(type);
        }

        spread.Clear();

        return new Dictionary<string, TypeMetrics>(metrics, StringComparer.Ordinal);
    }

    private void Collect(INamedTypeSymbol type)
    {
        var result = new Dictionary<string, TypeMetrics>(StringComparer.Ordinal);
        TypeMetricsCalculator.Collect(CodeAnalysisMetricData.ComputeSynchronously(type, context), result);
        foreach (var (id, value) in result)
        {
            metrics[id] = value;
        }
    }
}
