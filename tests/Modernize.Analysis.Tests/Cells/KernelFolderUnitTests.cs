using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Decision 114, from food-delivery-modular-monolith: fourteen BuildingBlocks.* projects under src/BuildingBlocks, each
/// used by too few modules on its own, together as large as the modules; the layout key had settled on the folders inside
/// the projects (CQRS, Messaging), so the kernel was never tried whole and 83 % of it stayed in cells.
/// </summary>
public sealed class KernelFolderUnitTests
{
    [Theory]
    [InlineData("BuildingBlocks", true)]
    [InlineData("Features", false)]
    public void A_folder_of_several_projects_named_as_a_kernel_is_tried_as_one_unit_whatever_its_size(string folder, bool tissue)
    {
        string[] modules = ["Orders", "Billing", "Shipping", "Catalog"];
        string[] blocks = ["Ledger", "Routing", "Pricing"];
        var graph = new TinyGraph();
        var candidateCell = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Length; b++)
        {
            for (var t = 0; t < 3; t++)
            {
                var id = $"Blocks.{blocks[b]}.Part{t}";
                graph.Type(id, project: $"src/{folder}/Blocks.{blocks[b]}/Blocks.{blocks[b]}.csproj");
                candidateCell[id] = 10 + b;
                if (t > 0)
                {
                    graph.Depends(id, $"Blocks.{blocks[b]}.Part0", 2);
                }
            }
        }

        for (var m = 0; m < modules.Length; m++)
        {
            foreach (var role in new[] { "Handler", "Screen" })
            {
                var id = $"Shop.{modules[m]}.{modules[m]}{role}";
                graph.Type(id, project: $"src/Modules/Shop.{modules[m]}/Shop.{modules[m]}.csproj");
                candidateCell[id] = m;
                // Each block serves two modules only: no project of the kernel is used across enough cells on its own.
                graph.Depends(id, $"Blocks.{blocks[m % blocks.Length]}.Part0", 1);
            }

            graph.Depends($"Shop.{modules[m]}.{modules[m]}Screen", $"Shop.{modules[m]}.{modules[m]}Handler", 3);
        }

        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal));

        Assert.DoesNotContain(units, u => u.Grain == TissueUnitDetector.ProjectGrain);
        var kernel = units.SingleOrDefault(u => u.Members.Count == 9);
        Assert.Equal(tissue, kernel is not null);
        if (kernel is not null)
        {
            Assert.Equal((TissueUnitDetector.ModuleGrain, "BuildingBlocks"), (kernel.Grain, kernel.Unit));
        }
    }
}
