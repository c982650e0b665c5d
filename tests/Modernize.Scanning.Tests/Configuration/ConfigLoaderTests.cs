using Modernize.Model.Configuration;
using Modernize.Scanning.Configuration;
using Modernize.Testing;

namespace Modernize.Scanning.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    /// <summary>The sketch from the shared design (MODERNIZE-YML.md), every section present.</summary>
    private const string Sketch = """
        version: 1
        cells:
          - name: Ordering
            owner: team-checkout
            include: ["Shop.*.Orders*", "Shop.Web.Controllers.OrderController"]
            projects: ["src/Ordering/**"]
          - name: Catalog
            owner: team-discovery
            include: ["Shop.*.Catalog*"]
        tissue:
          - name: Platform
            include: ["Shop.Common.*", "Shop.Infrastructure.Logging.*"]
          - name: SharedData
            tables: ["dbo.Customers"]
        teams:
          team-checkout: { authors: ["*@checkout.example.com", "Jane Doe"] }
          team-discovery: { authors: ["*@discovery.example.com"] }
        rules:
          - id: cells-talk-through-contracts
            from: cell:*
            to: cell:*
            allow-only: ["*.Contracts.*"]
          - id: tissue-knows-no-cell
            from: tissue:*
            deny: cell:*
          - id: no-new-system-web
            deny-api: ["System.Web.*"]
            severity: error
          - id: no-cycles-between-cells
            no-cycles: cell
        thresholds:
          classCoupling: 95
          distance: 0.7
          crossCellChangeRatio: { max: 0.2, window: 90d }
        proposal:
          seed: 42
          resolution: 1.0
          weights: { structure: 1.0, changeCoupling: 0.5, data: 0.8 }
          exclude: ["**/*.Tests/**", "**/Migrations/**"]
        history:
          window: 365d
          maxFilesPerCommit: 30
        """;

    [Fact]
    public void Reads_every_section_of_the_shared_sketch()
    {
        var config = ConfigLoader.Parse(Sketch, "modernize.yml");

        Assert.Equal(["Ordering", "Catalog"], config.Cells.Select(c => c.Name));
        Assert.Equal("team-checkout", config.Cells[0].Owner);
        Assert.Equal(["src/Ordering/**"], config.Cells[0].Projects);
        Assert.Equal(3, config.Cells[0].Line);
        Assert.Equal(["dbo.Customers"], config.Tissue[1].Tables);
        Assert.Equal(["*@checkout.example.com", "Jane Doe"], config.Teams.Single(t => t.Name == "team-checkout").Authors);
        Assert.Equal(["cells-talk-through-contracts", "tissue-knows-no-cell", "no-new-system-web", "no-cycles-between-cells"], config.Rules.Select(r => r.Id));
        Assert.Equal("cell:*", config.Rules[0].To);
        Assert.Equal(["cell:*"], config.Rules[1].Deny);
        Assert.Equal("cell", config.Rules[3].NoCycles);
        Assert.All(config.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        Assert.Equal(0.2, config.Thresholds.CrossCellChangeRatio);
        Assert.Equal(90, config.Thresholds.CrossCellChangeWindowDays);
        Assert.Equal(0.7, config.Thresholds.Distance);
        Assert.Equal(0.5, config.Proposal.ChangeCouplingWeight);
        Assert.Equal(0.8, config.Proposal.DataWeight);
        Assert.Equal(["**/*.Tests/**", "**/Migrations/**"], config.Proposal.ExcludeGlobs);
        Assert.Equal(365, config.History.WindowDays);
        Assert.Equal("modernize.yml", config.SourceFile);
    }

    [Fact]
    public void Reads_the_cell_proposal_signals_and_size_rule()
    {
        var config = ConfigLoader.Parse("""
            proposal:
              weights: { naming: 0.5, wiring: 2, layout: 0.25 }
              maxCells: 12
              maxCellShare: 0.3
              minCellSize: 6
            """, "m.yml");

        Assert.Equal((0.5, 2.0, 0.25, 12, 0.3, (int?)6), (config.Proposal.NamingWeight, config.Proposal.WiringWeight, config.Proposal.LayoutWeight, config.Proposal.MaxCells, config.Proposal.MaxCellShare, config.Proposal.MinCellSize));
        Assert.Equal(1.0, new ProposalSettings().LayoutWeight);
        Assert.Null(config.Proposal.Resolution);
        Assert.Null(new ProposalSettings().Resolution);
    }

    [Fact]
    public void Reads_the_module_and_kernel_settings_over_their_defaults()
    {
        var config = ConfigLoader.Parse("""
            proposal:
              modules:
                registrationOwnShare: 0.9
                kernelUserShare: 0.5
                kernelWords: [Platform, Common]
                sliceMinDomainWords: 3
                sliceDomainShare: 0.75
                sameDomainNounShare: 0.6
            """, "m.yml");

        var modules = config.Proposal.Modules;
        Assert.Equal((0.9, 0.5, 3, 0.75, 0.6), (modules.RegistrationOwnShare, modules.KernelUserShare, modules.SliceMinDomainWords, modules.SliceDomainShare, modules.SameDomainNounShare));
        Assert.True(modules.KernelWordSet().Contains("platform"));
        Assert.False(modules.KernelWordSet().Contains("BuildingBlocks"));
        Assert.True(new ModuleGrainSettings().KernelWordSet().Contains("BuildingBlocks"));
        Assert.Equal(new ModuleGrainSettings().RegistrationOwnShare, ConfigLoader.Parse("proposal:\n  modules:\n", "m.yml").Proposal.Modules.RegistrationOwnShare);
    }

    [Fact]
    public void Reads_the_tissue_platform_and_resolution_settings_over_their_defaults()
    {
        var config = ConfigLoader.Parse("""
            proposal:
              resolutions: [0.5, 1.0, 2.0]
              tissue:
                minDependents: 4
                minCellsSpanned: 2
                cellsSpannedShare: 0.5
                minForeignInboundShare: 0.6
                minForeignInboundShareWithHint: 0.4
                maxDomainFanOutShare: 0.2
                minPartInboundShare: 0.7
                unitMinTypes: 3
                unitMinDependents: 5
                unitMinSelfContained: 0.5
                unitMinSelfContainedWithHint: 0.45
                unitMaxDomainFanOutShare: 0.1
                unitMaxDomainFanOutShareWithHint: 0.2
                maxNamedUseShare: 0.4
                unitMaxNamedUseShare: 0.6
              platform:
                maxDomainFanOutShare: 0.25
                minTypes: 3
                minDependents: 4
                minCellsSpanned: 3
                cellsSpannedShare: 0.4
                rootMinNamespaces: 5
                words: [Caching, Plumbing]
            """, "m.yml");

        var proposal = config.Proposal;
        Assert.Equal([0.5, 1.0, 2.0], proposal.Resolutions);
        Assert.Equal(new TissueSettings(4, 2, 0.5, 0.6, 0.4, 0.2, 0.7, 3, 5, 0.5, 0.45, 0.1, 0.2, 0.4, 0.6), proposal.Tissue);
        var platform = proposal.Platform;
        Assert.Equal((0.25, 3, 4, 3, 0.4, 5), (platform.MaxDomainFanOutShare, platform.MinTypes, platform.MinDependents, platform.MinCellsSpanned, platform.CellsSpannedShare, platform.RootMinNamespaces));
        Assert.True(platform.WordSet().Contains("plumbing"));
        Assert.False(platform.WordSet().Contains("Logging"));
        Assert.True(new PlatformUnitSettings().WordSet().Contains("Logging"));

        var defaults = ConfigLoader.Parse("proposal:\n  tissue:\n  platform:\n", "m.yml").Proposal;
        Assert.Equal(new TissueSettings(), defaults.Tissue);
        Assert.Equal(new PlatformUnitSettings(), defaults.Platform);
        Assert.Equal(ProposalSettings.CandidateResolutions, defaults.Resolutions);
    }

    [Fact]
    public void Reads_the_sub_cell_settings_over_their_defaults()
    {
        var config = ConfigLoader.Parse("""
            proposal:
              subCells:
                minTeamsInCell: 3
                resolution: 1.5
                minModularity: 0.4
                maxCrossingShare: 0.25
                maxSubCells: 4
            """, "m.yml");

        Assert.Equal(new SubCellSettings(3, 1.5, 0.4, 0.25, 4), config.Proposal.SubCells);
        Assert.Equal(new SubCellSettings(), ConfigLoader.Parse("proposal:\n  subCells:\n", "m.yml").Proposal.SubCells);
    }

    [Fact]
    public void Reads_the_legacy_shop_product_map()
    {
        var path = RepoPaths.Fixture("legacy-shop", "modernize.yml");

        var config = ConfigLoader.Load(path);

        Assert.Equal(["Catalog", "Ordering", "Customers", "Billing"], config.Cells.Select(c => c.Name));
        Assert.Equal("Platform", Assert.Single(config.Tissue).Name);
        Assert.Equal(4, config.Teams.Count);
        Assert.Contains(config.Rules, r => r.Id == "no-binary-formatter" && r.DenyApi.SequenceEqual(["System.Runtime.Serialization.Formatters.Binary.*"]));
    }

    [Fact]
    public void Reads_threshold_rules_and_history_settings_with_weeks_and_years()
    {
        var config = ConfigLoader.Parse("""
            rules:
              - id: small-types
                threshold: classCoupling
                max: 30
                severity: warning
              - id: distance-from-main-sequence
                threshold: distance
            history: { window: 1y, minRevisions: 4, minSharedRevisions: 3, minCouplingDegree: 0.4 }
            thresholds: { crossCellChangeRatio: { max: 0.3, window: 12w } }
            """, "m.yml");

        Assert.Equal("classCoupling", config.Rules[0].Threshold);
        Assert.Equal(30, config.Rules[0].Max);
        Assert.Null(config.Rules[1].Max);
        Assert.Contains("0.7", config.Rules[1].Text, StringComparison.Ordinal);
        Assert.Equal(365, config.History.WindowDays);
        Assert.Equal(4, config.History.MinRevisions);
        Assert.Equal(0.4, config.History.MinCouplingDegree);
        Assert.Equal(84, config.Thresholds.CrossCellChangeWindowDays);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_gives_the_defaults(string yaml)
    {
        var config = ConfigLoader.Parse(yaml, "m.yml");

        Assert.Equal(ModernizeConfig.Default.Thresholds, config.Thresholds);
        Assert.Empty(config.Rules);
        Assert.False(config.HasProductMap);
    }

    [Fact]
    public void Finds_modernize_yml_beside_a_solution_file_and_returns_null_when_there_is_none()
    {
        using var folder = new TempDirectory();
        var solution = folder.Write("Shop.sln", string.Empty);
        Assert.Null(ConfigLoader.FindAndLoad(solution, null));

        folder.Write("modernize.yml", "cells:\n  - name: Ordering\n    include: [\"Shop.Ordering.*\"]\n");

        Assert.Equal("Ordering", ConfigLoader.FindAndLoad(solution, null)!.Cells.Single().Name);
        Assert.Equal("Ordering", ConfigLoader.FindAndLoad(folder.Path, null)!.Cells.Single().Name);
    }

    [Fact]
    public void An_explicit_map_that_does_not_exist_is_bad_input()
    {
        using var folder = new TempDirectory();
        var missing = folder.Combine("nope.yml");

        var error = Assert.Throws<Model.InputException>(() => ConfigLoader.FindAndLoad(folder.Path, missing));

        Assert.Equal(missing, error.File);
        Assert.Contains("not found", error.Problem, StringComparison.Ordinal);
    }
}
