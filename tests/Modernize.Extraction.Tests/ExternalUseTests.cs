using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

public sealed class ExternalUseTests
{
    private const string SystemWeb = """
        namespace System.Web
        {
            public class HttpContext
            {
                public static HttpContext Current => null;
                public object Items => null;
                public void RewritePath(string path) { }
            }
        }
        """;

    [Fact]
    public async Task Legacy_apis_are_recorded_per_using_type_with_members_assembly_counts_and_samples()
    {
        var solution = new TestSolution();
        solution.AddProject(
            "Web",
            [("Web/Legacy.cs", """
                using System.Web;
                namespace Web
                {
                    public class Legacy
                    {
                        public object Run()
                        {
                            var context = HttpContext.Current;
                            context.RewritePath("/home");
                            return context.Items;
                        }

                        public object Setting() => Microsoft.Win32.Registry.GetValue("HKEY_CURRENT_USER", "x", null);
                    }

                    public class Other { public object Run() => HttpContext.Current; }
                }
                """)],
            references: [StubAssembly.Compile("System.Web", SystemWeb)]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var web = Assert.Single(graph.ExternalUses, e => e.From == "Web.Legacy" && e.Api == "System.Web.HttpContext");
        Assert.Equal("System.Web", web.Assembly);
        Assert.Equal(["Current", "Items", "RewritePath"], web.Members);
        Assert.Equal(4, web.Count); // static Current, local variable, RewritePath call, Items access
        Assert.Equal([new SourceLocation("Web/Legacy.cs", 8), new SourceLocation("Web/Legacy.cs", 9), new SourceLocation("Web/Legacy.cs", 10)], web.Samples);

        var registry = Assert.Single(graph.ExternalUses, e => e.From == "Web.Legacy" && e.Api == "Microsoft.Win32.Registry");
        Assert.Equal(["GetValue"], registry.Members);
        Assert.Equal((1, "Microsoft.Win32.Registry"), (registry.Count, registry.Assembly));

        var other = Assert.Single(graph.ExternalUses, e => e.From == "Web.Other" && e.Api == "System.Web.HttpContext");
        Assert.Equal(["Current"], other.Members);
        Assert.Equal(1, other.Count);
        Assert.Empty(graph.Dependencies);
    }

    [Fact]
    public async Task Types_of_another_solution_project_are_dependencies_not_external_uses()
    {
        var solution = new TestSolution();
        var core = solution.AddProject("Core", [("Core/Money.cs", "namespace Core { public struct Money { public decimal Amount; } }")]);
        solution.AddProject("App", [("App/Invoice.cs", "namespace App { public class Invoice { public Core.Money Total; } }")], projectReferences: [core]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var dependency = Assert.Single(graph.Dependencies);
        Assert.Equal(("App.Invoice", "Core.Money", "App/App.csproj"), (dependency.From, dependency.To, graph.Types.Single(t => t.Id == "App.Invoice").Project));
        Assert.DoesNotContain(graph.ExternalUses, e => e.Api == "Core.Money");
    }
}
