using System.Text.Json;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using Modernize.Reporting.Sarif;

namespace Modernize.Reporting.Tests.Sarif;

public sealed class SarifWriterTests
{
    private static readonly Violation[] Violations =
    [
        new("no-new-system-web", "Code must not use System.Web.*", Severity.Error, "Shop.Web.Global", "System.Web.HttpApplication", "api",
            new SourceLocation("Shop.Web/Global.asax.cs", 8), "Shop.Web.Global uses System.Web.HttpApplication", Fingerprint.Of("no-new-system-web", ["Shop.Web.Global", "System.Web.HttpApplication"])),
        new("no-cycles-between-cells", "No dependency cycles between cells", Severity.Warning, "Shop.Business.Billing.InvoiceCalculator", "Shop.Business.Ordering.OrderStatus", "cycle",
            new SourceLocation("Shop.Reporting/My Project/Invoice<Aging>.vb", 14), "InvoiceCalculator -> OrderStatus closes Billing <-> Ordering", "0123456789abcdef"),
        new("big-types", "classCoupling at most 30", Severity.Info, "Shop.Business.ShopManager", "classCoupling", "threshold", null, "too coupled", "fedcba9876543210"),
    ];

    [Fact]
    public void Violations_make_a_log_valid_against_the_official_schema()
    {
        var json = Write(w => SarifWriter.Write(Violations, w, new SarifOptions(SourceRoot: "/work/shop", BaselinedFingerprints: new HashSet<string> { "0123456789abcdef" })));

        Assert.Empty(SarifSchema.Errors(json));
    }

    [Fact]
    public void Results_name_rule_level_dependency_relative_location_and_fingerprint()
    {
        var declared = new RuleDeclaration("quiet-rule", null, null, [], [], [], "cell", "warning", "No cycles between cells", 3);
        var json = Write(w => SarifWriter.Write(Violations, w, new SarifOptions(Rules: [declared], BaselinedFingerprints: new HashSet<string> { "0123456789abcdef" })));
        using var document = JsonDocument.Parse(json);
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(["quiet-rule", "no-new-system-web", "no-cycles-between-cells", "big-types"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("warning", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("Code must not use System.Web.*", rules[1].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(["error", "warning", "note"], results.Select(r => r.GetProperty("level").GetString()));
        Assert.Equal(1, results[0].GetProperty("ruleIndex").GetInt32());
        var location = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Shop.Reporting/My%20Project/Invoice%3CAging%3E.vb", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(14, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("0123456789abcdef", results[1].GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString());
        Assert.Equal(["new", "unchanged", "new"], results.Select(r => r.GetProperty("baselineState").GetString()));
        Assert.Equal("System.Web.HttpApplication", results[0].GetProperty("properties").GetProperty("to").GetString());
        Assert.Equal(0, results[2].GetProperty("locations").GetArrayLength());
    }

    [Fact]
    public void Findings_make_a_valid_log_too()
    {
        Finding[] findings =
        [
            new("cyclic-dependency", Severity.Warning, "Shop.Business.Billing <-> Shop.Business.Ordering", ["Shop.Business.Billing", "Shop.Business.Ordering"],
                [new SourceLocation("Shop.Business/Billing/InvoiceCalculator.cs", 14), new SourceLocation("Shop.Business/Ordering/OrderService.cs", 19)], "aaaa"),
            new("legacy/system-web", Severity.Error, "System.Web in Shop.Web", ["Shop.Web"], [], "bbbb"),
        ];

        var json = Write(w => SarifWriter.Write(findings, w, new SarifOptions(SourceRoot: "/work/shop")));

        Assert.Empty(SarifSchema.Errors(json));
        using var document = JsonDocument.Parse(json);
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(2, result.GetProperty("locations").GetArrayLength());
        Assert.Equal("Shop.Business.Ordering", result.GetProperty("properties").GetProperty("symbols")[1].GetString());
    }

    [Fact]
    public void The_schema_check_rejects_a_broken_log()
    {
        var json = Write(w => SarifWriter.Write(Violations, w)).Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);

        Assert.NotEmpty(SarifSchema.Errors(json));
    }

    private static string Write(Action<StringWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
