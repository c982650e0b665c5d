using System.Globalization;
using System.Text;
using Modernize.Benchmarks.Measuring;

namespace Modernize.Benchmarks.Reporting;

/// <summary>
/// Writes the measured tables into docs/performance.md between the results markers, leaving the hand-written text around them alone.
/// </summary>
internal static class PerformanceDoc
{
    private const string Start = "<!-- benchmark results: start (written by benchmarks/Modernize.Benchmarks) -->";
    private const string End = "<!-- benchmark results: end -->";

    public static string Render(IReadOnlyList<SizeResult> results, string machine, string command, DateTimeOffset when)
    {
        var text = new StringBuilder();
        text.AppendLine(Start);
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {when:yyyy-MM-dd HH:mm} UTC on {machine}, with `{command}`.");
        text.AppendLine();
        text.AppendLine("| size | projects | files | lines | cold build | build CPU | build peak RSS | full scan | scan CPU | scan peak RSS | scan / build (wall) | scan / build (CPU) | scan s per 100k lines |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Label} | {r.Solution.Projects} | {r.Solution.Files} | {r.Solution.Lines:N0} | {Run(r.Build, b => $"{b.Wall.TotalSeconds:F1} s")} | {Run(r.Build, b => $"{b.Cpu.TotalSeconds:F1} s")} | {Run(r.Build, b => $"{b.PeakMiB:F0} MiB")} | {r.Scan.Wall.TotalSeconds:F1} s | {r.Scan.Cpu.TotalSeconds:F1} s | {r.Scan.PeakMiB:F0} MiB | {Ratio(r.ScanToBuild)} | {Ratio(r.ScanToBuildCpu)} | {r.SecondsPer100kLines:F1} |");
        }

        var kinds = results.SelectMany(r => r.Rescans.Select(x => x.Name)).Distinct().ToList();
        text.AppendLine();
        text.AppendLine("Rescans and the pull-request check (`check --db`, after the rescans, with three files edited), each as wall time (share of the full scan's wall time), CPU time of the process tree (share of the full scan's CPU time) and peak RSS of the tree:");
        text.AppendLine();
        text.AppendLine("| size | " + string.Join(" | ", kinds) + " |");
        text.AppendLine("|---|" + string.Concat(kinds.Select(_ => "---:|")));
        foreach (var r in results)
        {
            var cells = kinds.Select(k => r.Rescans.Where(x => x.Name == k).Select(x => string.Create(CultureInfo.InvariantCulture,
                $"{x.Run.Wall.TotalSeconds:F1} s ({x.Run.Wall / r.Scan.Wall:P0}), CPU {x.Run.Cpu.TotalSeconds:F1} s ({x.Run.Cpu / r.Scan.Cpu:P0}), {x.Run.PeakMiB:F0} MiB")).FirstOrDefault() ?? "-");
            text.AppendLine($"| {r.Label} | " + string.Join(" | ", cells) + " |");
        }

        var runs = new List<(string Name, Func<SizeResult, RunMeasurement?> Run)> { ("full scan", r => r.Scan) };
        runs.AddRange(kinds.Where(k => !k.StartsWith("PR", StringComparison.Ordinal)).Select(k => (k, (Func<SizeResult, RunMeasurement?>)(r => r.Rescans.Where(x => x.Name == k).Select(x => x.Run).FirstOrDefault()))));
        var stages = results.SelectMany(r => StageTimings.Parse(r.Scan.Output)).Select(s => s.Stage).Distinct().ToList();
        if (stages.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Where the time goes (seconds per stage, from `modernize scan --verbose`):");
            text.AppendLine();
            text.AppendLine("| size | run | " + string.Join(" | ", stages) + " |");
            text.AppendLine("|---|---|" + string.Concat(stages.Select(_ => "---:|")));
            foreach (var r in results)
            {
                foreach (var (name, run) in runs)
                {
                    if (run(r) is { } measured)
                    {
                        var timings = StageTimings.Parse(measured.Output);
                        text.AppendLine($"| {r.Label} | {name} | " + string.Join(" | ", stages.Select(s => Seconds(timings, s))) + " |");
                    }
                }
            }
        }

        text.AppendLine();
        var peaks = string.Join(", ", results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Label} {r.PeakMiB:F0} MiB")));
        text.AppendLine(CultureInfo.InvariantCulture, $"Peak resident memory of the scanner and its build host, largest of all runs of a size (target at most {SizeResult.PeakTargetMiB:F0} MiB at 1M lines): {peaks}.");
        text.AppendLine(End);
        return text.ToString();
    }

    private static string Run(RunMeasurement? run, Func<RunMeasurement, FormattableString> format) =>
        run is null ? "not run" : FormattableString.Invariant(format(run));

    private static string Ratio(double? ratio) => ratio?.ToString("F2", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Replaces the results block of <paramref name="path"/> (or appends one), keeping the rest of the file.</summary>
    public static void Write(string path, string block)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n\n";
        var start = existing.IndexOf(Start, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var updated = start >= 0 && end > start
            ? existing[..start] + block + existing[(end + End.Length)..].TrimStart('\r', '\n').Insert(0, "\n")
            : existing.TrimEnd() + "\n\n" + block;
        File.WriteAllText(path, updated);
    }

    private static string Seconds(IReadOnlyList<(string Stage, double Seconds)> stages, string stage) =>
        stages.Where(s => s.Stage == stage).Select(s => s.Seconds.ToString("F1", CultureInfo.InvariantCulture)).FirstOrDefault() ?? "-";
}
