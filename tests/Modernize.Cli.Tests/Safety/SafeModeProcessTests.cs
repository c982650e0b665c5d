using System.Text;
using Modernize.Model.Graph;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>Safe mode and the heavy inputs, through the real CLI process: what it starts, what it writes, how it survives.</summary>
public sealed class SafeModeProcessTests
{
    private static readonly string[] FakeTools = ["dotnet", "git", "msbuild", "MSBuild", "csc", "nuget", "sh", "bash", "cmd", "pwsh"];

    [Fact]
    public void Safe_scan_starts_no_process_not_even_git()
    {
        using var repository = new GitRepository();
        var project = Path.Combine(repository.Path, "exec");
        CopyFixture("malformed/exec-marker", project);
        var head = repository.Commit("exec-marker fixture");
        using var temp = new TempDirectory();
        var fakeBin = temp.Combine("fake-bin");
        var marker = temp.Combine("PROCESS_STARTED");
        Directory.CreateDirectory(fakeBin);
        foreach (var tool in FakeTools)
        {
            var script = Path.Combine(fakeBin, tool);
            File.WriteAllText(script, $"#!/bin/sh\necho \"$0 $*\" >> '{marker}'\nexit 0\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var json = temp.Combine("scan.json");
        var result = ProcessCli.Run(temp.Path, new Dictionary<string, string> { ["PATH"] = fakeBin, ["DOTNET_ROOT"] = Path.GetDirectoryName(ProcessCli.Dotnet)! }, ["scan", Path.Combine(project, "Exec.csproj"), "--safe", "--json", json, "--db", temp.Combine("m.db"), "--report", temp.Combine("r.html")]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.False(File.Exists(marker), File.Exists(marker) ? "started: " + File.ReadAllText(marker) : null);
        Assert.Empty(Directory.EnumerateFiles(project, "MARKER_*"));
        var scan = ScanJsonReader.ReadFile(json);
        Assert.Contains(scan.Graph.Types, t => t.Id == "Exec.Victim");
        Assert.Equal(LoadMode.Safe, Assert.Single(scan.Graph.Projects).Fidelity.Mode);
        Assert.Equal(head, scan.Info.GitCommit); // read from .git as files
        Assert.Equal("off (safe mode)", scan.Info.Settings["history"]);
    }

    [Fact]
    public void Normal_mode_runs_project_targets_which_is_why_safe_mode_exists()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("exec");
        CopyFixture("malformed/exec-marker", project);
        var markers = Directory.CreateDirectory(temp.Combine("markers")).FullName;
        var environment = new Dictionary<string, string> { ["MODERNIZE_TEST_MARKER_DIR"] = markers };
        var result = ProcessCli.Run(temp.Path, environment, ["scan", Path.Combine(project, "Exec.csproj"), "--no-store", "--no-report", "--no-history"]);
        Assert.True(result.ExitCode == 0, result.Output);

        // The project's targets ran (they can write anywhere they like), but over the private copy: nothing lands beside the sources.
        Assert.NotEmpty(Directory.EnumerateFiles(markers, "MARKER_*"));
        Assert.Empty(Directory.EnumerateFiles(project, "MARKER_*"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_only_tree_with_a_non_latin_path_scans_and_stays_untouched(bool safe)
    {
        using var temp = new TempDirectory();
        var tree = temp.Combine("Dépôt ünïcode", "Проект copy");
        CopyFixture("encodings", tree);
        var before = TreeSnapshot.Take(tree);
        var json = temp.Combine("out", "scan.json");
        ProcessResult result;
        using (new ReadOnlyTree(tree))
        {
            string[] arguments = ["scan", tree, "--json", json, "--db", temp.Combine("out", "m.db"), "--report", temp.Combine("out", "r.html"), .. safe ? new[] { "--safe" } : []];
            result = ProcessCli.Run(temp.Path, null, arguments);
            Assert.Equal(before, TreeSnapshot.Take(tree));
        }

        Assert.True(result.ExitCode == 0, result.Output);
        var scan = ScanJsonReader.ReadFile(json);
        Assert.Equal(["Encodings.Café", "Encodings.Straße", "Encodings.Ñandú", "Encodings.Пример"], scan.Graph.Types.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain('\uFFFD', File.ReadAllText(json, Encoding.UTF8));
        Assert.Equal(0, Assert.Single(scan.Graph.Projects).Fidelity.Errors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fifty_megabyte_source_file_is_left_out_with_a_warning(bool safe)
    {
        using var temp = new TempDirectory();
        temp.Write("big/Big.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        temp.Write("big/Small.cs", "namespace Big { public class Small { } }");
        WriteHugeSource(temp.Combine("big", "Huge.cs"), 50L * 1024 * 1024);
        var json = temp.Combine("scan.json");
        var result = ProcessCli.Run(temp.Path, null, ["scan", temp.Combine("big"), "--json", json, "--no-store", "--no-report", "--no-history", .. safe ? new[] { "--safe" } : []]);
        Assert.True(result.ExitCode == 0, result.Output);
        var scan = ScanJsonReader.ReadFile(json);
        Assert.Equal(["Big.Small"], scan.Graph.Types.Select(t => t.Id));
        Assert.Contains(Assert.Single(scan.Graph.Projects).Fidelity.Warnings, w => w.Contains("Huge.cs", StringComparison.Ordinal) && w.Contains("limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_do_not_overflow_the_stack()
    {
        using var temp = new TempDirectory();
        temp.Write("deep/Deep.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        const int depth = 10_000;
        var code = new StringBuilder("namespace Deep { public class Nested {\n");
        code.Append("  int Parens() { return ").Append('(', depth).Append('1').Append(')', depth).Append("; }\n");
        code.Append("  int Sum() { return ").AppendJoin(" + ", Enumerable.Repeat("1", depth)).Append("; }\n");
        code.Append("  void Blocks() { ").Append('{', depth / 2).Append('}', depth / 2).Append(" }\n");
        code.Append("} public class Plain { } }\n");
        temp.Write("deep/Deep.cs", code.ToString());
        var json = temp.Combine("scan.json");
        var result = ProcessCli.Run(temp.Path, null, ["scan", temp.Combine("deep"), "--safe", "--json", json, "--no-store", "--no-report", "--no-history"]);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Deep.Nested", "Deep.Plain"], ScanJsonReader.ReadFile(json).Graph.Types.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    internal static void CopyFixture(string fixture, string target)
    {
        using var staging = new TempDirectory();
        var copy = staging.CopyFrom(RepoPaths.Fixture(fixture.Split('/')), "copy");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(copy, target);
    }

    private static void WriteHugeSource(string path, long bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("namespace Big {\n");
        var filler = new string('x', 200);
        long written = 0;
        for (var i = 0; written < bytes; i++)
        {
            var line = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"public class C{i} {{ public int M(int x) {{ return x + {i}; }} public string S = \"{filler}\"; }}\n");
            writer.Write(line);
            written += line.Length;
        }

        writer.Write("}\n");
    }
}
