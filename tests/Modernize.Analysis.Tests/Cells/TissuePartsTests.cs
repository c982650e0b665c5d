using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A logger used by every domain leans on its own LogLevel enum, which too few types use to be tissue by itself
/// (legacy-shop's Shop.Common.Logging). The enum is a part of the logger's tissue; without that rule the logger would
/// count as reaching domain code and be glued into one domain.
/// </summary>
public sealed class TissuePartsTests
{
    private static readonly string[] Domains = ["Ordering", "Catalog", "Billing", "Customers"];

    private static CellsResult Propose(bool levelInOwnNamespace)
    {
        var level = levelInOwnNamespace ? "App.Common.Logging.LogLevel" : "App.Levels.LogLevel";
        var graph = new TinyGraph().Type("App.Common.Logging.Logger").Type(level);
        foreach (var domain in Domains)
        {
            graph.Type($"App.{domain}.Service").Type($"App.{domain}.Repository").Type($"App.{domain}.Entity")
                .Depends($"App.{domain}.Service", $"App.{domain}.Repository", 5)
                .Depends($"App.{domain}.Repository", $"App.{domain}.Entity", 5)
                .Depends($"App.{domain}.Service", $"App.{domain}.Entity", 3)
                .Depends($"App.{domain}.Service", "App.Common.Logging.Logger", 2, DependencyKind.StaticUse);
        }

        graph.Depends("App.Common.Logging.Logger", level, 8, DependencyKind.StaticUse)
            .Depends("App.Ordering.Service", level, 1, DependencyKind.StaticUse);
        return CellProposer.Propose(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);
    }

    [Fact]
    public void A_type_serving_mostly_the_tissue_of_its_namespace_is_tissue_with_it()
    {
        var proposal = Propose(levelInOwnNamespace: true);

        var tissue = Assert.Single(proposal.Cells, c => c.Kind == CellKind.Tissue);
        Assert.Equal(["App.Common.Logging.LogLevel", "App.Common.Logging.Logger"], tissue.Members.Order(StringComparer.Ordinal));
        Assert.Contains(tissue.Explanation, l => l.StartsWith("Namespace App.Common is tissue as a whole: 2 types", StringComparison.Ordinal)
            || l.StartsWith("App.Common.Logging.LogLevel: a part of tissue, 8", StringComparison.Ordinal));
        Assert.Equal(Domains.Length, proposal.Cells.Count(c => c.Kind == CellKind.Cell));
    }

    [Fact]
    public void A_type_elsewhere_is_no_part_so_the_tissue_leaning_on_it_is_not_tissue()
    {
        var proposal = Propose(levelInOwnNamespace: false);

        Assert.DoesNotContain(proposal.Cells, c => c.Kind == CellKind.Tissue);
    }
}
