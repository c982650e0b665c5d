using Modernize.Testing.Browser;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>The HTML report written by <c>modernize scan</c> of legacy-shop, opened in headless Chromium.</summary>
[Collection(LegacyShopScans.Name)]
public sealed class ReportEndToEndTests(LegacyShopScan shop, Chromium chromium) : IClassFixture<Chromium>
{
    [ChromiumFact]
    public async Task The_report_shows_the_real_cells_the_cycle_and_the_blockers_without_console_errors()
    {
        var report = await chromium.OpenAsync(shop.Report);

        // With a product map the report shows the declared cells (the proposal is compared with it, not drawn).
        var cells = await report.AllTextAsync("#cells");
        foreach (var cell in shop.Scan.DeclaredCells!.Cells)
        {
            Assert.Contains(cell.Name, cells, StringComparison.Ordinal);
        }

        var drawn = await report.Page.EvaluateAsync<string[]>("() => window.modernizeReport.cy.nodes().map(n => n.data('name')).filter(n => n)");
        Assert.Superset(shop.Scan.DeclaredCells.Cells.Select(c => c.Name).ToHashSet(), drawn.ToHashSet());

        var cycles = await report.AllTextAsync("#cycles");
        Assert.Contains("Shop.Business.Billing", cycles, StringComparison.Ordinal);
        Assert.Contains("Shop.Business.Ordering", cycles, StringComparison.Ordinal);
        Assert.Contains("Shop.Business/Billing/InvoiceCalculator.cs:14", cycles, StringComparison.Ordinal);

        var blockers = await report.AllTextAsync("#blockers");
        Assert.Contains("WCF services", blockers, StringComparison.Ordinal);
        Assert.Contains("Shop.Web/Services/IOrderService.cs:7", blockers, StringComparison.Ordinal);
        Assert.Contains("BinaryFormatter", blockers, StringComparison.Ordinal);
        Assert.Contains("Shop.Business/Ordering/CartSerializer.cs:40", blockers, StringComparison.Ordinal);

        Assert.Empty(report.Errors);
        Assert.All(report.Requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
    }
}
