using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Testing.Generation;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Change coupling joins the proposal's graph only when configured (decision 104): on the benchmark's full histories it
/// pulled the modules of booking-microservices and SmartStoreNET together, so by default it is evidence for seams and
/// scores, not a weight.
/// </summary>
public sealed class ChangeCouplingWeightTests
{
    private const string Order = "Shop.Orders.OrderService";
    private const string Invoice = "Shop.Billing.InvoiceService";

    private static readonly AnalysisResult History = AnalysisResult.Empty with
    {
        ChangeCoupling = [new ChangeCoupling(PackageLevel.Type, Order, Invoice, 4, 5, 5, 0.8)],
    };

    private static double ChangeCouplingEdge(ProposalSettings settings)
    {
        var graph = new TinyGraph().Type(Order).Type(Invoice).Type("Shop.Customers.Customer")
            .Depends(Order, "Shop.Customers.Customer", 1)
            .Depends(Invoice, "Shop.Customers.Customer", 1)
            .Build();
        var context = CellContext.Create(graph, History, ModernizeConfig.Default with { Proposal = settings });
        var members = context.Types.Select(t => t.Id).ToList();
        return EdgeWeighting.BuildSignals(context, members, settings).Weight(Signal.ChangeCoupling, members.IndexOf(Order), members.IndexOf(Invoice));
    }

    [Fact]
    public void Change_coupling_adds_no_edge_by_default()
    {
        Assert.Equal(0, ModernizeConfig.Default.Proposal.ChangeCouplingWeight);
        Assert.Equal(0, ChangeCouplingEdge(ModernizeConfig.Default.Proposal));
    }

    [Fact]
    public void A_configured_weight_adds_the_edge_in_proportion_to_the_coupling_degree()
    {
        var half = ChangeCouplingEdge(ModernizeConfig.Default.Proposal with { ChangeCouplingWeight = 0.5 });
        var whole = ChangeCouplingEdge(ModernizeConfig.Default.Proposal with { ChangeCouplingWeight = 1.0 });

        Assert.True(half > 0);
        Assert.Equal(2 * half, whole, 9);
    }

    [Fact]
    public void A_cell_explanation_names_change_coupling_only_when_it_weighs()
    {
        var graph = LayeredMonolithGenerator.Generate(seed: 1, mixing: 0.15).Graph;

        static string FirstLine(CellsResult proposal) => proposal.Cells.First(c => c.Kind == CellKind.Cell).Explanation[0];
        var byDefault = FirstLine(CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default));
        var weighted = FirstLine(CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = ModernizeConfig.Default.Proposal with { ChangeCouplingWeight = 0.5 } }));

        Assert.Contains("over structure, run-time wiring, naming and shared data:", byDefault, StringComparison.Ordinal);
        Assert.Contains("over structure, run-time wiring, naming, change coupling and shared data:", weighted, StringComparison.Ordinal);
    }
}
