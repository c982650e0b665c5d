using Modernize.Analysis.Cells;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>When cells about one noun join (<see cref="SameDomainMerger"/>).</summary>
public sealed class SameDomainMergerTests
{
    /// <summary>Cell 0: the first names in Shop.Ordering; cell 1: the second ones; each cell's first type references the other's when tied.</summary>
    private static List<JoinedCell> Join(string[] first, string[] second, bool tied, double share = 0.5)
    {
        var graph = new TinyGraph();
        foreach (var name in first)
        {
            graph.Type("Shop.Ordering." + name);
        }

        foreach (var name in second)
        {
            graph.Type("Shop.Other." + name);
        }

        if (tied)
        {
            graph.Depends("Shop.Ordering." + first[0], "Shop.Other." + second[0], 1);
        }

        var built = graph.Build();
        var cells = new List<List<TypeNode>> { built.Types.Take(first.Length).ToList(), built.Types.Skip(first.Length).ToList() };
        return SameDomainMerger.Merge(cells, built.Dependencies, new CellNaming(built.Types), share);
    }

    private static readonly string[] PlaceOrder = ["PlaceOrderHandler", "PlaceOrderCommand", "PlaceOrderEndpoint"];
    private static readonly string[] CancelOrder = ["CancelOrderHandler", "CancelOrderCommand", "CancelOrderEndpoint"];

    [Fact]
    public void Tied_cells_about_one_noun_in_one_project_join_and_say_so()
    {
        var joined = Assert.Single(Join(PlaceOrder, CancelOrder, tied: true));

        Assert.Equal(6, joined.Members.Count);
        Assert.Equal((2, "order"), (joined.Parts, joined.Noun));
    }

    [Fact]
    public void Cells_stay_apart_when_neither_references_the_other_or_they_are_about_different_nouns()
    {
        Assert.Equal(2, Join(PlaceOrder, CancelOrder, tied: false).Count);
        Assert.Equal(2, Join(PlaceOrder, ["RefundPaymentHandler", "RefundPaymentCommand", "RefundPaymentEndpoint"], tied: true).Count);
    }

    [Fact]
    public void The_noun_share_decides_whether_a_cell_is_about_its_noun()
    {
        // Two of the three names of the second cell carry 'order': about it at a share of 0.5, not at 0.8.
        string[] mixed = ["CancelOrderHandler", "CancelOrderCommand", "RefundEndpoint"];

        Assert.Single(Join(PlaceOrder, mixed, tied: true, share: 0.5));
        Assert.Equal(2, Join(PlaceOrder, mixed, tied: true, share: 0.8).Count);
    }

    [Fact]
    public void A_majority_word_that_is_not_the_cells_noun_joins_nothing()
    {
        // Two of three names carry 'order', but all three carry 'shipment': the cell is about shipments.
        Assert.Equal(2, Join(PlaceOrder, ["ShipmentOrder", "ShipmentOrderLine", "ShipmentTracker"], tied: true).Count);
    }
}
