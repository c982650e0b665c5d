using Modernize.Scanning.Configuration;
using Modernize.Analysis.Guardrails;

namespace Modernize.Scanning.Tests.Guardrails;

public class GuardExportsTests
{
    private static Model.Configuration.ModernizeConfig Config() => ConfigLoader.Parse(GuardrailQueriesTests.Yaml, "modernize.yml");

    [Fact]
    public void The_guardrails_file_holds_the_map_and_the_edge_rules_and_names_the_rest()
    {
        var json = GuardrailsExport.ToJson(Config());
        Assert.Equal(json, GuardrailsExport.ToJson(Config()));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("format").GetInt32());
        Assert.Equal(["Catalog", "Ordering", "Billing", "Platform"], root.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(["ordering-not-catalog-internals", "tissue-knows-no-cell", "no-system-web"], root.GetProperty("rules").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("no-cycles-between-cells", Assert.Single(root.GetProperty("checkedByModernizeCheck").EnumerateArray()).GetString());
        Assert.Equal("Tissue must not depend on any cell", root.GetProperty("rules")[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Codeowners_lists_project_folders_then_the_files_of_each_cell()
    {
        var text = CodeOwnersExport.Write(Config(), GuardrailQueriesTests.Scan(), "apps/shop/");
        Assert.Equal(text, CodeOwnersExport.Write(Config(), GuardrailQueriesTests.Scan(), "apps/shop/"));
        var lines = text.Split('\n');
        Assert.Contains("/apps/shop/src/Billing/** @team-finance", lines);
        Assert.Contains("/apps/shop/Shop/Catalog/Product.cs @team-catalog", lines);
        Assert.Contains("/apps/shop/Shop/Ordering/OrderService.cs @team-checkout", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Common/Clock", StringComparison.Ordinal));
        Assert.True(Array.IndexOf(lines, "/apps/shop/src/Billing/** @team-finance") < Array.IndexOf(lines, "/apps/shop/Shop/Catalog/Product.cs @team-catalog"));
        Assert.StartsWith(CodeOwnersExport.Header, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agents_section_says_what_each_cell_may_use_and_replaces_itself_in_place()
    {
        var section = AgentsExport.Section(Config(), "Shop.sln");
        Assert.Contains("| Ordering | cell | team-checkout | `Shop.Ordering.**` |", section, StringComparison.Ordinal);
        Assert.Contains("- **Platform** may use: nothing outside itself; must not use: cell Catalog (rule `tissue-knows-no-cell`)", section, StringComparison.Ordinal);
        Assert.Contains("cell Catalog (rule `ordering-not-catalog-internals`)", section, StringComparison.Ordinal);
        Assert.Contains("`modernize check Shop.sln`", section, StringComparison.Ordinal);

        var existing = "# Agents\n\nOur conventions.\n\n" + AgentsExport.Section(Model.Configuration.ModernizeConfig.Default, "x") + "\nMore of ours.\n";
        var merged = AgentsExport.Merge(existing, section);
        Assert.StartsWith("# Agents\n\nOur conventions.\n\n" + section, merged, StringComparison.Ordinal);
        Assert.EndsWith("\nMore of ours.\n", merged, StringComparison.Ordinal);
        Assert.Equal(section, AgentsExport.Extract(merged));
        Assert.Equal(merged, AgentsExport.Merge(merged, section));
    }
}
