using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A module key naming the product names no module (decision 96): ShareX's application folder <c>ShareX/</c> and its
/// helpers' <c>ShareX.HelpersLib/</c> both reduce to the key <c>share</c> once technical words are dropped (folder names
/// are not split at dots), and the application became tissue with its helpers as "module share". And a framework namespace
/// a member borrows (<c>Microsoft.Extensions.Hosting</c>) names no module a kernel.
/// </summary>
public sealed class ModuleUnitFolderTests
{
    [Theory]
    [InlineData("kernel", true)]
    [InlineData("shop", false)]
    public void A_module_key_is_a_unit_unless_it_is_the_products_own_word(string key, bool module)
    {
        // Every namespace starts with Shop, the product.
        var graph = new TinyGraph()
            .Type("Shop.Platform.Entity", project: "Shop/Shop.csproj", file: "Shop/Entity.cs")
            .Type("Shop.Platform.Outbox", project: "Shop.HelpersLib/Shop.HelpersLib.csproj", file: "Shop.HelpersLib/Outbox.cs")
            .Depends("Shop.Platform.Outbox", "Shop.Platform.Entity", 2);
        var candidateCell = new Dictionary<string, int>(StringComparer.Ordinal) { ["Shop.Platform.Entity"] = 9, ["Shop.Platform.Outbox"] = 9 };
        string[] modules = ["Orders", "Billing", "Customers"];
        for (var m = 0; m < modules.Length; m++)
        {
            var project = $"src/{modules[m]}/{modules[m]}.csproj";
            graph.Type($"Shop.{modules[m]}.Handler", project: project).Type($"Shop.{modules[m]}.Store", project: project)
                .Depends($"Shop.{modules[m]}.Handler", $"Shop.{modules[m]}.Store", 3)
                .Depends($"Shop.{modules[m]}.Handler", "Shop.Platform.Outbox", 1)
                .Depends($"Shop.{modules[m]}.Store", "Shop.Platform.Entity", 1);
            candidateCell[$"Shop.{modules[m]}.Handler"] = candidateCell[$"Shop.{modules[m]}.Store"] = m;
        }

        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);
        var moduleKey = new Dictionary<string, string>(StringComparer.Ordinal) { ["Shop.Platform.Entity"] = key, ["Shop.Platform.Outbox"] = key };

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal), moduleKey);

        Assert.Equal(module, units.Any(u => u.Grain == TissueUnitDetector.ModuleGrain));
    }

    [Theory]
    [InlineData("BuildingBlocks", true)]
    [InlineData("Basket", false)]
    public void A_framework_namespace_one_of_its_types_borrows_does_not_name_a_module_a_kernel(string module, bool tissue)
    {
        // eShop's shape: a service of two projects declares its extension methods in Microsoft.Extensions.Hosting. The
        // preliminary run pulls its three types into the three modules using them, so only a kernel's name can stand in
        // for the clustering test.
        var (service, model, extensions) = ($"Shop.{module}.Service", $"Shop.{module}.Domain.Model", $"Microsoft.Extensions.Hosting.{module}Extensions");
        var graph = new TinyGraph()
            .Type(service, project: $"src/{module}.API/{module}.API.csproj")
            .Type(extensions, project: $"src/{module}.API/{module}.API.csproj")
            .Type(model, project: $"src/{module}.Domain/{module}.Domain.csproj")
            .Depends(service, model, 2)
            .Depends(extensions, service, 1);
        var candidateCell = new Dictionary<string, int>(StringComparer.Ordinal) { [service] = 0, [model] = 1, [extensions] = 2 };
        string[] users = ["Orders", "Billing", "Customers"];
        for (var m = 0; m < users.Length; m++)
        {
            var project = $"src/{users[m]}/{users[m]}.csproj";
            graph.Type($"Shop.{users[m]}.Handler", project: project).Type($"Shop.{users[m]}.Store", project: project)
                .Depends($"Shop.{users[m]}.Handler", $"Shop.{users[m]}.Store", 3)
                .Depends($"Shop.{users[m]}.Handler", service, 1)
                .Depends($"Shop.{users[m]}.Store", model, 1);
            candidateCell[$"Shop.{users[m]}.Handler"] = candidateCell[$"Shop.{users[m]}.Store"] = m;
        }

        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);
        var key = Modernize.Analysis.Cells.Signals.DomainWords.Stem(module);
        var moduleKey = new[] { service, model, extensions }.ToDictionary(id => id, _ => key, StringComparer.Ordinal);

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal), moduleKey);

        Assert.Equal(tissue, units.Any(u => u.Grain == TissueUnitDetector.ModuleGrain && u.Members.Count == 3));
    }
}
