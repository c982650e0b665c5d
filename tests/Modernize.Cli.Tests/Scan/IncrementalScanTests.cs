using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>A rescan that takes unchanged documents from the store's extraction cache writes the JSON a full scan of the changed tree writes.</summary>
public sealed class IncrementalScanTests
{
    [Fact]
    public void A_rescan_after_an_edit_writes_the_same_json_as_a_full_scan()
    {
        using var repo = new GitRepository();
        TwoProjectShop.Write(repo);
        repo.Commit("shop");
        using var output = new TempDirectory();
        var cached = output.Combine("cached.db");
        Scan(repo, cached, output.Combine("first.json"));

        repo.Write("Core/Basket.cs", TwoProjectShop.BasketWithLoop);
        repo.Commit("a loop in a body");
        Scan(repo, cached, output.Combine("rescan.json"));
        Scan(repo, output.Combine("fresh.db"), output.Combine("full.json"));

        Assert.Equal(TwoProjectShop.ComparableJson(output.Combine("full.json")), TwoProjectShop.ComparableJson(output.Combine("rescan.json")));
        Assert.NotEqual(TwoProjectShop.ComparableJson(output.Combine("first.json")), TwoProjectShop.ComparableJson(output.Combine("rescan.json")));
    }

    private static void Scan(GitRepository repo, string db, string json)
    {
        var result = ModernizeCli.Run(repo.Path, "scan", "Shop.slnx", "--db", db, "--json", json, "--no-report");
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
