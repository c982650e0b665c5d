using System.Diagnostics;
using System.Globalization;
using Modernize.Benchmarks;
using Modernize.Benchmarks.Generation;
using Modernize.Benchmarks.Measuring;
using Modernize.Benchmarks.Reporting;

// dotnet run -c Release --project benchmarks/Modernize.Benchmarks -- --sizes 10k,100k,300k[,1m] [--keep] [--no-doc] [--no-build]
var options = BenchmarkOptions.Parse(args);
var repository = RepositoryRoot.Find();
var dotnet = "dotnet";

Console.WriteLine("building the CLI (Release)...");
var cli = Path.Combine(repository, "src", "Modernize.Cli", "bin", "Release", "net10.0", "modernize.dll");
var built = MeasuredProcess.Run(dotnet, ["build", Path.Combine(repository, "src", "Modernize.Cli", "Modernize.Cli.csproj"), "-c", "Release", "-nologo", "-v", "q"], repository);
if (built.ExitCode != 0 || !File.Exists(cli))
{
    Console.Error.WriteLine(built.Output);
    return 1;
}

if (args.Contains("--guard"))
{
    // dotnet run -c Release --project benchmarks/Modernize.Benchmarks -- --guard --sizes 100k[,1m] [--keep] [--no-builds]
    return await Modernize.Benchmarks.Guard.GuardBenchmark.RunAsync(repository, cli, options.Sizes, options.Keep, !args.Contains("--no-builds")).ConfigureAwait(false);
}

var root = Path.Combine(Path.GetTempPath(), "modernize-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var results = new List<SizeResult>();
try
{
    foreach (var (label, lines) in options.Sizes)
    {
        var folder = Path.Combine(root, label);
        var solution = SolutionGenerator.Generate(Path.Combine(folder, "src"), lines);
        Console.WriteLine($"{label}: {solution.Projects} projects, {solution.Files} files, {solution.Lines:N0} lines in {solution.SolutionPath}");

        var database = Path.Combine(folder, "modernize.db");
        string[] ScanArguments(string json) =>
            [cli, "scan", solution.SolutionPath, "--db", database, "--report", Path.Combine(folder, json + ".html"), "--json", Path.Combine(folder, json + ".json"), "--verbose"];
        RunMeasurement Measured(string name, string[] arguments)
        {
            var run = Checked(MeasuredProcess.Run(dotnet, arguments, folder), name);
            File.WriteAllText(Path.Combine(folder, name.Replace(' ', '-') + ".log"), run.Output);
            Console.WriteLine($"  {name}: {run.Wall.TotalSeconds:F1} s, CPU {run.Cpu.TotalSeconds:F1} s, peak {run.PeakMiB:F0} MiB");
            return run;
        }

        var scan = Measured("full scan", ScanArguments("scan"));
        var rescans = new List<(string, RunMeasurement)> { ("nothing changed", Measured("rescan nothing changed", ScanArguments("rescan-nothing"))) };
        SolutionGenerator.EditOneMethodBody(solution);
        rescans.Add(("body edit", Measured("rescan body edit", ScanArguments("rescan-body"))));
        SolutionGenerator.EditOneSignature(solution);
        rescans.Add(("signature edit", Measured("rescan signature edit", ScanArguments("rescan-signature"))));
        SolutionGenerator.EditProjectFile(solution);
        rescans.Add(("project-file edit", Measured("rescan project-file edit", ScanArguments("rescan-project"))));
        SolutionGenerator.EditThreeFiles(solution);
        rescans.Add(("PR check, 3 files", Measured("check 3 files", [cli, "check", solution.SolutionPath, "--db", database])));

        RunMeasurement? build = null;
        if (options.Build)
        {
            // Cold build: no build servers, no obj/bin (the scan wrote neither into the tree, but be sure).
            MeasuredProcess.Run(dotnet, ["build-server", "shutdown"], folder);
            foreach (var output in Directory.EnumerateDirectories(Path.Combine(folder, "src"), "*", SearchOption.AllDirectories).Where(d => Path.GetFileName(d) is "obj" or "bin").ToList())
            {
                Directory.Delete(output, recursive: true);
            }

            build = Measured("cold build", ["build", solution.SolutionPath, "-nologo", "-v", "q"]);
            MeasuredProcess.Run(dotnet, ["build-server", "shutdown"], folder);
        }

        var result = new SizeResult(label, solution, build, scan, rescans);
        Console.WriteLine($"  scan/build {result.ScanToBuild:F2} (CPU {result.ScanToBuildCpu:F2}); peak {result.PeakMiB:F0} MiB (target {SizeResult.PeakTargetMiB:F0} MiB at 1M); "
            + string.Join(", ", rescans.Select(r => $"{r.Item1} {r.Item2.Wall / scan.Wall:P0} of the scan (CPU {r.Item2.Cpu / scan.Cpu:P0})")));
        results.Add(result);
    }
}
finally
{
    if (!options.Keep && Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

var sdk = MeasuredProcess.Run(dotnet, ["--version"], repository).Output;
var block = PerformanceDoc.Render(results, Machine.Describe(sdk) + ", " + Machine.Load(), options.Command, DateTimeOffset.UtcNow);
Console.WriteLine(block);
if (options.WriteDoc)
{
    PerformanceDoc.Write(Path.Combine(repository, "docs", "performance.md"), block);
    Console.WriteLine("written to docs/performance.md");
}

return 0;

static RunMeasurement Checked(RunMeasurement run, string what)
{
    if (run.ExitCode != 0)
    {
        throw new InvalidOperationException($"{what} failed with exit code {run.ExitCode}:\n{run.Output}");
    }

    return run;
}
