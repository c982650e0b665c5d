using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Cells;
using Modernize.Model.Graph;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>fixtures/legacy-shop: declared and proposed cells, tissue, shared tables and the rules of its modernize.yml (README "Types and their true cell", "SQL tables", "modernize.yml").</summary>
[Collection(LegacyShopScans.Name)]
public sealed class LegacyShopCellsTests(LegacyShopScan shop)
{
    /// <summary>The README's true cell of every type that has one (the five hosts and infrastructure types have none).</summary>
    private static readonly Dictionary<string, string> TrueCells = new Dictionary<string, string[]>
    {
        ["Catalog"] = ["Data.Entities.Product", "Data.Entities.Category", "Data.Catalog.ProductRepository", "Data.Catalog.CategoryRepository", "Business.Catalog.CatalogService", "Business.Catalog.PriceCalculator", "Web.Catalog.ProductController"],
        ["Ordering"] = ["Data.Entities.Order", "Data.Entities.OrderLine", "Data.Ordering.OrderRepository", "Business.Ordering.OrderService", "Business.Ordering.OrderStatus", "Business.Ordering.OrderValidator", "Business.Ordering.ShoppingCart", "Business.Ordering.CartSerializer", "Web.Orders.OrderController", "Web.Orders.CartController", "Web.Services.IOrderService", "Web.Services.WcfOrderService", "Web.Services.OrderDto", "Reporting.SalesReport"],
        ["Customers"] = ["Data.Entities.Customer", "Data.Customers.CustomerRepository", "Business.Customers.CustomerService", "Business.Customers.LoyaltyProgram", "Web.Customers.AccountController"],
        ["Billing"] = ["Data.Entities.Invoice", "Data.Entities.Payment", "Data.Billing.InvoiceRepository", "Data.Billing.PaymentRepository", "Business.Billing.InvoiceCalculator", "Business.Billing.BillingService", "Business.Billing.PaymentProcessor", "Web.Billing.InvoiceController", "Reporting.InvoiceAgingReport"],
        ["Platform"] = ["Common.Logging.Logger", "Common.Logging.LogLevel", "Common.Guard", "Common.Text.StringExtensions", "Common.Clock"],
    }.SelectMany(c => c.Value.Select(t => (Type: "Shop." + t, Cell: c.Key))).ToDictionary(x => x.Type, x => x.Cell, StringComparer.Ordinal);

    [Fact]
    public void The_declared_map_gives_four_cells_and_platform_tissue_with_the_readme_counts()
    {
        var declared = shop.Scan.DeclaredCells!;
        Assert.Equal(CellOrigin.Declared, declared.Origin);
        var counts = declared.Cells.ToDictionary(c => c.Name, c => (c.Kind, c.Members.Count, c.Owner));
        Assert.Equal(5, counts.Count);
        Assert.Equal((CellKind.Cell, 7, "team-catalog"), counts["Catalog"]);
        Assert.Equal((CellKind.Cell, 14, "team-checkout"), counts["Ordering"]);
        Assert.Equal((CellKind.Cell, 5, "team-crm"), counts["Customers"]);
        Assert.Equal((CellKind.Cell, 9, "team-finance"), counts["Billing"]);
        Assert.Equal((CellKind.Tissue, 5, (string?)null), counts["Platform"]);

        // Every declared member sits in its true cell; the five unassigned types sit nowhere.
        var cellOf = declared.CellOfType();
        Assert.Equal(TrueCells.OrderBy(x => x.Key, StringComparer.Ordinal), cellOf.OrderBy(x => x.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Proposed_cells_recover_the_planted_domains()
    {
        // Each tissue element is a block of its own, as each cell is.
        var proposed = shop.Scan.Cells.CellOfType();

        // At the default settings the four planted domains come back as four cells named after them (docs/cells.md).
        // Declared map for reference: 1.0.
        var cells = shop.Scan.Cells.Cells.Where(c => c.Kind == CellKind.Cell).ToList();
        Assert.Equal(["Billing", "Catalog", "Customers", "Ordering"], cells.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var domain in new[] { "Billing", "Catalog", "Customers", "Ordering" })
        {
            var home = TrueCells.Where(x => x.Value == domain).GroupBy(x => proposed.GetValueOrDefault(x.Key, "-")).OrderByDescending(g => g.Count()).First();
            Assert.Equal(domain, home.Key);
        }

        var nmi = NormalizedMutualInformation.Of(TrueCells, proposed);
        Assert.True(nmi >= 0.8, $"NMI {nmi:0.000}");
        Assert.Equal(1.0, NormalizedMutualInformation.Of(TrueCells, shop.Scan.DeclaredCells!.CellOfType()), 6);
    }

    [Fact]
    public void Shop_common_is_proposed_as_tissue_as_one_project_with_its_numbers()
    {
        var tissue = Assert.Single(shop.Scan.Cells.Cells, c => c.Kind == CellKind.Tissue && c.Members.Contains("Shop.Common.Guard"));
        Assert.Equal("Shop.Common (tissue)", tissue.Name);
        Assert.Equal(["Shop.Common.Clock", "Shop.Common.Guard", "Shop.Common.Logging.LogLevel", "Shop.Common.Logging.Logger", "Shop.Common.Text.StringExtensions"], tissue.Members.Order(StringComparer.Ordinal));

        // Each helper sits with the domain using it most in the preliminary run, so the project does not cluster; none of its
        // users is named after its types, so it is tissue as a whole (decision 113; per type before it, Logger used by 13 types).
        Assert.StartsWith("Project Shop.Common is tissue as a whole: 5 types used by 24 types outside it spread over 5 of 5 candidate cells", tissue.Explanation[0], StringComparison.Ordinal);
        Assert.Contains("almost none of its users is named after them (0%, at most 15% allowed)", tissue.Explanation[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dbo_customers_is_the_only_table_shared_by_cells()
    {
        foreach (var result in new[] { shop.Scan.Cells, shop.Scan.DeclaredCells! })
        {
            var shared = Assert.Single(result.SharedData);
            Assert.Equal("dbo.Customers", shared.Table);
            Assert.Equal(["Billing", "Customers", "Ordering"], shared.Cells.Order(StringComparer.Ordinal));
            Assert.Equal(["Shop.Data.Billing.InvoiceRepository", "Shop.Data.Customers.CustomerRepository", "Shop.Data.Ordering.OrderRepository"], shared.Accessors.Order(StringComparer.Ordinal));
        }

        var cellOf = shop.Scan.DeclaredCells!.CellOfType();
        foreach (var table in shop.Scan.Graph.DataAccesses.GroupBy(d => d.Target).Where(g => g.Key != "dbo.Customers"))
        {
            var cells = table.Select(d => cellOf.GetValueOrDefault(d.From)).Where(c => c is not null).Distinct().ToList();
            Assert.True(cells.Count == 1, $"{table.Key} is used by {string.Join(", ", cells)}");
        }
    }

    [Fact]
    public void Rules_of_modernize_yml_report_system_web_binary_formatter_and_the_cell_cycle_and_tissue_keeps_clean()
    {
        var violations = shop.Scan.Violations;
        var systemWeb = violations.Where(v => v.RuleId == "no-new-system-web").ToList();
        Assert.NotEmpty(systemWeb);
        Assert.All(systemWeb, v => Assert.StartsWith("Shop.Web.", v.From, StringComparison.Ordinal));
        Assert.Contains(systemWeb, v => v.From == "Shop.Web.Global" && v.To.StartsWith("System.Web.HttpApplication", StringComparison.Ordinal));

        var formatter = Assert.Single(violations, v => v.RuleId == "no-binary-formatter");
        Assert.Equal(new SourceLocation("Shop.Business/Ordering/CartSerializer.cs", 40), formatter.Location);

        var cycle = violations.Where(v => v.RuleId == "no-cycles-between-cells").ToList();
        Assert.Contains(cycle, v => v.From == "Shop.Business.Billing.InvoiceCalculator" && v.To == "Shop.Business.Ordering.OrderStatus" && v.Location == new SourceLocation("Shop.Business/Billing/InvoiceCalculator.cs", 14));
        Assert.Contains(cycle, v => v.From == "Shop.Business.Ordering.OrderService" && v.To == "Shop.Business.Billing.InvoiceCalculator");
        Assert.All(cycle, v => Assert.True(Touches(v.From, v.To, "Ordering", "Billing"), $"{v.From} -> {v.To}"));

        Assert.DoesNotContain(violations, v => v.RuleId == "tissue-knows-no-cell");
        Assert.Equal(violations.Count, shop.Scan.Kpi("ruleViolations"));
    }

    private bool Touches(string from, string to, string a, string b)
    {
        var cellOf = shop.Scan.DeclaredCells!.CellOfType();
        var pair = new[] { cellOf.GetValueOrDefault(from), cellOf.GetValueOrDefault(to) }.Order(StringComparer.Ordinal).ToArray();
        return pair.SequenceEqual(new[] { a, b }.Order(StringComparer.Ordinal));
    }
}
