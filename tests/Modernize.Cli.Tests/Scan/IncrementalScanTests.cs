using System.Text.Json.Nodes;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>A rescan that takes unchanged documents from the store's extraction cache writes the JSON a full scan of the changed tree writes.</summary>
public sealed class IncrementalScanTests
{
    [Fact]
    public void A_rescan_after_an_edit_writes_the_same_json_as_a_full_scan()
    {
        using var repo = new GitRepository();
        repo.Write("Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Core/Price.cs", "namespace Core; public sealed class Price { public decimal Net(decimal gross) => gross / 1.2m; }");
        repo.Write("Core/Basket.cs", "namespace Core; public sealed class Basket { public decimal Total(Price price) { return price.Net(10m); } }");
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup></Project>");
        repo.Write("App/Till.cs", "namespace App; public sealed class Till { public decimal Ring() => new Core.Basket().Total(new Core.Price()); }");
        repo.Write("Shop.slnx", "<Solution><Project Path=\"Core/Core.csproj\" /><Project Path=\"App/App.csproj\" /></Solution>");
        repo.Commit("shop");
        using var output = new TempDirectory();
        var cached = output.Combine("cached.db");
        Scan(repo, cached, output.Combine("first.json"));

        repo.Write("Core/Basket.cs", "namespace Core; public sealed class Basket { public decimal Total(Price price) { var sum = 0m; for (var i = 0; i < 3; i++) { sum += price.Net(i); } return sum; } }");
        repo.Commit("a loop in a body");
        Scan(repo, cached, output.Combine("rescan.json"));
        Scan(repo, output.Combine("fresh.db"), output.Combine("full.json"));

        Assert.Equal(WithoutScanInfo(output.Combine("full.json")), WithoutScanInfo(output.Combine("rescan.json")));
        Assert.NotEqual(WithoutScanInfo(output.Combine("first.json")), WithoutScanInfo(output.Combine("rescan.json")));
    }

    private static void Scan(GitRepository repo, string db, string json)
    {
        var result = ModernizeCli.Run(repo.Path, "scan", "Shop.slnx", "--db", db, "--json", json, "--no-report");
        Assert.True(result.ExitCode == 0, result.Output);
    }

    /// <summary>The scan section and the autonomy window hold the scan's start time, which differs between any two scans.</summary>
    private static string WithoutScanInfo(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json.Remove("scan");
        if (json["autonomy"] is JsonObject autonomy)
        {
            autonomy.Remove("from");
            autonomy.Remove("to");
        }

        return json.ToJsonString();
    }
}
