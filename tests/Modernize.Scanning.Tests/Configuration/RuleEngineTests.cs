using Modernize.Analysis.Rules;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using Modernize.Scanning.Configuration;
using Modernize.Testing;

namespace Modernize.Scanning.Tests.Configuration;

public sealed class RuleEngineTests
{
    private const string Map = """
        cells:
          - name: Ordering
            include: ["Shop.*.Ordering*"]
          - name: Billing
            include: ["Shop.*.Billing*"]
          - name: Catalog
            include: ["Shop.*.Catalog*"]
        tissue:
          - name: Platform
            include: ["Shop.Common.**"]

        """;

    [Fact]
    public void Tissue_depending_on_a_cell_is_named_with_kind_line_and_fingerprint()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Common.Logger").Type("Shop.Common.Guard").Type("Shop.Business.Ordering.OrderService")
            .Depends("Shop.Common.Logger", "Shop.Business.Ordering.OrderService", DependencyKind.FieldType, 2, line: 21)
            .Depends("Shop.Common.Logger", "Shop.Common.Guard")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Common.Logger")
            .Build();
        var config = Config("rules:\n  - id: tissue-knows-no-cell\n    from: tissue:*\n    deny: cell:*\n");

        var violation = Assert.Single(RuleEngine.Evaluate(scan, config));

        Assert.Equal("tissue-knows-no-cell", violation.RuleId);
        Assert.Equal("Shop.Common.Logger", violation.From);
        Assert.Equal("Shop.Business.Ordering.OrderService", violation.To);
        Assert.Equal("FieldType", violation.Kind);
        Assert.Equal(new SourceLocation("Shop/Common/Logger.cs", 21), violation.Location);
        Assert.Equal(Severity.Error, violation.Severity);
        Assert.Equal(Fingerprint.Of("tissue-knows-no-cell", ["Shop.Common.Logger", "Shop.Business.Ordering.OrderService"]), violation.Fingerprint);
        Assert.Contains("cell Ordering", violation.Message, StringComparison.Ordinal);
        Assert.Equal("Tissue must not depend on any cell", violation.RuleText);
    }

    [Fact]
    public void Cross_cell_dependencies_pass_only_through_contracts_and_same_cell_ones_always_pass()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Business.Ordering.OrderService").Type("Shop.Business.Ordering.OrderStatus")
            .Type("Shop.Business.Billing.InvoiceCalculator").Type("Shop.Contracts.Billing.IInvoices")
            .Type("Shop.Common.Clock").Type("Shop.Business.ShopManager")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator", DependencyKind.ObjectCreation, 9)
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Contracts.Billing.IInvoices")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Ordering.OrderStatus")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Common.Clock")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.ShopManager")
            .Build();
        var config = Config("rules:\n  - id: contracts\n    from: cell:*\n    to: cell:*\n    allow-only: [\"*.Contracts.*\"]\n");

        var violation = Assert.Single(RuleEngine.Evaluate(scan, config));

        Assert.Equal(("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator", "ObjectCreation"), (violation.From, violation.To, violation.Kind));
    }

    [Fact]
    public void Allow_only_without_to_ignores_types_outside_the_product_map()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Business.Ordering.OrderService").Type("Shop.Business.Catalog.CatalogService").Type("Shop.Business.Billing.InvoiceCalculator")
            .Type("Shop.Common.Clock").Type("Shop.Business.ShopManager")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Catalog.CatalogService")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Common.Clock")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.ShopManager")
            .Build();
        var config = Config("rules:\n  - id: ordering-uses-catalog-and-tissue\n    from: cell:Ordering\n    allow-only: [cell:Catalog, tissue:*]\n");

        var violation = Assert.Single(RuleEngine.Evaluate(scan, config));

        Assert.Equal("Shop.Business.Billing.InvoiceCalculator", violation.To);
    }

    [Fact]
    public void Name_rules_forbid_web_to_use_data_directly_whatever_the_cells()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Web.Ordering.OrderController").Type("Shop.Data.Ordering.OrderRepository").Type("Shop.Business.Ordering.OrderService")
            .Depends("Shop.Web.Ordering.OrderController", "Shop.Data.Ordering.OrderRepository", DependencyKind.MethodCall, 3)
            .Depends("Shop.Web.Ordering.OrderController", "Shop.Business.Ordering.OrderService")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Data.Ordering.OrderRepository")
            .Build();
        var config = Config("rules:\n  - id: web-not-data\n    from: \"*.Web.**\"\n    deny: [\"*.Data.**\"]\n    severity: warning\n");

        var violation = Assert.Single(RuleEngine.Evaluate(scan, config));

        Assert.Equal(("Shop.Web.Ordering.OrderController", "Shop.Data.Ordering.OrderRepository"), (violation.From, violation.To));
        Assert.Equal(Severity.Warning, violation.Severity);
    }

    [Fact]
    public void Denied_apis_name_the_using_type_the_api_and_the_line()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Web.Global").Type("Shop.Web.Customers.AccountController")
            .Uses("Shop.Web.Global", "System.Web.HttpApplication", line: 8)
            .Uses("Shop.Web.Customers.AccountController", "System.Web.Security.FormsAuthentication", line: 34)
            .Uses("Shop.Web.Customers.AccountController", "System.WebSockets.WebSocket")
            .Uses("Shop.Web.Customers.AccountController", "Newtonsoft.Json.JsonConvert")
            .Build();
        var config = Config("rules:\n  - id: no-new-system-web\n    deny-api: [\"System.Web.*\"]\n");

        var violations = RuleEngine.Evaluate(scan, config);

        Assert.Equal(["System.Web.Security.FormsAuthentication", "System.Web.HttpApplication"], violations.Select(v => v.To));
        Assert.All(violations, v => Assert.Equal("api", v.Kind));
        Assert.Equal(new SourceLocation("Shop/Web/Customers/AccountController.cs", 34), violations[0].Location);
    }

    [Fact]
    public void A_cell_cycle_reports_each_type_dependency_that_closes_it_once()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Business.Ordering.OrderService").Type("Shop.Business.Ordering.OrderStatus")
            .Type("Shop.Business.Billing.InvoiceCalculator").Type("Shop.Business.Catalog.CatalogService")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator", DependencyKind.MethodCall, 9)
            .Depends("Shop.Business.Billing.InvoiceCalculator", "Shop.Business.Ordering.OrderStatus", DependencyKind.MemberAccess, 1, line: 14)
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Catalog.CatalogService")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Ordering.OrderStatus")
            .Build();
        var config = Config("rules:\n  - id: no-cycles-between-cells\n    no-cycles: cell\n  - id: no-namespace-cycles\n    no-cycles: namespace\n");

        var violations = RuleEngine.Evaluate(scan, config);

        var cell = violations.Where(v => v.RuleId == "no-cycles-between-cells").ToList();
        Assert.Equal(
            [("Shop.Business.Billing.InvoiceCalculator", "Shop.Business.Ordering.OrderStatus"), ("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator")],
            cell.Select(v => (v.From, v.To)));
        Assert.All(cell, v => Assert.Equal("cycle", v.Kind));
        Assert.Contains("Billing <-> Ordering", cell[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, violations.Count(v => v.RuleId == "no-namespace-cycles"));
    }

    [Fact]
    public void No_cycle_no_violation()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Business.Ordering.OrderService").Type("Shop.Business.Billing.InvoiceCalculator")
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator")
            .Build();

        Assert.Empty(RuleEngine.Evaluate(scan, Config("rules:\n  - id: c\n    no-cycles: cell\n")));
    }

    [Fact]
    public void Threshold_rules_use_their_max_or_the_thresholds_section()
    {
        var scan = new ScanBuilder()
            .Type("Shop.Business.ShopManager", classCoupling: 52, complexity: 140)
            .Type("Shop.Business.Ordering.OrderService", classCoupling: 20, complexity: 30)
            .Distance("Shop.Business", 0.82).Distance("Shop.Common", 0.1)
            .Build();
        var config = Config("""
            thresholds: { distance: 0.5, cyclomaticComplexity: 100 }
            rules:
              - id: coupling
                threshold: classCoupling
                max: 15
              - id: complexity
                threshold: cyclomaticComplexity
              - id: distance
                threshold: distance
              - id: ordering-coupling
                threshold: classCoupling
                from: cell:Ordering
                max: 10
            """);

        var violations = RuleEngine.Evaluate(scan, config);

        Assert.Equal(
            ["coupling:Shop.Business.Ordering.OrderService", "coupling:Shop.Business.ShopManager", "complexity:Shop.Business.ShopManager", "distance:Shop.Business", "ordering-coupling:Shop.Business.Ordering.OrderService"],
            violations.Select(v => v.RuleId + ":" + v.From));
        Assert.All(violations, v => Assert.Equal("threshold", v.Kind));
        Assert.Contains("classCoupling 52, above the limit 15", violations[1].Message, StringComparison.Ordinal);
        Assert.Contains("0.82", violations[3].Message, StringComparison.Ordinal);
    }

    private static Model.Configuration.ModernizeConfig Config(string rules) => ConfigLoader.Parse(Map + rules, "modernize.yml");
}
