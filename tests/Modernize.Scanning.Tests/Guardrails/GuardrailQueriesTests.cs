using Modernize.Scanning.Configuration;
using Modernize.Analysis.Guardrails;
using Modernize.Model.Scan;
using Modernize.Testing;

namespace Modernize.Scanning.Tests.Guardrails;

public class GuardrailQueriesTests
{
    internal const string Yaml = """
        version: 1
        cells:
          - name: Catalog
            owner: team-catalog
            include: ["Shop.Catalog.**"]
          - name: Ordering
            owner: team-checkout
            include: ["Shop.Ordering.**"]
          - name: Billing
            owner: team-finance
            projects: ["src/Billing/**"]
        tissue:
          - name: Platform
            include: ["Shop.Common.**"]
        teams:
          team-catalog: { authors: ["*@catalog.example.com"] }
          team-checkout: { authors: ["*@checkout.example.com"] }
          team-finance: { authors: ["*@finance.example.com"] }
        rules:
          - id: ordering-not-catalog-internals
            from: cell:Ordering
            to: cell:Catalog
            allow-only: ["Shop.Catalog.Contracts.*"]
          - id: tissue-knows-no-cell
            from: tissue:*
            deny: cell:*
          - id: no-system-web
            deny-api: ["System.Web.*"]
          - id: no-cycles-between-cells
            no-cycles: cell
        """;

    internal static ScanDocument Scan() => new ScanBuilder()
        .Type("Shop.Catalog.Product")
        .Type("Shop.Catalog.Contracts.ICatalog")
        .Type("Shop.Ordering.OrderService")
        .Type("Shop.Ordering.Order")
        .Type("Shop.Common.Clock")
        .Depends("Shop.Ordering.OrderService", "Shop.Catalog.Contracts.ICatalog")
        .Depends("Shop.Ordering.OrderService", "Shop.Ordering.Order")
        .Depends("Shop.Common.Clock", "Shop.Ordering.Order", line: 4)
        .Build();

    private static GuardrailQueries Queries(ScanDocument? scan = null) =>
        new(new ProductMapIndex(ConfigLoader.Parse(Yaml, "modernize.yml"), scan ?? Scan()));

    [Fact]
    public void Cell_of_a_file_and_of_a_type_name_the_element_the_owner_and_the_glob()
    {
        var queries = Queries();
        var byFile = Assert.Single(queries.CellOf("Shop/Ordering/OrderService.cs").Matches);
        Assert.Equal(("Shop.Ordering.OrderService", "Ordering", "cell", "team-checkout"), (byFile.Type, byFile.Element, byFile.Kind, byFile.Owner));
        Assert.Contains("Shop.Ordering.**", byFile.Why, StringComparison.Ordinal);

        var byName = Assert.Single(queries.CellOf("Clock").Matches);
        Assert.Equal(("Shop.Common.Clock", "Platform", "tissue"), (byName.Type, byName.Element, byName.Kind));

        var newType = Assert.Single(queries.CellOf("Shop.Catalog.Pricing.PriceList").Matches);
        Assert.Equal("Catalog", newType.Element);
        Assert.Null(Assert.Single(queries.CellOf("Shop.Unknown.Thing").Matches).Element);
    }

    [Fact]
    public void May_depend_follows_the_rules_check_applies()
    {
        var queries = Queries();
        var denied = queries.MayDepend("Shop.Ordering.OrderService", "Shop.Catalog.Product");
        Assert.False(denied.Allowed);
        Assert.Equal("ordering-not-catalog-internals", Assert.Single(denied.BrokenRules).RuleId);

        Assert.True(queries.MayDepend("OrderService", "Shop.Catalog.Contracts.ICatalog").Allowed);
        Assert.True(queries.MayDepend("cell:Ordering", "tissue:Platform").Allowed);
        Assert.Equal("tissue-knows-no-cell", Assert.Single(queries.MayDepend("tissue:Platform", "cell:Ordering").BrokenRules).RuleId);
        Assert.Equal("no-system-web", Assert.Single(queries.MayDepend("cell:Catalog", "System.Web.HttpContext").BrokenRules).RuleId);
        Assert.Contains("inside one element", queries.MayDepend("Shop.Ordering.Order", "Shop.Ordering.OrderService").Reason, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => queries.MayDepend("cell:Nope", "cell:Catalog"));
    }

    [Fact]
    public void Check_change_finds_the_new_cross_cell_dependency_its_line_the_rule_and_the_owners()
    {
        const string diff = """
            diff --git a/Shop/Ordering/OrderService.cs b/Shop/Ordering/OrderService.cs
            --- a/Shop/Ordering/OrderService.cs
            +++ b/Shop/Ordering/OrderService.cs
            @@ -8,3 +8,5 @@ public class OrderService
                 public void Place()
                 {
            +        var product = new Shop.Catalog.Product(); // reach into Catalog
            +        var now = System.Web.HttpContext.Current;
                 }
            """;
        var answer = ChangeChecker.Check(Queries(), diff, null, _ => null);

        var dependency = Assert.Single(answer.NewCrossCellDependencies);
        Assert.Equal(("Shop.Ordering.OrderService", "Ordering", "Shop.Catalog.Product", "Catalog", true, "Shop/Ordering/OrderService.cs:10"),
            (dependency.From, dependency.FromElement, dependency.To, dependency.ToElement, dependency.CrossCell, dependency.At));
        Assert.Equal(["no-system-web", "ordering-not-catalog-internals"], answer.BrokenRules.Select(b => b.RuleId).Order(StringComparer.Ordinal));
        Assert.Contains(answer.BrokenRules, b => b.At == "Shop/Ordering/OrderService.cs:11");
        Assert.Equal(["team-catalog", "team-checkout"], answer.OwnersToInvolve);
        Assert.Equal(["cell:Ordering"], answer.CellsTouched);
        Assert.StartsWith("breaks 2 error rule(s)", answer.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_change_reports_a_new_cell_dependency_that_closes_a_cell_cycle()
    {
        const string diff = """
            --- a/Shop/Catalog/Product.cs
            +++ b/Shop/Catalog/Product.cs
            @@ -7,1 +7,2 @@
             public class Product {
            +    public Shop.Ordering.Order LastOrder;
            """;
        var answer = ChangeChecker.Check(Queries(), diff, null, _ => null);
        var broken = Assert.Single(answer.BrokenRules);
        Assert.Equal("no-cycles-between-cells", broken.RuleId);
        Assert.Equal("Shop/Catalog/Product.cs:8", broken.At);
        Assert.Contains("closes the cell cycle Catalog -> Ordering -> Catalog", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_change_of_existing_dependencies_reports_nothing_new()
    {
        const string diff = """
            --- a/Shop/Ordering/OrderService.cs
            +++ b/Shop/Ordering/OrderService.cs
            @@ -1,1 +1,2 @@
             namespace Shop.Ordering;
            +// uses Shop.Catalog.Contracts.ICatalog, and ICatalog again
            """;
        var answer = ChangeChecker.Check(Queries(), diff, null, _ => null);
        Assert.Empty(answer.NewCrossCellDependencies);
        Assert.Empty(answer.BrokenRules);
        Assert.Throws<ArgumentException>(() => ChangeChecker.Check(Queries(), "just words", null, _ => null));
        Assert.Throws<ArgumentException>(() => ChangeChecker.Check(Queries(), null, null, _ => null));
    }

    [Fact]
    public void Check_change_reads_listed_files_whole_and_places_new_files_by_their_namespace()
    {
        var answer = ChangeChecker.Check(Queries(), null, ["Shop/Catalog/New/Discount.cs"], path => path == "Shop/Catalog/New/Discount.cs"
            ? "namespace Shop.Catalog.New;\npublic class Discount { Shop.Ordering.Order order; }\n"
            : null);
        Assert.Equal(["cell:Catalog"], answer.CellsTouched);
        var dependency = Assert.Single(answer.NewCrossCellDependencies);
        Assert.Equal(("Shop.Catalog.New.Discount", "Shop.Ordering.Order", "Shop/Catalog/New/Discount.cs:2"), (dependency.From, dependency.To, dependency.At));
        Assert.Equal("no-cycles-between-cells", Assert.Single(answer.BrokenRules).RuleId); // Ordering already uses Catalog
    }

    [Fact]
    public void Cell_interface_lists_the_types_others_use_with_their_callers()
    {
        var answer = Queries().CellInterface("Catalog");
        var surface = Assert.Single(answer.Interface);
        Assert.Equal("Shop.Catalog.Contracts.ICatalog", surface.Type);
        Assert.Equal(("Shop.Ordering.OrderService", "Ordering"), (surface.UsedBy[0].Type, surface.UsedBy[0].Element));
        Assert.Equal(2, answer.Types);
        Assert.Throws<ArgumentException>(() => Queries().CellInterface("Shipping"));
    }

    [Fact]
    public void Violations_are_those_check_finds_filtered_by_cell()
    {
        var queries = Queries();
        var all = queries.Violations(null);
        Assert.Equal("tissue-knows-no-cell", Assert.Single(all.Violations).RuleId);
        Assert.Single(queries.Violations("Ordering").Violations);
        Assert.Empty(queries.Violations("cell:Catalog").Violations);
    }
}
