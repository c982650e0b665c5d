using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>
/// Rescans through a real SQLite store reuse the cell proposal's community detection only while its inputs are unchanged
/// (decision 51), and write the JSON a cold scan writes either way.
/// </summary>
public sealed class AnalysisCacheTests
{
    private const string Resolutions = "cells/resolutions#1";

    [Fact]
    public void A_body_edit_reuses_the_community_detection_and_a_new_dependency_or_proposal_setting_does_not()
    {
        using var repo = new GitRepository();
        TwoProjectShop.Write(repo);
        repo.Commit("shop");
        using var output = new TempDirectory();
        var store = output.Combine("cached.db");
        var first = Scan(repo, output.Combine("first.json"), store);
        Assert.Contains(Resolutions + " computed", first, StringComparison.Ordinal);

        // Same types, same dependency kinds and counts: only lines and bodies changed.
        repo.Write("Core/Basket.cs", TwoProjectShop.BasketWithLoop);
        var body = AssertRescanMatchesColdScan(repo, output, store, "body");
        Assert.Contains(Resolutions + " reused", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" computed ", body, StringComparison.Ordinal);

        // A new dependency (Price -> Basket) changes the weighted type graph.
        repo.Write("Core/Price.cs", "namespace Core; public sealed class Price { public decimal Net(decimal gross) => gross / 1.2m; public Basket Owner() => new(); }");
        var signature = AssertRescanMatchesColdScan(repo, output, store, "signature");
        Assert.Contains(Resolutions + " computed", signature, StringComparison.Ordinal);

        // Same graph, another proposal: setting.
        repo.Write("modernize.yml", "proposal:\n  maxCellShare: 0.9\n");
        var settings = AssertRescanMatchesColdScan(repo, output, store, "settings");
        Assert.Contains(Resolutions + " computed", settings, StringComparison.Ordinal);
    }

    /// <returns>The rescan's console output.</returns>
    private static string AssertRescanMatchesColdScan(GitRepository repo, TempDirectory output, string store, string edit)
    {
        repo.Commit(edit);
        var rescan = Scan(repo, output.Combine(edit + "-rescan.json"), store);
        Scan(repo, output.Combine(edit + "-cold.json"), output.Combine(edit + "-cold.db"));
        Assert.Equal(TwoProjectShop.ComparableJson(output.Combine(edit + "-cold.json")), TwoProjectShop.ComparableJson(output.Combine(edit + "-rescan.json")));
        return rescan;
    }

    private static string Scan(GitRepository repo, string json, string store)
    {
        var result = ModernizeCli.Run(repo.Path, "scan", "Shop.slnx", "--json", json, "--no-report", "--verbose", "--db", store);
        Assert.True(result.ExitCode == 0, result.Output);
        return result.Output;
    }
}
