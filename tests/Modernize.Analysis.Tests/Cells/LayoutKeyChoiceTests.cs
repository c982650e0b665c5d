using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Which layout keys may be chosen (decision 101): a solution of many one-project modules, a few of them tiny
/// (SimplCommerce's forty), and generated sources under a build's output folder.
/// </summary>
public sealed class LayoutKeyChoiceTests
{
    /// <summary>Two team-sized modules and four of two types each, every module a ring of its own dependencies.</summary>
    private static (List<TypeNode> Members, WeightedGraph Structure) ManySmallModules()
    {
        var sizes = new (string Module, int Types)[] { ("Catalog", 12), ("Orders", 12), ("Tax", 2), ("Wishlist", 2), ("Reviews", 2), ("Contacts", 2) };
        var members = new List<TypeNode>();
        var structure = new WeightedGraph(sizes.Sum(s => s.Types));
        foreach (var (module, count) in sizes)
        {
            var first = members.Count;
            for (var i = 0; i < count; i++)
            {
                members.Add(Type($"Shop.Module.{module}.Part{i}", $"src/Shop.Module.{module}/Part{i}.cs"));
            }

            for (var i = 0; i < count; i++)
            {
                structure.AddEdge(first + i, first + ((i + 1) % count), 1);
            }
        }

        // One tie between modules, so the graph is connected as real solutions are.
        structure.AddEdge(0, 12, 1);
        return (members, structure);
    }

    [Fact]
    public void A_key_with_more_small_groups_than_cells_is_still_chosen_when_its_team_sized_groups_fit()
    {
        var (members, structure) = ManySmallModules();

        var layout = LayoutSignal.Choose(members, new Dictionary<string, string>(), structure, seed: 42, maxGroups: 3, teamSize: 10);

        var chosen = Assert.IsType<LayoutChoice>(layout);
        Assert.Equal(["catalog", "contact", "order", "review", "tax", "wishlist"], chosen.Keys.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Counting_every_group_of_two_a_key_with_more_groups_than_cells_is_not_chosen()
    {
        var (members, structure) = ManySmallModules();

        Assert.Null(LayoutSignal.Choose(members, new Dictionary<string, string>(), structure, seed: 42, maxGroups: 3, teamSize: 2));
    }

    [Fact]
    public void A_folder_key_stops_at_a_build_output_folder()
    {
        var types = new[]
        {
            Type("Shop.Basket.Grpc.BasketClient", "src/Basket/obj/Debug/net9.0/Protos/BasketGrpc.cs"),
            Type("Shop.Basket.BasketItem", "src/Basket/Model/BasketItem.cs"),
            Type("Shop.Catalog.CatalogItem", "src/Catalog/Model/CatalogItem.cs"),
            Type("Shop.Ordering.Order", "src/Ordering/Model/Order.cs"),
            Type("Shop.Payments.Payment", "src/Payments/Model/Payment.cs"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Folder);

        Assert.Equal([["basket"], ["basket"], ["catalog"], ["order"], ["payment"]], segments);
    }

    private static TypeNode Type(string id, string file)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/App/App.csproj", id[..dot], file, 3, false, false, TypeMetrics.Empty, []);
    }
}
