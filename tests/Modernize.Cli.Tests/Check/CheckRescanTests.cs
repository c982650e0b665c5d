using Modernize.Cli.Tests.Safety;
using Modernize.Cli.Tests.Scan;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Check;

/// <summary>
/// <c>check --db</c> after an edit rescans through the store's caches and evaluates the rules on a result narrowed to what they
/// read (decision 62): the verdict equals a check without a store, no scan is stored, a later <c>scan</c> never reuses the check's
/// work as a whole scan, and the cell proposal runs only for a rule that reads it. Real CLI, SQLite store, MSBuild and git.
/// </summary>
public sealed class CheckRescanTests
{
    private const string Rule = """
        version: 1
        rules:
          - id: price-knows-no-basket
            from: "Core.Price"
            deny: ["Core.Basket"]
        """;

    [Fact]
    public void A_check_after_a_body_edit_gives_the_cold_verdict_stores_no_scan_and_is_never_reused_by_scan()
    {
        using var repo = new GitRepository();
        TwoProjectShop.Write(repo);
        repo.Write("modernize.yml", Rule);
        repo.Commit("shop");
        using var output = new TempDirectory();
        var store = output.Combine("store.db");
        var scanned = ModernizeCli.Run(repo.Path, "scan", "Shop.slnx", "--db", store, "--no-report");
        Assert.True(scanned.ExitCode == 0, scanned.Output);

        // A body edit that breaks the rule (Price now news up a Basket) and is committed, as on a pull request.
        repo.Write("Core/Price.cs", "namespace Core; public sealed class Price { public decimal Net(decimal gross) { _ = new Basket(); return gross / 1.2m; } }");
        repo.Commit("price knows basket");
        var check = ModernizeCli.Run(repo.Path, "check", "Shop.slnx", "--db", store);
        var cold = ModernizeCli.Run(repo.Path, "check", "Shop.slnx");

        Assert.True(check.ExitCode == 1, check.Output);
        Assert.Contains("a check's result is not stored as a scan", check.StandardError, StringComparison.Ordinal);
        Assert.Contains("new error price-knows-no-basket: Core.Price -> Core.Basket", check.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(cold.StandardOutput, check.StandardOutput);
        Assert.Single(ScanStoreProbe.ScanIds(store));

        // Same commit, same files: had the check stored its result, this scan would reuse it instead of scanning.
        var rescan = ModernizeCli.Run(repo.Path, "scan", "Shop.slnx", "--db", store, "--json", output.Combine("rescan.json"), "--no-report");
        var coldScan = ModernizeCli.Run(repo.Path, "scan", "Shop.slnx", "--db", output.Combine("cold.db"), "--json", output.Combine("cold.json"), "--no-report");
        Assert.True(rescan.ExitCode == 0, rescan.Output);
        Assert.True(coldScan.ExitCode == 0, coldScan.Output);
        Assert.DoesNotContain("reused the content of stored scan", rescan.Output, StringComparison.Ordinal);
        Assert.Contains("Scan 2 stored", rescan.Output, StringComparison.Ordinal);
        Assert.Equal(TwoProjectShop.ComparableJson(output.Combine("cold.json")), TwoProjectShop.ComparableJson(output.Combine("rescan.json")));
    }

    [Fact]
    public void The_proposal_runs_for_the_cross_cell_limit_without_a_declared_map_and_not_otherwise()
    {
        using var repo = new GitRepository();
        TwoProjectShop.Write(repo);
        repo.Write("modernize.yml", Rule);
        repo.Commit("shop");
        using var output = new TempDirectory();
        var rulesOnly = output.Combine("rules.db");
        var withLimit = output.Combine("limit.db");

        var plain = ModernizeCli.Run(repo.Path, "check", "Shop.slnx", "--db", rulesOnly);
        repo.Write("modernize.yml", Rule + "\nthresholds:\n  crossCellChangeRatio: 0.5\n");
        var limited = ModernizeCli.Run(repo.Path, "check", "Shop.slnx", "--db", withLimit);

        Assert.True(plain.ExitCode == 0, plain.Output);
        Assert.True(limited.ExitCode == 0, limited.Output);
        // The community detections the proposal runs land in the store's analysis cache; the extraction cache is written either way.
        Assert.Equal(0L, ScanStoreProbe.CacheEntries(rulesOnly, "analysis:"));
        Assert.True(ScanStoreProbe.CacheEntries(rulesOnly, string.Empty) > 0);
        Assert.True(ScanStoreProbe.CacheEntries(withLimit, "analysis:") > 0);
        Assert.Empty(ScanStoreProbe.ScanIds(withLimit));
    }
}
