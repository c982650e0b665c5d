using Modernize.Cli.Tests.Scan;
using Modernize.Testing;
using Modernize.Testing.Browser;

namespace Modernize.Cli.Tests.Report;

/// <summary>
/// A real repository whose file names, SQL, commit messages and author names carry markup: the report that
/// <c>modernize scan</c> writes must show them as text and run none of it.
/// </summary>
public sealed class HostileRepositoryReportTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string ImagePayload = "\"><img src=x onerror=window.__pwned=1>";
    private const string ScriptPayload = "<script>window.__pwned=1</script>";

    // git strips '<' and '>' from author names, so the author payload breaks out of attributes instead.
    private const string AuthorPayload = "Mallory\" onmouseover=\"window.__pwned=1";

    [ChromiumFact]
    public async Task A_report_of_a_hostile_repository_stays_inert_and_shows_the_strings_as_text()
    {
        using var repo = new GitRepository();
        using var output = new TempDirectory();
        var hostileFile = $"src/Orders/Order{ImagePayload}.cs";
        repo.Write("src/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("src/Billing/Invoice.cs", "namespace Shop.Billing; public sealed class Invoice { public decimal Total { get; set; } }");
        for (var revision = 0; revision < 4; revision++)
        {
            repo.Write(hostileFile, $$"""
                namespace Shop.Orders;
                public sealed class Order
                {
                    public const string Sql = "SELECT * FROM dbo.Orders WHERE Note = '{{ScriptPayload}}'";
                    public Shop.Billing.Invoice Bill(int n) { var i = new Shop.Billing.Invoice(); if (n > {{revision}}) { i.Total = n; } return i; }
                }
                """);
            repo.Commit($"{ScriptPayload} {ImagePayload} change {revision}", author: AuthorPayload, email: "mallory@example.com", date: DateTimeOffset.UtcNow.AddDays(revision - 10));
        }

        var reportPath = output.Combine("report.html");
        var result = ModernizeCli.Run(repo.Path, "scan", "src", "--report", reportPath, "--db", output.Combine("m.db"));
        Assert.True(result.ExitCode == 0, result.Output);

        var report = await chromium.OpenAsync(reportPath);
        await report.Page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        var hotspotRow = report.Page.Locator("#hotspots").GetByText("Order", new() { Exact = false }).First;
        await hotspotRow.HoverAsync();

        Assert.Equal("undefined", await report.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await report.Page.Locator("img").CountAsync());
        Assert.Equal(0, await report.Page.Locator("[onerror], [onmouseover]").CountAsync());
        var text = await report.Page.Locator("body").TextContentAsync() ?? string.Empty;
        Assert.Contains("Order" + ImagePayload + ".cs", text, StringComparison.Ordinal);
        Assert.Contains(AuthorPayload, text, StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }
}
