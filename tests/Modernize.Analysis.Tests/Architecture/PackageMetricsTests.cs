using Modernize.Analysis.Graphs;
using Modernize.Analysis.Metrics;
using Modernize.Model.Analysis;

namespace Modernize.Analysis.Tests.Architecture;

public class PackageMetricsTests
{
    // The worked example of docs/metrics.md.
    private static IReadOnlyList<PackageMetrics> Example() =>
        PackageMetricsCalculator.Compute(
            ScopedGraph.Create(new GraphBuilder()
                .Type("Shop.Orders.IOrderRepository", isAbstract: true)
                .Types("Shop.Orders.Order", "Shop.Orders.OrderService", "Shop.Web.OrderController", "Shop.Web.HomeController", "Shop.Common.Clock")
                .Type("Shop.Orders.Generated", generated: true)
                .Depends("Shop.Web.OrderController", "Shop.Orders.OrderService", 4)
                .Depends("Shop.Web.HomeController", "Shop.Orders.Order")
                .Depends("Shop.Web.OrderController", "Shop.Orders.Order", 2)
                .Depends("Shop.Orders.OrderService", "Shop.Orders.IOrderRepository")
                .Depends("Shop.Orders.OrderService", "Shop.Orders.Order")
                .Depends("Shop.Orders.OrderService", "Shop.Common.Clock")
                .Depends("Shop.Orders.Generated", "Shop.Common.Clock")
                .Build()),
            PackageLevel.Namespace);

    [Fact]
    public void Computes_Martin_metrics_per_namespace_counting_distinct_outside_types()
    {
        var orders = Example().Single(m => m.Name == "Shop.Orders");

        Assert.Equal(3, orders.Types); // the generated type is left out
        Assert.Equal(1, orders.AbstractTypes);
        Assert.Equal(2, orders.Ca); // OrderController and HomeController, however many references
        Assert.Equal(1, orders.Ce); // Clock
        Assert.Equal(1.0 / 3, orders.Instability, 6);
        Assert.Equal(1.0 / 3, orders.Abstractness, 6);
        Assert.Equal(1.0 / 3, orders.Distance, 6);
        Assert.Equal((2 + 1) / 3.0, orders.RelationalCohesion, 6);
    }

    [Fact]
    public void Leaf_and_root_namespaces_have_instability_zero_and_one()
    {
        var metrics = Example();
        var web = metrics.Single(m => m.Name == "Shop.Web");
        var common = metrics.Single(m => m.Name == "Shop.Common");

        Assert.Equal((0, 2, 1.0, 0.0), (web.Ca, web.Ce, web.Instability, web.Distance));
        Assert.Equal((1, 0, 0.0, 1.0), (common.Ca, common.Ce, common.Instability, common.Distance));
    }

    [Fact]
    public void Isolated_package_has_instability_zero()
    {
        var metrics = PackageMetricsCalculator.Compute(ScopedGraph.Create(new GraphBuilder().Types("A.X", "A.Y").Build()), PackageLevel.Namespace);

        var a = Assert.Single(metrics);
        Assert.Equal((0, 0, 0.0, 0.5), (a.Ca, a.Ce, a.Instability, a.RelationalCohesion));
    }

    [Fact]
    public void Computes_metrics_per_project()
    {
        var graph = new GraphBuilder()
            .Project("Web/Web.csproj").Types("Shop.Web.A")
            .Project("Core/Core.csproj").Types("Shop.Core.B", "Shop.Core.C")
            .Depends("Shop.Web.A", "Shop.Core.B")
            .Depends("Shop.Web.A", "Shop.Core.C")
            .Build();

        var metrics = PackageMetricsCalculator.Compute(ScopedGraph.Create(graph), PackageLevel.Project);

        Assert.Equal(["Core/Core.csproj", "Web/Web.csproj"], metrics.Select(m => m.Name));
        Assert.Equal((1, 0), (metrics[0].Ca, metrics[0].Ce));
        Assert.Equal((0, 2), (metrics[1].Ca, metrics[1].Ce));
    }
}
