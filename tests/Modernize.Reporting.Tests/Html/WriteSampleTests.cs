using Microsoft.Playwright;
using Modernize.Reporting.Tests.Benchmarks;
using Modernize.Testing.Browser;

namespace Modernize.Reporting.Tests.Html;

/// <summary>A tool for looking at the report while working on it: writes the samples and screenshots of each section where MODERNIZE_SAMPLE_DIR points.</summary>
public sealed class WriteSampleTests
{
    [SkippableFact]
    [Trait("Category", "Manual")]
    public async Task Writes_sample_reports_and_section_screenshots_where_MODERNIZE_SAMPLE_DIR_points()
    {
        var folder = Environment.GetEnvironmentVariable("MODERNIZE_SAMPLE_DIR");
        Skip.If(string.IsNullOrEmpty(folder), "a tool, not a test: set MODERNIZE_SAMPLE_DIR to a folder to write the sample reports there");

        var samples = new Dictionary<string, ReportData> { ["shop"] = SampleScans.Shop(), ["hostile"] = SampleScans.HostileShop(), ["host"] = SampleScans.WithHost(SampleScans.Shop()), ["large"] = LargeScan.Create() };
        foreach (var (name, data) in samples)
        {
            HtmlReportWriter.Write(data, Path.Combine(folder, name + ".html"));
        }

        Skip.IfNot(File.Exists(Chromium.ExecutablePath), $"sample reports written to {folder}; no screenshots: {Chromium.ExecutablePath} is missing");

        await using var chromium = new ChromiumSession();
        foreach (var name in samples.Keys)
        {
            var report = await chromium.Browser.OpenAsync(Path.Combine(folder, name + ".html"));
            await report.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-top.png") });
            if (name != "hostile")
            {
                await report.Page.EvaluateAsync("window.modernizeReport.selectCell(0)");
            }

            foreach (var section in await report.Page.Locator("section.panel").AllAsync())
            {
                var id = await section.GetAttributeAsync("id");
                await section.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"{name}-{id}.png") });
            }

            await report.Page.CloseAsync();
        }
    }

    private sealed class ChromiumSession : IAsyncDisposable
    {
        public ChromiumSession() => Browser.InitializeAsync().GetAwaiter().GetResult();

        public Chromium Browser { get; } = new();

        public async ValueTask DisposeAsync() => await Browser.DisposeAsync();
    }
}
