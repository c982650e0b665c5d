using Microsoft.CodeAnalysis;
using Modernize.Extraction.Tests.Support;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Extraction.Tests;

/// <summary>Every metric the extractor reports equals an independent CodeAnalysisMetricData computation, type by type.</summary>
public sealed class MetricsTests
{
    private const string OrderService = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        namespace Shop.Services
        {
            public interface IClock { DateTime Now { get; } }
            public abstract class ServiceBase { protected readonly IClock Clock; protected ServiceBase(IClock clock) { Clock = clock; } }
            public sealed class OrderService : ServiceBase
            {
                private readonly Dictionary<int, decimal> totals = new();
                private int processed;
                public OrderService(IClock clock) : base(clock) { }
                public decimal Discount(decimal total, bool member, string code)
                {
                    if (total <= 0) throw new ArgumentOutOfRangeException(nameof(total));
                    var rate = member ? 0.05m : 0m;
                    switch (code)
                    {
                        case "SPRING": rate += 0.1m; break;
                        case "VIP" when member: rate += 0.2m; break;
                        default: break;
                    }

                    for (var i = 0; i < 3 && rate < 0.5m; i++) { rate += 0.01m; }
                    return total * (1 - rate);
                }

                public IEnumerable<int> Late(IEnumerable<(int Id, DateTime Due)> orders) =>
                    orders.Where(o => o.Due < Clock.Now).Select(o => o.Id).ToList();

                public void Record(int id, decimal total)
                {
                    processed++;
                    totals[id] = totals.TryGetValue(id, out var existing) ? existing + total : total;
                }

                public class Summary { public int Count; public decimal Sum; public override string ToString() => $"{Count}: {Sum}"; }
            }

            public enum Priority { Low, High }
            public delegate void OrderHandler(int id);
            public record Receipt(int Id, decimal Total);
            public struct Point { public int X, Y; }
        }
        """;

    [Fact]
    public async Task A_realistic_source_set_matches_an_independent_computation_for_every_type_and_metric()
    {
        var solution = new TestSolution();
        solution.AddProject("Shop", [("Shop/OrderService.cs", OrderService)]);
        solution.AddProject(
            "Reports",
            [("Reports/Report.vb", """
                Public Class Report
                    Private _lines As Integer
                    Public Function Grade(score As Integer) As String
                        If score > 90 Then
                            Return "A"
                        ElseIf score > 50 Then
                            Return "B"
                        End If
                        Return "C"
                    End Function
                End Class
                """)],
            language: LanguageNames.VisualBasic);
        using var workspace = solution.Load();

        var compared = await CompareAsync(workspace);

        Assert.Equal(9, compared);
    }

    [Fact]
    public async Task The_modern_shop_fixture_matches_an_independent_computation_for_every_type_and_metric()
    {
        var root = RepoPaths.Fixture("modern-shop", "src");
        if (!Directory.Exists(root))
        {
            Assert.Fail("fixtures/modern-shop is missing: merge branch fixtures");
        }

        var solution = new TestSolution(RepoPaths.Fixture("modern-shop"));
        var globalUsings = ("obj/GlobalUsings.g.cs", "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n");
        var kernel = solution.AddProject("ModernShop.SharedKernel", Sources(root, "SharedKernel", "*.cs", globalUsings), nullable: true);
        var catalog = solution.AddProject("ModernShop.Catalog", Sources(root, "Catalog", "*.cs", globalUsings), projectReferences: [kernel], nullable: true);
        var pricing = solution.AddProject("ModernShop.Pricing", Sources(root, "Pricing", "*.vb"), language: LanguageNames.VisualBasic, rootNamespace: "ModernShop.Pricing");
        var ordering = solution.AddProject("ModernShop.Ordering", Sources(root, "Ordering", "*.cs", globalUsings), projectReferences: [kernel, catalog, pricing], nullable: true);
        solution.AddProject("ModernShop.Shipping", Sources(root, "Shipping", "*.cs", globalUsings), projectReferences: [kernel, ordering], nullable: true);
        using var workspace = solution.Load();

        var compared = await CompareAsync(workspace);

        Assert.Equal(22, compared); // the fixture's README lists 22 types
    }

    private static async Task<int> CompareAsync(LoadedWorkspace workspace)
    {
        var graph = await TestSolution.ExtractAsync(workspace);
        var expected = await IndependentMetrics.ComputeAsync(workspace.Projects[0].Project.Solution);

        Assert.All(graph.Projects, p => Assert.Equal(0, p.Fidelity.Errors));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), graph.Types.Select(t => t.Id));
        foreach (var type in graph.Types)
        {
            Assert.Equal((type.Id, expected[type.Id]), (type.Id, type.Metrics));
        }

        Assert.Contains(graph.Types, t => t.Metrics.CyclomaticComplexity > 5);
        return graph.Types.Count;
    }

    private static IEnumerable<(string Path, string Text)> Sources(string root, string folder, string pattern, params (string Path, string Text)[] extra) =>
        Directory.GetFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(Path.GetDirectoryName(root)!, file).Replace('\\', '/'), File.ReadAllText(file)))
            .Concat(extra.Select(e => ($"src/{folder}/{e.Path}", e.Text)));
}
