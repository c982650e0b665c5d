using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A single-entity clean-architecture solution (the shape of the popular templates): its Core project is the domain model
/// that every use case reaches, not a kernel, and its use cases are parts of one cell, not cells of their own.
/// </summary>
public sealed class SingleDomainTests
{
    private const string Core = "src/Acme.Core/Acme.Core.csproj";
    private const string UseCases = "src/Acme.UseCases/Acme.UseCases.csproj";
    private const string Web = "src/Acme.Web/Acme.Web.csproj";
    private const string Kernel = "src/Acme.SharedKernel/Acme.SharedKernel.csproj";
    private static readonly string[] Verbs = ["Create", "Update", "Delete", "Get", "List"];

    /// <summary>
    /// Core: Invoice with its status, lines and a by-id specification. A SharedKernel project: EntityBase, which Invoice
    /// inherits, and IRepository and IAppLogger, which every handler uses. Per use case: an endpoint, its request and
    /// validator (Web), a command and its handler (UseCases); each handler reaches Invoice (and the specification for
    /// the by-id cases), and no use case reaches another: only the model ties them.
    /// </summary>
    private static CodeGraph Invoicing()
    {
        var graph = new TinyGraph()
            .Type("Acme.Core.InvoiceAggregate.Invoice", project: Core)
            .Type("Acme.Core.InvoiceAggregate.InvoiceStatus", project: Core)
            .Type("Acme.Core.InvoiceAggregate.InvoiceLine", project: Core)
            .Type("Acme.Core.InvoiceAggregate.InvoiceByIdSpec", project: Core)
            .Type("Acme.SharedKernel.EntityBase", project: Kernel)
            .Type("Acme.SharedKernel.IRepository", project: Kernel)
            .Type("Acme.SharedKernel.IAppLogger", project: Kernel)
            .Depends("Acme.Core.InvoiceAggregate.Invoice", "Acme.Core.InvoiceAggregate.InvoiceStatus", 3)
            .Depends("Acme.Core.InvoiceAggregate.Invoice", "Acme.Core.InvoiceAggregate.InvoiceLine", 3)
            .Depends("Acme.Core.InvoiceAggregate.InvoiceByIdSpec", "Acme.Core.InvoiceAggregate.Invoice", 1)
            .Depends("Acme.Core.InvoiceAggregate.Invoice", "Acme.SharedKernel.EntityBase", 1, DependencyKind.Inheritance)
            .Depends("Acme.Core.InvoiceAggregate.InvoiceLine", "Acme.SharedKernel.EntityBase", 1, DependencyKind.Inheritance)
            .Depends("Acme.SharedKernel.IRepository", "Acme.SharedKernel.EntityBase", 1);
        foreach (var verb in Verbs)
        {
            var endpoint = $"Acme.Web.Invoices.{verb}InvoiceEndpoint";
            var request = $"Acme.Web.Invoices.{verb}InvoiceRequest";
            var validator = $"Acme.Web.Invoices.{verb}InvoiceValidator";
            var command = $"Acme.UseCases.Invoices.{verb}.{verb}InvoiceCommand";
            var handler = $"Acme.UseCases.Invoices.{verb}.{verb}InvoiceHandler";
            graph.Type(endpoint, project: Web).Type(request, project: Web).Type(validator, project: Web)
                .Type(command, project: UseCases).Type(handler, project: UseCases)
                .Depends(endpoint, request, 3)
                .Depends(endpoint, command, 2)
                .Depends(validator, request, 2)
                .Depends(handler, command, 3)
                .Depends(handler, "Acme.Core.InvoiceAggregate.Invoice", 2)
                .Depends(handler, "Acme.SharedKernel.IRepository", 1)
                .Depends(handler, "Acme.SharedKernel.IAppLogger", 1);
            if (verb is "Update" or "Delete" or "Get")
            {
                graph.Depends(handler, "Acme.Core.InvoiceAggregate.InvoiceByIdSpec", 1);
            }
        }

        return graph.Project(Core).Project(UseCases).Project(Web).Project(Kernel).Build();
    }

    private static CellsResult Propose(TissueSettings? tissue = null, double namingWeight = 1) =>
        CellProposer.Propose(Invoicing(), AnalysisResult.Empty, ModernizeConfig.Default with
        {
            Proposal = new ProposalSettings(NamingWeight: namingWeight) { Tissue = tissue ?? new TissueSettings() },
        });

    [Fact]
    public void A_single_entity_solution_is_one_cell_holding_its_model_and_every_use_case()
    {
        var result = Propose();

        var cell = Assert.Single(result.Cells, c => c.Kind == CellKind.Cell);
        Assert.Contains("Acme.Core.InvoiceAggregate.Invoice", cell.Members);
        Assert.All(Verbs, verb => Assert.Contains($"Acme.UseCases.Invoices.{verb}.{verb}InvoiceHandler", cell.Members));
        Assert.Contains(cell.Explanation, line => line.Contains("each mostly about 'invoice'", StringComparison.Ordinal));
        var tissue = result.Cells.Where(c => c.Kind == CellKind.Tissue).SelectMany(c => c.Members).ToList();
        Assert.Contains("Acme.SharedKernel.IRepository", tissue);
        Assert.DoesNotContain(tissue, t => t.StartsWith("Acme.Core.", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_named_use_test_the_domain_model_is_taken_for_a_kernel_and_the_use_cases_fall_apart()
    {
        var result = Propose(new TissueSettings(MaxNamedUseShare: 1, UnitMaxNamedUseShare: 1));

        var model = Assert.Single(result.Cells, c => c.Members.Contains("Acme.Core.InvoiceAggregate.Invoice"));
        Assert.Equal(CellKind.Tissue, model.Kind);
        Assert.Contains(model.Explanation, line => line.Contains("100% of its use from types named after it", StringComparison.Ordinal));
        Assert.Equal(Verbs.Length, result.Cells.Count(c => c.Kind == CellKind.Cell));
    }

    [Fact]
    public void With_naming_weighed_zero_no_cells_are_joined_by_their_noun()
    {
        var cells = Propose(namingWeight: 0).Cells.Where(c => c.Kind == CellKind.Cell).ToList();

        Assert.True(cells.Count > 1);
        Assert.DoesNotContain(cells, c => c.Explanation.Any(line => line.StartsWith("Joined from", StringComparison.Ordinal)));
    }
}
