using Microsoft.CodeAnalysis;
using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;
using TypeKind = Modernize.Model.Graph.TypeKind;

namespace Modernize.Extraction.Tests;

public sealed class VisualBasicTests
{
    private const string Reporting = """
        Imports Core
        Namespace Reporting
            Public Interface IReport
                Function Render() As String
            End Interface
            Public MustInherit Class ReportBase
            End Class
            Public Class SalesReport
                Inherits ReportBase
                Implements IReport
                Private ReadOnly _ledger As Ledger
                Public Property Title As String
                Public Function Render() As String Implements IReport.Render
                    Dim entry As New Entry()
                    _ledger.Post(entry)
                    Return Formatting.Money(_ledger.Total)
                End Function
                Public Class Row(Of T)
                End Class
            End Class
            Public Module Formatting
                Public Function Money(value As Decimal) As String
                    Return value.ToString("C")
                End Function
            End Module
        End Namespace
        """;

    [Fact]
    public async Task Visual_basic_types_and_dependencies_come_from_the_same_walk_as_csharp()
    {
        var solution = new TestSolution();
        var core = solution.AddProject("Core", [("Core/Ledger.cs", "namespace Core { public class Entry { } public class Ledger { public decimal Total; public void Post(Entry e) { } } }")]);
        solution.AddProject("Reporting", [("Reporting/SalesReport.vb", Reporting)], language: LanguageNames.VisualBasic, projectReferences: [core]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var vbTypes = graph.Types.Where(t => t.Project == "Reporting/Reporting.vbproj").Select(t => (t.Id, t.Kind, t.Line, t.IsAbstract));
        Assert.Equal(
            [
                ("Reporting.Formatting", TypeKind.Module, 21, false),
                ("Reporting.IReport", TypeKind.Interface, 3, true),
                ("Reporting.ReportBase", TypeKind.Class, 6, true),
                ("Reporting.SalesReport", TypeKind.Class, 8, false),
                ("Reporting.SalesReport.Row`1", TypeKind.Class, 18, false),
            ],
            vbTypes);
        Assert.Equal(
            [
                ("Reporting.SalesReport", "Core.Entry", "ObjectCreation:1 LocalVariable:1"),
                ("Reporting.SalesReport", "Core.Ledger", "FieldType:1 MethodCall:1 MemberAccess:1"),
                ("Reporting.SalesReport", "Reporting.Formatting", "StaticUse:1"),
                ("Reporting.SalesReport", "Reporting.IReport", "InterfaceImplementation:1"),
                ("Reporting.SalesReport", "Reporting.ReportBase", "Inheritance:1"),
            ],
            graph.Dependencies.Where(d => d.From.StartsWith("Reporting.", StringComparison.Ordinal)).Select(d => (d.From, d.To, Describe(d.Kinds))));
        var ledger = graph.Dependencies.Single(d => d.To == "Core.Ledger");
        Assert.Equal([new SourceLocation("Reporting/SalesReport.vb", 11), new SourceLocation("Reporting/SalesReport.vb", 15), new SourceLocation("Reporting/SalesReport.vb", 16)], ledger.Samples);
        Assert.Equal("Visual Basic", graph.Projects.Single(p => p.Name == "Reporting").Language);
        Assert.Equal(0, graph.Projects.Single(p => p.Name == "Reporting").Fidelity.Errors);
    }

    private static string Describe(IReadOnlyDictionary<DependencyKind, int> kinds) =>
        string.Join(' ', kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}"));
}
