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
        text.AppendLine("| size | projects | files | lines | full scan | CPU (tree) | peak RSS (tree) | cold build | build CPU | scan / build (wall) | scan / build (CPU) | rescan, one file | rescan / scan | scan s per 100k lines |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Label} | {r.Solution.Projects} | {r.Solution.Files} | {r.Solution.Lines:N0} | {r.Scan.Wall.TotalSeconds:F1} s | {r.Scan.Cpu.TotalSeconds:F1} s | {r.Scan.PeakMiB:F0} MiB | {r.Build.Wall.TotalSeconds:F1} s | {r.Build.Cpu.TotalSeconds:F1} s | {r.ScanToBuild:F2} | {r.ScanToBuildCpu:F2} | {r.Rescan.Wall.TotalSeconds:F1} s | {r.RescanToScan:P0} | {r.SecondsPer100kLines:F1} |");
        }

        text.AppendLine();
        text.AppendLine("Rescan CPU and peak RSS, and the cold build's peak RSS:");
        text.AppendLine();
        text.AppendLine("| size | rescan CPU | rescan peak RSS | build peak RSS |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Label} | {r.Rescan.Cpu.TotalSeconds:F1} s | {r.Rescan.PeakMiB:F0} MiB | {r.Build.PeakMiB:F0} MiB |");
        }

        var stages = results.SelectMany(r => r.ScanStages.Concat(r.RescanStages)).Select(s => s.Stage).Distinct().ToList();
        if (stages.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Where the time goes (seconds per stage, from `modernize scan --verbose`; full scan / rescan):");
            text.AppendLine();
            text.AppendLine("| size | " + string.Join(" | ", stages) + " |");
            text.AppendLine("|---|" + string.Concat(stages.Select(_ => "---:|")));
            foreach (var r in results)
            {
                var cells = stages.Select(s => $"{Seconds(r.ScanStages, s)} / {Seconds(r.RescanStages, s)}");
                text.AppendLine($"| {r.Label} | " + string.Join(" | ", cells) + " |");
            }
        }

        text.AppendLine(End);
        return text.ToString();
    }

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
