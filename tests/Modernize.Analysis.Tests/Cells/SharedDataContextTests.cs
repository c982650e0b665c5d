using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A layered legacy monolith with one EF context for every domain (the shape of an MVC 5 application): the context is the
/// database the domains share, tissue, and the repository base class that only reaches it is tissue with it.
/// </summary>
public sealed class SharedDataContextTests
{
    private static readonly string[] Domains = ["Order", "Customer", "Product", "Invoice"];
    private static readonly string[] CatalogParts = ["CatalogItem", "CatalogBrand", "CatalogType", "CatalogTag"];

    /// <summary>
    /// Per domain: an entity, its repository (inheriting RepositoryBase), a service and a controller, tied together
    /// three times as strongly as anything else. ShopContext declares a set of every entity; RepositoryBase uses it.
    /// </summary>
    private static CodeGraph Shop(bool contextWiring, string[]? entities = null)
    {
        var domains = entities ?? Domains;
        var graph = new TinyGraph()
            .Type("Shop.Data.ShopContext", project: "Shop.Data/Shop.Data.csproj")
            .Type("Shop.Data.RepositoryBase", project: "Shop.Data/Shop.Data.csproj")
            .Depends("Shop.Data.RepositoryBase", "Shop.Data.ShopContext", 4);
        foreach (var domain in domains)
        {
            var entity = $"Shop.Model.{domain}";
            var repository = $"Shop.Data.{domain}Repository";
            var service = $"Shop.Service.{domain}Service";
            var controller = $"Shop.Web.{domain}Controller";
            graph.Type(entity, project: "Shop.Model/Shop.Model.csproj")
                .Type(repository, project: "Shop.Data/Shop.Data.csproj")
                .Type(service, project: "Shop.Service/Shop.Service.csproj")
                .Type(controller, project: "Shop.Web/Shop.Web.csproj")
                .Depends(repository, entity, 3)
                .Depends(repository, "Shop.Data.RepositoryBase", 1, DependencyKind.Inheritance)
                .Depends(service, repository, 3)
                .Depends(service, entity, 3)
                .Depends(controller, service, 3)
                .Depends(controller, entity, 3)
                .Depends("Shop.Data.ShopContext", entity, 1, DependencyKind.PropertyType);
        }

        var built = graph.Project("Shop.Model/Shop.Model.csproj").Project("Shop.Data/Shop.Data.csproj")
            .Project("Shop.Service/Shop.Service.csproj").Project("Shop.Web/Shop.Web.csproj").Build();
        return contextWiring
            ? built with
            {
                Wiring = domains.Select(d => new Dependency("Shop.Data.ShopContext", $"Shop.Model.{d}", 1, new Dictionary<DependencyKind, int> { [DependencyKind.DbContextEntity] = 1 }, [])).ToList(),
            }
            : built;
    }

    private static CellsResult Propose(bool contextWiring, string[]? entities = null) => CellProposer.Propose(Shop(contextWiring, entities), AnalysisResult.Empty, ModernizeConfig.Default);

    [Fact]
    public void A_context_mapping_every_domain_is_tissue_and_the_repository_base_using_it_too()
    {
        var result = Propose(contextWiring: true);

        var context = Assert.Single(result.Cells, c => c.Members.Contains("Shop.Data.ShopContext"));
        Assert.Equal(CellKind.Tissue, context.Kind);
        Assert.Contains(context.Explanation, line => line.StartsWith("Data context Shop.Data.ShopContext is tissue: its entity sets map 4 entity types spread over 4 of", StringComparison.Ordinal));
        Assert.StartsWith("tissue unit: data context Shop.Data.ShopContext maps entities of 4 of", Assert.Single(result.Memberships, m => m.Type == "Shop.Data.ShopContext").Evidence, StringComparison.Ordinal);
        Assert.Equal(CellKind.Tissue, Assert.Single(result.Cells, c => c.Members.Contains("Shop.Data.RepositoryBase")).Kind);
        Assert.Equal(Domains.Length, result.Cells.Count(c => c.Kind == CellKind.Cell));
        Assert.All(Domains, d => Assert.Single(result.Cells, c => c.Kind == CellKind.Cell && c.Members.Contains($"Shop.Model.{d}") && c.Members.Contains($"Shop.Web.{d}Controller")));
    }

    [Fact]
    public void Without_its_entity_sets_known_the_context_and_the_repository_base_sit_in_one_domain_cell()
    {
        // The unrestored-EF6 picture before decision 90: the context's sets unseen, it glues to whichever domain is nearest.
        var result = Propose(contextWiring: false);

        var holder = Assert.Single(result.Cells, c => c.Members.Contains("Shop.Data.ShopContext"));
        Assert.Equal(CellKind.Cell, holder.Kind);
        Assert.Contains("Shop.Data.RepositoryBase", holder.Members);
        Assert.Contains(holder.Members, m => m.StartsWith("Shop.Model.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_context_whose_entities_are_about_one_noun_is_that_domains_data_not_a_shared_database()
    {
        // The same shape, but every entity is a catalog's (a small single-domain application split by modularity).
        var result = Propose(contextWiring: true, CatalogParts);

        Assert.DoesNotContain(result.Cells, c => c.Explanation.Any(line => line.StartsWith("Data context", StringComparison.Ordinal)));
        Assert.Equal(CellKind.Cell, Assert.Single(result.Cells, c => c.Members.Contains("Shop.Data.ShopContext")).Kind);
    }
}
