using Modernize.Testing;
using Modernize.Testing.Browser;

namespace Modernize.Reporting.Tests.Browser;

/// <summary>Opens real reports in headless Chromium and reads them as a user would.</summary>
public sealed class ReportPageTests(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private static readonly string[] Sections = ["summary", "cells", "seams", "dsm", "cycles", "hotspots", "autonomy", "blockers", "fidelity", "trend", "diff", "rules", "findings"];

    private readonly TempDirectory folder = new("modernize-report");

    public void Dispose() => folder.Dispose();

    [ChromiumFact]
    public async Task A_realistic_report_shows_every_section_with_its_content_and_no_console_errors()
    {
        var report = await OpenAsync(SampleScans.Shop());

        foreach (var id in Sections)
        {
            Assert.Equal(1, await report.Page.Locator($"section#{id}").CountAsync());
        }

        Assert.Equal(7, await report.Page.Locator("#summary .kpi").CountAsync());
        var crossCell = await report.TextOfAsync("#summary .kpi[data-kpi=crossCellDependencies]");
        Assert.Contains("4", crossCell, StringComparison.Ordinal);
        Assert.Contains("−2", crossCell, StringComparison.Ordinal);
        Assert.Equal("delta better", await report.Page.Locator("#summary .kpi[data-kpi=crossCellDependencies] .delta").GetAttributeAsync("class"));
        Assert.Equal(7, await report.Page.Locator("#summary .kpi .spark canvas").CountAsync());

        var seams = await report.AllTextAsync("#seams");
        Assert.Contains("src/Shop.Orders/OrderService.cs:42", seams, StringComparison.Ordinal);
        Assert.Contains("Smallest seam and no legacy blockers.", seams, StringComparison.Ordinal);
        Assert.Contains("dbo.Orders", seams, StringComparison.Ordinal);
        var sharedRow = await report.AllTextAsync("#seams table tbody tr:has-text('dbo.Orders') td:nth-child(3)");
        Assert.Contains("Orders", sharedRow, StringComparison.Ordinal);
        Assert.DoesNotContain("Billing", sharedRow, StringComparison.Ordinal);

        Assert.Equal(6, await report.Page.Locator("#dsm table.dsm tbody tr").CountAsync());
        Assert.Equal(2, await report.Page.Locator("#dsm td.cyclic").CountAsync());

        var cycles = await report.AllTextAsync("#cycles");
        Assert.Contains("Shop.Billing.InvoiceService", cycles, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Billing/InvoiceService.cs:18", cycles, StringComparison.Ordinal);

        Assert.Equal(1, await report.Page.Locator("#hotspots .chart canvas").CountAsync());
        Assert.Contains("Ada Lovelace", await report.AllTextAsync("#hotspots"), StringComparison.Ordinal);

        var blockers = await report.AllTextAsync("#blockers");
        Assert.Contains("System.Web.HttpContext.Current", blockers, StringComparison.Ordinal);
        Assert.Contains("7 pts", blockers, StringComparison.Ordinal);
        Assert.Contains("Move to ASP.NET Core", blockers, StringComparison.Ordinal);

        var fidelity = await report.AllTextAsync("#fidelity");
        Assert.Contains("MSBuild could not evaluate the project", fidelity, StringComparison.Ordinal);
        Assert.Contains("global.json pins SDK", fidelity, StringComparison.Ordinal);
        Assert.Contains("85.4%", fidelity, StringComparison.Ordinal);

        Assert.Equal(7, await report.Page.Locator("#trend .trend-card canvas").CountAsync());

        var diff = await report.AllTextAsync("#diff");
        Assert.Contains("Scan #2", diff, StringComparison.Ordinal);
        Assert.Contains("Shop.Billing.Refunds", diff, StringComparison.Ordinal);
        Assert.Contains("Shop.Data uses Shop.Web", diff, StringComparison.Ordinal);

        Assert.Contains("OrderController calls OrderRepository directly", await report.AllTextAsync("#rules"), StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Clicking_a_cell_on_the_map_shows_its_types_score_breakdown_and_dependencies_to_cut()
    {
        var report = await OpenAsync(SampleScans.Shop());

        await report.ClickCellAsync("Orders");

        var details = report.Page.Locator("#cell-details");
        Assert.Equal("Orders", await details.GetAttributeAsync("data-cell"));
        var text = await details.TextContentAsync() ?? string.Empty;
        Assert.Contains("Shop.Orders.OrderService", text, StringComparison.Ordinal);
        Assert.Contains("Shop.Web.Controllers.OrderController", text, StringComparison.Ordinal);
        Assert.Contains("81%", text, StringComparison.Ordinal);
        Assert.Contains("Orders keeps 81% of its dependency weight inside.", text, StringComparison.Ordinal);
        Assert.Contains("src/Shop.Orders/OrderService.cs:42", text, StringComparison.Ordinal);
        Assert.Contains("team-checkout", text, StringComparison.Ordinal);

        await details.GetByText("Show namespaces on the map").ClickAsync();
        Assert.Equal(2, await report.Page.EvaluateAsync<int>("window.modernizeReport.cy.nodes('[kind = \"unit\"]').length"));
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task A_cells_members_show_their_confidence_and_evidence_least_certain_first_with_the_weak_ones_flagged()
    {
        var report = await OpenAsync(SampleScans.Shop());

        await report.ClickCellAsync("Orders");

        var rows = report.Page.Locator("#cell-details .memberships tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        var first = await rows.Nth(0).InnerTextAsync();
        Assert.Contains("Shop.Web.Controllers.OrderController", first, StringComparison.Ordinal);
        Assert.Contains("0.31", first, StringComparison.Ordinal);
        Assert.Contains("naming: 'order' shared with 2 members (55% of its weight in the cell)", first, StringComparison.Ordinal);
        Assert.Contains("Shop.Orders.Order", await rows.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("0.92", await rows.Nth(2).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await report.Page.Locator("#cell-details .memberships .confidence.low").CountAsync());
        Assert.Equal(1, await rows.Nth(0).Locator(".confidence.low").CountAsync());
        var details = await report.TextOfAsync("#cell-details");
        Assert.Contains("mean confidence 0.69", details, StringComparison.Ordinal);
        Assert.Contains("1 of 3 members below 0.5", details, StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task A_split_cell_lets_the_reader_drill_into_its_sub_cells_and_their_members()
    {
        var report = await OpenAsync(SampleScans.WithSubCells(SampleScans.Shop()));

        await report.ClickCellAsync("Orders");

        var subCells = report.Page.Locator("#cell-details details.subcell");
        Assert.Equal(2, await subCells.CountAsync());
        Assert.Equal(["Checkout", "Order lines"], await report.Page.EvaluateAsync<string[]>("[...document.querySelectorAll('#cell-details details.subcell')].map(d => d.getAttribute('data-subcell'))"));
        var checkout = subCells.Nth(0);
        Assert.False(await checkout.Locator(".subcell-members").IsVisibleAsync());
        Assert.Contains("2 types · cohesion 75% inside the cell", await checkout.Locator("summary").InnerTextAsync(), StringComparison.Ordinal);

        await checkout.Locator("summary").ClickAsync();

        Assert.True(await checkout.Locator(".subcell-members").IsVisibleAsync());
        var members = await checkout.Locator(".subcell-members").InnerTextAsync();
        Assert.Contains("Shop.Web.Controllers.OrderController", members, StringComparison.Ordinal);
        Assert.Equal(2, await checkout.Locator(".subcell-members li").CountAsync());
        await report.ClickCellAsync("Billing");
        Assert.Equal(0, await report.Page.Locator("#cell-details details.subcell").CountAsync());
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Hostile_sub_cell_names_are_shown_as_text_and_stay_inert()
    {
        var report = await OpenAsync(SampleScans.WithSubCells(SampleScans.Shop(), s => s + SampleScans.ScriptPayload + SampleScans.AttributePayload));

        await report.ClickCellAsync("Orders");
        await report.Page.EvaluateAsync("document.querySelectorAll('#cell-details details.subcell').forEach(d => d.open = true)");

        var text = await report.TextOfAsync("#cell-details");
        Assert.Contains("Checkout" + SampleScans.ScriptPayload + SampleScans.AttributePayload, text, StringComparison.Ordinal);
        Assert.Equal("undefined", await report.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await report.Page.Locator("#cell-details script, #cell-details img").CountAsync());
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Hostile_membership_evidence_is_shown_as_text_and_stays_inert()
    {
        var report = await OpenAsync(SampleScans.HostileShop());

        await report.ClickCellAsync("Orders" + SampleScans.ScriptPayload + SampleScans.AttributePayload);

        var weakest = await report.Page.Locator("#cell-details .memberships tbody tr").First.InnerTextAsync();
        Assert.Contains("naming: 'order' shared with 2 members (55% of its weight in the cell)" + SampleScans.ScriptPayload + SampleScans.AttributePayload, weakest, StringComparison.Ordinal);
        Assert.Contains("0.31", weakest, StringComparison.Ordinal);
        Assert.Equal("undefined", await report.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await report.Page.Locator("img").CountAsync());
        Assert.Equal(0, await report.Page.Locator("#cell-details script").CountAsync());
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Hosts_are_drawn_listed_and_described_apart_from_cells_and_tissue()
    {
        var report = await OpenAsync(SampleScans.WithHost(SampleScans.Shop()));

        Assert.Equal(["Web host"], await report.Page.EvaluateAsync<string[]>("window.modernizeReport.cy.nodes('[kind = \"host\"]').map(n => n.data('name'))"));
        Assert.Equal("diamond", await report.Page.EvaluateAsync<string>("window.modernizeReport.cy.nodes('[kind = \"host\"]')[0].style('shape')"));
        Assert.Contains("Web host", await report.TextOfAsync("#cells .legend-group[data-kind=host]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Web host", await report.TextOfAsync("#cells .legend-group[data-kind=cell]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Web host", await report.TextOfAsync("#cells .legend-group[data-kind=tissue]"), StringComparison.Ordinal);
        Assert.Contains("2 cells and 2 tissue elements, 1 host (proposed)", await report.TextOfAsync("#summary"), StringComparison.Ordinal);

        await report.ClickCellAsync("Web host");

        var details = await report.TextOfAsync("#cell-details");
        Assert.Contains("composition root", details, StringComparison.Ordinal);
        Assert.Contains("Shop.Web.Startup", details, StringComparison.Ordinal);
        Assert.Equal(0, await report.Page.Locator("#cell-details .score").CountAsync());
        Assert.Equal("badge host", await report.Page.Locator("#cell-details h3 .badge").First.GetAttributeAsync("class"));
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task A_hostile_scan_stays_inert_and_shows_its_payloads_as_text()
    {
        var report = await OpenAsync(SampleScans.HostileShop());
        await report.ClickCellAsync("Orders" + SampleScans.ScriptPayload + SampleScans.AttributePayload);
        await report.Page.Locator("#cell-details button").First.ClickAsync();
        Assert.Contains("Order" + SampleScans.ScriptPayload, await report.TextOfAsync("#cell-details"), StringComparison.Ordinal);
        await report.ClickCellAsync("Data" + SampleScans.ScriptPayload + SampleScans.AttributePayload);
        await report.Page.Locator("#dsm .tabs button").Nth(1).ClickAsync();
        await report.Page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");

        Assert.Equal("undefined", await report.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await report.Page.Locator("img").CountAsync());
        Assert.Equal(7, await report.Page.Locator("script").CountAsync());
        var text = await report.Page.Locator("body").InnerTextAsync();
        Assert.Contains("Shop.Orders" + SampleScans.ScriptPayload, text, StringComparison.Ordinal);
        Assert.Contains(SampleScans.AttributePayload, text, StringComparison.Ordinal);
        Assert.Contains("SELECT * FROM dbo.Orders", text, StringComparison.Ordinal);
        Assert.Equal(SampleScans.Build(s => s + SampleScans.ScriptPayload + SampleScans.AttributePayload).Current.Info.SolutionName, await report.Page.Locator("h1").InnerTextAsync());
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task The_report_requests_nothing_beyond_its_own_file()
    {
        var report = await OpenAsync(SampleScans.Shop());

        Assert.All(report.Requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Assert.Single(report.Requests);
    }

    [ChromiumFact]
    public async Task Sections_without_data_explain_how_to_get_it()
    {
        var empty = SampleScans.Shop().Current with
        {
            Info = SampleScans.Shop().Current.Info with { GitCommit = null, GitBranch = null },
            Analysis = Modernize.Model.Analysis.AnalysisResult.Empty,
            Cells = Modernize.Model.Cells.CellsResult.Empty,
            Violations = [],
        };
        var report = await OpenAsync(ReportData.For(empty));

        Assert.Contains("No git history found: run inside a repository to see hotspots.", await report.TextOfAsync("#hotspots"), StringComparison.Ordinal);
        Assert.Contains("No cells yet", await report.TextOfAsync("#cells"), StringComparison.Ordinal);
        Assert.Contains("No previous scan to compare with", await report.TextOfAsync("#diff"), StringComparison.Ordinal);
        Assert.Contains("No cycles", await report.TextOfAsync("#cycles"), StringComparison.Ordinal);
        Assert.Contains("No legacy blockers", await report.TextOfAsync("#blockers"), StringComparison.Ordinal);
        Assert.Contains("trends appear from the second scan", await report.TextOfAsync("#trend"), StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Autonomy_section_shows_ratios_what_if_ownership_and_a_velocity_chart()
    {
        var sample = SampleScans.Shop();
        var report = await OpenAsync(sample with { Current = sample.Current with { Autonomy = Modernize.Testing.Scans.SampleAutonomy.Create() } });

        var text = await report.AllTextAsync("#autonomy");
        Assert.Contains("22.2%", text, StringComparison.Ordinal); // declared: 2 of 9 commits
        Assert.Contains("2 of 9 commits crossed cells", text, StringComparison.Ordinal);
        Assert.Contains("11.1%", text, StringComparison.Ordinal); // proposed: 1 of 9
        Assert.Contains("With the proposed cells, 1 of these commits would not have crossed a cell boundary.", text, StringComparison.Ordinal);
        Assert.Contains("Pull requests crossing cells: 50.0% (1 of 2)", text, StringComparison.Ordinal);
        Assert.Contains("Ownership alignment: 70.0%", text, StringComparison.Ordinal);
        Assert.Contains("Billing ×1, Catalog ×1", text, StringComparison.Ordinal); // what Ordering drags along
        Assert.Contains("60.0% · churn 54.2%", text, StringComparison.Ordinal); // Ordering: 3 of 5 commits, 13 of 24 lines by team-checkout
        Assert.Contains("README.md", text, StringComparison.Ordinal);
        Assert.Equal(3, await report.Page.Locator("#autonomy table").First.Locator("tbody tr").CountAsync()); // Catalog, Ordering, Platform
        Assert.Equal(1, await report.Page.Locator("#autonomy .chart canvas").CountAsync());
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Without_history_the_autonomy_section_says_why()
    {
        var report = await OpenAsync(SampleScans.Shop());

        Assert.Contains("No autonomy figures", await report.TextOfAsync("#autonomy"), StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }

    private async Task<ReportPage> OpenAsync(ReportData data)
    {
        var path = folder.Combine(Guid.NewGuid().ToString("N") + ".html");
        HtmlReportWriter.Write(data, path);
        return await chromium.OpenAsync(path);
    }
}
