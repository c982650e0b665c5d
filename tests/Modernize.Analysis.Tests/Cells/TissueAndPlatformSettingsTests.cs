using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>The tissue, platform and resolution settings of <c>proposal.tissue</c>, <c>proposal.platform</c> and <c>proposal.resolutions</c> reach the rules that use them (decision 71).</summary>
public sealed class TissueAndPlatformSettingsTests
{
    private static readonly string[] Modules = ["Orders", "Billing", "Customers"];

    /// <summary>
    /// Three modules use Shop.Core.Caching (through their endpoints) and Shop.Core.Logging (endpoints and repositories);
    /// caching logs and sends one part in nine of its outbound weight to an Orders entity: 11 % domain fan-out.
    /// The platform types share one candidate cell; each module has its own.
    /// </summary>
    private static (Model.Graph.CodeGraph Graph, Dictionary<string, int> CandidateCell) Platform()
    {
        var graph = new TinyGraph()
            .Type("Shop.Core.Caching.CacheManager")
            .Type("Shop.Core.Caching.CacheKey")
            .Type("Shop.Core.Logging.Logger")
            .Type("Shop.Core.Logging.LogEntry");
        foreach (var module in Modules)
        {
            graph.Type($"Shop.{module}.Endpoint").Type($"Shop.{module}.Repository")
                .Depends($"Shop.{module}.Endpoint", $"Shop.{module}.Repository", 3)
                .Depends($"Shop.{module}.Endpoint", "Shop.Core.Caching.CacheManager", 1)
                .Depends($"Shop.{module}.Endpoint", "Shop.Core.Logging.Logger", 1)
                .Depends($"Shop.{module}.Repository", "Shop.Core.Logging.Logger", 1);
        }

        graph.Depends("Shop.Core.Caching.CacheManager", "Shop.Core.Caching.CacheKey", 4)
            .Depends("Shop.Core.Caching.CacheManager", "Shop.Core.Logging.Logger", 4)
            .Depends("Shop.Core.Caching.CacheManager", "Shop.Orders.Repository", 1)
            .Depends("Shop.Core.Logging.Logger", "Shop.Core.Logging.LogEntry", 2);
        var built = graph.Build();
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Namespace.StartsWith("Shop.Core", StringComparison.Ordinal) ? 0 : 1 + Array.IndexOf(Modules, t.Namespace.Split('.')[1]),
            StringComparer.Ordinal);
        return (built, candidateCell);
    }

    private static IReadOnlyList<TissueUnit> TissueUnits(Model.Graph.CodeGraph graph, Dictionary<string, int> candidateCell, TissueSettings settings) => TissueUnitDetector.Detect(
        CellContext.Create(graph, AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = new ProposalSettings { Tissue = settings } }),
        candidateCell,
        new HashSet<string>(StringComparer.Ordinal));

    private static IReadOnlyList<TissueUnit> PlatformUnits(PlatformUnitSettings settings)
    {
        var (graph, candidateCell) = Platform();
        var config = ModernizeConfig.Default with { Proposal = new ProposalSettings { Platform = settings } };
        var none = new HashSet<string>(StringComparer.Ordinal);
        return PlatformUnitDetector.Detect(CellContext.Create(graph, AnalysisResult.Empty, config), candidateCell, none, none);
    }

    [Fact]
    public void The_fan_out_ceiling_decides_whether_a_platform_namespace_reaching_domain_code_is_tissue()
    {
        var byDefault = PlatformUnits(new PlatformUnitSettings());
        var strict = PlatformUnits(new PlatformUnitSettings(MaxDomainFanOutShare: 0));

        Assert.Equal(["Shop.Core.Caching", "Shop.Core.Logging"], byDefault.Select(u => u.Unit));
        Assert.Equal(1 / 9.0, byDefault[0].DomainFanOutShare, 3);
        // Logging reaches no domain code: it stands at any ceiling; Caching's 11 % is over a ceiling of 0.
        Assert.Equal(["Shop.Core.Logging"], strict.Select(u => u.Unit));
    }

    [Fact]
    public void The_use_test_and_the_word_list_are_settings()
    {
        // Caching has 3 dependents (the endpoints); Logging has 7.
        Assert.Equal(["Shop.Core.Logging"], PlatformUnits(new PlatformUnitSettings(MinDependents: 4)).Select(u => u.Unit));
        // A list given replaces the built-in one: without Logging on it, Logging is no platform name.
        Assert.Equal(["Shop.Core.Caching"], PlatformUnits(new PlatformUnitSettings(Words: ["Caching"])).Select(u => u.Unit));
        // Dependents in 4 candidate cells of 4: needing 5 leaves nothing.
        Assert.Empty(PlatformUnits(new PlatformUnitSettings(MinCellsSpanned: 5)));
    }

    [Fact]
    public void A_platform_units_explanation_gives_the_use_and_fan_out_tests_it_was_held_to_not_a_clustering_figure()
    {
        var caching = PlatformUnits(new PlatformUnitSettings()).Single(u => u.Unit == "Shop.Core.Caching");

        Assert.Equal(
            "Namespace Shop.Core.Caching is tissue as a whole: 2 types used by 3 types outside it spread over 3 of 4 candidate cells (at least 2 needed); "
            + "as a platform namespace (its segment 'Caching' names a technical concern), it was judged by use and fan-out only, not by clustering; "
            + "11% of its outbound weight reaches domain code (at most 15% allowed; weight into tissue and into the other platform namespaces standing is not domain).",
            caching.Sentence());
    }

    /// <summary>
    /// Shop.Web.Framework.Caching's three types are each used by one module's service (too few dependents for type-level
    /// tissue), and Shop.Web, holding the controllers too, sends most of its weight into the modules (no namespace unit):
    /// only the platform rule makes it tissue. Its memory cache sends 1 of its 7 outbound weight to an Orders entity.
    /// </summary>
    [Fact]
    public void A_stricter_platform_fan_out_ceiling_changes_the_proposal()
    {
        string[] caching = ["Shop.Web.Framework.Caching.MemoryCache", "Shop.Web.Framework.Caching.CacheKey", "Shop.Web.Framework.Caching.CacheRegion"];
        var graph = new TinyGraph();
        foreach (var type in caching)
        {
            graph.Type(type);
        }

        for (var i = 0; i < Modules.Length; i++)
        {
            var (controller, service, repository, entity) = ($"Shop.Web.Controllers.{Modules[i]}Controller", $"Shop.{Modules[i]}.Service", $"Shop.{Modules[i]}.Repository", $"Shop.{Modules[i]}.Entity");
            graph.Type(controller).Type(service).Type(repository).Type(entity)
                .Depends(controller, service, 3).Depends(service, repository, 3).Depends(repository, entity, 3).Depends(service, entity, 2)
                .Depends(service, caching[i], 1);
        }

        graph.Depends(caching[0], caching[1], 3).Depends(caching[0], caching[2], 3).Depends(caching[0], "Shop.Orders.Entity", 1);
        var built = graph.Build();
        CellsResult Propose(PlatformUnitSettings settings) =>
            CellProposer.Propose(built, AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = new ProposalSettings { Platform = settings } });

        var platform = Assert.Single(Propose(new PlatformUnitSettings()).Cells, c => c.Kind == CellKind.Tissue);
        var strict = Propose(new PlatformUnitSettings(MaxDomainFanOutShare: 0.1));

        Assert.Equal("Shop.Web.Framework (tissue)", platform.Name);
        Assert.Equal(caching.Order(StringComparer.Ordinal), platform.Members.Order(StringComparer.Ordinal));
        Assert.Contains("14% of its outbound weight reaches domain code (at most 15% allowed", platform.Explanation[0], StringComparison.Ordinal);
        Assert.DoesNotContain(strict.Cells, c => c.Kind == CellKind.Tissue);
        Assert.Equal(CellKind.Cell, strict.Cells.Single(c => c.Members.Contains(caching[0])).Kind);
    }

    [Fact]
    public void The_tissue_type_thresholds_are_settings()
    {
        var (graph, candidateCell) = Platform();
        IReadOnlyList<string> Tissue(TissueSettings settings) => TissueDetector
            .Detect(CellContext.Create(graph, AnalysisResult.Empty, ModernizeConfig.Default with { Proposal = new ProposalSettings { Tissue = settings } }), candidateCell)
            .Select(v => v.Type)
            .ToList();

        // The logger (7 dependents) and the cache manager (3) are tissue, with the parts serving them only.
        Assert.Equal(["Shop.Core.Caching.CacheKey", "Shop.Core.Caching.CacheManager", "Shop.Core.Logging.LogEntry", "Shop.Core.Logging.Logger"], Tissue(new TissueSettings()));
        Assert.Equal(["Shop.Core.Logging.LogEntry", "Shop.Core.Logging.Logger"], Tissue(new TissueSettings(MinDependents: 4)));
        // The cache manager sends 11 % of its weight to an Orders repository.
        Assert.DoesNotContain("Shop.Core.Caching.CacheManager", Tissue(new TissueSettings(MaxDomainFanOutShare: 0.1)));
    }

    [Fact]
    public void The_tissue_unit_thresholds_are_settings_and_a_clustering_unit_says_so()
    {
        var (graph, candidateCell) = Platform();
        IReadOnlyList<TissueUnit> Units(TissueSettings settings) => TissueUnits(graph, candidateCell, settings);

        // Shop.Core's four types all sit in a candidate cell of their own: it clusters; 1 of its 11 outbound weight reaches domain code.
        var core = Assert.Single(Units(new TissueSettings()));
        Assert.Equal("Shop.Core", core.Unit);
        Assert.Contains("100% of its types sit in candidate cells of their own rather than inside a domain (at least 47% needed)", core.Sentence(), StringComparison.Ordinal);
        Assert.Contains("(at most 25% allowed)", core.Sentence(), StringComparison.Ordinal);
        Assert.Empty(Units(new TissueSettings(UnitMaxDomainFanOutShareWithHint: 0.05)));
        Assert.Empty(Units(new TissueSettings(UnitMinDependents: 7)));
    }

    [Fact]
    public void A_unit_named_as_a_kernel_passes_the_clustering_test_with_half_its_types_clustering()
    {
        // Two of Shop.Core's four types are pulled into module candidate cells, as a kernel's widely used types are.
        var (graph, candidateCell) = Platform();
        candidateCell["Shop.Core.Caching.CacheKey"] = 1;
        candidateCell["Shop.Core.Logging.LogEntry"] = 2;
        IReadOnlyList<TissueUnit> Units(TissueSettings settings) => TissueUnits(graph, candidateCell, settings);

        var core = Assert.Single(Units(new TissueSettings()));
        Assert.Equal("Shop.Core", core.Unit);
        Assert.Contains("50% of its types sit in candidate cells of their own rather than inside a domain (at least 47% needed)", core.Sentence(), StringComparison.Ordinal);
        Assert.Empty(Units(new TissueSettings(UnitMinSelfContainedWithHint: 0.6)));
    }

    [Fact]
    public void The_resolutions_tried_are_a_setting()
    {
        var (graph, _) = Platform();
        var config = ModernizeConfig.Default with { Proposal = new ProposalSettings { Resolutions = [0.6] } };

        Assert.Equal(0.6, CellProposer.Propose(graph, AnalysisResult.Empty, config).Resolution);
        Assert.Contains(CellProposer.Propose(graph, AnalysisResult.Empty, ModernizeConfig.Default).Resolution, ProposalSettings.CandidateResolutions);
    }
}
