using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Modernize.Benchmarks.Generation;
using Modernize.Benchmarks.Measuring;
using ModelContextProtocol.Client;

namespace Modernize.Benchmarks.Guard;

/// <summary>
/// <c>--guard</c>: the cost of the guardrails where code is written (docs/guardrails.md). On a generated solution with a
/// product map: (1) <c>dotnet build --no-incremental</c> with and without the Modernize.Analyzers package, alternated in one
/// run (the ratio is what counts: the machine is shared); (2) every tool of <c>modernize mcp</c> over the SDK's stdio client
/// on the solution's stored scan, repeated, median and worst per tool.
/// </summary>
internal static partial class GuardBenchmark
{
    /// <summary>Alternated pairs of builds; <c>MODERNIZE_GUARD_ROUNDS</c> lowers it on a crowded machine.</summary>
    private static readonly int BuildRounds = int.TryParse(Environment.GetEnvironmentVariable("MODERNIZE_GUARD_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 3;
    private const int CallRounds = 7;

    /// <summary>Cells are the generated areas (every project has four), tissue the first project; cross-area uses only through IService interfaces.</summary>
    private const string ProductMap = """
        version: 1
        cells:
          - name: Area0
            owner: team-a
            include: ["Bench.*.Area0"]
          - name: Area1
            owner: team-b
            include: ["Bench.*.Area1"]
          - name: Area2
            owner: team-c
            include: ["Bench.*.Area2"]
          - name: Area3
            owner: team-d
            include: ["Bench.*.Area3"]
        tissue:
          - name: Platform
            include: ["Bench.P000.Area*"]
        teams:
          team-a: { authors: ["*@a.example.com"] }
          team-b: { authors: ["*@b.example.com"] }
          team-c: { authors: ["*@c.example.com"] }
          team-d: { authors: ["*@d.example.com"] }
        rules:
          - id: tissue-knows-no-cell
            from: tissue:*
            deny: cell:*
          - id: cells-talk-through-interfaces
            from: cell:*
            to: cell:*
            allow-only: ["Bench.**.IService*"]
            severity: warning
          - id: no-system-web
            deny-api: ["System.Web.*"]
          - id: no-cycles-between-cells
            no-cycles: cell
        """;

    /// <summary>Switches the analyzer on with -p:ModernizeGuard=true: the package's DLL and the exported guardrails file.</summary>
    private const string BuildProps = """
        <Project>
          <ItemGroup Condition="'$(ModernizeGuard)' == 'true'">
            <Analyzer Include="$(ModernizeAnalyzerDll)" />
            <AdditionalFiles Include="$(MSBuildThisFileDirectory)modernize.guardrails.json" />
          </ItemGroup>
        </Project>
        """;

    public static async Task<int> RunAsync(string repository, string cli, IReadOnlyList<(string Label, int Lines)> sizes, bool keep, bool builds)
    {
        var analyzer = Build(repository, Path.Combine(repository, "src", "Modernize.Analyzers", "Modernize.Analyzers.csproj"),
            Path.Combine(repository, "src", "Modernize.Analyzers", "bin", "Release", "netstandard2.0", "Modernize.Analyzers.dll"));
        var root = Path.Combine(Path.GetTempPath(), "modernize-guard-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            foreach (var (label, lines) in sizes)
            {
                var folder = Path.Combine(root, label);
                var solution = SolutionGenerator.Generate(Path.Combine(folder, "src"), lines);
                var src = Path.GetDirectoryName(solution.SolutionPath)!;
                File.WriteAllText(Path.Combine(src, "modernize.yml"), ProductMap);
                File.WriteAllText(Path.Combine(src, "Directory.Build.props"), BuildProps);
                Checked(MeasuredProcess.Run("dotnet", [cli, "guard", "export", solution.SolutionPath, "--out", Path.Combine(src, "modernize.guardrails.json")], folder), "guard export");
                Console.WriteLine($"{label}: {solution.Projects} projects, {solution.Files} files, {solution.Lines:N0} lines");

                await MeasureCallsAsync(cli, solution.SolutionPath, folder).ConfigureAwait(false);
                if (builds)
                {
                    MeasureBuilds(solution.SolutionPath, folder, analyzer);
                }
            }
        }
        finally
        {
            if (!keep && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }

        return 0;
    }

    private static void MeasureBuilds(string solution, string folder, string analyzer)
    {
        Checked(MeasuredProcess.Run("dotnet", ["restore", solution, "-nologo", "-v", "q"], folder), "restore");
        var without = new List<double>();
        var with = new List<double>();
        var diagnostics = 0;
        for (var round = 0; round < BuildRounds; round++)
        {
            foreach (var guard in new[] { false, true })
            {
                var run = MeasuredProcess.Run("dotnet", ["build", solution, "--no-restore", "--no-incremental", "-nologo", "-v", "q", "-clp:NoSummary", "-nodeReuse:false",
                    "-p:UseSharedCompilation=false", $"-p:ModernizeGuard={(guard ? "true" : "false")}", $"-p:ModernizeAnalyzerDll={analyzer}"], folder);
                Checked(run, guard ? "build with the analyzer" : "build without");
                (guard ? with : without).Add(run.Wall.TotalSeconds);
                if (guard)
                {
                    diagnostics = Diagnostic().Matches(run.Output).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count();
                }

                Console.WriteLine($"  build {(guard ? "with   " : "without")} analyzer: {run.Wall.TotalSeconds:F1} s wall, {run.Cpu.TotalSeconds:F1} s CPU");
            }
        }

        Console.WriteLine($"  build time with / without the analyzer (medians of {BuildRounds}, alternated): {Median(with):F1} s / {Median(without):F1} s = {Median(with) / Median(without):F2}x; "
            + $"{diagnostics} distinct MOD diagnostics reported");
    }

    private static async Task MeasureCallsAsync(string cli, string solution, string folder)
    {
        var database = Path.Combine(folder, "modernize.db");
        var scan = Checked(MeasuredProcess.Run("dotnet", [cli, "scan", solution, "--db", database, "--no-report"], folder), "scan");
        Console.WriteLine($"  stored scan: {scan.Wall.TotalSeconds:F1} s");
        var clock = Stopwatch.StartNew();
        await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "modernize",
            Command = "dotnet",
            Arguments = [cli, "mcp", solution, "--db", database],
            WorkingDirectory = folder,
        })).ConfigureAwait(false);
        Console.WriteLine($"  mcp start to initialised (loads map and scan): {clock.Elapsed.TotalMilliseconds:F0} ms");
        var calls = new (string Tool, Dictionary<string, object?> Arguments)[]
        {
            ("cell_of", new() { ["path"] = "Bench.P005/Service6.cs" }),
            ("cell_of", new() { ["path"] = "Bench.P003.Area1.Service5" }),
            ("may_depend", new() { ["from"] = "Bench.P005.Area2.Service6", ["to"] = "Bench.P003.Area1.Service5" }),
            ("may_depend", new() { ["from"] = "cell:Area1", ["to"] = "cell:Area3" }),
            ("check_change", new() { ["diff"] = "--- a/Bench.P005/Service6.cs\n+++ b/Bench.P005/Service6.cs\n@@ -30,1 +30,2 @@\n     {\n+        var x = new global::Bench.P003.Area1.Service5();\n" }),
            ("cell_interface", new() { ["cell"] = "Area1" }),
            ("violations", new() { ["cell"] = "Area2" }),
        };
        foreach (var (tool, arguments) in calls)
        {
            var times = new List<double>();
            for (var round = 0; round < CallRounds; round++)
            {
                clock.Restart();
                var result = await client.CallToolAsync(tool, arguments).ConfigureAwait(false);
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (result.IsError == true)
                {
                    throw new InvalidOperationException($"{tool} failed");
                }
            }

            Console.WriteLine($"  {tool} {string.Join(", ", arguments.Keys)}: first {times[0]:F0} ms, median {Median(times):F0} ms, worst after the first {times.Skip(1).Max():F0} ms");
        }
    }

    private static string Build(string repository, string project, string output)
    {
        Checked(MeasuredProcess.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "q"], repository), "analyzer build");
        return output;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static RunMeasurement Checked(RunMeasurement run, string what) =>
        run.ExitCode == 0 ? run : throw new InvalidOperationException($"{what} failed with exit code {run.ExitCode}:\n{run.Output}");

    [GeneratedRegex(@"\S+\(\d+,\d+\): \w+ MOD000\d")]
    private static partial Regex Diagnostic();
}
