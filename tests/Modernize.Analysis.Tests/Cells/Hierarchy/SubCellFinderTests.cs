using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Hierarchy;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells.Hierarchy;

/// <summary>
/// Planted cells over one weighted graph: "Billing" is two dense halves of 20 (orders in Shop.Sales.Orders, invoices in
/// Shop.Sales.Billing) joined by three edges; "Catalog" is 40 types tied at random with probability 0.4, no structure inside;
/// "Stock" holds 6 types; "Platform" is tissue as large as Billing. With 86 domain types the team size is 9 (⌈86 / 10⌉).
/// </summary>
public sealed class SubCellFinderTests
{
    private static readonly string[] Words =
    [
        "Line", "Item", "Note", "Total", "Tax", "Draft", "State", "Event", "Query", "Rule",
        "Report", "Export", "Import", "Archive", "Audit", "Batch", "Charge", "Credit", "Debit", "Entry",
    ];

    private readonly List<TypeNode> types = [];
    private readonly WeightedGraph graph = new(126);

    public SubCellFinderTests()
    {
        var orders = Add("Shop.Sales.Orders", "Order", 20);
        var invoices = Add("Shop.Sales.Billing", "Invoice", 20);
        var catalog = Add("Shop.Catalog", "Product", 20).Concat(Add("Shop.Catalog", "Category", 20)).ToList();
        var stock = Add("Shop.Stock", "Stock", 6);
        var platform = Add("Shop.Platform", "Cache", 20).Concat(Add("Shop.Platform", "Log", 20)).ToList();
        Clique(orders);
        Clique(invoices);
        for (var i = 0; i < 3; i++)
        {
            graph.AddEdge(orders[i], invoices[i], 1);
        }

        var random = new Random(7);
        for (var a = 0; a < catalog.Count; a++)
        {
            for (var b = a + 1; b < catalog.Count; b++)
            {
                if (random.NextDouble() < 0.4)
                {
                    graph.AddEdge(catalog[a], catalog[b], 1);
                }
            }
        }

        Clique(stock);
        Clique(platform[..20]);
        Clique(platform[20..]);
        graph.AddEdge(platform[0], platform[20], 1);
    }

    private List<CellDraft> Drafts() =>
    [
        Draft("Billing", CellKind.Cell, 0, 40),
        Draft("Catalog", CellKind.Cell, 40, 80),
        Draft("Stock", CellKind.Cell, 80, 86),
        Draft("Platform (tissue)", CellKind.Tissue, 86, 126),
    ];

    private IReadOnlyList<CellDraft> Refine() =>
        SubCellFinder.Refine(Drafts(), graph, types.Select(t => t.Id).ToList(), types.ToDictionary(t => t.Id, StringComparer.Ordinal), new ProposalSettings());

    [Fact]
    public void A_cell_of_two_dense_halves_gets_one_sub_cell_per_half_named_from_its_members_never_after_the_cell()
    {
        var billing = Refine()[0];

        Assert.Equal(2, billing.SubCells.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => types[i].Id).Order(StringComparer.Ordinal), billing.SubCells.Single(s => s.Members.Contains(types[0].Id)).Members);
        Assert.Equal(Enumerable.Range(20, 20).Select(i => types[i].Id).Order(StringComparer.Ordinal), billing.SubCells.Single(s => s.Members.Contains(types[20].Id)).Members);

        // The invoices' namespace segment is the cell's own name, so they take their type names' word instead.
        Assert.Equal(["Invoice", "Orders"], billing.SubCells.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(billing.SubCells, s => Assert.Equal(3, s.SiblingWeight));
        Assert.All(billing.SubCells, s => Assert.True(s.Cohesion > 0.98, $"{s.Name}: {s.Cohesion}"));
        Assert.Contains(billing.Explanation, line => line.StartsWith("Billing splits into ", StringComparison.Ordinal) && line.Contains("2 sub-cells a team could own separately; 1% of the cell's weight crosses between them", StringComparison.Ordinal));
    }

    [Fact]
    public void Proposal_sub_cell_settings_decide_which_splits_are_shown()
    {
        IReadOnlyList<CellDraft> RefineWith(SubCellSettings rule) =>
            SubCellFinder.Refine(Drafts(), graph, types.Select(t => t.Id).ToList(), types.ToDictionary(t => t.Id, StringComparer.Ordinal), new ProposalSettings { SubCells = rule });

        // Billing's halves reach modularity about 0.49: a bar above it, or a cell needing five teams' worth, shows none.
        Assert.Empty(RefineWith(new SubCellSettings(MinModularity: 0.6))[0].SubCells);
        Assert.Empty(RefineWith(new SubCellSettings(MinTeamsInCell: 5))[0].SubCells);
        Assert.Equal(2, RefineWith(new SubCellSettings(MinModularity: 0.45))[0].SubCells.Count);
    }

    [Fact]
    public void A_cell_without_structure_inside_a_small_cell_and_tissue_get_no_sub_cells()
    {
        var refined = Refine();

        Assert.Empty(refined[1].SubCells);
        Assert.Empty(refined[2].SubCells);
        Assert.Empty(refined[3].SubCells);
        Assert.Equal(Drafts()[1].Explanation, refined[1].Explanation);

        // Leiden still finds parts in the random cell: it is the modularity floor that turns them down.
        var nodeOf = types.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var split = SubCellFinder.Split(Drafts()[1], graph, nodeOf, types.ToDictionary(t => t.Id, StringComparer.Ordinal), new CellNaming(types), new ProposalSettings(), teamSize: 9);
        Assert.NotNull(split);
        Assert.InRange(split.Modularity, 0.0, new SubCellSettings().MinModularity - 0.05);
        Assert.Empty(split.SubCells);
    }

    [Fact]
    public void The_top_level_cells_are_the_same_with_and_without_the_finder()
    {
        var before = Drafts();
        var after = Refine();

        Assert.Equal(before.Select(d => (d.Name, d.Kind, string.Join(',', d.Members))), after.Select(d => (d.Name, d.Kind, string.Join(',', d.Members))));
        Assert.All(after.Skip(1), d => Assert.Equal(before.Single(b => b.Name == d.Name).Explanation, d.Explanation));
    }

    [Fact]
    public void The_split_is_the_same_on_every_run()
    {
        var first = Refine()[0].SubCells;
        var second = Refine()[0].SubCells;

        Assert.Equal(first.Select(s => (s.Name, string.Join(',', s.Members), s.Cohesion)), second.Select(s => (s.Name, string.Join(',', s.Members), s.Cohesion)));
    }

    private CellDraft Draft(string name, CellKind kind, int from, int to) =>
        new(name, kind, null, types[from..to].Select(t => t.Id).ToList(), ["planted"]);

    private List<int> Add(string ns, string word, int count)
    {
        var added = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var name = word + Words[i % Words.Length] + (i >= Words.Length ? "X" : string.Empty);
            added.Add(types.Count);
            types.Add(new TypeNode($"{ns}.{name}", name, TypeKind.Class, "src/Shop/Shop.csproj", ns, $"src/Shop/{ns.Replace('.', '/')}/{name}.cs", 1, false, false, TypeMetrics.Empty, []));
        }

        return added;
    }

    private void Clique(List<int> nodes)
    {
        for (var a = 0; a < nodes.Count; a++)
        {
            for (var b = a + 1; b < nodes.Count; b++)
            {
                graph.AddEdge(nodes[a], nodes[b], 1);
            }
        }
    }
}
