using Modernize.Extraction.Tests.Support;

namespace Modernize.Extraction.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Extracts_types_and_a_dependency()
    {
        var solution = new TestSolution();
        solution.AddProject("Shop", [("Shop/Order.cs", "namespace Shop; public class Order { public Customer Buyer { get; set; } = new Customer(); }\npublic class Customer {}")]);
        using var workspace = solution.Load();
        var graph = await TestSolution.ExtractAsync(workspace);
        Assert.Equal(["Shop.Customer", "Shop.Order"], graph.Types.Select(t => t.Id));
        var dependency = Assert.Single(graph.Dependencies);
        Assert.Equal(("Shop.Order", "Shop.Customer"), (dependency.From, dependency.To));
    }
}
