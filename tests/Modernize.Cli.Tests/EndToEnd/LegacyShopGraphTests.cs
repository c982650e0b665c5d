using System.Text.RegularExpressions;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Cli.Tests.EndToEnd;

/// <summary>fixtures/legacy-shop: what loading and extraction must see (fixtures/legacy-shop/README.md, "Projects" and "Types").</summary>
[Collection(LegacyShopScans.Name)]
public sealed class LegacyShopGraphTests(LegacyShopScan shop)
{
    [Theory]
    [InlineData("Shop.Web", "Shop.Web/Shop.Web.csproj", "C#", ProjectStyle.Legacy, "net48", 10)]
    [InlineData("Shop.Business", "Shop.Business/Shop.Business.csproj", "C#", ProjectStyle.Legacy, "net472", 14)]
    [InlineData("Shop.Data", "Shop.Data/Shop.Data.csproj", "C#", ProjectStyle.Legacy, "net472", 14)]
    [InlineData("Shop.Common", "Shop.Common/Shop.Common.csproj", "C#", ProjectStyle.Sdk, "netstandard2.0", 5)]
    [InlineData("Shop.Reporting", "Shop.Reporting/Shop.Reporting.vbproj", "Visual Basic", ProjectStyle.Legacy, "net48", 2)]
    public void Every_project_loads_with_msbuild_compiles_and_declares_its_types(string name, string path, string language, ProjectStyle style, string framework, int types)
    {
        var project = Assert.Single(shop.Scan.Graph.Projects, p => p.Name == name);
        Assert.Equal(path, project.Path);
        Assert.Equal(language, project.Language);
        Assert.Equal(style, project.Style);
        Assert.Equal([framework], project.TargetFrameworks);
        Assert.Equal(LoadMode.MsBuild, project.Fidelity.Mode);
        Assert.Equal(0, project.Fidelity.Errors);
        Assert.Equal(0, project.Fidelity.UnresolvedTypeRefs);
        Assert.True(project.Fidelity.ResolvedTypeRefs > 0, name + " resolved nothing");
        Assert.Equal(1.0, project.Fidelity.ResolvedRatio);
        Assert.Equal(types, shop.Scan.Graph.Types.Count(t => t.Project == path));
    }

    [Fact]
    public void The_solution_has_five_projects_and_forty_five_hand_written_types_and_the_solution_folder_is_no_project()
    {
        Assert.Equal(5, shop.Scan.Graph.Projects.Count);
        Assert.Equal(45, shop.Scan.Graph.Types.Count);
        Assert.DoesNotContain(shop.Scan.Graph.Types, t => t.Generated);
        Assert.DoesNotContain(shop.Scan.Graph.Projects, p => p.Name == "Solution Items");
    }

    [Fact]
    public void Vb_types_get_the_root_namespace_of_their_project()
    {
        var vb = shop.Scan.Graph.Types.Where(t => t.Project.EndsWith(".vbproj", StringComparison.Ordinal)).Select(t => t.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["Shop.Reporting.InvoiceAgingReport", "Shop.Reporting.SalesReport"], vb);
    }

    [Fact]
    public void Project_references_follow_the_readme()
    {
        string[] Refs(string name) => [.. shop.Scan.Graph.Projects.Single(p => p.Name == name).ProjectReferences.Select(r => Path.GetFileNameWithoutExtension(r)).Order(StringComparer.Ordinal)];
        Assert.Equal(["Shop.Business", "Shop.Common", "Shop.Data"], Refs("Shop.Web"));
        Assert.Equal(["Shop.Common", "Shop.Data"], Refs("Shop.Business"));
        Assert.Equal(["Shop.Common"], Refs("Shop.Data"));
        Assert.Equal(["Shop.Common", "Shop.Data"], Refs("Shop.Reporting"));
        Assert.Empty(Refs("Shop.Common"));
    }

    [Fact]
    public void Packages_config_reference_is_mapped_to_the_global_packages_folder()
    {
        var web = shop.Scan.Graph.Projects.Single(p => p.Name == "Shop.Web");
        Assert.True(web.UsesPackagesConfig);
        var json = Assert.Single(web.Packages, p => p.Id == "Newtonsoft.Json");
        Assert.Equal("13.0.3", json.Version);
        Assert.True(json.Resolved);
        var use = Assert.Single(shop.Scan.Graph.ExternalUses, u => u.From == "Shop.Web.Infrastructure.JsonHandlerBase" && u.Api == "Newtonsoft.Json.JsonConvert");
        Assert.Contains(new SourceLocation("Shop.Web/Infrastructure/JsonHandlerBase.cs", 53), use.Samples);
    }

    /// <summary>
    /// Shop.Common.Logging by hand: 2 types (Logger, LogLevel), none abstract; Logger uses Guard and Clock (Ce = 2);
    /// Ca = the types outside Shop.Common that mention Logger or LogLevel, counted here from the source text, one type per file.
    /// I = Ce / (Ca + Ce), A = 0, D = |A + I − 1|.
    /// </summary>
    [Fact]
    public void Package_metrics_of_shop_common_logging_match_a_hand_count()
    {
        var users = Directory.EnumerateFiles(shop.Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".vb", StringComparison.Ordinal))
            .Where(f => !f.Contains(Path.Combine(shop.Folder, "Shop.Common"), StringComparison.Ordinal))
            .Count(f => Regex.IsMatch(File.ReadAllText(f), @"\b(Logger|LogLevel)\."));
        Assert.Equal(14, users);

        var logging = Assert.Single(shop.Scan.Analysis.Metrics, m => m.Level == PackageLevel.Namespace && m.Name == "Shop.Common.Logging");
        Assert.Equal(2, logging.Types);
        Assert.Equal(0, logging.AbstractTypes);
        Assert.Equal(users, logging.Ca);
        Assert.Equal(2, logging.Ce);
        Assert.Equal(2.0 / (users + 2), logging.Instability, 6);
        Assert.Equal(0, logging.Abstractness);
        Assert.Equal(1 - (2.0 / (users + 2)), logging.Distance, 6);
    }

    [Fact]
    public void Seven_tables_are_read_by_ado_net_literals_with_their_lines()
    {
        var tables = shop.Scan.Graph.DataAccesses.Select(d => d.Target).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["dbo.Categories", "dbo.Customers", "dbo.Invoices", "dbo.OrderLines", "dbo.Orders", "dbo.Payments", "dbo.Products"], tables);
        Assert.Contains(shop.Scan.Graph.DataAccesses, d => d.Target == "dbo.Customers" && d.Location == new SourceLocation("Shop.Data/Ordering/OrderRepository.cs", 51));
        Assert.Contains(shop.Scan.Graph.DataAccesses, d => d.Target == "dbo.Customers" && d.Location == new SourceLocation("Shop.Data/Billing/InvoiceRepository.cs", 34));
        Assert.Contains(shop.Scan.Graph.DataAccesses, d => d.Target == "dbo.Orders" && d.From == "Shop.Reporting.SalesReport");
    }

    [Fact]
    public void The_console_summary_names_every_project_and_no_project_is_low_fidelity()
    {
        foreach (var project in shop.Scan.Graph.Projects)
        {
            Assert.Contains(project.Name, shop.Result.StandardOutput, StringComparison.Ordinal);
        }

        Assert.Contains("5 projects, 45 types", shop.Result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(shop.Scan.Graph.Projects, p => p.Fidelity.IsLow);
    }
}
