using Modernize.Loading.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Loading.Tests.Loading;

/// <summary>The old-style .NET Framework fixture loads through MSBuild with reference assemblies from packages.</summary>
[Collection(LegacyShopLoads.Name)]
public sealed class LegacyShopTests(LegacyShop shop)
{
    [Fact]
    public void Loads_the_five_projects_of_the_solution_with_msbuild()
    {
        Assert.Equal(["Shop.Business", "Shop.Common", "Shop.Data", "Shop.Reporting", "Shop.Web"], shop.Workspace.Projects.Select(p => p.Info.Name).Order());
        Assert.All(shop.Workspace.Projects, p => Assert.Equal(LoadMode.MsBuild, p.Info.Fidelity.Mode));
    }

    [Theory]
    [MemberData(nameof(LegacyShopProjects.All), MemberType = typeof(LegacyShopProjects))]
    public async Task Every_project_compiles_without_errors(string name)
    {
        var errors = await LoadedSolution.ErrorsAsync(shop.Project(name));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(6)));
    }

    [Fact]
    public void Project_facts_say_style_language_framework_and_references()
    {
        var web = shop.Project("Shop.Web").Info;
        Assert.Equal("Shop.Web/Shop.Web.csproj", web.Path);
        Assert.Equal(ProjectStyle.Legacy, web.Style);
        Assert.Equal("C#", web.Language);
        Assert.Equal(["net48"], web.TargetFrameworks);
        Assert.Equal(["Shop.Business/Shop.Business.csproj", "Shop.Common/Shop.Common.csproj", "Shop.Data/Shop.Data.csproj"], web.ProjectReferences.Order());
        Assert.Contains("System.Web", web.AssemblyReferences);
        var reporting = shop.Project("Shop.Reporting").Info;
        Assert.Equal("Visual Basic", reporting.Language);
        Assert.Equal(ProjectStyle.Sdk, shop.Project("Shop.Common").Info.Style);
        Assert.Equal(["netstandard2.0"], shop.Project("Shop.Common").Info.TargetFrameworks);
    }

    [Fact]
    public async Task Packages_config_hint_path_is_mapped_to_the_global_packages_folder()
    {
        var web = shop.Project("Shop.Web");
        var package = Assert.Single(web.Info.Packages);
        Assert.Equal(new PackageReferenceInfo("Newtonsoft.Json", "13.0.3", "packages.config", true), package);
        var compilation = await web.Project.GetCompilationAsync();
        Assert.Contains(compilation!.ReferencedAssemblyNames, a => a.Name == "Newtonsoft.Json");
    }

    [Fact]
    public async Task Visual_basic_types_get_the_project_root_namespace()
    {
        var types = await LoadedSolution.TypesAsync(shop.Project("Shop.Reporting"));
        Assert.Contains("Shop.Reporting.SalesReport", types);
        Assert.Contains("Shop.Reporting.InvoiceAgingReport", types);
    }

    [Fact]
    public void Hand_written_sources_are_not_generated_documents()
    {
        // MSBuild's own generated files (AssemblyAttributes) are reported at their usual obj/ path; hand-written ones never are.
        var web = shop.Project("Shop.Web");
        Assert.All(web.GeneratedDocuments, d => Assert.StartsWith("Shop.Web/obj/", d, StringComparison.Ordinal));
        Assert.DoesNotContain("Shop.Web/Global.asax.cs", web.GeneratedDocuments);
        Assert.DoesNotContain("Shop.Web/Orders/OrderController.cs", web.GeneratedDocuments);
    }
}
