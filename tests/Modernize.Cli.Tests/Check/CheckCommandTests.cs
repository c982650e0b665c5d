using System.CommandLine;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Modernize.Cli.Commands;
using Modernize.Model.Graph;
using Modernize.Model.Scan;
using Modernize.Scanning.UseCases;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Check;

/// <summary>
/// <c>modernize check</c> end to end on the legacy-shop product map (fixtures/legacy-shop/modernize.yml), with scans
/// built by hand until the scan pipeline is wired in: exit codes, baseline workflow, SARIF and JUnit files.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string BinaryFormatter = "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter";
    private readonly TempDirectory folder = new("modernize-check");
    private readonly string solution;

    public CheckCommandTests()
    {
        File.Copy(RepoPaths.Fixture("legacy-shop", "modernize.yml"), folder.Combine("modernize.yml"));
        solution = folder.Write("LegacyShop.sln", string.Empty);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Passes_when_no_rule_is_broken()
    {
        var result = Run(Clean());

        Assert.Equal(0, result.Exit);
        Assert.Contains("check passed: 0 new, 0 baselined, 0 fixed (4 rule(s))", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_naming_the_offending_dependency()
    {
        var result = Run(Clean().Uses("Shop.Business.Ordering.CartSerializer", BinaryFormatter, line: 40));

        Assert.Equal(1, result.Exit);
        Assert.Contains($"new error no-binary-formatter: Shop.Business.Ordering.CartSerializer -> {BinaryFormatter} [api] at Shop/Business/Ordering/CartSerializer.cs:40", result.Output, StringComparison.Ordinal);
        Assert.Contains("check FAILED: 1 new", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_tolerates_old_violations_fails_a_new_one_and_drops_fixed_ones_on_update()
    {
        var baseline = folder.Combine(".modernize-baseline.json");
        var legacy = Clean()
            .Uses("Shop.Web.Global", "System.Web.HttpApplication", line: 8)
            .Uses("Shop.Business.Ordering.CartSerializer", BinaryFormatter, line: 40);

        var created = Run(legacy, "--update-baseline");
        Assert.Equal(0, created.Exit);
        Assert.True(File.Exists(baseline));
        Assert.Contains("2 violation(s) tolerated", created.Output, StringComparison.Ordinal);

        var tolerated = Run(legacy, "--baseline", baseline);
        Assert.Equal(0, tolerated.Exit);
        Assert.Contains("check passed: 0 new, 2 baselined, 0 fixed", tolerated.Output, StringComparison.Ordinal);

        var regressed = Run(legacy.Uses("Shop.Web.Customers.AccountController", "System.Web.Security.FormsAuthentication", line: 34), "--baseline", baseline);
        Assert.Equal(1, regressed.Exit);
        Assert.Contains("new error no-new-system-web: Shop.Web.Customers.AccountController -> System.Web.Security.FormsAuthentication", regressed.Output, StringComparison.Ordinal);
        Assert.Contains("1 new, 2 baselined, 0 fixed", regressed.Output, StringComparison.Ordinal);

        var partlyFixed = Clean().Uses("Shop.Web.Global", "System.Web.HttpApplication", line: 8);
        var report = Run(partlyFixed, "--baseline", baseline);
        Assert.Equal(0, report.Exit);
        Assert.Contains($"fixed no-binary-formatter: Shop.Business.Ordering.CartSerializer -> {BinaryFormatter}", report.Output, StringComparison.Ordinal);

        Assert.Equal(0, Run(partlyFixed, "--baseline", baseline, "--update-baseline").Exit);
        var text = File.ReadAllText(baseline);
        Assert.DoesNotContain("BinaryFormatter", text, StringComparison.Ordinal);
        Assert.Contains("System.Web.HttpApplication", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_sarif_and_junit_that_read_back()
    {
        var sarif = folder.Combine("out", "check.sarif");
        var junit = folder.Combine("out", "check.xml");
        var scan = Clean()
            .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Billing.InvoiceCalculator", DependencyKind.MethodCall, 9, line: 67)
            .Depends("Shop.Business.Billing.InvoiceCalculator", "Shop.Business.Ordering.OrderStatus", DependencyKind.MemberAccess, 1, line: 14);

        var result = Run(scan, "--sarif", sarif, "--junit", junit);

        Assert.Equal(1, result.Exit);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("no-cycles-between-cells", r.GetProperty("ruleId").GetString()));
        Assert.Equal(4, log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        using var reader = XmlReader.Create(junit, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var cases = XDocument.Load(reader).Descendants("testcase").ToList();
        Assert.Equal(4, cases.Count);
        Assert.Equal(["no-cycles-between-cells"], cases.Where(c => c.Element("failure") is not null).Select(c => (string?)c.Attribute("name")));
    }

    [Theory]
    [InlineData("rules:\n  - id: r\n    no-cycle: cell\n", "line 3: unknown key 'no-cycle'")]
    [InlineData("cells:\n  - name: A\n    include: [\"A.[x]\"]\n", "line 3: bad glob")]
    [InlineData("cells:\n  - name: A\n    include: [\"A.*\"]\nrules:\n  - id: r\n    from: cell:A\n    deny: [cell:Nope]\n", "line 7: rule 'r', 'deny': 'cell:Nope' names an undeclared cell")]
    [InlineData("rules: [\n", "line 2:")]
    [InlineData("thresholds:\n  classCoupling: many\n", "line 2: thresholds.classCoupling must be a whole number")]
    public void Broken_rule_files_exit_2_with_the_line_before_scanning(string yaml, string problem)
    {
        var map = folder.Write("broken.yml", yaml);
        var scanned = false;

        var result = Run(_ =>
        {
            scanned = true;
            return Clean();
        }, "--map", map);

        Assert.Equal(2, result.Exit);
        Assert.Contains($"error: {map}: {problem}", result.Error, StringComparison.Ordinal);
        Assert.False(scanned);
    }

    [Fact]
    public void An_alias_bomb_exits_2()
    {
        var yaml = "proposal:\n  exclude: &l0 [\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\"]\n"
            + string.Concat(Enumerable.Range(1, 12).Select(i => $"  w{i}: &l{i} [{string.Join(",", Enumerable.Repeat($"*l{i - 1}", 9))}]\n"));

        var result = Run(Clean(), "--map", folder.Write("bomb.yml", yaml));

        Assert.Equal(2, result.Exit);
        Assert.Contains("aliases", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_or_baseline_is_bad_input()
    {
        Assert.Equal(2, RunOn(folder.Combine("nope.sln"), _ => Clean().Build()).Exit);

        var result = Run(Clean(), "--baseline", folder.Combine("missing.json"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("baseline not found (create it with --update-baseline)", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The legacy-shop types the rules speak of, with only clean dependencies.</summary>
    private static ScanBuilder Clean() => new ScanBuilder()
        .Type("Shop.Common.Logging.Logger").Type("Shop.Web.Global").Type("Shop.Web.Customers.AccountController")
        .Type("Shop.Business.Ordering.OrderService").Type("Shop.Business.Ordering.OrderStatus").Type("Shop.Business.Ordering.CartSerializer")
        .Type("Shop.Business.Billing.InvoiceCalculator")
        .Depends("Shop.Business.Ordering.OrderService", "Shop.Common.Logging.Logger")
        .Depends("Shop.Business.Ordering.OrderService", "Shop.Business.Ordering.OrderStatus");

    private (int Exit, string Output, string Error) Run(ScanBuilder scan, params string[] options) => Run(_ => scan, options);

    private (int Exit, string Output, string Error) Run(Func<CheckScanRequest, ScanBuilder> scan, params string[] options) =>
        RunOn(solution, request => scan(request).Build(folder.Path), options);

    private static (int Exit, string Output, string Error) RunOn(string path, Func<CheckScanRequest, ScanDocument> scan, params string[] options)
    {
        var root = new RootCommand();
        root.Subcommands.Add(CheckCommand.Create((request, _) => Task.FromResult(scan(request))));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandRunner.InvokeAsync(root, ["check", path, .. options], output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
