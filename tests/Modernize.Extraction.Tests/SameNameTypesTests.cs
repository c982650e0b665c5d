using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>
/// Types of the same full name in several projects: every service's top-level <c>Program</c>, a global <c>Extensions</c>
/// class. Each is a type of its own, so one service's start-up code is never read as another's dependency; a linked
/// source file compiled into several projects stays one type.
/// </summary>
public sealed class SameNameTypesTests
{
    [Fact]
    public async Task Same_named_types_from_different_files_stay_apart_and_references_reach_the_copy_their_project_sees()
    {
        const string linked = "namespace Shared { public static class Clock { public static System.DateTime Now => System.DateTime.UtcNow; } }";
        var solution = new TestSolution();
        solution.AddProject("Orders.Api",
        [
            ("Orders.Api/Program.cs", "public static class Program { public static void Main() { new Orders.OrderService().Place(); var t = Shared.Clock.Now; } }"),
            ("Orders.Api/OrderService.cs", "namespace Orders { public class OrderService { public void Place() { } } }"),
            ("Shared/Clock.cs", linked),
        ]);
        var billing = solution.AddProject("Billing.Api",
        [
            ("Billing.Api/Program.cs", "public static class Program { public static void Main() { new Billing.InvoiceService().Send(); var t = Shared.Clock.Now; } }"),
            ("Billing.Api/InvoiceService.cs", "namespace Billing { public class InvoiceService { public void Send() { } } }"),
            ("Shared/Clock.cs", linked),
        ]);
        solution.AddProject("Billing.Tests",
            [("Billing.Tests/StartupTests.cs", "namespace Billing.Tests { public class StartupTests { public void Boots() => Program.Main(); } }")],
            projectReferences: [billing]);
        using var workspace = solution.Load();

        var graph = await TestSolution.ExtractAsync(workspace);

        var programs = graph.Types.Where(t => t.Name == "Program").ToDictionary(t => t.Project, t => t.Id, StringComparer.Ordinal);
        Assert.Equal(2, programs.Count);
        Assert.Equal(2, programs.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(programs.Values, id => id == "Program");
        Assert.Contains(programs.Values, id => id.StartsWith("Program@", StringComparison.Ordinal));
        var ordersProgram = programs["Orders.Api/Orders.Api.csproj"];
        var billingProgram = programs["Billing.Api/Billing.Api.csproj"];
        Assert.Equal(["Orders.OrderService", "Shared.Clock"], Targets(graph, ordersProgram));
        Assert.Equal(["Billing.InvoiceService", "Shared.Clock"], Targets(graph, billingProgram));
        Assert.Equal([billingProgram], Targets(graph, "Billing.Tests.StartupTests"));
        // The linked file is one source: one type, kept in the first project.
        Assert.Single(graph.Types, t => t.Id == "Shared.Clock");
        Assert.DoesNotContain(graph.Types, t => t.Id.StartsWith("Shared.Clock@", StringComparison.Ordinal));
    }

    private static List<string> Targets(CodeGraph graph, string from) =>
        graph.Dependencies.Where(d => d.From == from).Select(d => d.To).Order(StringComparer.Ordinal).ToList();
}
