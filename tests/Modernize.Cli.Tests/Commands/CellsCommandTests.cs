using System.Text.RegularExpressions;
using Modernize.Cli.Tests.Scan;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Commands;

public sealed class CellsCommandTests
{
    [Fact]
    public void Finds_the_four_domains_planted_across_the_layers_of_legacy_shop()
    {
        // legacy-shop is small and sparse (45 types): γ 0.5 is what docs/cells.md measured to recover its four domains.
        var result = ModernizeCli.Run(RepoPaths.Root, "cells", RepoPaths.Fixture("legacy-shop", "LegacyShop.sln"), "--resolution", "0.5");

        Assert.True(result.ExitCode == 0, result.Output);
        var output = Regex.Replace(result.StandardOutput, "\u001b\\[[0-9;]*m", string.Empty);
        var cellsTable = output[output.IndexOf("Proposed cells", StringComparison.Ordinal)..output.IndexOf("Tissue (shared", StringComparison.Ordinal)];
        foreach (var domain in new[] { "Catalog", "Ordering", "Billing", "Customers" })
        {
            Assert.Contains("│ " + domain + " ", cellsTable, StringComparison.Ordinal);
        }

        Assert.Equal(4, cellsTable.Split('\n').Count(l => Regex.IsMatch(l, @"^│ \w")) - 1);
        // Redirected output is laid out wide enough for whole headers (at 80 columns they were cut to "Ow…", "C…").
        Assert.Matches(@"│ Cell +│ Owner +│ Types +│ Confidence +│ Score +│ Cohesion +│ Coupling +│ Interface +│ Shared data +│ Cycles +│ Blocker pts +│ Lines +│", cellsTable);
        Assert.Contains("Shop.Common (tissue)", output, StringComparison.Ordinal);
        Assert.Contains("Extract first", output, StringComparison.Ordinal);
    }
}
