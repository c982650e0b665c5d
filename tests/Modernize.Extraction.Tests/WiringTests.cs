using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>Run-time wiring drawn as static edges of their own kinds, kept apart from the references written in source.</summary>
public sealed class WiringTests
{
    private const string Frameworks = """
        using System;
        namespace MediatR
        {
            public interface IRequest<out T> { }
            public interface INotification { }
            public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse> { }
            public interface INotificationHandler<in TNotification> where TNotification : INotification { }
            public interface IMediator { object Send(object request); }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class ServiceCollectionServiceExtensions
            {
                public static IServiceCollection AddScoped<TService, TImplementation>(this IServiceCollection services) where TImplementation : TService => services;
                public static IServiceCollection AddTransient(this IServiceCollection services, Type service, Type implementation) => services;
            }
        }

        namespace Autofac
        {
            public class ContainerBuilder { }
            public interface IRegistrationBuilder<T> { IRegistrationBuilder<T> As<TService>(); IRegistrationBuilder<T> InstancePerLifetimeScope(); }
            public static class RegistrationExtensions
            {
                public static IRegistrationBuilder<T> RegisterType<T>(this ContainerBuilder builder) => null;
            }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
            public interface IEntityTypeConfiguration<T> where T : class { }
        }

        namespace EventBus
        {
            public interface IIntegrationEventHandler<in T> { void Handle(T integrationEvent); }
            public interface IEventsBus { void Publish(object integrationEvent); }
        }
        """;

    [Fact]
    public async Task A_mediator_request_reaches_its_handler_and_the_sender_reaches_it_too()
    {
        var graph = await ExtractAsync("""
            using MediatR;
            namespace Shop.Ordering
            {
                public class PlaceOrder : IRequest<int> { }
                public class PlaceOrderHandler : IRequestHandler<PlaceOrder, int> { }
                public class OrderPlaced : INotification { }
                public class SendReceipt : INotificationHandler<OrderPlaced> { }
                public class OrdersController
                {
                    private readonly IMediator mediator;
                    public object Post() => mediator.Send(new PlaceOrder());
                }
            }
            """);

        Assert.Equal(DependencyKind.MediatorHandler, Kind(graph, "Shop.Ordering.PlaceOrder", "Shop.Ordering.PlaceOrderHandler"));
        Assert.Equal(DependencyKind.MediatorHandler, Kind(graph, "Shop.Ordering.OrderPlaced", "Shop.Ordering.SendReceipt"));
        Assert.Equal(DependencyKind.MediatorHandler, Kind(graph, "Shop.Ordering.OrdersController", "Shop.Ordering.PlaceOrderHandler"));

        // Wiring never enters the source dependencies: message -> handler there would close a false cycle with handler -> message.
        Assert.DoesNotContain(graph.Dependencies, d => d.From == "Shop.Ordering.PlaceOrder" && d.To == "Shop.Ordering.PlaceOrderHandler");
        Assert.Contains(graph.Dependencies, d => d.From == "Shop.Ordering.PlaceOrderHandler" && d.To == "Shop.Ordering.PlaceOrder");
    }

    [Fact]
    public async Task Di_registrations_tie_each_service_to_its_implementation()
    {
        var graph = await ExtractAsync("""
            using Autofac;
            using Microsoft.Extensions.DependencyInjection;
            namespace Shop
            {
                public interface IOrderRepository { }
                public class OrderRepository : IOrderRepository { }
                public interface IClock { }
                public class SystemClock : IClock { }
                public interface IMailer { }
                public class SmtpMailer : IMailer { }
                public static class Registrations
                {
                    public static void Register(IServiceCollection services, ContainerBuilder builder)
                    {
                        services.AddScoped<IOrderRepository, OrderRepository>();
                        services.AddTransient(typeof(IClock), typeof(SystemClock));
                        builder.RegisterType<SmtpMailer>().As<IMailer>().InstancePerLifetimeScope();
                    }
                }
            }
            """);

        Assert.Equal(DependencyKind.DependencyRegistration, Kind(graph, "Shop.IOrderRepository", "Shop.OrderRepository"));
        Assert.Equal(DependencyKind.DependencyRegistration, Kind(graph, "Shop.IClock", "Shop.SystemClock"));
        Assert.Equal(DependencyKind.DependencyRegistration, Kind(graph, "Shop.IMailer", "Shop.SmtpMailer"));
    }

    [Fact]
    public async Task A_type_using_an_interface_reaches_its_implementations_unless_there_are_too_many()
    {
        var many = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"public class Rule{i} : IRule {{ }}"));
        var graph = await ExtractAsync($$"""
            namespace Shop
            {
                public interface IPricing { decimal Price(); }
                public class StandardPricing : IPricing { public decimal Price() => 1; }
                public class SalePricing : IPricing { public decimal Price() => 2; }
                public class Checkout { private readonly IPricing pricing; public decimal Total() => pricing.Price(); }
                public interface IRule { }
                {{many}}
                public class RuleEngine { private readonly IRule[] rules; }
            }
            """);

        Assert.Equal(DependencyKind.ImplementationBehindInterface, Kind(graph, "Shop.Checkout", "Shop.StandardPricing"));
        Assert.Equal(DependencyKind.ImplementationBehindInterface, Kind(graph, "Shop.Checkout", "Shop.SalePricing"));
        Assert.DoesNotContain(graph.Wiring, d => d.From == "Shop.RuleEngine");
        Assert.DoesNotContain(graph.Wiring, d => d.From == "Shop.StandardPricing");
    }

    [Fact]
    public async Task An_integration_event_reaches_its_subscribers_from_its_publisher()
    {
        var graph = await ExtractAsync("""
            using EventBus;
            namespace Shop
            {
                public class OrderPaidIntegrationEvent { }
                public class PaymentService { private readonly IEventsBus bus; public void Pay() => bus.Publish(new OrderPaidIntegrationEvent()); }
                public class ShipWhenPaid : IIntegrationEventHandler<OrderPaidIntegrationEvent> { public void Handle(OrderPaidIntegrationEvent e) { } }
            }
            """);

        Assert.Equal(DependencyKind.IntegrationEvent, Kind(graph, "Shop.OrderPaidIntegrationEvent", "Shop.ShipWhenPaid"));
        Assert.Equal(DependencyKind.IntegrationEvent, Kind(graph, "Shop.PaymentService", "Shop.ShipWhenPaid"));
    }

    [Fact]
    public async Task A_db_context_reaches_the_entities_of_its_sets_and_configurations_reach_their_entity()
    {
        var graph = await ExtractAsync("""
            using Microsoft.EntityFrameworkCore;
            namespace Shop
            {
                public class Order { }
                public class Customer { }
                public class ShopContext : DbContext { public DbSet<Order> Orders { get; set; } public DbSet<Customer> Customers { get; set; } }
                public class OrderConfiguration : IEntityTypeConfiguration<Order> { }
            }
            """);

        Assert.Equal(DependencyKind.DbContextEntity, Kind(graph, "Shop.ShopContext", "Shop.Order"));
        Assert.Equal(DependencyKind.DbContextEntity, Kind(graph, "Shop.ShopContext", "Shop.Customer"));
        Assert.Equal(DependencyKind.DbContextEntity, Kind(graph, "Shop.OrderConfiguration", "Shop.Order"));
    }

    [Fact]
    public async Task An_unrestored_ef6_context_reaches_the_entities_of_its_sets()
    {
        var graph = await ExtractAsync("""
            namespace Shop.Legacy
            {
                public class Goal { }
                public class GoalsContext : System.Data.Entity.DbContext { public System.Data.Entity.IDbSet<Goal> Goals { get; set; } }
            }
            """);

        Assert.Equal(DependencyKind.DbContextEntity, Kind(graph, "Shop.Legacy.GoalsContext", "Shop.Legacy.Goal"));
    }

    private static DependencyKind Kind(CodeGraph graph, string from, string to) =>
        Assert.Single(Assert.Single(graph.Wiring, d => d.From == from && d.To == to).Kinds).Key;

    private static async Task<CodeGraph> ExtractAsync(string source)
    {
        var solution = new TestSolution();
        solution.AddProject("Shop", [("Shop.cs", source)], references: [StubAssembly.Compile("Frameworks", Frameworks)]);
        using var workspace = solution.Load();
        return await TestSolution.ExtractAsync(workspace);
    }
}
