using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

public sealed class SeamFinderTests
{
    private static readonly CodeGraph Graph = new TinyGraph()
        .Type("Shop.Orders.OrderService").Type("Shop.Orders.Order")
        .Type("Shop.Billing.InvoiceService").Type("Shop.Billing.Invoice")
        .Type("Shop.Common.Logger")
        .Depends("Shop.Orders.OrderService", "Shop.Orders.Order", 4)
        .Depends("Shop.Billing.InvoiceService", "Shop.Billing.Invoice", 4)
        .Depends("Shop.Orders.OrderService", "Shop.Billing.InvoiceService", 3, DependencyKind.MethodCall, line: 41)
        .Depends("Shop.Billing.Invoice", "Shop.Orders.Order", 1, DependencyKind.PropertyType, line: 8)
        .Depends("Shop.Orders.OrderService", "Shop.Common.Logger", 6)
        .Depends("Shop.Common.Logger", "Shop.Orders.Order", 2, DependencyKind.ParameterType, line: 17)
        .Reads("Shop.Orders.OrderService", "dbo.Customers")
        .Reads("Shop.Billing.InvoiceService", "dbo.Customers")
        .Reads("Shop.Billing.InvoiceService", "dbo.Invoices")
        .Build();

    private static readonly CellsResult Result = DecompositionBuilder.Build(
        CellContext.Create(Graph, AnalysisResult.Empty, ModernizeConfig.Default),
        CellOrigin.Declared,
        [
            new CellDraft("Ordering", CellKind.Cell, "team-a", ["Shop.Orders.OrderService", "Shop.Orders.Order"], []),
            new CellDraft("Billing", CellKind.Cell, null, ["Shop.Billing.InvoiceService", "Shop.Billing.Invoice"], []),
            new CellDraft("Platform", CellKind.Tissue, null, ["Shop.Common.Logger"], []),
        ],
        new HashSet<string>());

    [Fact]
    public void A_seam_between_cells_lists_both_directions_heaviest_first_with_samples()
    {
        var seam = Assert.Single(Result.Seams, s => s.From == "Billing" && s.To == "Ordering");

        Assert.Equal(4, seam.Weight);
        Assert.Collection(
            seam.Dependencies,
            d =>
            {
                Assert.Equal(("Shop.Orders.OrderService", "Shop.Billing.InvoiceService", 3), (d.From, d.To, d.Weight));
                Assert.Equal(3, d.Kinds[DependencyKind.MethodCall]);
                Assert.Equal("src/Shop/Orders/OrderService.cs:41", d.Samples.Single().ToString());
            },
            d =>
            {
                Assert.Equal(("Shop.Billing.Invoice", "Shop.Orders.Order", 1), (d.From, d.To, d.Weight));
                Assert.Equal("src/Shop/Billing/Invoice.cs:8", d.Samples.Single().ToString());
            });
    }

    [Fact]
    public void Tissue_depending_on_a_cell_is_a_seam_and_cells_using_tissue_are_not()
    {
        var seam = Assert.Single(Result.Seams, s => s.From == "Platform");

        Assert.Equal("Ordering", seam.To);
        Assert.Equal(("Shop.Common.Logger", "Shop.Orders.Order"), (seam.Dependencies.Single().From, seam.Dependencies.Single().To));
        Assert.DoesNotContain(Result.Seams, s => s.To == "Platform");
        Assert.Equal(2, Result.Seams.Count);
    }

    [Fact]
    public void Scores_follow_from_the_dependencies()
    {
        var ordering = Result.Cells.Single(c => c.Name == "Ordering");

        // Inside 4; out to Billing 3; in from Billing 1 (tissue's 2 is not a cell's). Cohesion = 4 / (4 + 3 + 1).
        Assert.Equal(0.5, ordering.Breakdown.Cohesion, 3);
        Assert.Equal(4, ordering.Breakdown.Coupling, 3);
        Assert.Equal(1, ordering.Breakdown.InterfaceWidth);
        Assert.Equal(1, ordering.Breakdown.SharedData);
        Assert.Equal(20, ordering.Breakdown.Size);
        Assert.Equal("team-a", ordering.Owner);
        Assert.Equal(CellOrigin.Declared, ordering.Origin);

        // 100 × (0.30×0.5 + 0.20×(1 − 1/8) + 0.15×(1 − 1/2) + 0.15/2 + 0.10 + 0.05 + 0.05) = 100 × (0.15 + 0.175 + 0.075 + 0.075 + 0.2) = 67.5
        Assert.Equal(67.5, ordering.Score, 1);
        Assert.Contains(ordering.Explanation, l => l.StartsWith("Cohesion 0.50: 4 of the 8 dependency weight", StringComparison.Ordinal));
        Assert.Contains(ordering.Explanation, l => l == "Shares 1 table or entity with other cells: dbo.Customers (with Billing).");
    }

    [Fact]
    public void Shared_tables_name_their_cells_and_accessors_and_owned_tables_are_not_shared()
    {
        var shared = Assert.Single(Result.SharedData);

        Assert.Equal("dbo.Customers", shared.Table);
        Assert.Equal(["Billing", "Ordering"], shared.Cells);
        Assert.Equal(["Shop.Billing.InvoiceService", "Shop.Orders.OrderService"], shared.Accessors);
    }
}
