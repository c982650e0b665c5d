using Modernize.Model.Graph;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

public sealed class ScanCommandTests
{
    [Theory]
    [InlineData("Broken.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\nProject(\"{X}\") = oops\nEndProject\n")]
    [InlineData("Broken.slnx", "<Solution><Project Path=\"a.csproj\">")]
    [InlineData("Broken.csproj", "<Project><PropertyGroup>")]
    [InlineData("Dtd.csproj", "<!DOCTYPE Project [<!ENTITY e \"x\">]><Project>&e;</Project>")]
    public void Malformed_input_exits_2_with_one_line_naming_the_file(string name, string content)
    {
        using var dir = new TempDirectory();
        dir.Write(name, content);
        var result = ModernizeCli.Run(dir.Path, "scan", name);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(name, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        using var dir = new TempDirectory();
        var result = ModernizeCli.Run(dir.Path, "scan", "nowhere.sln");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.sln", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archived_repository_keeps_its_hotspots_and_autonomy_window_ending_at_head()
    {
        using var repo = new GitRepository();
        repo.Write("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("src/Lib/Customer.cs", "namespace Lib; public sealed class Customer { }");
        var lastCommit = new DateTimeOffset(DateTimeOffset.UtcNow.Year - 3, 6, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 6; i++)
        {
            repo.Write("src/Lib/Orders.cs", $"namespace Lib; public sealed class Orders {{ public Customer? Owner {{ get; set; }} public int V{i} {{ get; set; }} }}");
            repo.Commit($"change {i}", date: lastCommit.AddDays(-10 * (5 - i)));
        }

        using var output = new TempDirectory();
        var json = output.Combine("scan.json");
        var result = ModernizeCli.Run(repo.Path, "scan", "src/Lib", "--json", json, "--no-report");

        Assert.True(result.ExitCode == 0, result.Output);
        var scan = ScanJsonReader.ReadFile(json);
        Assert.Contains(scan.Analysis.Hotspots, h => h.Element.EndsWith("Orders.cs", StringComparison.Ordinal));
        Assert.Equal(lastCommit, scan.Autonomy?.To);
    }

    [Fact]
    public void Scanning_a_repository_writes_json_with_a_stable_identity_and_leaves_the_tree_clean()
    {
        using var repo = new GitRepository();
        repo.Write("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("src/Lib/Orders.cs", "namespace Lib; public sealed class Orders { public Customer? Owner { get; set; } }");
        repo.Write("src/Lib/Customer.cs", "namespace Lib; public sealed class Customer { }");
        repo.Git("remote", "add", "origin", "https://someone:secret@GitHub.com/Contoso/Shop.git");
        var commit = repo.Commit("first");
        using var output = new TempDirectory();
        var json = output.Combine("scan.json");

        // Outputs go where the user points them; the scan itself writes nothing into the tree.
        var result = ModernizeCli.Run(repo.Path, "scan", "src/Lib", "--json", json, "--db", output.Combine("m.db"), "--report", output.Combine("r.html"));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Lib", result.StandardOutput, StringComparison.Ordinal);
        var scan = ScanJsonReader.ReadFile(json);
        Assert.Equal("github.com/Contoso/Shop:src/Lib", scan.Info.SolutionIdentity);
        Assert.Equal(commit, scan.Info.GitCommit);
        Assert.Equal("main", scan.Info.GitBranch);
        Assert.False(scan.Info.SafeMode);
        var project = Assert.Single(scan.Graph.Projects);
        Assert.Equal(LoadMode.MsBuild, project.Fidelity.Mode);
        Assert.Contains(scan.Graph.Types, t => t.Id == "Lib.Orders");
        Assert.Contains(scan.Graph.Dependencies, d => d.From == "Lib.Orders" && d.To == "Lib.Customer");
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public void Safe_scan_of_the_exec_marker_fixture_shape_runs_nothing()
    {
        using var dir = new TempDirectory();
        var marker = dir.Combine("marker.txt");
        dir.Write("Evil.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <Target Name="Mark" BeforeTargets="CoreCompile;ResolveAssemblyReferences;Restore"><Exec Command="touch {marker}" /></Target>
            </Project>
            """);
        dir.Write("Thing.cs", "namespace Evil; public sealed class Thing { }");
        var result = ModernizeCli.Run(dir.Path, "scan", ".", "--safe");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("safe", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }
}
