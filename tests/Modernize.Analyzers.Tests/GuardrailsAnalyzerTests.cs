using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Modernize.Analyzers.Tests.GuardrailsVerifier;

namespace Modernize.Analyzers.Tests;

public class GuardrailsAnalyzerTests
{
    private const string Catalog = """
        namespace Shop.Catalog
        {
            public class Product { public int Price; }
            namespace Contracts { public interface ICatalogApi { Product Find(string sku); } }
        }
        namespace Shop.Common { public static class Guard { public static void NotNull(object o) { } } }
        """;

    private const string OrderingDeniesCatalog =
        """{ "id": "ordering-does-not-call-catalog", "severity": "error", "text": "Cell Ordering must not depend on cell Catalog", "from": "cell:Ordering", "deny": ["cell:Catalog"] }""";

    [Fact]
    public async Task A_denied_cell_to_cell_use_is_reported_at_its_line_naming_both_cells_and_the_rule()
    {
        const string source = """
            using Shop.Catalog;
            namespace Shop.Ordering
            {
                public class OrderService
                {
                    public int Total({|#0:Product|} product) => product.{|#1:Price|} * 2;
                    public int Twice(int n) => n * 2;
                }
            }
            """;
        await VerifyAsync(GuardrailsFile(OrderingDeniesCatalog), source,
        [
            new DiagnosticResult("MOD0001", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Shop.Ordering.OrderService", "cell Ordering", "Shop.Catalog.Product", "cell Catalog", "ordering-does-not-call-catalog", "Cell Ordering must not depend on cell Catalog"),
        ], moreSources: Catalog);
    }

    [Fact]
    public async Task Uses_inside_one_cell_and_of_unclaimed_types_are_allowed()
    {
        const string source = """
            namespace Shop.Ordering
            {
                public class Order { }
                public class OrderService { public Order Create() => new Order(); public Shop.Unclaimed.Clock Clock() => null; }
            }
            namespace Shop.Unclaimed { public class Clock { } }
            """;
        await VerifyAsync(GuardrailsFile("""{ "id": "cells-are-independent", "from": "cell:*", "deny": ["cell:*"] }"""), source, []);
    }

    [Fact]
    public async Task Allow_only_contracts_lets_contracts_through_and_reports_the_rest()
    {
        const string source = """
            namespace Shop.Ordering
            {
                public class OrderService
                {
                    public Shop.Catalog.Contracts.ICatalogApi Api;
                    public Shop.Catalog.{|#0:Product|} Cheapest() => Api.Find("x");
                }
            }
            """;
        const string rule = """{ "id": "cells-talk-through-contracts", "text": "contracts only", "from": "cell:*", "to": "cell:*", "allowOnly": ["**.Contracts.*"] }""";
        await VerifyAsync(GuardrailsFile(rule), source,
        [
            new DiagnosticResult("MOD0001", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Shop.Ordering.OrderService", "cell Ordering", "Shop.Catalog.Product", "cell Catalog", "cells-talk-through-contracts", "contracts only"),
        ], moreSources: Catalog);
    }

    [Fact]
    public async Task Tissue_depending_on_a_cell_is_MOD0002()
    {
        const string source = """
            namespace Shop.Common.Pricing
            {
                public static class Rounding { public static int Of(Shop.Catalog.{|#0:Product|} p) => 1; }
            }
            """;
        await VerifyAsync(GuardrailsFile("""{ "id": "tissue-knows-no-cell", "text": "Tissue must not depend on any cell", "from": "tissue:*", "deny": ["cell:*"] }"""), source,
        [
            new DiagnosticResult("MOD0002", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Shop.Common.Pricing.Rounding", "tissue Platform", "Shop.Catalog.Product", "cell Catalog", "tissue-knows-no-cell", "Tissue must not depend on any cell"),
        ], moreSources: Catalog);
    }

    [Fact]
    public async Task A_denied_api_is_MOD0003_and_the_rule_severity_applies()
    {
        const string source = """
            namespace Shop.Catalog.Import
            {
                public class Downloader
                {
                    public string Get() => new System.Net.{|#0:WebClient|}().DownloadString("http://example.com");
                    public string Name() => System.IO.Path.GetFileName("a/b");
                }
            }
            """;
        const string rule = """{ "id": "no-webclient", "severity": "warning", "text": "Use HttpClient", "denyApi": ["System.Net.WebClient"] }""";
        await VerifyAsync(GuardrailsFile(rule), source,
        [
            new DiagnosticResult("MOD0003", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Shop.Catalog.Import.Downloader", "cell Catalog", "System.Net.WebClient", "System.Net.WebClient", "no-webclient", "Use HttpClient"),
        ]);
    }

    [Fact]
    public async Task A_name_rule_is_MOD0004_and_never_denies_a_type_its_own_group()
    {
        const string source = """
            namespace Shop.Web { public class Page { public Shop.Data.{|#0:Repository|} Repo; } }
            namespace Shop.Data { public class Repository { public Helper H; } public class Helper { } }
            """;
        const string rule = """{ "id": "web-does-not-use-data", "severity": "warning", "text": "Web must not use Data", "from": "Shop.Web.**", "deny": ["Shop.Data.**"] }""";
        await VerifyAsync(GuardrailsFile(rule), source,
        [
            new DiagnosticResult("MOD0004", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Shop.Web.Page", "no cell", "Shop.Data.Repository", "no cell", "web-does-not-use-data", "Web must not use Data"),
        ]);
    }

    [Fact]
    public async Task Editorconfig_severity_overrides_the_rule()
    {
        const string source = """
            namespace Shop.Ordering { public class OrderService { public Shop.Catalog.{|#0:Product|} P; } }
            """;
        await VerifyAsync(GuardrailsFile(OrderingDeniesCatalog), source,
        [
            new DiagnosticResult("MOD0001", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Shop.Ordering.OrderService", "cell Ordering", "Shop.Catalog.Product", "cell Catalog", "ordering-does-not-call-catalog", "Cell Ordering must not depend on cell Catalog"),
        ], editorconfig: "dotnet_diagnostic.MOD0001.severity = warning", moreSources: Catalog);

        await VerifyAsync(GuardrailsFile(OrderingDeniesCatalog), source.Replace("{|#0:Product|}", "Product", StringComparison.Ordinal), [],
            editorconfig: "dotnet_diagnostic.MOD0001.severity = none", moreSources: Catalog);
    }

    [Fact]
    public async Task An_exact_type_id_in_the_map_outranks_a_namespace_glob()
    {
        const string source = """
            namespace Shop.Web
            {
                public class OrderController { public Shop.Catalog.{|#0:Product|} P; }
                public class HomeController { public Shop.Catalog.Product P; }
            }
            """;
        await VerifyAsync(GuardrailsFile(OrderingDeniesCatalog), source,
        [
            new DiagnosticResult("MOD0001", DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("Shop.Web.OrderController", "cell Ordering", "Shop.Catalog.Product", "cell Catalog", "ordering-does-not-call-catalog", "Cell Ordering must not depend on cell Catalog"),
        ], moreSources: Catalog);
    }

    [Fact]
    public async Task Without_a_guardrails_file_nothing_is_reported()
    {
        const string source = "namespace Shop.Ordering { public class OrderService { public Shop.Catalog.Product P; } }";
        await VerifyAsync(null, source, [], moreSources: Catalog);
    }

    [Theory]
    [InlineData("{ \"format\": 1, \"rules\": [ { \"from\": \"cell:*\" } ] }", "an entry has no 'id'")]
    [InlineData("{ \"format\": 2 }", "unsupported format 2 (this analyzer reads format 1; update the Modernize.Analyzers package or re-export)")]
    [InlineData("{ \"format\": 1,\n ", "line 2: expected a property name")]
    [InlineData("[]", "the file is not a JSON object")]
    public async Task An_unreadable_guardrails_file_is_one_warning_naming_the_problem(string json, string problem)
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<GuardrailsAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20,
            TestCode = "namespace Shop.Ordering { public class OrderService { public Shop.Catalog.Product P; } }",
        };
        test.TestState.Sources.Add(Catalog);
        test.TestState.AdditionalFiles.Add(("/repo/modernize.guardrails.json", json));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("MOD0005", DiagnosticSeverity.Warning).WithNoLocation()
            .WithArguments("/repo/modernize.guardrails.json", problem));
        await test.RunAsync();
    }
}
