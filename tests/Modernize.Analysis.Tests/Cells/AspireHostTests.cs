using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// An Aspire AppHost starts every service: a composition root as a whole, even when its SDK is missing on the scanning
/// machine and none of its types can be seen configuring a builder (dotnet/eShop scanned without the Aspire SDK).
/// </summary>
public sealed class AspireHostTests
{
    [Fact]
    public void Every_type_of_an_apphost_project_is_host_whether_its_sdk_or_its_hosting_packages_say_so()
    {
        var graph = new TinyGraph()
            .Project("src/Shop.AppHost/Shop.AppHost.csproj", ["Aspire.AppHost.Sdk"], "Aspire.Hosting.PostgreSQL")
            .Project("src/Old.AppHost/Old.AppHost.csproj", ["Microsoft.NET.Sdk"], "Aspire.Hosting.AppHost")
            .Project("src/Orders/Orders.csproj", ["Microsoft.NET.Sdk.Web"], "Aspire.Npgsql.EntityFrameworkCore.PostgreSQL")
            .Project("tests/Orders.Tests/Orders.Tests.csproj", ["Microsoft.NET.Sdk"], "Aspire.Hosting.Testing")
            .Type("Shop.AppHost.Extensions", project: "src/Shop.AppHost/Shop.AppHost.csproj")
            .Type("Shop.AppHost.ForwardedHeadersSubscriber", project: "src/Shop.AppHost/Shop.AppHost.csproj")
            .Type("Old.AppHost.Resources", project: "src/Old.AppHost/Old.AppHost.csproj")
            .Type("Shop.Orders.OrderService", project: "src/Orders/Orders.csproj")
            .Type("Shop.Orders.Order", project: "src/Orders/Orders.csproj")
            .Type("Shop.Orders.Tests.OrderServiceFixture", project: "tests/Orders.Tests/Orders.Tests.csproj")
            .Depends("Shop.AppHost.Extensions", "Shop.AppHost.ForwardedHeadersSubscriber", 2)
            .Depends("Shop.Orders.OrderService", "Shop.Orders.Order", 3)
            .Depends("Shop.Orders.Tests.OrderServiceFixture", "Shop.Orders.OrderService", 1)
            .Build();

        var hosts = HostDetector.Detect(CellContext.Create(graph, AnalysisResult.Empty, ModernizeConfig.Default));

        Assert.Equal(["Old.AppHost.Resources", "Shop.AppHost.Extensions", "Shop.AppHost.ForwardedHeadersSubscriber"], hosts.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Aspire AppHost", hosts["Shop.AppHost.Extensions"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_proposal_shows_the_apphost_apart_from_the_cells()
    {
        var graph = new TinyGraph()
            .Project("src/Shop.AppHost/Shop.AppHost.csproj", ["Aspire.AppHost.Sdk"])
            .Type("Shop.AppHost.Extensions", project: "src/Shop.AppHost/Shop.AppHost.csproj")
            .Type("Shop.AppHost.Resources", project: "src/Shop.AppHost/Shop.AppHost.csproj");
        foreach (var module in new[] { "Orders", "Billing" })
        {
            graph.Type($"Shop.{module}.{module}Service").Type($"Shop.{module}.{module}Repository").Type($"Shop.{module}.{module}Entity")
                .Depends($"Shop.{module}.{module}Service", $"Shop.{module}.{module}Repository", 4)
                .Depends($"Shop.{module}.{module}Repository", $"Shop.{module}.{module}Entity", 4)
                .Depends($"Shop.{module}.{module}Service", $"Shop.{module}.{module}Entity", 2);
        }

        graph.Depends("Shop.AppHost.Extensions", "Shop.AppHost.Resources", 3);
        var proposal = CellProposer.Propose(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = ModernizeConfig.Default.Proposal with { MinCellSize = 2 } });

        var host = Assert.Single(proposal.Cells, c => c.Kind == CellKind.Host);
        Assert.Equal(["Shop.AppHost.Extensions", "Shop.AppHost.Resources"], host.Members.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(proposal.Cells.Where(c => c.Kind == CellKind.Cell), c => c.Members.Any(m => m.StartsWith("Shop.AppHost.", StringComparison.Ordinal)));
    }
}
