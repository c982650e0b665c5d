using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>DI registration by convention (fixtures/legacy-maps, Maps.Wiring): Autofac assembly scanning and Scrutor, resolved statically.</summary>
[Collection(LegacyMapsGroup.Name)]
public sealed class ConventionWiringTests(LegacyMapsScan scan)
{
    private const string Wiring = "Maps.Wiring.";

    [Fact]
    public void Autofac_assembly_scanning_links_the_module_to_each_matched_type_and_each_service_to_its_implementation()
    {
        Assert.Equal(
            ["Billing.InvoiceRepository", "Messaging.OrderSinkHandler", "Ordering.OrderRepository", "Ordering.OrderService"],
            Registered("Registration.DataModule"));
        Assert.Equal(["Messaging.OrderSinkHandler"], Registered("Messaging.IHandles`1"));
        Assert.Equal(["Billing.InvoiceRepository"], Registered("Billing.IInvoiceRepository"));
        Assert.Equal(["Ordering.OrderRepository"], Registered("Ordering.IOrderRepository"));

        // Counted once per matched type and registration, and the unresolvable Where(t => IsService(t)) draws nothing.
        Assert.Equal(1, Edge("Registration.DataModule", "Billing.InvoiceRepository").Weight);
        Assert.DoesNotContain(scan.Graph.Wiring, d => d.To == Wiring + "Billing.InvoiceService" && d.Kinds.ContainsKey(DependencyKind.DependencyRegistration));
    }

    [Fact]
    public void Scrutor_scanning_links_the_registration_to_each_class_assignable_to_the_filter_type()
    {
        Assert.Equal(["Messaging.InvoiceSink", "Messaging.OrderSink"], Registered("Registration.MessagingRegistration"));
        Assert.Equal(["Messaging.InvoiceSink", "Messaging.OrderSink"], Registered("Messaging.IEventSink"));
        Assert.DoesNotContain(scan.Graph.Wiring, d => d.To == Wiring + "Messaging.SinkBase" && d.Kinds.ContainsKey(DependencyKind.DependencyRegistration));
    }

    private List<string> Registered(string from) => scan.Graph.Wiring
        .Where(d => d.From == Wiring + from && d.Kinds.ContainsKey(DependencyKind.DependencyRegistration))
        .Select(d => d.To[Wiring.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    private Dependency Edge(string from, string to) => Assert.Single(scan.Graph.Wiring, d => d.From == Wiring + from && d.To == Wiring + to);
}
