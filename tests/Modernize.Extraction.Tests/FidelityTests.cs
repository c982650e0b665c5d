using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

public sealed class FidelityTests
{
    private const string Source = """
        using System.Web;
        namespace Web
        {
            public class Page
            {
                private HttpContext context;
                public HttpRequest Request() => HttpContext.Current.Request;
                public System.Collections.Generic.List<Page> Children { get; } = new();
                public Missing.Thing Other;
            }
        }
        """;

    [Fact]
    public async Task Unresolved_type_names_are_counted_and_traced_to_the_missing_namespace()
    {
        var solution = new TestSolution();
        solution.AddProject(
            "Web",
            [("Web/Page.cs", Source)],
            packages: [new PackageReferenceInfo("Legacy.Package", "1.0.0", "packages.config", Resolved: false)]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var fidelity = graph.Projects.Single().Fidelity;
        Assert.Equal(4, fidelity.UnresolvedTypeRefs); // HttpContext twice, HttpRequest, Missing.Thing
        Assert.Equal(["System.Web", "Missing", "Legacy.Package"], fidelity.TopMissing);
        Assert.Equal(ErrorsOfIndependentCompilation(), fidelity.Errors);
        Assert.True(fidelity.ResolvedTypeRefs >= 2, $"resolved {fidelity.ResolvedTypeRefs}"); // List<Page>, Page
        Assert.True(fidelity.IsLow);
        Assert.Equal((LoadMode.MsBuild, 1), (fidelity.Mode, fidelity.Documents));
        Assert.Equal(["loaded by the test"], fidelity.Warnings);
    }

    [Fact]
    public async Task A_clean_project_has_no_errors_and_only_resolved_references()
    {
        var solution = new TestSolution();
        solution.AddProject("Clean", [("Clean/A.cs", "namespace Clean { public class A { public B Next; public System.Uri Home; } public class B { } }")]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var fidelity = graph.Projects.Single().Fidelity;
        Assert.Equal((0, 0, 2), (fidelity.Errors, fidelity.UnresolvedTypeRefs, fidelity.ResolvedTypeRefs));
        Assert.Empty(fidelity.TopMissing);
        Assert.False(fidelity.IsLow);
    }

    private static int ErrorsOfIndependentCompilation() =>
        CSharpCompilation.Create("Web", [CSharpSyntaxTree.ParseText(Source)], RuntimeReferences.Runtime, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .GetDiagnostics()
            .Count(d => d.Severity == DiagnosticSeverity.Error);
}
