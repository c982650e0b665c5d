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
    /// <remarks>Under a kernel-named namespace (Shop.Common.Caching) the same code is part of the kernel, not units of its own.</remarks>
    [Theory]
    [InlineData("Core")]
    [InlineData("Common")]
    public void Platform_namespaces_used_across_cells_are_tissue_units_judged_to_a_fixpoint_and_a_modules_own_infrastructure_stays(string library)
    {
        var graph = new TinyGraph()
            .Type($"Shop.{library}.Caching.CacheManager")
            .Type($"Shop.{library}.Caching.CacheKey")
            .Type($"Shop.{library}.Logging.Logger")
            .Type($"Shop.{library}.Logging.LogEntry")
            .Type("Shop.Orders.Infrastructure.OrdersDb")
            .Type("Shop.Orders.Infrastructure.OrdersSchema");
        string[] modules = ["Orders", "Billing", "Customers"];
        foreach (var module in modules)
        {
            graph.Type($"Shop.{module}.Endpoint").Type($"Shop.{module}.Repository")
                .Depends($"Shop.{module}.Endpoint", $"Shop.{module}.Repository", 3)
                .Depends($"Shop.{module}.Endpoint", $"Shop.{library}.Caching.CacheManager", 1)
                .Depends($"Shop.{module}.Endpoint", $"Shop.{library}.Logging.Logger", 1)
                .Depends($"Shop.{module}.Repository", $"Shop.{library}.Logging.Logger", 1);
        }

        graph.Depends($"Shop.{library}.Caching.CacheManager", $"Shop.{library}.Caching.CacheKey", 2)
            .Depends($"Shop.{library}.Caching.CacheManager", $"Shop.{library}.Logging.Logger", 2)
            .Depends($"Shop.{library}.Logging.Logger", $"Shop.{library}.Logging.LogEntry", 2)
            .Depends("Shop.Orders.Endpoint", "Shop.Orders.Infrastructure.OrdersDb", 1)
            .Depends("Shop.Orders.Repository", "Shop.Orders.Infrastructure.OrdersDb", 2)
            .Depends("Shop.Orders.Infrastructure.OrdersDb", "Shop.Orders.Infrastructure.OrdersSchema", 1);
        var built = graph.Build();
        var context = CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default);
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Namespace.EndsWith(".Caching", StringComparison.Ordinal) ? 0
                : t.Namespace.EndsWith(".Logging", StringComparison.Ordinal) ? 1
                : Array.IndexOf(modules, t.Namespace.Split('.')[1]),
            StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        // The kernel-unit rules see one namespace unit Shop.Core whose types sit inside domain cells: not tissue.
        Assert.DoesNotContain(TissueUnitDetector.Detect(context, candidateCell, none), u => u.Unit.StartsWith("Shop.Core", StringComparison.Ordinal) && library == "Core");

        var units = PlatformUnitDetector.Detect(context, candidateCell, none, none);
        if (library == "Common")
        {
            Assert.Empty(units);
            return;
        }

        Assert.Equal([$"Shop.{library}.Caching", $"Shop.{library}.Logging"], units.Select(u => u.Unit).Order(StringComparer.Ordinal));
        // Caching's weight into Logging is not domain fan-out once Logging stands as platform: 0 of 4, not 2 of 4.
        Assert.Equal(0, units.Single(u => u.Unit == $"Shop.{library}.Caching").DomainFanOutShare, 3);
        Assert.Equal("Caching", units.Single(u => u.Unit == $"Shop.{library}.Caching").NameHint);
        Assert.DoesNotContain(units, u => u.Unit.Contains("Orders", StringComparison.Ordinal));
    }

    /// <summary>
    /// SmartStoreNET's knife-edge (decision 94): a platform namespace (Shop.Core.Caching) that also reaches a type every
    /// module uses (Shop.Money, like its Currency) which is no tissue itself, since it reaches the Orders module. Weight
    /// into a type used as tissue is used is not domain fan-out, whatever that type reaches; without that, Caching sends a
    /// third of its weight into "domain" code and falls.
    /// </summary>
    [Fact]
    public void Weight_into_a_broadly_used_type_is_not_domain_fan_out_for_a_platform_namespace()
    {
        var graph = new TinyGraph()
            .Type("Shop.Core.Caching.CacheManager")
            .Type("Shop.Core.Caching.CacheKey")
            .Type("Shop.Money");
        string[] modules = ["Orders", "Billing", "Customers"];
        foreach (var module in modules)
        {
            graph.Type($"Shop.{module}.Endpoint").Type($"Shop.{module}.Repository")
                .Depends($"Shop.{module}.Endpoint", $"Shop.{module}.Repository", 3)
                .Depends($"Shop.{module}.Endpoint", "Shop.Core.Caching.CacheManager", 1)
                .Depends($"Shop.{module}.Repository", "Shop.Core.Caching.CacheKey", 1)
                .Depends($"Shop.{module}.Endpoint", "Shop.Money", 2);
        }

        graph.Depends("Shop.Core.Caching.CacheManager", "Shop.Core.Caching.CacheKey", 2)
            .Depends("Shop.Core.Caching.CacheManager", "Shop.Money", 1)
            .Depends("Shop.Money", "Shop.Orders.Repository", 2);
        var built = graph.Build();
        var context = CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default);
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Namespace.EndsWith(".Caching", StringComparison.Ordinal) ? 3 : t.Id == "Shop.Money" ? 0 : Array.IndexOf(modules, t.Namespace.Split('.')[1]),
            StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        Assert.DoesNotContain(TissueDetector.Detect(context, candidateCell, none), v => v.Type == "Shop.Money");
        Assert.Contains("Shop.Money", TissueDetector.NotDomain(context, candidateCell, none));
        var unit = Assert.Single(PlatformUnitDetector.Detect(context, candidateCell, none, none));
        Assert.Equal("Shop.Core.Caching", unit.Unit);
        Assert.Equal(0, unit.DomainFanOutShare, 3);
    }

    /// <summary>
    /// A messaging library shared by three services (dotnet/eShop's EventBus project): its abstractions sit with whichever
    /// service uses them most, as the preliminary run draws them, yet the namespace named after the technical concern is one unit.
    /// </summary>
    [Fact]
    public void An_event_bus_namespace_used_by_several_services_is_a_platform_unit()
    {
        var graph = new TinyGraph()
            .Type("Shop.EventBus.Abstractions.IEventBus")
            .Type("Shop.EventBus.Abstractions.IIntegrationEventHandler")
            .Type("Shop.EventBus.Events.IntegrationEvent")
            .Depends("Shop.EventBus.Abstractions.IIntegrationEventHandler", "Shop.EventBus.Events.IntegrationEvent", 1)
            .Depends("Shop.EventBus.Abstractions.IEventBus", "Shop.EventBus.Events.IntegrationEvent", 1);
        string[] services = ["Basket", "Catalog", "Ordering"];
        foreach (var service in services)
        {
            graph.Type($"Shop.{service}.Api").Type($"Shop.{service}.ChangedEvent").Type($"Shop.{service}.ChangedHandler")
                .Depends($"Shop.{service}.Api", $"Shop.{service}.ChangedEvent", 3)
                .Depends($"Shop.{service}.Api", "Shop.EventBus.Abstractions.IEventBus", 2)
                .Depends($"Shop.{service}.ChangedEvent", "Shop.EventBus.Events.IntegrationEvent", 1)
                .Depends($"Shop.{service}.ChangedHandler", "Shop.EventBus.Abstractions.IIntegrationEventHandler", 1);
        }

        var built = graph.Build();
        var context = CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default);
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Id switch
            {
                "Shop.EventBus.Abstractions.IEventBus" => 0,
                "Shop.EventBus.Abstractions.IIntegrationEventHandler" => 1,
                "Shop.EventBus.Events.IntegrationEvent" => 2,
                _ => Array.IndexOf(services, t.Namespace.Split('.')[1]),
            },
            StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        var unit = Assert.Single(PlatformUnitDetector.Detect(context, candidateCell, none, none));

        Assert.Equal("Shop.EventBus", unit.Unit);
        Assert.Equal("EventBus", unit.NameHint);
        Assert.Equal(3, unit.Members.Count);
    }
}
