using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>A shared table names the cells that write it: one writer is the owner the data suggests, the readers asking it.</summary>
public sealed class SharedDataWritersTests
{
    private static CellsResult Decompose(Func<TinyGraph, TinyGraph> accesses)
    {
        var graph = accesses(new TinyGraph()
            .Type("Shop.Catalog.ProductService").Type("Shop.Orders.OrderService").Type("Shop.Search.SearchIndexer").Type("Shop.Catalog.Product"))
            .Build();
        var context = CellContext.Create(graph, AnalysisResult.Empty, ModernizeConfig.Default);
        return DecompositionBuilder.Build(
            context,
            CellOrigin.Declared,
            [
                new CellDraft("Catalog", CellKind.Cell, null, ["Shop.Catalog.ProductService", "Shop.Catalog.Product"], []),
                new CellDraft("Ordering", CellKind.Cell, null, ["Shop.Orders.OrderService"], []),
                new CellDraft("Search", CellKind.Cell, null, ["Shop.Search.SearchIndexer"], []),
            ],
            new HashSet<string>());
    }

    [Fact]
    public void The_one_cell_writing_a_shared_table_is_named_its_sole_writer_in_the_readers_explanations()
    {
        var result = Decompose(g => g
            .Writes("Shop.Catalog.ProductService", "Shop.Catalog.Product", DataAccessKind.Repository)
            .Reads("Shop.Catalog.ProductService", "Shop.Catalog.Product", DataAccessKind.Repository)
            .Reads("Shop.Orders.OrderService", "Shop.Catalog.Product", DataAccessKind.Repository)
            .Reads("Shop.Search.SearchIndexer", "Shop.Catalog.Product", DataAccessKind.Repository));

        var shared = Assert.Single(result.SharedData);
        Assert.Equal(["Catalog", "Ordering", "Search"], shared.Cells);
        Assert.Equal(["Catalog"], shared.Writers);
        Assert.Equal("Catalog", shared.SoleWriter);
        Assert.Contains(result.Cells.Single(c => c.Name == "Search").Explanation, line => line.Contains("Shop.Catalog.Product (with Catalog, Ordering; written only by Catalog)", StringComparison.Ordinal));
        Assert.Contains("Shop.Catalog.Product (written only by Catalog)", result.ExtractionOrder.Single(s => s.Cell == "Ordering").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_written_by_several_cells_has_no_sole_writer_and_one_only_read_has_no_writer()
    {
        var result = Decompose(g => g
            .Writes("Shop.Catalog.ProductService", "Shop.Catalog.Product")
            .Writes("Shop.Orders.OrderService", "Shop.Catalog.Product")
            .Reads("Shop.Orders.OrderService", "dbo.Prices")
            .Reads("Shop.Search.SearchIndexer", "dbo.Prices"));

        var product = result.SharedData.Single(t => t.Table == "Shop.Catalog.Product");
        Assert.Equal(["Catalog", "Ordering"], product.Writers);
        Assert.Null(product.SoleWriter);
        Assert.Contains(result.Cells.Single(c => c.Name == "Catalog").Explanation, line => line.Contains("written by Catalog and Ordering", StringComparison.Ordinal));
        var prices = result.SharedData.Single(t => t.Table == "dbo.Prices");
        Assert.Empty(prices.Writers);
        Assert.Null(prices.SoleWriter);
    }
}
