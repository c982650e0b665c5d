using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;

namespace Modernize.Analysis.Tests.Architecture;

public class FingerprintStabilityTests
{
    /// <summary>A graph planting a cycle, a god class, threshold breaches and legacy blockers; <paramref name="shift"/> moves every line.</summary>
    private static CodeGraph Planted(int shift) =>
        new GraphBuilder { LineShift = shift }
            .Project("Web/Web.csproj", ProjectStyle.Legacy, "net48", packagesConfig: true)
            .Type("Shop.Web.OrderPage", lines: 900, methods: 40, coupling: 120, complexity: 150)
            .Types("Shop.Orders.OrderService")
            .Depends("Shop.Web.OrderPage", "Shop.Orders.OrderService", 10)
            .Depends("Shop.Orders.OrderService", "Shop.Web.OrderPage", 1)
            .Uses("Shop.Web.OrderPage", "System.Web.UI.Page", 3)
            .Uses("Shop.Web.OrderPage", "System.Web.HttpContext", 2, "Current")
            .Uses("Shop.Orders.OrderService", "System.ServiceModel.ServiceHost")
            .Build();

    [Fact]
    public void Findings_keep_their_fingerprints_when_code_moves_lines()
    {
        var before = ArchitectureAnalyzer.Analyze(Planted(0), GitHistory.None, ModernizeConfig.Default);
        var after = ArchitectureAnalyzer.Analyze(Planted(37), GitHistory.None, ModernizeConfig.Default);

        Assert.True(before.Findings.Count >= 8, "the planted graph should give many findings");
        Assert.Equal(before.Findings.Select(f => f.Fingerprint).Order(), after.Findings.Select(f => f.Fingerprint).Order());
        Assert.NotEqual(
            before.Findings.SelectMany(f => f.Locations).Select(l => l.Line),
            after.Findings.SelectMany(f => f.Locations).Select(l => l.Line));
        Assert.Equal(before.Findings.Count, before.Findings.Select(f => f.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void Fingerprint_is_the_hash_of_rule_and_sorted_symbols()
    {
        var result = ArchitectureAnalyzer.Analyze(Planted(0), GitHistory.None, ModernizeConfig.Default);

        Assert.All(result.Findings, f =>
        {
            Assert.Equal(f.Symbols.Order(StringComparer.Ordinal), f.Symbols);
            Assert.Equal(Fingerprint.Of(f.RuleId, f.Symbols), f.Fingerprint);
        });
    }

    /// <summary>
    /// Users commit fingerprints (baseline files, SARIF uploads), so the hash must never change silently. These literals were
    /// computed outside .NET (Python's hashlib: sha256 of "rule\nsymbol\nsymbol", first 8 bytes, hex).
    /// </summary>
    [Theory]
    [InlineData("no-new-system-web", new[] { "Shop.Web.Global", "System.Web.HttpApplication" }, "e982736d4486f409")]
    [InlineData("cycle", new[] { "Shop.Billing", "Shop.Orders" }, "7d47f850d3726837")]
    [InlineData("règle", new[] { "Ünïcode.Type" }, "75196b750ec30591")]
    [InlineData("r", new string[0], "8e54b0ca18020275")]
    public void Fingerprints_of_scheme_v1_are_pinned(string ruleId, string[] symbols, string expected)
    {
        Assert.Equal("modernize/v1", Fingerprint.Scheme);
        Assert.Equal(expected, Fingerprint.Of(ruleId, symbols));
    }

    /// <summary>Pins what the analysis feeds the hash (rule ids and symbols) for three planted findings, not only the hash; literals from Python as above.</summary>
    [Theory]
    [InlineData("cycle/namespace", "Shop.Orders,Shop.Web", "f01bf147fb49f236")]
    [InlineData("cycle/type", "Shop.Orders.OrderService,Shop.Web.OrderPage", "b500463d7bed1e54")]
    [InlineData("smell/god-class", "Shop.Web.OrderPage", "921669dd57b0b587")]
    public void Planted_findings_keep_their_literal_fingerprints(string ruleId, string symbols, string expected)
    {
        var result = ArchitectureAnalyzer.Analyze(Planted(0), GitHistory.None, ModernizeConfig.Default);

        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId && string.Join(",", f.Symbols) == symbols);
        Assert.Equal(expected, finding.Fingerprint);
    }
}
