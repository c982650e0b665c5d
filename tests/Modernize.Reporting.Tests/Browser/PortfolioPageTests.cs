using Modernize.Model.Kpis;
using Modernize.Model.Store;
using Modernize.Reporting.Portfolio;
using Modernize.Testing;
using Modernize.Testing.Browser;

namespace Modernize.Reporting.Tests.Browser;

/// <summary>The portfolio page in headless Chromium: a row and a link per solution, one chart per KPI, hostile names shown as text.</summary>
public sealed class PortfolioPageTests(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private readonly TempDirectory folder = new("modernize-portfolio");

    public void Dispose() => folder.Dispose();

    [ChromiumFact]
    public async Task Every_solution_links_its_report_and_every_kpi_gets_a_chart_without_console_errors()
    {
        var path = folder.Combine("portfolio.html");
        var hostile = "<img src=x onerror=alert(1)>.sln";
        var solutions = new[]
        {
            Solution("repo::Billing.sln", "Billing.sln", path, (KpiCatalog.CycleCount, 6, 4, "better"), (KpiCatalog.Types, 12, 10, "worse")),
            Solution("repo::hostile", hostile, path, (KpiCatalog.CycleCount, 1, 3, "worse"), (KpiCatalog.Types, 5, 5, "same")),
        };
        PortfolioReportWriter.Write(solutions, "1.2.3", path);

        var page = await chromium.OpenAsync(path);

        Assert.Empty(page.Errors);
        Assert.DoesNotContain(page.Requests, r => !r.StartsWith("file:", StringComparison.Ordinal));
        Assert.Equal(2, await page.Page.Locator("main table tbody tr").CountAsync());
        Assert.Equal(solutions.Select(s => s.ReportFile), await page.Page.Locator("main table tbody a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Equal(hostile, await page.TextOfAsync("main table tbody tr:nth-child(2) a"));
        Assert.Equal(0, await page.Page.Locator("main table img").CountAsync());
        Assert.Equal(2, await page.Page.Locator(".trend-card .chart canvas").CountAsync());
        var billing = await page.TextOfAsync("main table tbody tr:nth-child(1)");
        Assert.Contains("1 better", billing, StringComparison.Ordinal);
        Assert.Contains("1 worse", billing, StringComparison.Ordinal);
        Assert.Equal("delta better", await page.Page.Locator("main table tbody tr:nth-child(1) .delta").First.GetAttributeAsync("class"));
    }

    [Fact]
    public void Report_file_names_are_stable_readable_and_distinct_for_equal_names()
    {
        var a = PortfolioReportWriter.ReportFileName("out/portfolio.html", "github.com/a/shop.git::Shop.sln", "Shop.sln");
        var b = PortfolioReportWriter.ReportFileName("out/portfolio.html", "github.com/b/shop.git::Shop.sln", "Shop.sln");

        Assert.Matches("^portfolio-shop-[0-9a-f]{8}\\.html$", a);
        Assert.NotEqual(a, b);
        Assert.Equal(a, PortfolioReportWriter.ReportFileName("elsewhere/portfolio.html", "github.com/a/shop.git::Shop.sln", "Shop.sln"));
        Assert.Matches("^p-img-src-x-onerror-alert-1-[0-9a-f]{8}\\.html$", PortfolioReportWriter.ReportFileName("p.html", "x", "<img src=x onerror=alert(1)>.sln"));
    }

    private static PortfolioSolution Solution(string identity, string name, string path, params (string Key, double Before, double After, string Direction)[] kpis)
    {
        var deltas = kpis.Select(k => new KpiDelta(k.Key, k.Before, k.After, k.After - k.Before, k.Direction)).ToList();
        var latest = new StoredScan(7, identity, name, new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), "abcdef0123", "main", "1.2.3", kpis.Select(k => new Kpi(k.Key, k.After)).ToList());
        return new PortfolioSolution(identity, name, 2, latest, deltas, PortfolioReportWriter.ReportFileName(path, identity, name));
    }
}
