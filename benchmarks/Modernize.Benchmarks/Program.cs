using System.Diagnostics;
using System.Globalization;
using Modernize.Benchmarks;
using Modernize.Benchmarks.Generation;
using Modernize.Benchmarks.Measuring;
using Modernize.Benchmarks.Reporting;

// dotnet run -c Release --project benchmarks/Modernize.Benchmarks -- --sizes 10k,100k,300k[,1m] [--keep] [--no-doc]
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

        string[] ScanArguments(string json) =>
            [cli, "scan", solution.SolutionPath, "--db", Path.Combine(folder, "modernize.db"), "--report", Path.Combine(folder, "report.html"), "--json", Path.Combine(folder, json), "--verbose"];

        var scan = Checked(MeasuredProcess.Run(dotnet, ScanArguments("scan.json"), folder), "full scan");
        File.WriteAllText(Path.Combine(folder, "scan.log"), scan.Output);
        Console.WriteLine($"  full scan {scan.Wall.TotalSeconds:F1} s, CPU {scan.Cpu.TotalSeconds:F1} s, peak {scan.PeakMiB:F0} MiB");

        SolutionGenerator.EditOneMethodBody(solution);
        var rescan = Checked(MeasuredProcess.Run(dotnet, ScanArguments("rescan.json"), folder), "rescan");
        File.WriteAllText(Path.Combine(folder, "rescan.log"), rescan.Output);
        Console.WriteLine($"  rescan after a one-file change {rescan.Wall.TotalSeconds:F1} s, CPU {rescan.Cpu.TotalSeconds:F1} s, peak {rescan.PeakMiB:F0} MiB");

        // Cold build: no build servers, no obj/bin (the scan wrote neither into the tree, but be sure).
        MeasuredProcess.Run(dotnet, ["build-server", "shutdown"], folder);
        foreach (var output in Directory.EnumerateDirectories(Path.Combine(folder, "src"), "*", SearchOption.AllDirectories).Where(d => Path.GetFileName(d) is "obj" or "bin").ToList())
        {
            Directory.Delete(output, recursive: true);
        }

        var build = Checked(MeasuredProcess.Run(dotnet, ["build", solution.SolutionPath, "-nologo", "-v", "q"], folder), "cold build");
        MeasuredProcess.Run(dotnet, ["build-server", "shutdown"], folder);
        Console.WriteLine($"  cold dotnet build {build.Wall.TotalSeconds:F1} s, CPU {build.Cpu.TotalSeconds:F1} s, peak {build.PeakMiB:F0} MiB");

        var result = new SizeResult(label, solution, scan, rescan, build, StageTimings.Parse(scan.Output), StageTimings.Parse(rescan.Output));
        Console.WriteLine($"  scan/build {result.ScanToBuild:F2}, rescan/scan {result.RescanToScan:P0}, {result.SecondsPer100kLines:F1} s per 100k lines");
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
var block = PerformanceDoc.Render(results, Machine.Describe(sdk), options.Command, DateTimeOffset.UtcNow);
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
