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

        Assert.Equal("Order", naming.Name(Solution.Where(t => t.Name.Contains("Order", StringComparison.Ordinal) || t.Name.Contains("HttpContext", StringComparison.Ordinal)).ToList()));
        Assert.Equal("Category", naming.Name(Solution.Where(t => t.Name.Contains("Category", StringComparison.Ordinal) || t.Name.Contains("Activatable", StringComparison.Ordinal)).ToList()));
    }

    [Fact]
    public void A_shared_domain_segment_still_wins_over_type_name_words()
    {
        var members = new[] { Type("Shop.Web.Ordering.CartController"), Type("Shop.Business.Ordering.Basket"), Type("Shop.Business.Ordering.BasketLine") };
        var naming = new CellNaming([.. members, .. Solution]);

        Assert.Equal("Ordering", naming.Name(members));
    }

    [Fact]
    public void A_taken_name_gives_way_to_the_next_shared_word_before_any_numbered_suffix()
    {
        var naming = new CellNaming(Solution);
        naming.Reserve("Order");

        var name = naming.Name(Solution.Where(t => t.Name.StartsWith("OrderStatus", StringComparison.Ordinal) || t.Name == "Order").ToList());

        Assert.Equal("Status", name);
    }

    private static TypeNode Type(string id)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/Shop/Shop.csproj", id[..dot], $"src/{id.Replace('.', '/')}.cs", 3, false, false, TypeMetrics.Empty, []);
    }
}
