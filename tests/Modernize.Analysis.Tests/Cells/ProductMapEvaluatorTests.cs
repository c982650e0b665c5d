using Modernize.Testing.Generation;
using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

public sealed class ProductMapEvaluatorTests
{
    private const string Misplaced = "Shop.Services.Logic.CatalogPolicy";
    private static readonly GeneratedMonolith Monolith = LayeredMonolithGenerator.Generate(seed: 2, mixing: 0.15, domains: 4);

    // Ordering and Catalog are declared; a Catalog policy is put into Ordering on purpose; the utilities are Platform tissue.
    private static readonly ModernizeConfig Map = ModernizeConfig.Default with
    {
        Cells =
        [
            new CellDeclaration("Ordering", "team-checkout", ["Shop.**.Ordering*", Misplaced], [], [], 3),
            new CellDeclaration("Catalog", "team-discovery", ["Shop.**.Catalog*"], [], [], 7),
        ],
        Tissue = [new CellDeclaration("Platform", null, ["Shop.Common.*"], [], [], 11)],
        SourceFile = "/repo/modernize.yml",
    };

    [Fact]
    public void Without_a_map_there_is_nothing_to_evaluate()
    {
        var proposal = CellProposer.Propose(Monolith.Graph, AnalysisResult.Empty, ModernizeConfig.Default);

        Assert.Null(ProductMapEvaluator.Evaluate(Monolith.Graph, AnalysisResult.Empty, ModernizeConfig.Default, proposal));
    }

    [Fact]
    public void Scores_the_declared_cells_and_tissue_as_declared()
    {
        var declared = Evaluate(Monolith.Graph);

        Assert.Equal(CellOrigin.Declared, declared.Origin);
        var ordering = declared.Cells.Single(c => c.Name == "Ordering");
        Assert.Equal(CellKind.Cell, ordering.Kind);
        Assert.Equal(CellOrigin.Declared, ordering.Origin);
        Assert.Equal("team-checkout", ordering.Owner);
        Assert.Contains(Misplaced, ordering.Members);
        Assert.Equal(Monolith.DomainOf.Count(d => d.Value == "Ordering") + 1, ordering.Members.Count);
        Assert.StartsWith("Declared as cell in modernize.yml (line 3) by include Shop.**.Ordering*", ordering.Explanation[0], StringComparison.Ordinal);
        Assert.Equal(Monolith.UtilityTypes.Order(), declared.Cells.Single(c => c.Name == "Platform" && c.Kind == CellKind.Tissue).Members);
        Assert.Equal(["Catalog", "Ordering"], declared.ExtractionOrder.Select(s => s.Cell).Order());
        Assert.InRange(declared.Quality.InterPartitionCallPercentage, 0.01, 0.99);
    }

    [Fact]
    public void Lists_the_dependencies_that_break_the_map()
    {
        var declared = Evaluate(Monolith.Graph);
        var seam = Assert.Single(declared.Seams, s => s.From == "Catalog" && s.To == "Ordering");

        // The misplaced policy is used by the Catalog types it really belongs with.
        Assert.Contains(seam.Dependencies, d => d.To == Misplaced || d.From == Misplaced);
        Assert.Contains(declared.Comparison, l => l.StartsWith("Breaks the map: Catalog ↔ Ordering, weight " + seam.Weight, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_tissue_that_depends_on_a_cell()
    {
        var logger = Monolith.UtilityTypes.Single(u => u.EndsWith("Logger", StringComparison.Ordinal));
        var order = Monolith.DomainOf.First(d => d.Value == "Ordering").Key;
        var graph = Monolith.Graph with
        {
            Dependencies = [.. Monolith.Graph.Dependencies, new Dependency(logger, order, 2, new Dictionary<DependencyKind, int> { [DependencyKind.ParameterType] = 2 }, [new SourceLocation("src/Shop.Common/Logging/Logger.cs", 33)])],
        };

        var declared = Evaluate(graph);

        var seam = Assert.Single(declared.Seams, s => s.From == "Platform");
        Assert.Equal("Ordering", seam.To);
        Assert.Contains(declared.Comparison, l => l == $"Tissue depends on a cell: Platform → Ordering, weight 2: heaviest {logger} → {order} (ParameterType, weight 2) at src/Shop.Common/Logging/Logger.cs:33.");
    }

    [Fact]
    public void Compares_with_the_proposal_type_by_type()
    {
        var proposal = CellProposer.Propose(Monolith.Graph, AnalysisResult.Empty, Map);
        var declared = ProductMapEvaluator.Evaluate(Monolith.Graph, AnalysisResult.Empty, Map, proposal)!;
        var proposedCatalog = proposal.CellOfType()[Misplaced];

        Assert.Contains(declared.Comparison, l => l.StartsWith("Agreement between declared and proposed cells: NMI 0.", StringComparison.Ordinal));
        var orderingLine = Assert.Single(declared.Comparison, l => l.StartsWith("Declared Ordering (", StringComparison.Ordinal));
        Assert.Contains($"disagreeing: {Misplaced} → {proposedCatalog}", orderingLine, StringComparison.Ordinal);
        Assert.Contains(declared.Comparison, l => l.StartsWith("Declared Catalog (", StringComparison.Ordinal) && l.EndsWith(", all of them.", StringComparison.Ordinal));
        Assert.Contains(declared.Comparison, l => l == $"Declared tissue Platform ({Monolith.UtilityTypes.Count} types): {Monolith.UtilityTypes.Count} also proposed as tissue.");

        // Billing and Shipping are declared nowhere.
        var unclaimed = Monolith.DomainOf.Count(d => d.Value is "Billing" or "Shipping");
        Assert.Contains(declared.Comparison, l => l.StartsWith($"{unclaimed} of {Monolith.Graph.Types.Count} types are claimed by no declared cell or tissue", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_given_to_tissue_are_not_shared_data()
    {
        var withoutOwner = Evaluate(Monolith.Graph);
        var owned = Evaluate(Monolith.Graph, Map with { Tissue = [.. Map.Tissue, new CellDeclaration("SharedData", null, [], [], [Monolith.SharedTable], 14)] });

        Assert.Contains(withoutOwner.SharedData, t => t.Table == Monolith.SharedTable && t.Cells.SequenceEqual(["Catalog", "Ordering"]));
        Assert.DoesNotContain(owned.SharedData, t => t.Table == Monolith.SharedTable);
    }

    private static CellsResult Evaluate(CodeGraph graph, ModernizeConfig? config = null)
    {
        config ??= Map;
        return ProductMapEvaluator.Evaluate(graph, AnalysisResult.Empty, config, CellProposer.Propose(graph, AnalysisResult.Empty, config))!;
    }
}
