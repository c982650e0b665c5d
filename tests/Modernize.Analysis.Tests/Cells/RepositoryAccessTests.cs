using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// An entity reached through generic repositories (decision 92): shared data between the cells whose code holds them,
/// but no shared-data edge in the proposal's graph, where the repository's type argument is already a reference.
/// </summary>
public sealed class RepositoryAccessTests
{
    private static CodeGraph Graph(DataAccessKind kind) => new TinyGraph()
        .Type("Shop.Orders.OrderService").Type("Shop.Billing.InvoiceService").Type("Shop.Customers.Customer")
        .Depends("Shop.Orders.OrderService", "Shop.Customers.Customer", 1, DependencyKind.GenericArgument)
        .Depends("Shop.Billing.InvoiceService", "Shop.Customers.Customer", 1, DependencyKind.GenericArgument)
        .Reads("Shop.Orders.OrderService", "Shop.Customers.Customer", kind)
        .Reads("Shop.Billing.InvoiceService", "Shop.Customers.Customer", kind)
        .Build();

    private static double DataWeight(DataAccessKind kind)
    {
        var context = CellContext.Create(Graph(kind), AnalysisResult.Empty, ModernizeConfig.Default);
        var members = context.Types.Select(t => t.Id).ToList();
        var signals = EdgeWeighting.BuildSignals(context, members, ModernizeConfig.Default.Proposal);
        return signals.Weight(Signal.Data, members.IndexOf("Shop.Orders.OrderService"), members.IndexOf("Shop.Billing.InvoiceService"));
    }

    [Fact]
    public void Repository_accesses_add_no_shared_data_edge_where_sql_accesses_do()
    {
        Assert.True(DataWeight(DataAccessKind.SqlLiteral) > 0);
        Assert.Equal(0, DataWeight(DataAccessKind.Repository));
    }

    [Fact]
    public void An_entity_two_cells_reach_through_repositories_is_shared_data()
    {
        var context = CellContext.Create(Graph(DataAccessKind.Repository), AnalysisResult.Empty, ModernizeConfig.Default);
        var result = DecompositionBuilder.Build(
            context,
            CellOrigin.Declared,
            [
                new CellDraft("Ordering", CellKind.Cell, null, ["Shop.Orders.OrderService"], []),
                new CellDraft("Billing", CellKind.Cell, null, ["Shop.Billing.InvoiceService", "Shop.Customers.Customer"], []),
            ],
            new HashSet<string>());

        var shared = Assert.Single(result.SharedData);
        Assert.Equal("Shop.Customers.Customer", shared.Table);
        Assert.Equal(["Billing", "Ordering"], shared.Cells);
    }
}
