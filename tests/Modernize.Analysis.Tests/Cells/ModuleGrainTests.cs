using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Modules as an architect reads a modular monolith of one project (fitnet's shape): a module named with a technical word,
/// a registration class inside each module, and a Common namespace every module uses.
/// </summary>
public sealed class ModuleGrainTests
{
    [Fact]
    public void A_technical_word_naming_a_slice_among_domain_modules_is_a_module_key()
    {
        var types = new[]
        {
            Type("Fit.Contracts.PrepareContract.PrepareContractEndpoint"),
            Type("Fit.Contracts.SignContract.SignContractEndpoint"),
            Type("Fit.Contracts.Data.ContractsPersistence"),
            Type("Fit.Offers.Prepare.PrepareOfferEndpoint"),
            Type("Fit.Offers.Data.OffersPersistence"),
            Type("Fit.Passes.Register.RegisterPassEndpoint"),
            Type("Fit.Passes.Expire.MarkPassAsExpired"),
            Type("Fit.Reports.Generate.ReportGenerator"),
            Type("Fit.Reports.Dtos.ReportDto"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace);

        Assert.Equal(["contract", "contract", "contract", "offer", "offer", "pass", "pass", "report", "report"], segments.Select(s => s[0]));
    }

    [Fact]
    public void A_layer_bucket_beside_domain_folders_stays_skipped()
    {
        var types = new[]
        {
            Type("Shop.Web.Controllers.OrderController"),
            Type("Shop.Web.Controllers.InvoiceController"),
            Type("Shop.Web.Orders.OrderModel"),
            Type("Shop.Web.Billing.InvoiceModel"),
            Type("Shop.Web.Catalog.ProductModel"),
        };

        var segments = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace);

        Assert.Empty(segments[0]);
        Assert.Empty(segments[1]);
        Assert.Equal(["order", "bill", "catalog"], segments.Skip(2).Select(s => s[0]));
    }

    [Fact]
    public void A_registration_class_wiring_only_its_module_belongs_to_it_while_roots_outside_modules_or_wiring_several_stay_hosts()
    {
        var graph = new TinyGraph()
            .Type("Fit.Program")
            .Type("Fit.Common.Clock")
            .Type("Fit.Offers.OfferRepository")
            .Type("Fit.Offers.OffersServiceCollectionExtensions")
            .Type("Fit.Passes.PassRepository")
            .Type("Fit.Passes.PassesServiceCollectionExtensions")
            .Depends("Fit.Program", "Fit.Offers.OffersServiceCollectionExtensions", 1)
            .Depends("Fit.Offers.OfferRepository", "Fit.Common.Clock", 2)
            .Depends("Fit.Passes.PassRepository", "Fit.Common.Clock", 2)
            .Depends("Fit.Offers.OffersServiceCollectionExtensions", "Fit.Offers.OfferRepository", 3)
            .Depends("Fit.Offers.OffersServiceCollectionExtensions", "Fit.Common.Clock", 3)
            .Depends("Fit.Passes.PassesServiceCollectionExtensions", "Fit.Passes.PassRepository", 2)
            .Depends("Fit.Passes.PassesServiceCollectionExtensions", "Fit.Offers.OfferRepository", 2)
            .Build();
        var context = CellContext.Create(graph, AnalysisResult.Empty, ModernizeConfig.Default);
        var moduleKey = graph.Types.Where(t => t.Namespace != "Fit").ToDictionary(t => t.Id, t => t.Namespace.Split('.')[1].ToLowerInvariant(), StringComparer.Ordinal);

        var withoutModules = HostDetector.Detect(context);
        var withModules = HostDetector.Detect(context, moduleKey);

        Assert.Equal(["Fit.Offers.OffersServiceCollectionExtensions", "Fit.Passes.PassesServiceCollectionExtensions", "Fit.Program"], withoutModules.Keys.Order(StringComparer.Ordinal));
        // Offers' registration reaches its module and the Common kernel only; Passes' registration also wires Offers.
        Assert.Equal(["Fit.Passes.PassesServiceCollectionExtensions", "Fit.Program"], withModules.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_namespace_named_as_a_kernel_is_one_tissue_unit_though_its_types_sit_with_the_modules_using_them()
    {
        var graph = new TinyGraph()
            .Type("Fit.Common.Clock")
            .Type("Fit.Common.EventBus")
            .Type("Fit.Common.Validator")
            .Type("Fit.Stuff.Helper")
            .Type("Fit.Stuff.Formatter");
        string[] modules = ["Offers", "Passes", "Reports"];
        foreach (var module in modules)
        {
            graph.Type($"Fit.{module}.Endpoint").Type($"Fit.{module}.Repository").Depends($"Fit.{module}.Endpoint", $"Fit.{module}.Repository", 3);
            foreach (var used in new[] { "Fit.Common.Clock", "Fit.Common.EventBus", "Fit.Common.Validator", "Fit.Stuff.Helper", "Fit.Stuff.Formatter" })
            {
                graph.Depends($"Fit.{module}.Endpoint", used, 1);
            }
        }

        var built = graph.Build();
        var context = CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default);
        // Each kernel type sits in the candidate cell of the module using it most, as Leiden draws it without layout edges.
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Id switch
            {
                "Fit.Common.Clock" or "Fit.Stuff.Helper" => 0,
                "Fit.Common.EventBus" or "Fit.Stuff.Formatter" => 1,
                "Fit.Common.Validator" => 2,
                _ => Array.IndexOf(modules, t.Namespace.Split('.')[1]),
            },
            StringComparer.Ordinal);

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal));

        var unit = Assert.Single(units);
        Assert.Equal("Fit.Common", unit.Unit);
        Assert.Equal(3, unit.Members.Count);
        Assert.Equal(0, unit.SelfContained);
    }

    internal static TypeNode Type(string id)
    {
        var dot = id.LastIndexOf('.');
        return new TypeNode(id, id[(dot + 1)..], TypeKind.Class, "src/App/App.csproj", id[..dot], $"src/{id.Replace('.', '/')}.cs", 3, false, false, TypeMetrics.Empty, []);
    }
}
