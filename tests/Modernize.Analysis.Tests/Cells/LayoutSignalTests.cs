using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// The layout prior (docs/cells.md): a modular monolith whose modules are each a Domain and an Application project that
/// talk mostly at run time, so the static graph ties each layer to the same layer of the other modules more than to its
/// own module, and a BuildingBlocks folder of two projects every module uses.
/// </summary>
public sealed class LayoutSignalTests
{
    private static readonly string[] Modules = ["Meetings", "Payments", "Administration"];

    private static CodeGraph Monolith()
    {
        var graph = new TinyGraph()
            .Type("Co.BuildingBlocks.Domain.Entity", project: "src/BuildingBlocks/Domain/Co.BuildingBlocks.Domain.csproj")
            .Type("Co.BuildingBlocks.Domain.ValueObject", project: "src/BuildingBlocks/Domain/Co.BuildingBlocks.Domain.csproj")
            .Type("Co.BuildingBlocks.Application.CommandBase", project: "src/BuildingBlocks/Application/Co.BuildingBlocks.Application.csproj")
            .Type("Co.BuildingBlocks.Application.UnitOfWork", project: "src/BuildingBlocks/Application/Co.BuildingBlocks.Application.csproj")
            .Depends("Co.BuildingBlocks.Domain.Entity", "Co.BuildingBlocks.Domain.ValueObject", 3)
            .Depends("Co.BuildingBlocks.Application.CommandBase", "Co.BuildingBlocks.Application.UnitOfWork", 3)
            .Depends("Co.BuildingBlocks.Application.UnitOfWork", "Co.BuildingBlocks.Domain.Entity", 2);
        string[] domainRoles = ["Aggregate", "Policy", "Rule", "Status"];
        string[] applicationRoles = ["Command", "Handler", "Query", "Dto"];
        foreach (var module in Modules)
        {
            foreach (var (layer, roles) in new[] { ("Domain", domainRoles), ("Application", applicationRoles) })
            {
                var project = $"src/Modules/{module}/{layer}/Co.Modules.{module}.{layer}.csproj";
                var ids = roles.Select(r => $"Co.Modules.{module}.{layer}.X{r}").ToList();
                ids.ForEach(id => graph.Type(id, project: project));
                for (var i = 0; i < ids.Count; i++)
                {
                    graph.Depends(ids[i], ids[(i + 1) % ids.Count], 3);
                }

                graph.Depends(ids[0], layer == "Domain" ? "Co.BuildingBlocks.Domain.Entity" : "Co.BuildingBlocks.Application.CommandBase", 2, DependencyKind.Inheritance);
            }

            // One weak static tie between a module's layers: the rest goes through the mediator at run time.
            graph.Depends($"Co.Modules.{module}.Application.XHandler", $"Co.Modules.{module}.Domain.XAggregate", 1);
        }

        // Each layer leans on the same layer of the next module more than on its own module.
        for (var m = 0; m < Modules.Length; m++)
        {
            var next = Modules[(m + 1) % Modules.Length];
            graph.Depends($"Co.Modules.{Modules[m]}.Domain.XPolicy", $"Co.Modules.{next}.Domain.XRule", 3)
                .Depends($"Co.Modules.{Modules[m]}.Application.XQuery", $"Co.Modules.{next}.Application.XDto", 3);
        }

        return graph.Build();
    }

    private static CellsResult Propose(double layout) =>
        CellProposer.Propose(Monolith(), AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = new ProposalSettings(NamingWeight: 0, LayoutWeight: layout) });

    [Fact]
    public void Segments_skip_the_shared_prefix_and_layer_words_so_layers_of_one_domain_share_a_key()
    {
        var types = new[]
        {
            Type("Shop.Web.Orders.OrderController", "src/Shop.Web/Orders/OrderController.cs"),
            Type("Shop.Business.Ordering.OrderService", "src/Shop.Business/Ordering/OrderService.cs"),
            Type("Shop.Data.Catalog.ProductRepository", "src/Shop.Data/Catalog/ProductRepository.cs"),
            Type("Shop.Common.Guard", "src/Shop.Common/Guard.cs"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace);

        Assert.Equal([["order"], ["order"], ["catalog"], ["common"]], segments);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_folder_key_naming_the_product_over_several_projects_names_no_module(bool severalProjects)
    {
        // mojoPortal's shape: the web application's folder is Web/ (no product word) and holds most types; the other
        // projects' folders are mojoPortal.<Layer>, so the product's word leads under 60 % of the paths, while every
        // namespace starts with it. Over several projects the word is the product; over one (Greenshot/, the
        // application itself) it stays that project's key.
        string Project(string name) => severalProjects ? $"{name}/{name}.csproj" : "Shop/Shop.csproj";
        var types = new[]
        {
            Type("Shop.Web.Blog.PostPage", "Web/Blog/PostPage.cs", "Web/Web.csproj"),
            Type("Shop.Web.Blog.CommentPage", "Web/Blog/CommentPage.cs", "Web/Web.csproj"),
            Type("Shop.Web.Forums.ThreadPage", "Web/Forums/ThreadPage.cs", "Web/Web.csproj"),
            Type("Shop.Web.Forums.ReplyPage", "Web/Forums/ReplyPage.cs", "Web/Web.csproj"),
            Type("Shop.Business.Blog", "Shop.Business/Blog.cs", Project("Shop.Business")),
            Type("Shop.Core.Guard", "Shop.Core/Guard.cs", Project("Shop.Core")),
            Type("Shop.Data.DBBlog", "Shop.Data/DBBlog.cs", Project("Shop.Data")),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Folder);

        Assert.Equal(severalProjects ? [[], [], []] : [["shop"], ["shop"], ["shop"]], segments.Skip(4));
    }

    [Fact]
    public void The_namespace_root_of_most_projects_is_the_product_even_when_a_vendored_library_holds_as_many_types()
    {
        // BugNET's shape: three BugNET.* projects beside one vendored LumiSoft.Net of the same size, so no namespace
        // segment leads 60 % of the types; by projects, BugNET leads three of four.
        var types = new[]
        {
            Type("Bug.Issues.IssuePage", "Bug.Web/Issues/IssuePage.cs", "Bug.Web/Bug.Web.csproj"),
            Type("Bug.Issues.IssueList", "Bug.Web/Issues/IssueList.cs", "Bug.Web/Bug.Web.csproj"),
            Type("Bug.Projects.ProjectManager", "Bug.Logic/Projects/ProjectManager.cs", "Bug.Logic/Bug.Logic.csproj"),
            Type("Bug.Projects.Milestone", "Bug.Entities/Projects/Milestone.cs", "Bug.Entities/Bug.Entities.csproj"),
            Type("Lumi.Mail.Imap.ImapClient", "Lumi/Imap/ImapClient.cs", "Lumi/Lumi.csproj"),
            Type("Lumi.Mail.Imap.ImapServer", "Lumi/Imap/ImapServer.cs", "Lumi/Lumi.csproj"),
            Type("Lumi.Mail.Mime.MimeEntity", "Lumi/Mime/MimeEntity.cs", "Lumi/Lumi.csproj"),
            Type("Lumi.Mail.Mime.MimeHeader", "Lumi/Mime/MimeHeader.cs", "Lumi/Lumi.csproj"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace);

        Assert.Equal(["bug"], LayoutSignal.ProductWords(types));
        Assert.Equal([["issue"], ["issue"], ["project"], ["project"]], segments.Take(4));
        Assert.Equal(["lumi", "mail", "imap"], segments[4]);
    }

    [Fact]
    public void The_module_key_is_chosen_by_how_well_it_explains_the_dependencies()
    {
        var signals = EdgeWeighting.BuildSignals(CellContext.Create(Monolith(), AnalysisResult.Empty, ModernizeConfig.Default), Monolith().Types.Select(t => t.Id).Order(StringComparer.Ordinal).ToList(), new ProposalSettings());

        var layout = Assert.IsType<LayoutChoice>(signals.Layout);
        Assert.Equal(1, layout.Depth);
        Assert.Equal(["administration", "buildingblock", "meeting", "payment"], layout.Keys.Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(layout.Fit, 0.01, 1);
    }

    [Fact]
    public void Modules_whose_layers_talk_at_run_time_become_one_cell_each_with_the_layout_prior_and_not_without()
    {
        var with = Propose(layout: 1.0);
        var without = Propose(layout: 0);

        foreach (var module in Modules)
        {
            var cell = Assert.Single(with.Cells, c => c.Members.Contains($"Co.Modules.{module}.Domain.XAggregate"));
            Assert.Equal(CellKind.Cell, cell.Kind);
            Assert.Equal(8, cell.Members.Count(m => m.StartsWith($"Co.Modules.{module}.", StringComparison.Ordinal)));
            Assert.Equal(8, cell.Members.Count);
        }

        Assert.Contains(with.Memberships, m => m.Evidence.StartsWith("layout: the same", StringComparison.Ordinal));
        // Without the prior the static graph splits some module along its layers.
        Assert.Contains(Modules, module => without.Cells.Count(c => c.Members.Any(m => m.StartsWith($"Co.Modules.{module}.", StringComparison.Ordinal))) > 1);
    }

    [Fact]
    public void A_shared_kernel_folder_of_several_projects_is_tissue_as_one_unit()
    {
        var proposal = Propose(layout: 1.0);

        var tissue = Assert.Single(proposal.Cells, c => c.Kind == CellKind.Tissue);
        Assert.Equal(4, tissue.Members.Count);
        Assert.All(tissue.Members, m => Assert.StartsWith("Co.BuildingBlocks.", m, StringComparison.Ordinal));
        Assert.Contains(tissue.Explanation, l => l.StartsWith("Module Co.BuildingBlocks is tissue as a whole: 4 types used by", StringComparison.Ordinal));
    }

    private static TypeNode Type(string id, string file, string project = "src/App/App.csproj")
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, project, id[..dot], file, 3, false, false, TypeMetrics.Empty, []);
    }
}
