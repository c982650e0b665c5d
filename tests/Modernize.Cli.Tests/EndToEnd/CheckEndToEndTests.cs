using System.Text.Json;
using Modernize.Cli.Tests.Scan;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>
/// <c>modernize check</c> on legacy-shop with its modernize.yml, reusing the collection's stored scan (<c>--db</c>; the tree is
/// unchanged): its violations fail the check, <c>--update-baseline</c> freezes them, then the check passes; SARIF is written.
/// </summary>
[Collection(LegacyShopScans.Name)]
public sealed class CheckEndToEndTests(LegacyShopScan shop)
{
    [Fact]
    public void Violations_fail_then_a_baseline_freezes_them_and_sarif_lists_them()
    {
        var baseline = shop.Output("check-baseline.json");
        var sarif = shop.Output("check.sarif");

        var failed = ModernizeCli.Run(shop.Folder, ["check", shop.Entry, "--db", shop.Database, "--sarif", sarif]);
        Assert.True(failed.ExitCode == 1, failed.Output);
        Assert.Contains("check FAILED", failed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("no-binary-formatter", failed.StandardOutput, StringComparison.Ordinal);

        using (var log = JsonDocument.Parse(File.ReadAllText(sarif)))
        {
            var run = log.RootElement.GetProperty("runs")[0];
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(shop.Scan.Violations.Count, results.Count);
            var ruleIds = results.Select(r => r.GetProperty("ruleId").GetString()).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(["no-binary-formatter", "no-cycles-between-cells", "no-new-system-web"], ruleIds);
            var formatter = results.Single(r => r.GetProperty("ruleId").GetString() == "no-binary-formatter");
            var location = formatter.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("Shop.Business/Ordering/CartSerializer.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(40, location.GetProperty("region").GetProperty("startLine").GetInt32());
        }

        var update = ModernizeCli.Run(shop.Folder, ["check", shop.Entry, "--db", shop.Database, "--baseline", baseline, "--update-baseline"]);
        Assert.True(update.ExitCode == 0, update.Output);
        Assert.True(File.Exists(baseline));

        var passed = ModernizeCli.Run(shop.Folder, ["check", shop.Entry, "--db", shop.Database, "--baseline", baseline, "--sarif", sarif]);
        Assert.True(passed.ExitCode == 0, passed.Output);
        Assert.Contains($"check passed: 0 new, {shop.Scan.Violations.Count} baselined", passed.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(".modernize-baseline.json", Directory.EnumerateFiles(shop.Folder).Select(Path.GetFileName));
    }
}
