using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>fixtures/legacy-shop: the planted cycle, god class and legacy blockers (README "Planted namespace cycle", "Planted god class", "Legacy blockers").</summary>
[Collection(LegacyShopScans.Name)]
public sealed class LegacyShopAnalysisTests(LegacyShopScan shop)
{
    private const string Web = "Shop.Web/Shop.Web.csproj";
    private const string Business = "Shop.Business/Shop.Business.csproj";

    [Fact]
    public void The_only_namespace_cycle_is_ordering_billing_cut_at_invoice_calculator_line_14()
    {
        var cycle = Assert.Single(shop.Scan.Analysis.Cycles, c => c.Level == PackageLevel.Namespace);
        Assert.Equal(["Shop.Business.Billing", "Shop.Business.Ordering"], cycle.Members.Order(StringComparer.Ordinal));
        Assert.Equal(9 + 1, cycle.Weight);
        var cut = Assert.Single(cycle.Cuts);
        Assert.Equal(("Shop.Business.Billing", "Shop.Business.Ordering", 1), (cut.From, cut.To, cut.Weight));
        Assert.Equal([new SourceLocation("Shop.Business/Billing/InvoiceCalculator.cs", 14)], cut.Samples);

        var heavy = shop.Scan.Graph.Dependencies.Single(d => d.From == "Shop.Business.Ordering.OrderService" && d.To == "Shop.Business.Billing.InvoiceCalculator");
        Assert.Equal(9, heavy.Weight);
        Assert.Equal(1, shop.Scan.Kpi("cycleCount"));
        Assert.Single(shop.Scan.Analysis.Findings, f => f.RuleId == "cycle/namespace");
    }

    [Fact]
    public void Shop_manager_is_the_god_class_and_the_most_coupled_and_complex_type()
    {
        var god = Assert.Single(shop.Scan.Analysis.Findings, f => f.RuleId == "smell/god-class");
        Assert.Equal(["Shop.Business.ShopManager"], god.Symbols);
        var manager = shop.Scan.Graph.Types.Single(t => t.Id == "Shop.Business.ShopManager");
        Assert.Equal(shop.Scan.Graph.Types.Max(t => t.Metrics.ClassCoupling), manager.Metrics.ClassCoupling);
        Assert.Equal(shop.Scan.Graph.Types.Max(t => t.Metrics.CyclomaticComplexity), manager.Metrics.CyclomaticComplexity);
        Assert.InRange(manager.Metrics.ClassCoupling, 50, 56);
        Assert.True(manager.Metrics.Methods >= 48, $"{manager.Metrics.Methods} methods");

        // 32 distinct solution types: 31 named in source plus OrderLine through var/foreach.
        var solutionTypes = shop.Scan.Graph.Dependencies.Where(d => d.From == manager.Id).Select(d => d.To).Distinct().ToList();
        Assert.Equal(32, solutionTypes.Count);
        Assert.Contains("Shop.Data.Entities.OrderLine", solutionTypes);
    }

    [Fact]
    public void System_web_blockers_carry_their_points_and_incident_lines()
    {
        var application = Blocker(Web, "system-web-application");
        Assert.Equal(5, application.Points);
        Assert.Contains(application.Incidents, i => i.Location == new SourceLocation("Shop.Web/Global.asax.cs", 8));
        Assert.Contains(application.Incidents, i => i.Location == new SourceLocation("Shop.Web/Infrastructure/JsonHandlerBase.cs", 11));

        // The blocker lists a sample of its incidents and the external uses behind it keep 5 samples per type, so
        // AccountController's later HttpContext.Current lines (53, 58) are counted but not listed.
        var context = Blocker(Web, "system-web-httpcontext");
        Assert.Equal(3, context.Points);
        Assert.True(context.IncidentCount >= 7, $"{context.IncidentCount} incidents");
        Assert.Contains(context.Incidents, i => i.Location == new SourceLocation("Shop.Web/Billing/InvoiceController.cs", 17) && i.Detail.Contains("Current", StringComparison.Ordinal));
        var seen = context.Incidents.Select(i => i.Location)
            .Concat(shop.Scan.Graph.ExternalUses.Where(u => u.Api == "System.Web.HttpContext" && u.Members.Contains("Current")).SelectMany(u => u.Samples))
            .ToHashSet();
        foreach (var (file, line) in new[] { ("Orders/CartController.cs", 48), ("Orders/CartController.cs", 64), ("Orders/OrderController.cs", 16), ("Customers/AccountController.cs", 35), ("Billing/InvoiceController.cs", 17) })
        {
            Assert.Contains(new SourceLocation("Shop.Web/" + file, line), seen);
        }

        var other = Blocker(Web, "system-web");
        Assert.Contains(other.Incidents, i => i.Location == new SourceLocation("Shop.Web/Customers/AccountController.cs", 34) && i.Detail.Contains("FormsAuthentication", StringComparison.Ordinal));
        Assert.Contains(other.Incidents, i => i.Location == new SourceLocation("Shop.Web/Customers/AccountController.cs", 52));
    }

    [Fact]
    public void Wcf_blockers_carry_their_points_and_incident_lines()
    {
        var service = Blocker(Web, "wcf-service");
        Assert.Equal(7, service.Points);
        Assert.Equal(
            [new SourceLocation("Shop.Web/Services/IOrderService.cs", 7), new SourceLocation("Shop.Web/Services/WcfOrderService.cs", 9), new SourceLocation("Shop.Web/Services/WcfOrderService.cs", 10)],
            service.Incidents.Select(i => i.Location!).Order(Comparer<SourceLocation>.Create(Compare)));

        var contracts = Blocker(Web, "wcf-client");
        Assert.Equal(3, contracts.Points);
        foreach (var line in new[] { 10, 13, 16 })
        {
            Assert.Contains(contracts.Incidents, i => i.Location == new SourceLocation("Shop.Web/Services/IOrderService.cs", line) && i.Detail.Contains("OperationContract", StringComparison.Ordinal));
        }

        Assert.Contains(contracts.Incidents, i => i.Location == new SourceLocation("Shop.Web/Services/WcfOrderService.cs", 46) && i.Detail.Contains("FaultException", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_formatter_and_registry_are_blockers_at_their_only_mention()
    {
        var formatter = Blocker(Business, "binary-formatter");
        Assert.Equal(3, formatter.Points);
        Assert.Equal(new SourceLocation("Shop.Business/Ordering/CartSerializer.cs", 40), Assert.Single(formatter.Incidents).Location);

        var registry = Blocker(Business, "windows-registry");
        Assert.Equal(3, registry.Points);
        Assert.Equal(new SourceLocation("Shop.Business/Configuration/ShopSettings.cs", 22), Assert.Single(registry.Incidents).Location);
    }

    [Fact]
    public void Project_level_blockers_name_packages_config_old_style_projects_and_net_framework_targets()
    {
        Assert.Equal(1, Blocker(Web, "packages-config").Points);
        Assert.DoesNotContain(shop.Scan.Analysis.Blockers, b => b.Id == "packages-config" && b.Project != Web);

        string[] legacy = ["Shop.Business/Shop.Business.csproj", "Shop.Data/Shop.Data.csproj", "Shop.Reporting/Shop.Reporting.vbproj", Web];
        Assert.Equal(legacy, shop.Scan.Analysis.Blockers.Where(b => b.Id == "legacy-project-format").Select(b => b.Project).Order(StringComparer.Ordinal));
        Assert.Equal(legacy, shop.Scan.Analysis.Blockers.Where(b => b.Id == "net-framework-target").Select(b => b.Project).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(shop.Scan.Analysis.Blockers, b => b.Project == "Shop.Common/Shop.Common.csproj");
        Assert.Equal(shop.Scan.Analysis.Blockers.Sum(b => b.Points), shop.Scan.Kpi("blockerPoints"));
    }

    private LegacyBlocker Blocker(string project, string id) => Assert.Single(shop.Scan.Analysis.Blockers, b => b.Project == project && b.Id == id);

    private static int Compare(SourceLocation? a, SourceLocation? b) =>
        string.CompareOrdinal(a!.File, b!.File) is var byFile and not 0 ? byFile : a.Line.CompareTo(b.Line);
}
