using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeMetrics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.VisualBasic;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests.Support;

/// <summary>
/// The metrics Visual Studio would report, computed apart from the extractor: every project's sources re-parsed into a freshly
/// created compilation (referencing the other fresh compilations), measured by CodeAnalysisMetricData, keyed by a type id built here.
/// </summary>
internal static class IndependentMetrics
{
    public static async Task<Dictionary<string, TypeMetrics>> ComputeAsync(Solution solution)
    {
        var compilations = new Dictionary<ProjectId, Compilation>();
        var result = new Dictionary<string, TypeMetrics>(StringComparer.Ordinal);
        foreach (var projectId in solution.GetProjectDependencyGraph().GetTopologicallySortedProjects())
        {
            var project = solution.GetProject(projectId)!;
            var trees = new List<SyntaxTree>();
            foreach (var document in project.Documents)
            {
                var text = await document.GetTextAsync();
                trees.Add(project.Language == LanguageNames.CSharp
                    ? CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)project.ParseOptions!, document.FilePath!)
                    : VisualBasicSyntaxTree.ParseText(text, (VisualBasicParseOptions)project.ParseOptions!, document.FilePath!));
            }

            var references = project.MetadataReferences.Concat(project.ProjectReferences.Select(r => ReferenceTo(compilations[r.ProjectId], project.Language)));
            Compilation compilation = project.Language == LanguageNames.CSharp
                ? CSharpCompilation.Create(project.AssemblyName, trees, references, (CSharpCompilationOptions)project.CompilationOptions!)
                : VisualBasicCompilation.Create(project.AssemblyName, trees, references, (VisualBasicCompilationOptions)project.CompilationOptions!);
            compilations[projectId] = compilation;

            var assembly = await CodeAnalysisMetricData.ComputeAsync(compilation.Assembly, new CodeMetricsAnalysisContext(compilation, CancellationToken.None));
            Collect(assembly, result);
        }

        return result;
    }

    /// <summary>A compilation reference within a language; across languages (C# to VB), the emitted assembly.</summary>
    private static MetadataReference ReferenceTo(Compilation dependency, string language)
    {
        if (dependency.Language == language)
        {
            return dependency.ToMetadataReference();
        }

        using var image = new MemoryStream();
        var emitted = dependency.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static void Collect(CodeAnalysisMetricData data, Dictionary<string, TypeMetrics> result)
    {
        if (data.Symbol is INamedTypeSymbol type)
        {
            result.Add(IdOf(type), new TypeMetrics(
                data.CyclomaticComplexity,
                data.CoupledNamedTypes.Count,
                data.DepthOfInheritance ?? 0,
                data.MaintainabilityIndex,
                (int)data.SourceLines,
                (int)data.ExecutableLines,
                data.Children.Count(c => c.Symbol.Kind == SymbolKind.Method),
                data.Children.Count(c => c.Symbol.Kind == SymbolKind.Field)));
        }

        foreach (var child in data.Children)
        {
            Collect(child, result);
        }
    }

    private static string IdOf(INamedTypeSymbol type)
    {
        var names = new Stack<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            names.Push(current.MetadataName);
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        return (ns is null ? string.Empty : ns + ".") + string.Join('.', names);
    }
}
