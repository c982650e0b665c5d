using Modernize.Testing.Generation;
using System.Text.RegularExpressions;
using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

public sealed class CellProposerTests
{
    private static readonly GeneratedMonolith Monolith = LayeredMonolithGenerator.Generate(seed: 1, mixing: 0.15);
    private static readonly CellsResult Proposal = CellProposer.Propose(Monolith.Graph, AnalysisResult.Empty, ModernizeConfig.Default);

    [Fact]
    public void Recovers_the_planted_domains_across_the_layers()
    {
        Assert.True(PlantedAgreement.Nmi(Monolith, Proposal) >= 0.85, $"NMI {PlantedAgreement.Nmi(Monolith, Proposal):0.000}");
        Assert.All(Proposal.Cells.Where(c => c.Kind == CellKind.Cell), cell =>
            Assert.True(cell.Members.Select(m => Monolith.Graph.Types.Single(t => t.Id == m).Project).Distinct().Count() > 1, $"{cell.Name} stays inside one project"));
    }

    [Fact]
    public void Classes_the_utilities_as_tissue_and_only_them()
    {
        var tissue = Proposal.Cells.Where(c => c.Kind == CellKind.Tissue).SelectMany(c => c.Members).Order().ToList();

        Assert.Equal(Monolith.UtilityTypes.Order(), tissue);
        Assert.Equal("Shop.Common (tissue)", Assert.Single(Proposal.Cells, c => c.Kind == CellKind.Tissue).Name);
    }

    [Fact]
    public void Explains_the_utilities_project_as_one_tissue_unit_with_its_numbers()
    {
        // The utilities are used from every domain and each sits with the domain using it most in the preliminary run, so
        // they do not cluster; no user is named after them, so the project is tissue as a whole (decision 113).
        var tissue = Assert.Single(Proposal.Cells, c => c.Kind == CellKind.Tissue);
        var utilities = Monolith.UtilityTypes.ToHashSet(StringComparer.Ordinal);
        var dependents = Monolith.Graph.Dependencies.Where(d => utilities.Contains(d.To) && !utilities.Contains(d.From)).Select(d => d.From).Distinct().Count();

        var line = tissue.Explanation[0];
        var match = Regex.Match(line, @"^Project Shop\.Common is tissue as a whole: (\d+) types used by (\d+) types outside it spread over (\d+) of (\d+) candidate cells \(at least \d+ needed\); its types do not cluster with each other \(\d+% sit in candidate cells of their own\) but almost none of its users is named after them \((\d+)%, at most 15% allowed\).*; (\d+)% of its outbound weight reaches domain code");
        Assert.True(match.Success, line);
        Assert.Equal(utilities.Count, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dependents, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) >= 3);
        Assert.Equal("0", match.Groups[5].Value);
        Assert.Equal("0", match.Groups[6].Value);
        Assert.DoesNotContain("comes from types named after its types", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_each_cell_after_the_domain_most_of_its_members_belong_to()
    {
        var cells = Proposal.Cells.Where(c => c.Kind == CellKind.Cell).ToList();

        Assert.Equal(cells.Count, cells.Select(c => c.Name).Distinct().Count());
        Assert.All(cells, cell =>
        {
            var majority = cell.Members.GroupBy(m => Monolith.DomainOf[m]).OrderByDescending(g => g.Count()).First().Key;
            Assert.StartsWith(majority, cell.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_same_seed_gives_the_same_cells()
    {
        var again = CellProposer.Propose(Monolith.Graph, AnalysisResult.Empty, ModernizeConfig.Default);

        Assert.Equal(Proposal.Cells.Select(c => (c.Name, string.Join(",", c.Members))), again.Cells.Select(c => (c.Name, string.Join(",", c.Members))));
        Assert.Equal(Proposal.ExtractionOrder, again.ExtractionOrder);
    }

    [Fact]
    public void Reports_the_planted_shared_table_between_the_two_cells_that_read_it()
    {
        var shared = Assert.Single(Proposal.SharedData);
        var cellOf = Proposal.CellOfType();
        var readers = Monolith.Graph.DataAccesses.Where(a => a.Target == Monolith.SharedTable).Select(a => a.From).Order().ToList();

        Assert.Equal(Monolith.SharedTable, shared.Table);
        Assert.Equal(readers, shared.Accessors);
        Assert.Equal(readers.Select(r => cellOf[r]).Distinct().Order(StringComparer.Ordinal), shared.Cells);
        Assert.All(shared.Cells, name => Assert.Equal(1, Proposal.Cells.Single(c => c.Name == name).Breakdown.SharedData));
    }

    [Fact]
    public void Seams_list_every_crossing_dependency_with_kinds_and_samples()
    {
        var cellOf = Proposal.CellOfType();
        var kindOf = Proposal.Cells.ToDictionary(c => c.Name, c => c.Kind);
        var crossing = Monolith.Graph.Dependencies
            .Where(d => cellOf[d.From] != cellOf[d.To] && kindOf[cellOf[d.From]] == CellKind.Cell && kindOf[cellOf[d.To]] == CellKind.Cell)
            .Select(d => (d.From, d.To)).Order().ToList();
        var listed = Proposal.Seams.Where(s => kindOf[s.From] == CellKind.Cell).SelectMany(s => s.Dependencies).Select(d => (d.From, d.To)).Order().ToList();

        Assert.Equal(crossing, listed);
        Assert.All(Proposal.Seams, seam =>
        {
            Assert.Equal(seam.Dependencies.Sum(d => d.Weight), seam.Weight);
            Assert.All(seam.Dependencies, d => Assert.NotEmpty(d.Samples));
            Assert.All(seam.Dependencies, d => Assert.Equal(d.Weight, d.Kinds.Values.Sum()));
        });
    }

    [Fact]
    public void Ranks_every_cell_once_with_a_reason_easiest_first()
    {
        var cells = Proposal.Cells.Where(c => c.Kind == CellKind.Cell).ToList();

        Assert.Equal(cells.Select(c => c.Name).Order(), Proposal.ExtractionOrder.Select(s => s.Cell).Order());
        Assert.Equal(Enumerable.Range(1, cells.Count), Proposal.ExtractionOrder.Select(s => s.Rank));
        Assert.Equal(Proposal.ExtractionOrder.Select(s => s.Score).OrderDescending(), Proposal.ExtractionOrder.Select(s => s.Score));
        Assert.StartsWith("Extract first (score ", Proposal.ExtractionOrder[0].Reason, StringComparison.Ordinal);
        Assert.All(Proposal.ExtractionOrder, s => Assert.Matches(@"cohesion \d\.\d\d; .+; .+; .+; [\d,]+ source lines\.$", s.Reason));

        // A cell that shares a table ranks below an otherwise comparable one: its reason names the table.
        var sharing = Proposal.ExtractionOrder.Where(s => Proposal.SharedData[0].Cells.Contains(s.Cell));
        Assert.All(sharing, s => Assert.Contains(Monolith.SharedTable, s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Cell_scores_count_blockers_cycles_and_change_coupling_inside_and_across()
    {
        var cellOf = Proposal.CellOfType();
        var cells = Proposal.Cells.Where(c => c.Kind == CellKind.Cell).ToList();
        var a = cells[0].Members[0];
        var b = cells[1].Members[0];
        var aFile = Monolith.Graph.Types.Single(t => t.Id == a).File;
        var analysis = AnalysisResult.Empty with
        {
            Blockers = [new LegacyBlocker("src/Shop.Web/Shop.Web.csproj", "system-web", "System.Web", "Move to ASP.NET Core", 7, 2,
                [new BlockerIncident("System.Web.HttpContext.Current", new SourceLocation(aFile, 4)), new BlockerIncident("System.Web.HttpContext.Current", new SourceLocation(aFile, 9))])],
            Cycles = [new Cycle(PackageLevel.Type, [a, b], 3, [])],
            ChangeCoupling = [new ChangeCoupling(PackageLevel.Type, a, b, 4, 5, 5, 0.8)],
        };

        var proposal = CellProposer.Propose(Monolith.Graph, analysis, ModernizeConfig.Default);
        var cellA = proposal.Cells.Single(c => c.Members.Contains(a));
        var cellB = proposal.Cells.Single(c => c.Members.Contains(b));

        Assert.Equal(7, cellA.Breakdown.BlockerPoints);
        Assert.Equal(0, cellB.Breakdown.BlockerPoints);
        Assert.Contains(cellA.Explanation, l => l.Contains("system-web (7 points, 2 incidents)", StringComparison.Ordinal));
        Assert.Equal(1, cellA.Breakdown.Cycles);
        Assert.Equal(1, cellB.Breakdown.Cycles);
        Assert.Equal(0.8, cellA.Breakdown.ChangeCoupling, 3);
        var seam = proposal.Seams.Single(s => (s.From == cellA.Name && s.To == cellB.Name) || (s.From == cellB.Name && s.To == cellA.Name));
        Assert.Equal(0.8, seam.ChangeCoupling, 3);
        Assert.True(cellA.Score < Proposal.Cells.Single(c => c.Name == cellOf[a]).Score, "blocker points, a cycle and change coupling lower the score");
    }

    [Fact]
    public void Excluded_projects_are_left_out()
    {
        var config = ModernizeConfig.Default with { Proposal = new ProposalSettings(Exclude: ["src/Shop.Web/**"]) };

        var proposal = CellProposer.Propose(Monolith.Graph, AnalysisResult.Empty, config);

        Assert.DoesNotContain(proposal.Cells.SelectMany(c => c.Members), m => m.StartsWith("Shop.Web.", StringComparison.Ordinal));
        Assert.NotEmpty(proposal.Cells);
    }

    [Theory]
    [InlineData("Modules/Meetings/Tests/UnitTests/Company.Meetings.Domain.UnitTests.csproj")]
    [InlineData("Modules/Meetings/Tests/IntegrationTests/Company.Meetings.IntegrationTests.csproj")]
    [InlineData("Modules/Meetings/Tests/ArchTests/Company.Meetings.ArchTests.csproj")]
    [InlineData("tests/Clean.Architecture.FunctionalTests/Clean.Architecture.FunctionalTests.csproj")]
    [InlineData("test/Shop.Tests/Shop.Tests.csproj")]
    [InlineData("specs/Shop.Specs.vbproj")]
    [InlineData("src/Modules/Flight/tests/Integration.Test/Integration.Test.csproj")]
    [InlineData("src/Shop.UnitTest/Shop.UnitTest.csproj")]
    [InlineData("benchmarks/Shop.Benchmarks/Runner.csproj")]
    [InlineData("SubtextUpgraderTests/SubtextUpgraderTests.csproj")]
    [InlineData("UnitTests.Subtext/UnitTests.SubText.csproj")]
    [InlineData("ILSpy.Tests.Windows/ILSpy.Tests.Windows.csproj")]
    [InlineData("UnitTests/GitExtUtils/GitExtUtilsTests.csproj")]
    [InlineData("src/NuGetGallery.Core.Facts/NuGetGallery.Core.Facts.csproj")]
    public void Test_spec_and_benchmark_projects_are_left_out_by_default(string testProject)
    {
        var graph = new TinyGraph()
            .Type("Shop.Orders.Order").Type("Shop.Orders.OrderLine").Type("Shop.Orders.Customer")
            .Type("Checks.OrderChecks", project: testProject).Type("Checks.OrderBuilder", project: testProject)
            .Depends("Shop.Orders.Order", "Shop.Orders.OrderLine", 3).Depends("Shop.Orders.Order", "Shop.Orders.Customer", 2)
            .Depends("Checks.OrderChecks", "Checks.OrderBuilder", 4).Depends("Checks.OrderChecks", "Shop.Orders.Order", 3)
            .Build();

        var proposal = CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default);

        var members = proposal.Cells.SelectMany(c => c.Members).ToList();
        Assert.Contains("Shop.Orders.Order", members);
        Assert.DoesNotContain(members, m => m.StartsWith("Checks.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("src/Legacy/**")]
    public void A_project_compiled_against_a_test_framework_is_left_out_by_default_whatever_its_name(string? ownExclude)
    {
        const string automation = "MVCForumAutomation/MVCForumAutomation.csproj";
        var graph = new TinyGraph()
            .ProjectReferencing(automation, "Microsoft.VisualStudio.TestPlatform.TestFramework", "WebDriver")
            .Type("Shop.Orders.Order").Type("Shop.Orders.OrderLine").Type("Shop.Orders.Customer")
            .Type("Automation.LoginPage", project: automation).Type("Automation.TopicScenarios", project: automation)
            .Depends("Shop.Orders.Order", "Shop.Orders.OrderLine", 3).Depends("Shop.Orders.Order", "Shop.Orders.Customer", 2)
            .Depends("Automation.TopicScenarios", "Automation.LoginPage", 4)
            .Build();
        var config = ModernizeConfig.Default with { Proposal = new ProposalSettings(Exclude: ownExclude is null ? null : [ownExclude]) };

        var members = CellProposer.Propose(graph, AnalysisResult.Empty, config).Cells.SelectMany(c => c.Members).ToList();

        Assert.Contains("Shop.Orders.Order", members);
        Assert.Equal(ownExclude is null, !members.Contains("Automation.LoginPage"));
    }

    [Theory]
    [InlineData("src/Contests/Contests.csproj")]
    [InlineData("src/Shop.Testimonials/Shop.Testimonials.csproj")]
    [InlineData("src/Shop.Attestation/Shop.Attestation.csproj")]
    public void Product_projects_whose_names_merely_contain_test_stay_in_scope(string project)
    {
        var graph = new TinyGraph()
            .Type("Shop.Orders.Order").Type("Shop.Orders.OrderLine")
            .Type("Shop.Contests.Contest", project: project).Type("Shop.Contests.Entry", project: project)
            .Depends("Shop.Orders.Order", "Shop.Orders.OrderLine", 3)
            .Depends("Shop.Contests.Contest", "Shop.Contests.Entry", 4).Depends("Shop.Contests.Contest", "Shop.Orders.Order", 1)
            .Build();

        var proposal = CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default);

        Assert.Contains("Shop.Contests.Contest", proposal.Cells.SelectMany(c => c.Members));
    }

    [Fact]
    public void A_pair_tied_only_to_each_other_joins_the_cell_of_its_project_and_a_pair_with_no_home_stays_a_cell()
    {
        const string shop = "src/Shop/Shop.csproj";
        const string tool = "src/Tool/Tool.csproj";
        var graph = new TinyGraph()
            .Type("Shop.Orders.Order", project: shop).Type("Shop.Orders.OrderLine", project: shop).Type("Shop.Orders.Customer", project: shop)
            .Type("Shop.Helpers.TreeView", project: shop).Type("Shop.Helpers.TreeViewHelper", project: shop)
            .Type("Tool.Runner", project: tool).Type("Tool.RunnerOptions", project: tool)
            .Depends("Shop.Orders.Order", "Shop.Orders.OrderLine", 5).Depends("Shop.Orders.Order", "Shop.Orders.Customer", 3)
            .Depends("Shop.Helpers.TreeViewHelper", "Shop.Helpers.TreeView", 2)
            .Depends("Tool.Runner", "Tool.RunnerOptions", 2)
            .Build();

        var proposal = CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = new ProposalSettings(NamingWeight: 0, LayoutWeight: 0) });

        var orders = Assert.Single(proposal.Cells, c => c.Members.Contains("Shop.Orders.Order"));
        Assert.Contains("Shop.Helpers.TreeView", orders.Members);
        Assert.Contains(orders.Explanation, line => line.Contains("tied only to each other", StringComparison.Ordinal) && line.Contains("project " + shop, StringComparison.Ordinal));
        var runner = Assert.Single(proposal.Cells, c => c.Members.Contains("Tool.Runner"));
        Assert.Equal(["Tool.Runner", "Tool.RunnerOptions"], runner.Members.Order(StringComparer.Ordinal));
        Assert.Empty(proposal.Unconnected);
    }

    [Fact]
    public void Types_with_no_dependencies_join_the_cell_of_their_namespace_or_project_or_stay_unconnected()
    {
        const string billing = "src/Billing/Billing.csproj";
        var graph = new TinyGraph()
            .Type("Shop.Orders.Order").Type("Shop.Orders.OrderLine").Type("Shop.Orders.OrderStatus")
            .Type("Shop.Billing.Invoice", project: billing).Type("Shop.Billing.Payment", project: billing).Type("Tools.Clock", project: billing)
            .Type("Annotations.NotNullAttribute", project: "src/Annotations/Annotations.csproj").Type("Annotations.PureAttribute", project: "src/Annotations/Annotations.csproj")
            .Depends("Shop.Orders.Order", "Shop.Orders.OrderLine", 5)
            .Depends("Shop.Billing.Invoice", "Shop.Billing.Payment", 5)
            .Build();

        // Naming and layout would tie the types of a namespace together; without them they have no edge at all.
        var proposal = CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = new ProposalSettings(NamingWeight: 0, LayoutWeight: 0) });

        Assert.Equal(2, proposal.Cells.Count);
        var orders = Assert.Single(proposal.Cells, c => c.Members.Contains("Shop.Orders.Order"));
        var invoices = Assert.Single(proposal.Cells, c => c.Members.Contains("Shop.Billing.Invoice"));
        Assert.Contains("Shop.Orders.OrderStatus", orders.Members);
        Assert.Contains("Tools.Clock", invoices.Members);
        Assert.Contains(orders.Explanation, line => line.Contains("namespace Shop.Orders", StringComparison.Ordinal) && line.Contains("OrderStatus", StringComparison.Ordinal));
        Assert.Contains(invoices.Explanation, line => line.Contains("project " + billing, StringComparison.Ordinal));
        Assert.Equal(["Annotations.NotNullAttribute", "Annotations.PureAttribute"], proposal.Unconnected);
    }

    [Fact]
    public void An_empty_graph_gives_an_empty_result()
    {
        Assert.Same(CellsResult.Empty, CellProposer.Propose(CodeGraph.Empty, AnalysisResult.Empty, ModernizeConfig.Default));
    }
}
