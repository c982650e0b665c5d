using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeMetrics;
using Modernize.Extraction.Symbols;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Metrics;

/// <summary>
/// Visual Studio's code metrics for every source type of a compilation, computed by the library Visual Studio uses
/// (<see cref="CodeAnalysisMetricData"/> from Microsoft.CodeAnalysis.AnalyzerUtilities), once per assembly.
/// </summary>
public static class TypeMetricsCalculator
{
    /// <summary>Metrics keyed by type id (see <see cref="TypeIds"/>).</summary>
    public static IReadOnlyDictionary<string, TypeMetrics> Compute(Compilation compilation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var context = new CodeMetricsAnalysisContext(compilation, cancellationToken);
        var assembly = CodeAnalysisMetricData.ComputeSynchronously(compilation.Assembly, context);
        var result = new Dictionary<string, TypeMetrics>(StringComparer.Ordinal);
        Collect(assembly, result);
        return result;
    }

    /// <summary>Maps one type's metric data to the model: the six Visual Studio metrics, plus its method and field counts.</summary>
    public static TypeMetrics ToModel(CodeAnalysisMetricData type)
    {
        ArgumentNullException.ThrowIfNull(type);
        int methods = 0, fields = 0;
        foreach (var child in type.Children)
        {
            switch (child.Symbol.Kind)
            {
                case SymbolKind.Method:
                    methods++;
                    break;
                case SymbolKind.Field:
                    fields++;
                    break;
            }
        }

        return new TypeMetrics(
            type.CyclomaticComplexity,
            type.CoupledNamedTypes.Count,
            type.DepthOfInheritance ?? 0,
            type.MaintainabilityIndex,
            checked((int)type.SourceLines),
            checked((int)type.ExecutableLines),
            methods,
            fields);
    }

    internal static void Collect(CodeAnalysisMetricData data, Dictionary<string, TypeMetrics> result)
    {
        if (data.Symbol is INamedTypeSymbol type)
        {
            result[TypeIds.Of(type)] = ToModel(data);
        }

        foreach (var child in data.Children)
        {
            if (child.Symbol.Kind is SymbolKind.Namespace or SymbolKind.NamedType or SymbolKind.Assembly)
            {
                Collect(child, result);
            }
        }
    }
}
