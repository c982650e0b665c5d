using Modernize.Analysis.Cells;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Cell names on a layered single-project shop (Suteki Shop's shape): namespaces that only name layers (Controllers, Maps,
/// Repositories) and entities at the root, so the name must come from the words the type names share.
/// </summary>
public sealed class CellNamingTests
{
    private static readonly TypeNode[] Solution =
    [
        Type("Shop.Order"), Type("Shop.OrderLine"), Type("Shop.OrderStatus"), Type("Shop.Controllers.OrderController"),
        Type("Shop.Controllers.OrderStatusController"), Type("Shop.Maps.OrderMap"), Type("Shop.Maps.OrderLineMap"),
        Type("Shop.Services.HttpContextService"), Type("Shop.Services.IHttpContextService"),
        Type("Shop.Category"), Type("Shop.Controllers.CategoryController"), Type("Shop.Maps.CategoryMap"),
        Type("Shop.Extensions.ActivatableExtensions"), Type("Shop.Repositories.ActivatableExtensions"),
    ];

    [Fact]
    public void A_word_most_type_names_share_names_the_cell_when_namespaces_only_name_layers()
    {
        var naming = new CellNaming(Solution);

        var names = naming.NameAll(
        [
            Solution.Where(t => t.Name.Contains("Order", StringComparison.Ordinal) || t.Name.Contains("HttpContext", StringComparison.Ordinal)).ToList(),
            Solution.Where(t => t.Name.Contains("Category", StringComparison.Ordinal) || t.Name.Contains("Activatable", StringComparison.Ordinal)).ToList(),
        ]);

        Assert.Equal(["Order", "Category"], names);
    }

    [Fact]
    public void A_shared_domain_segment_still_wins_over_type_name_words()
    {
        var members = new[] { Type("Shop.Web.Ordering.CartController"), Type("Shop.Business.Ordering.Basket"), Type("Shop.Business.Ordering.BasketLine") };
        var naming = new CellNaming([.. members, .. Solution]);

        Assert.Equal(["Ordering"], naming.NameAll([members]));
    }

    [Fact]
    public void A_taken_name_gives_way_to_the_next_shared_word_before_any_numbered_suffix()
    {
        var naming = new CellNaming(Solution);
        naming.Reserve("Order");

        var names = naming.NameAll([Solution.Where(t => t.Name.StartsWith("OrderStatus", StringComparison.Ordinal) || t.Name == "Order").ToList()]);

        Assert.Equal(["Status"], names);
    }

    [Fact]
    public void A_name_goes_to_the_cell_it_speaks_for_best_not_to_the_cell_named_first()
    {
        // The larger cell is about events and mentions one order; the smaller one is all orders.
        TypeNode[] events = [Type("Shop.Events.DomainEvent"), Type("Shop.Events.IDomainEvent"), Type("Shop.Events.DomainEventService"), Type("Shop.Events.OrderDispatched"), Type("Shop.Events.OrderConfirmed"), Type("Shop.Controllers.StockController"), Type("Shop.StockLevel"), Type("Shop.Handlers.SendEmail")];
        TypeNode[] orders = [Type("Shop.Order"), Type("Shop.OrderLine"), Type("Shop.Controllers.OrderController")];
        var naming = new CellNaming([.. events, .. orders]);

        var names = naming.NameAll([events, orders]);

        Assert.Equal("Order", names[1]);
        Assert.NotEqual("Order", names[0]);
        Assert.Equal("Stock", names[0]);
    }

    [Fact]
    public void One_type_name_repeated_across_namespaces_is_no_vocabulary()
    {
        // Hangfire's shape: a NamespaceDoc class in every namespace, beside a few job types.
        TypeNode[] members = [Type("Jobs.Client.NamespaceDoc"), Type("Jobs.Common.NamespaceDoc"), Type("Jobs.Internal.NamespaceDoc"), Type("Jobs.Client.EnqueuedState"), Type("Jobs.Internal.FailedState")];
        var naming = new CellNaming(members);

        Assert.Equal(["State"], naming.NameAll([members]));
    }

    private static TypeNode Type(string id)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/Shop/Shop.csproj", id[..dot], $"src/{id.Replace('.', '/')}.cs", 3, false, false, TypeMetrics.Empty, []);
    }
}
