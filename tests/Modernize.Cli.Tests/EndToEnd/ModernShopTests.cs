using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Cells;
using Modernize.Model.Graph;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>fixtures/modern-shop: a clean .slnx modular monolith (fixtures/modern-shop/README.md).</summary>
[Collection(ModernShopScans.Name)]
public sealed class ModernShopTests(ModernShopScan shop)
{
    [Theory]
    [InlineData("ModernShop.SharedKernel", "C#", 5)]
    [InlineData("ModernShop.Catalog", "C#", 6)]
    [InlineData("ModernShop.Ordering", "C#", 6)]
    [InlineData("ModernShop.Shipping", "C#", 3)]
    [InlineData("ModernShop.Pricing", "Visual Basic", 2)]
    public void Every_project_loads_with_msbuild_without_errors(string name, string language, int types)
    {
        var project = Assert.Single(shop.Scan.Graph.Projects, p => p.Name == name);
        Assert.Equal(language, project.Language);
        Assert.Equal(ProjectStyle.Sdk, project.Style);
        Assert.Equal(LoadMode.MsBuild, project.Fidelity.Mode);
        Assert.Equal(0, project.Fidelity.Errors);
        Assert.False(project.Fidelity.IsLow, name);
        Assert.Equal(types, shop.Scan.Graph.Types.Count(t => t.Project == project.Path));
    }

    [Fact]
    public void Five_projects_twenty_two_types_two_generated_and_shared_kernel_once_with_two_frameworks()
    {
        Assert.Equal(5, shop.Scan.Graph.Projects.Count);
        Assert.Equal(22, shop.Scan.Graph.Types.Count);
        Assert.Equal(["ModernShop.Catalog.CatalogStrings", "ModernShop.Catalog.Generated.CatalogMap"], shop.Scan.Graph.Types.Where(t => t.Generated).Select(t => t.Id).Order(StringComparer.Ordinal));
        var kernel = Assert.Single(shop.Scan.Graph.Projects, p => p.Name == "ModernShop.SharedKernel");
        Assert.Equal(["net10.0", "net9.0"], kernel.TargetFrameworks.Order(StringComparer.Ordinal));
        Assert.Equal(5, shop.Scan.Graph.Types.Count(t => t.Namespace == "ModernShop.SharedKernel"));
        Assert.Contains(shop.Scan.Graph.Dependencies, d => d.From == "ModernShop.Ordering.PlaceOrderHandler" && d.To == "ModernShop.Pricing.PriceCalculator");
        Assert.Equal(TypeKind.Struct, shop.Scan.Graph.Types.Single(t => t.Id == "ModernShop.Ordering.Money").Kind);
    }

    [Fact]
    public void No_cycle_no_legacy_code_blocker_no_god_class()
    {
        Assert.Empty(shop.Scan.Analysis.Cycles);
        Assert.DoesNotContain(shop.Scan.Analysis.Findings, f => f.RuleId.StartsWith("cycle/", StringComparison.Ordinal) || f.RuleId == "smell/god-class");
        Assert.Empty(shop.Scan.Analysis.Blockers);
        Assert.Null(shop.Scan.DeclaredCells);
        Assert.Empty(shop.Scan.Violations);
    }

    [Fact]
    public void Proposed_cells_are_its_modules_with_the_shared_kernel_as_tissue()
    {
        var module = shop.Scan.Graph.Types.Where(t => !t.Generated)
            .ToDictionary(t => t.Id, t => t.Namespace.Split('.')[1], StringComparer.Ordinal);
        var proposed = shop.Scan.Cells.Cells.SelectMany(c => c.Members.Select(m => (Member: m, Cell: c.Kind == CellKind.Tissue ? "SharedKernel" : c.Name)))
            .ToDictionary(x => x.Member, x => x.Cell, StringComparer.Ordinal);

        var nmi = NormalizedMutualInformation.Of(module, proposed);
        Assert.True(nmi >= 0.8, $"NMI {nmi:0.000}: {string.Join("; ", shop.Scan.Cells.Cells.Select(c => c.Name + " = " + string.Join(", ", c.Members)))}");
    }
}
