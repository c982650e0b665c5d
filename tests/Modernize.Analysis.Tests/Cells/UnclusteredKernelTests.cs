using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Decision 113, from Practical.CleanArchitecture's modular monolith: its ClassifiedAds.Domain project (Entity&lt;T&gt;,
/// IRepository, IMessageBus) is used by every module, and the preliminary run pulls each of its types into the module
/// using it most, so it failed the clustering test and stayed in the cells. A project of entities fails that test the same
/// way; what tells them apart is who uses them: a kernel's users are not named after its types, a model's use cases are.
/// </summary>
public sealed class UnclusteredKernelTests
{
    /// <param name="usersInOneProject">All users in one project (one module's other layers using its application layer): no kernel either.</param>
    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void A_project_no_user_is_named_after_is_tissue_though_its_types_do_not_cluster(bool usersNamedAfterIt, bool usersInOneProject, bool tissue)
    {
        const string kernel = "src/Shop.Foundation/Shop.Foundation.csproj";
        string[] modules = ["Orders", "Billing", "Shipping", "Catalog"];
        string[] kernelTypes = usersNamedAfterIt ? ["Order", "Invoice", "Parcel", "Product"] : ["Identified", "Store", "Bus", "Clock"];
        var graph = new TinyGraph();
        var candidateCell = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < modules.Length; m++)
        {
            graph.Type($"Shop.Foundation.{kernelTypes[m]}", project: kernel);
            // The preliminary run puts each shared type in the cell of the module using it most.
            candidateCell[$"Shop.Foundation.{kernelTypes[m]}"] = m;
        }

        for (var m = 0; m < modules.Length; m++)
        {
            foreach (var role in new[] { "Handler", "Screen", "Export" })
            {
                // OrderHandler using Order is named use; OrdersHandler using Identified is not.
                var user = usersNamedAfterIt ? $"Shop.{modules[m]}.{kernelTypes[m]}{role}" : $"Shop.{modules[m]}.{modules[m]}{role}";
                graph.Type(user, project: usersInOneProject ? "src/Shop.Web/Shop.Web.csproj" : $"src/Shop.{modules[m]}/Shop.{modules[m]}.csproj")
                    .Depends(user, $"Shop.Foundation.{kernelTypes[m]}", 2)
                    .Depends(user, $"Shop.Foundation.{kernelTypes[(m + 1) % modules.Length]}", 1);
                candidateCell[user] = m;
            }
        }

        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal));

        var unit = units.SingleOrDefault(u => u.Unit == "Shop.Foundation");
        Assert.Equal(tissue, unit is not null);
        if (unit is not null)
        {
            Assert.Equal(TissueUnitBasis.Anonymous, unit.Basis);
            Assert.Contains("named after them (0%", unit.Sentence(), StringComparison.Ordinal);
        }
    }
}
