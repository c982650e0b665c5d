using System.Diagnostics;
using Modernize.Testing.Browser;
using Modernize.Testing;
using Xunit.Abstractions;

namespace Modernize.Reporting.Tests.Benchmarks;

/// <summary>Writes the report of a 5,000-type scan and measures its size, write time and time-to-interactive in headless Chromium.</summary>
public sealed class ReportBenchmark(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly Chromium chromium = new();

    public Task InitializeAsync() => chromium.InitializeAsync();

    public Task DisposeAsync() => chromium.DisposeAsync();

    [BenchmarkFact]
    public async Task Report_of_a_5000_type_solution()
    {
        var data = LargeScan.Create();
        using var folder = new TempDirectory("modernize-bench");
        var path = folder.Combine("large.html");

        HtmlReportWriter.Write(data, path);
        var write = Stopwatch.StartNew();
        HtmlReportWriter.Write(data, path);
        write.Stop();
        var size = new FileInfo(path).Length;

        var ready = new List<double>();
        var clicks = new List<double>();
        var dsm = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var report = await chromium.OpenAsync(path);
            ready.Add(await report.Page.EvaluateAsync<double>("window.__modernizeReadyAt"));
            clicks.Add(await report.Page.EvaluateAsync<double>("(() => { const t = performance.now(); window.modernizeReport.selectCell(0); return performance.now() - t; })()"));
            dsm.Add(await report.Page.EvaluateAsync<double>("(() => { const t = performance.now(); document.querySelectorAll('#dsm .tabs button')[1].click(); document.querySelectorAll('#dsm .tabs button')[0].click(); return performance.now() - t; })()"));
            Assert.Empty(report.Errors);
            await report.Page.CloseAsync();
        }

        output.WriteLine($"types: {data.Current.Graph.Types.Count}, dependencies: {data.Current.Graph.Dependencies.Count}, cells: {data.Current.Cells.Cells.Count}, seam dependencies: {data.Current.Cells.Seams.Sum(s => s.Dependencies.Count)}, scans in trend: {data.Trend.Count}");
        output.WriteLine($"size: {size / 1024.0 / 1024.0:0.00} MB; write: {write.ElapsedMilliseconds} ms");
        output.WriteLine($"time to interactive (navigation start to report ready), 3 runs: {string.Join(", ", ready.Select(r => $"{r:0} ms"))}");
        output.WriteLine($"click a cell (details rendered), 3 runs: {string.Join(", ", clicks.Select(r => $"{r:0} ms"))}");
        output.WriteLine($"switch DSM level twice, 3 runs: {string.Join(", ", dsm.Select(r => $"{r:0} ms"))}");
        Assert.True(size < 10 * 1024 * 1024, $"report is {size} bytes");
    }
}
