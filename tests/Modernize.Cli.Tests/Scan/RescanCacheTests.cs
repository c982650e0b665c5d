using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>
/// Rescans through a real SQLite store write the JSON a cold scan of the same tree writes, after each kind of edit: a method body,
/// a signature, a new source file, a project file, a props file imported through Directory.Build.props, and a proposal setting.
/// On the way they show each cache at work: stored project models rebuild projects without MSBuild while no input of theirs changed,
/// unchanged documents come from the extraction cache, and the cell proposal's community detection is reused only while its inputs
/// are unchanged (decision 51). One scenario covers all three because every cold scan it needs costs an MSBuild load.
/// </summary>
public sealed class RescanCacheTests
{
    private const string AllReused = "reused the stored models of all 2 project(s): MSBuild not started";
    private const string Resolutions = "cells/resolutions#1";

    [Fact]
    public void Cached_rescans_match_cold_scans_after_every_kind_of_edit()
    {
        using var repo = new GitRepository();
        TwoProjectShop.Write(repo);
        repo.Write("Directory.Build.props", "<Project><Import Project=\"build/features.props\" /></Project>");
        repo.Write("build/features.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);AUDIT</DefineConstants></PropertyGroup></Project>");
        repo.Write("Core/Audit.cs", "namespace Core;\n#if AUDIT\npublic sealed class AuditTrail { public void Record(Price price) { } }\n#endif\n");
        repo.Write("App/Legacy.cs", "namespace App; public sealed class LegacyTill { public Core.Basket Basket { get; } = new(); }");
        repo.Commit("shop");
        using var output = new TempDirectory();
        var store = output.Combine("cached.db");

        // Independent scans of one tree run side by side: each pays an MSBuild load, and the suite's time is mostly this test's.
        var first = string.Empty;
        Parallel.Invoke(() => first = Scan(repo, output.Combine("first.json"), "--db", store), () => Scan(repo, output.Combine("unstored.json"), "--no-store"));
        Assert.Contains("loading all 2 project(s) with MSBuild", first, StringComparison.Ordinal);
        Assert.Equal(TwoProjectShop.ComparableJson(output.Combine("unstored.json")), TwoProjectShop.ComparableJson(output.Combine("first.json")));

        // Nothing changed: the stored scan's content is stored again under a new start time, without loading anything.
        var nothing = Scan(repo, output.Combine("nothing.json"), "--db", store);
        Assert.Contains("reused the content of stored scan 1", nothing, StringComparison.Ordinal);
        Assert.DoesNotContain("private copy", nothing, StringComparison.Ordinal);
        Assert.DoesNotContain("project(s)", nothing, StringComparison.Ordinal);
        Assert.Equal(TwoProjectShop.ComparableJson(output.Combine("first.json")), TwoProjectShop.ComparableJson(output.Combine("nothing.json")));
        Assert.Equal(2, Safety.ScanStoreProbe.ScanIds(store).Count);

        // A commit that changes no source still changes the history a scan reads: scanned again, every model reused.
        repo.Write("NOTES.txt", "not an input of the scan");
        repo.Commit("notes");
        var newCommit = Scan(repo, output.Combine("new-commit.json"), "--db", store);
        Assert.DoesNotContain("reused the content", newCommit, StringComparison.Ordinal);
        Assert.Contains(AllReused, newCommit, StringComparison.Ordinal);

        // Same types, same dependency kinds and counts: only lines and bodies changed, so the community detection is reused.
        repo.Write("Core/Basket.cs", TwoProjectShop.BasketWithLoop);
        var body = AssertRescanMatchesColdScan(repo, output, store, "body", AllReused);
        Assert.NotEqual(TwoProjectShop.ComparableJson(output.Combine("first.json")), body);
        Assert.Contains(Resolutions + " reused", Rescan(output, "body"), StringComparison.Ordinal);
        Assert.DoesNotContain(" computed ", Rescan(output, "body"), StringComparison.Ordinal);

        // A new dependency (Price -> Basket) changes the weighted type graph.
        repo.Write("Core/Price.cs", "namespace Core; public sealed class Price { public decimal Net(decimal gross) => gross / 1.2m; public Basket Owner() => new(); }");
        AssertRescanMatchesColdScan(repo, output, store, "signature", AllReused);
        Assert.Contains(Resolutions + " computed", Rescan(output, "signature"), StringComparison.Ordinal);

        // Same graph, another proposal: setting.
        repo.Write("modernize.yml", "proposal:\n  maxCellShare: 0.9\n");
        AssertRescanMatchesColdScan(repo, output, store, "settings", AllReused);
        Assert.Contains(Resolutions + " computed", Rescan(output, "settings"), StringComparison.Ordinal);

        // A new file is picked up by the SDK's globs without any project-file change: its project's model must be reloaded.
        repo.Write("Core/Discount.cs", "namespace Core; public sealed class Discount { public Price Apply(Price price) => price; }");
        var newFile = AssertRescanMatchesColdScan(repo, output, store, "new-file", "reused 1 stored project model(s); loading 1 changed project(s) with MSBuild: Core.csproj");
        Assert.Contains("Core.Discount", newFile, StringComparison.Ordinal);

        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><Compile Remove=\"Legacy.cs\" /><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup></Project>");
        var projectEdit = AssertRescanMatchesColdScan(repo, output, store, "project", "reused 1 stored project model(s); loading 1 changed project(s) with MSBuild: App.csproj");
        Assert.DoesNotContain("LegacyTill", projectEdit, StringComparison.Ordinal);

        repo.Write("build/features.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);NO_AUDIT</DefineConstants></PropertyGroup></Project>");
        var importEdit = AssertRescanMatchesColdScan(repo, output, store, "import", "loading all 2 project(s) with MSBuild");
        Assert.DoesNotContain("AuditTrail", importEdit, StringComparison.Ordinal);
        Assert.Contains("AuditTrail", TwoProjectShop.ComparableJson(output.Combine("first.json")), StringComparison.Ordinal);
    }

    /// <returns>The rescan's JSON, without the scan's own section; its console output is kept in <c>edit-rescan.log</c>.</returns>
    private static string AssertRescanMatchesColdScan(GitRepository repo, TempDirectory output, string store, string edit, string expectedLoading)
    {
        var rescan = string.Empty;
        Parallel.Invoke(
            () => rescan = Scan(repo, output.Combine(edit + "-rescan.json"), "--db", store),
            () => Scan(repo, output.Combine(edit + "-cold.json"), "--db", output.Combine(edit + "-cold.db")));
        File.WriteAllText(output.Combine(edit + "-rescan.log"), rescan);
        Assert.Contains(expectedLoading, rescan, StringComparison.Ordinal);
        var cached = TwoProjectShop.ComparableJson(output.Combine(edit + "-rescan.json"));
        Assert.Equal(TwoProjectShop.ComparableJson(output.Combine(edit + "-cold.json")), cached);
        return cached;
    }

    private static string Rescan(TempDirectory output, string edit) => File.ReadAllText(output.Combine(edit + "-rescan.log"));

    private static string Scan(GitRepository repo, string json, params string[] options)
    {
        var result = ModernizeCli.Run(repo.Path, ["scan", "Shop.slnx", "--json", json, "--no-report", "--verbose", .. options]);
        Assert.True(result.ExitCode == 0, result.Output);
        return result.Output;
    }
}
