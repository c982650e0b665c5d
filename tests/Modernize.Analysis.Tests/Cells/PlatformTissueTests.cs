using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>Platform namespaces of a layered solution as tissue units (decision 64).</summary>
public sealed class PlatformTissueTests
{
    /// <summary>
    /// Three modules use Shop.Core.Caching and Shop.Core.Logging; caching logs (half of its outbound weight goes to Logging),
    /// and each platform type sits in the candidate cell of a module, as a preliminary run draws it. Orders has an
    /// Infrastructure namespace of its own, used by Orders only.
    /// </summary>
    [Fact]
    public void Platform_namespaces_used_across_cells_are_tissue_units_judged_to_a_fixpoint_and_a_modules_own_infrastructure_stays()
    {
        var graph = new TinyGraph()
            .Type("Shop.Core.Caching.CacheManager")
            .Type("Shop.Core.Caching.CacheKey")
            .Type("Shop.Core.Logging.Logger")
            .Type("Shop.Core.Logging.LogEntry")
            .Type("Shop.Orders.Infrastructure.OrdersDb")
            .Type("Shop.Orders.Infrastructure.OrdersSchema");
        string[] modules = ["Orders", "Billing", "Customers"];
        foreach (var module in modules)
        {
            graph.Type($"Shop.{module}.Endpoint").Type($"Shop.{module}.Repository")
                .Depends($"Shop.{module}.Endpoint", $"Shop.{module}.Repository", 3)
                .Depends($"Shop.{module}.Endpoint", "Shop.Core.Caching.CacheManager", 1)
                .Depends($"Shop.{module}.Endpoint", "Shop.Core.Logging.Logger", 1)
                .Depends($"Shop.{module}.Repository", "Shop.Core.Logging.Logger", 1);
        }

        graph.Depends("Shop.Core.Caching.CacheManager", "Shop.Core.Caching.CacheKey", 2)
            .Depends("Shop.Core.Caching.CacheManager", "Shop.Core.Logging.Logger", 2)
            .Depends("Shop.Core.Logging.Logger", "Shop.Core.Logging.LogEntry", 2)
            .Depends("Shop.Orders.Endpoint", "Shop.Orders.Infrastructure.OrdersDb", 1)
            .Depends("Shop.Orders.Repository", "Shop.Orders.Infrastructure.OrdersDb", 2)
            .Depends("Shop.Orders.Infrastructure.OrdersDb", "Shop.Orders.Infrastructure.OrdersSchema", 1);
        var built = graph.Build();
        var context = CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default);
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Id switch
            {
                "Shop.Core.Caching.CacheManager" or "Shop.Core.Caching.CacheKey" => 0,
                "Shop.Core.Logging.Logger" or "Shop.Core.Logging.LogEntry" => 1,
                _ => Array.IndexOf(modules, t.Namespace.Split('.')[1]),
            },
            StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        // The kernel-unit rules see one namespace unit Shop.Core whose types sit inside domain cells: not tissue.
        Assert.DoesNotContain(TissueUnitDetector.Detect(context, candidateCell, none), u => u.Unit.StartsWith("Shop.Core", StringComparison.Ordinal));

        var units = PlatformUnitDetector.Detect(context, candidateCell, none, none);

        Assert.Equal(["Shop.Core.Caching", "Shop.Core.Logging"], units.Select(u => u.Unit).Order(StringComparer.Ordinal));
        // Caching's weight into Logging is not domain fan-out once Logging stands as platform: 0 of 4, not 2 of 4.
        Assert.Equal(0, units.Single(u => u.Unit == "Shop.Core.Caching").DomainFanOutShare, 3);
        Assert.Equal("Caching", units.Single(u => u.Unit == "Shop.Core.Caching").NameHint);
        Assert.DoesNotContain(units, u => u.Unit.Contains("Orders", StringComparison.Ordinal));
    }
}
