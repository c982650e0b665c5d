using System.CommandLine;
using Modernize.Cli.Commands;
using Modernize.Cli.Tests.EndToEnd;
using Modernize.Cli.Tests.Safety;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Guard;

/// <summary><c>modernize guard export|codeowners|agents</c> on the stored scan of legacy-shop, and <c>check</c> reporting stale copies.</summary>
[Collection(LegacyShopScans.Name)]
public sealed class GuardCommandTests(LegacyShopScan shop) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly TempDirectory temp = new("modernize-guard");

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Export_is_deterministic_and_says_when_a_file_is_up_to_date()
    {
        var solution = Path.Combine(shop.Folder, shop.Entry);
        var first = await InProcessCli.RunAsync(Limit, "guard", "export", solution);
        var second = await InProcessCli.RunAsync(Limit, "guard", "export", solution);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.StandardOutput, second.StandardOutput);
        Assert.Contains("\"checkedByModernizeCheck\": [\n    \"no-cycles-between-cells\"\n  ]", first.StandardOutput, StringComparison.Ordinal);

        var file = temp.Combine("modernize.guardrails.json");
        Assert.Contains("wrote", (await InProcessCli.RunAsync(Limit, "guard", "export", solution, "--out", file)).StandardOutput, StringComparison.Ordinal);
        Assert.Equal(first.StandardOutput, File.ReadAllText(file));
        Assert.Contains("is up to date", (await InProcessCli.RunAsync(Limit, "guard", "export", solution, "--out", file)).StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codeowners_lists_each_cells_files_from_the_stored_scan()
    {
        var result = await InProcessCli.RunAsync(Limit, "guard", "codeowners", Path.Combine(shop.Folder, shop.Entry), "--db", shop.Database);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.Contains("/Shop.Business/Catalog/CatalogService.cs @team-catalog", lines);
        Assert.Contains("/Shop.Business/Billing/InvoiceCalculator.cs @team-finance", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("/Shop.Common/", StringComparison.Ordinal)); // Platform has no owner
    }

    [Fact]
    public async Task Agents_replaces_its_section_and_keeps_the_authors_text()
    {
        var agents = temp.Write("AGENTS.md", "# How we work\n\nRun the tests first.\n");
        var result = await InProcessCli.RunAsync(Limit, "guard", "agents", Path.Combine(shop.Folder, shop.Entry), "--out", agents);
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(agents);
        Assert.StartsWith("# How we work\n\nRun the tests first.\n\n<!-- modernize:guardrails:begin", text, StringComparison.Ordinal);
        Assert.Contains("| Billing | cell | team-finance |", text, StringComparison.Ordinal);
        Assert.Contains("`modernize check LegacyShop.sln`", text, StringComparison.Ordinal);
        Assert.Contains("is up to date", (await InProcessCli.RunAsync(Limit, "guard", "agents", Path.Combine(shop.Folder, shop.Entry), "--out", agents)).StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_is_bad_input_and_nothing_is_created()
    {
        var missing = temp.Combine("nowhere.db");
        var result = await InProcessCli.RunAsync(Limit, "guard", "codeowners", Path.Combine(shop.Folder, shop.Entry), "--db", missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no Modernize database here yet", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Check_reports_each_stale_generated_copy_and_is_quiet_once_they_are_regenerated()
    {
        var folder = temp.CopyFrom(shop.Folder, "copy");
        var solution = Path.Combine(folder, shop.Entry);
        foreach (var (command, file) in new[] { ("export", "modernize.guardrails.json"), ("codeowners", "CODEOWNERS"), ("agents", "AGENTS.md") })
        {
            Assert.Equal(0, (await InProcessCli.RunAsync(Limit, "guard", command, solution, "--db", shop.Database, "--out", Path.Combine(folder, file))).ExitCode);
        }

        Assert.DoesNotContain("stale", Check(solution).Output, StringComparison.Ordinal);

        var map = Path.Combine(folder, "modernize.yml");
        File.WriteAllText(map, File.ReadAllText(map)
            .Replace("  team-finance: { authors: [\"*@finance.example.com\"] }", "  team-finance: { authors: [\"*@finance.example.com\"] }\n  team-billing: { authors: [\"*@billing.example.com\"] }", StringComparison.Ordinal)
            .Replace("owner: team-finance", "owner: team-billing", StringComparison.Ordinal));
        var checkedAgain = Check(solution);
        Assert.NotEqual(2, checkedAgain.Exit);
        var stale = checkedAgain.Output.Split('\n').Where(l => l.StartsWith("stale ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, stale.Count);
        Assert.Contains(stale, l => l.Contains("modernize.guardrails.json is out of date with modernize.yml: run 'modernize guard export LegacyShop.sln", StringComparison.Ordinal));
        Assert.Contains(stale, l => l.Contains("CODEOWNERS is out of date", StringComparison.Ordinal));
        Assert.Contains(stale, l => l.Contains("AGENTS.md: its guardrails section is out of date", StringComparison.Ordinal));
    }

    /// <summary>check over the stored scan of the fixture (the copy's files are the same), so no second scan is needed.</summary>
    private (int Exit, string Output) Check(string solution)
    {
        var root = new RootCommand();
        root.Subcommands.Add(CheckCommand.Create((_, _) => Task.FromResult(shop.Scan)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandRunner.InvokeAsync(root, ["check", solution], output, error).GetAwaiter().GetResult();
        return (exit, output.ToString() + error);
    }
}
