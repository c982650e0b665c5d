using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>What share of a type's users are named after it (<see cref="NamedUse"/>), the test that keeps a domain's model out of tissue.</summary>
public sealed class NamedUseTests
{
    [Fact]
    public void Named_use_counts_each_user_once_and_never_an_implementation()
    {
        var graph = new TinyGraph()
            .Type("Shop.Core.IAuditable").Type("Shop.Core.Invoice").Type("Shop.Core.Customer")
            .Type("Shop.Hooks.AuditableHook").Type("Shop.Billing.InvoiceService")
            .Depends("Shop.Hooks.AuditableHook", "Shop.Core.IAuditable", 40)
            .Depends("Shop.Core.Invoice", "Shop.Core.IAuditable", 1, DependencyKind.InterfaceImplementation)
            .Depends("Shop.Core.Customer", "Shop.Core.IAuditable", 1, DependencyKind.InterfaceImplementation)
            .Depends("Shop.Billing.InvoiceService", "Shop.Core.IAuditable", 1)
            .Build();
        var byId = graph.Types.ToDictionary(t => t.Id, StringComparer.Ordinal);

        // Four users; only the hook is named after it, however heavily it uses it: 1 of 4.
        Assert.Equal(0.25, NamedUse.Of(graph.Dependencies, byId), 3);
        // An implementation sharing the interface's name is not named use: IAuditable's implementer AuditableEntity.
        var implementation = new TinyGraph().Type("Shop.Core.IAuditable").Type("Shop.Core.AuditableEntity")
            .Depends("Shop.Core.AuditableEntity", "Shop.Core.IAuditable", 1, DependencyKind.InterfaceImplementation).Build();
        Assert.Equal(0, NamedUse.Of(implementation.Dependencies, implementation.Types.ToDictionary(t => t.Id, StringComparer.Ordinal)));
    }
}
