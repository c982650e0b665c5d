using Modernize.Analysis.Blockers;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;

namespace Modernize.Analysis.Tests.Architecture;

public class LegacyBlockerTests
{
    private static Dictionary<string, LegacyBlocker> Blockers(CodeGraph graph, string project) =>
        BlockerDetector.Detect(graph).Where(b => b.Project == project).ToDictionary(b => b.Id);

    [Fact]
    public void Web_forms_project_has_system_web_blockers_with_points_and_project_facts()
    {
        var graph = new GraphBuilder()
            .Project("Web/Web.csproj", ProjectStyle.Legacy, "net48", packagesConfig: true)
            .Types("Shop.Web.Default", "Shop.Web.Global", "Shop.Web.Cart")
            .Uses("Shop.Web.Default", "System.Web.UI.Page", 2)
            .Uses("Shop.Web.Global", "System.Web.HttpApplication")
            .Uses("Shop.Web.Cart", "System.Web.HttpContext", 7, "Current", "Session")
            .Uses("Shop.Web.Cart", "System.Web.HttpUtility", 1, "HtmlEncode")
            .Uses("Shop.Web.Cart", "System.Web.Caching.Cache")
            .File("Web/Default.aspx.cs")
            .Build();

        var blockers = Blockers(graph, "Web/Web.csproj");

        Assert.Equal(
            ["legacy-project-format", "net-framework-target", "packages-config", "system-web", "system-web-application", "system-web-forms", "system-web-httpcontext"],
            blockers.Keys.Order());
        Assert.Equal(13, blockers["system-web-forms"].Points);
        Assert.Equal(3, blockers["system-web-forms"].IncidentCount); // two uses of Page and the .aspx code-behind
        var context = blockers["system-web-httpcontext"];
        Assert.Equal(7, context.IncidentCount);
        Assert.Equal(3, context.Incidents.Count); // the samples the extractor kept
        Assert.All(context.Incidents, i => Assert.Equal("System.Web.HttpContext (Current, Session)", i.Detail));
        Assert.Equal(1, blockers["system-web"].IncidentCount); // Caching, not HttpUtility
        Assert.Equal(13 + 5 + 3 + 3 + 1 + 1 + 3, BlockerDetector.PointsByProject(blockers.Values)["Web/Web.csproj"]);
    }

    [Fact]
    public void Wcf_server_and_client_remoting_appdomain_and_formatters()
    {
        var graph = new GraphBuilder()
            .Project("Services/Services.csproj")
            .Types("S.OrderService", "S.IOrders", "S.Proxy", "S.Plugins", "S.Paths", "S.Store")
            .Uses("S.IOrders", "System.ServiceModel.ServiceContractAttribute")
            .Uses("S.OrderService", "System.ServiceModel.ServiceHost")
            .Uses("S.Proxy", "System.ServiceModel.ClientBase`1", 1, "Channel")
            .Uses("S.Plugins", "System.AppDomain", 1, "CreateDomain", "CurrentDomain")
            .Uses("S.Paths", "System.AppDomain", 1, "CurrentDomain", "BaseDirectory")
            .Uses("S.Store", "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter", 2, "Serialize")
            .Uses("S.Store", "System.Runtime.Remoting.Messaging.CallContext", 1, "GetData")
            .Uses("S.Store", "System.EnterpriseServices.ServicedComponent")
            .File("Services/Orders.svc.cs")
            .Build();

        var blockers = Blockers(graph, "Services/Services.csproj");

        Assert.Equal(["appdomain", "binary-formatter", "enterprise-services", "remoting", "wcf-client", "wcf-service"], blockers.Keys.Order());
        Assert.Equal((7, 3), (blockers["wcf-service"].Points, blockers["wcf-service"].IncidentCount));
        Assert.Equal(3, blockers["wcf-client"].Points);
        Assert.Equal(1, blockers["appdomain"].IncidentCount); // CurrentDomain.BaseDirectory is fine on modern .NET
        Assert.Equal("System.AppDomain.CreateDomain", blockers["appdomain"].Incidents[0].Detail);
    }

    [Fact]
    public void Windows_apis_and_drawing_only_in_server_code()
    {
        var graph = new GraphBuilder()
            .Project("Desktop/Desktop.csproj").Types("D.MainForm")
            .Uses("D.MainForm", "System.Windows.Forms.Form")
            .Uses("D.MainForm", "System.Drawing.Bitmap")
            .Project("Api/Api.csproj").Types("A.Thumbnails", "A.Settings")
            .Uses("A.Thumbnails", "System.Drawing.Bitmap")
            .Uses("A.Settings", "Microsoft.Win32.Registry", 1, "LocalMachine")
            .Project("Wpf/Wpf.csproj").Types("W.MainWindow")
            .Uses("W.MainWindow", "System.Windows.Window")
            .Build();

        Assert.Equal(["windows-forms"], Blockers(graph, "Desktop/Desktop.csproj").Keys);
        Assert.Equal(["system-drawing", "windows-registry"], Blockers(graph, "Api/Api.csproj").Keys.Order());
        Assert.Equal(["wpf"], Blockers(graph, "Wpf/Wpf.csproj").Keys);
    }

    [Fact]
    public void Entity_framework_is_edmx_only_next_to_an_edmx_model()
    {
        var graph = new GraphBuilder()
            .Project("Data/Data.csproj").Types("D.ShopEntities", "D.Customer")
            .Uses("D.ShopEntities", "System.Data.Entity.DbContext")
            .Data("D.Customer", "Customer", DataAccessKind.Edmx)
            .File("Data/Model.edmx")
            .Project("Code/Code.csproj").Types("C.ShopContext", "C.Legacy")
            .Uses("C.ShopContext", "System.Data.Entity.DbContext")
            .Uses("C.Legacy", "System.Data.Linq.DataContext")
            .Build();

        var data = Blockers(graph, "Data/Data.csproj");
        Assert.Equal(["edmx"], data.Keys);
        Assert.Equal(3, data["edmx"].IncidentCount);
        Assert.Equal(["entity-framework-6", "linq-to-sql"], Blockers(graph, "Code/Code.csproj").Keys.Order());
    }

    [Fact]
    public void Modern_project_has_no_blockers_and_incidents_are_capped()
    {
        var builder = new GraphBuilder().Project("Modern/Modern.csproj", framework: "net10.0");
        for (var i = 0; i < 30; i++)
        {
            builder.Types($"M.User{i}").Uses($"M.User{i}", "System.Web.HttpContext", 2, "Current");
        }

        var legacy = BlockerDetector.Detect(builder.Build()).Single();
        Assert.Equal(("system-web-httpcontext", 60, BlockerDetector.MaxIncidents), (legacy.Id, legacy.IncidentCount, legacy.Incidents.Count));

        var clean = new GraphBuilder().Project("Clean/Clean.csproj").Types("C.A").Uses("C.A", "System.Text.Json.JsonSerializer").Build();
        Assert.Empty(BlockerDetector.Detect(clean));
    }

    [Theory]
    [InlineData("net48", true)]
    [InlineData("net472", true)]
    [InlineData("net20", true)]
    [InlineData("v4.7.2", true)]
    [InlineData("net5.0", false)]
    [InlineData("net10.0", false)]
    [InlineData("netstandard2.0", false)]
    [InlineData("netcoreapp3.1", false)]
    public void Recognises_net_framework_targets(string framework, bool expected) =>
        Assert.Equal(expected, BlockerDetector.IsNetFramework(framework));

    [Fact]
    public void Blockers_become_legacy_findings_on_the_project()
    {
        var graph = new GraphBuilder().Project("Web/Web.csproj").Types("W.Page").Uses("W.Page", "System.Web.UI.Page").Build();

        var result = ArchitectureAnalyzer.Analyze(graph, GitHistory.None, ModernizeConfig.Default);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.Legacy("system-web-forms"));
        Assert.Equal(["Web/Web.csproj"], finding.Symbols);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.NotEmpty(finding.Locations);
    }

    [Fact]
    public void Catalogue_ids_are_unique_and_points_on_the_scale()
    {
        Assert.Equal(BlockerCatalog.Rules.Count, BlockerCatalog.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(BlockerCatalog.Rules, r => Assert.Contains(r.Points, new[] { 1, 3, 5, 7, 13 }));
    }
}
