using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Decision 120, from ABP's modular-monolith-demo: its four modules under <c>modules/</c> each passed as a tissue unit (used by
/// the applications under <c>app/</c> and by downstream modules, clustering on their own, using no other module's internals),
/// so the applications were the only cells. Units that together make up one folder are that folder's modules.
/// </summary>
public sealed class ModuleFolderUnitsTests
{
    [Theory]
    [InlineData("modules", true, false)]
    [InlineData("modules", false, true)]
    [InlineData("Shared", true, true)]
    public void Units_making_up_a_whole_folder_are_its_modules(string parent, bool everyModuleIsAUnit, bool kept)
    {
        var graph = new TinyGraph();
        string[] modules = ["Catalog", "Ordering", "Payment"];
        foreach (var module in modules)
        {
            for (var i = 0; i < 4; i++)
            {
                graph.Type($"Shop.{module}.Part{i}", project: $"{parent}/Shop.{module}/Shop.{module}.csproj", file: $"{parent}/Shop.{module}/Part{i}.cs");
            }
        }

        graph.Type("Shop.Public.ProductsPage", project: "app/Shop.Public/Shop.Public.csproj", file: "app/Shop.Public/ProductsPage.cs");
        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);
        var found = modules.Take(everyModuleIsAUnit ? 3 : 2).Select(Unit).ToList();

        var left = ModuleFolderUnits.Without(found, context, new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(kept ? found.Count : 0, left.Count);
    }

    private static TissueUnit Unit(string module) =>
        new($"Shop.{module}", TissueUnitDetector.ProjectGrain, Enumerable.Range(0, 4).Select(i => $"Shop.{module}.Part{i}").ToList(), 3, 3, 5, 1, 0, null) { Basis = TissueUnitBasis.Clusters };
}
