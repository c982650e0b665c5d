using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Every element of a proposal has a name of its own, even when three projects hold tissue types under one namespace
/// (NuGetGallery: `NuGetGallery` types in several projects crashed the scan with a duplicate "NuGetGallery types (tissue)").
/// </summary>
public sealed class ElementNameTests
{
    [Fact]
    public void Tissue_types_of_one_namespace_in_three_projects_get_three_names()
    {
        var graph = new TinyGraph();
        string[] modules = ["Orders", "Billing", "Customers", "Shipping", "Catalog", "Returns"];
        string[] libraries = ["Guard", "Clock", "Text"];
        foreach (var module in modules)
        {
            var project = $"src/{module}/{module}.csproj";
            graph.Type($"Shop.{module}.Endpoint", project: project).Type($"Shop.{module}.Service", project: project).Type($"Shop.{module}.Repository", project: project)
                .Depends($"Shop.{module}.Endpoint", $"Shop.{module}.Service", 4)
                .Depends($"Shop.{module}.Service", $"Shop.{module}.Repository", 4);
        }

        // Each library's two types sit in the root namespace of a module's project, as NuGetGallery's helpers do.
        for (var i = 0; i < libraries.Length; i++)
        {
            var project = $"src/{modules[i]}/{modules[i]}.csproj";
            graph.Type($"Shop.{libraries[i]}A", project: project).Type($"Shop.{libraries[i]}B", project: project);
        }

        foreach (var module in modules)
        {
            foreach (var library in libraries)
            {
                graph.Depends($"Shop.{module}.Service", $"Shop.{library}A", 1).Depends($"Shop.{module}.Endpoint", $"Shop.{library}B", 1);
            }
        }

        var proposal = CellProposer.Propose(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);

        var tissue = proposal.Cells.Where(c => c.Kind == CellKind.Tissue).ToList();
        Assert.Equal(libraries.SelectMany(l => new[] { $"Shop.{l}A", $"Shop.{l}B" }).Order(StringComparer.Ordinal), tissue.SelectMany(c => c.Members).Order(StringComparer.Ordinal));
        // In project order (Billing, Customers, Orders): the third group is told apart by its project.
        Assert.Equal(["Shop (tissue)", "Shop types (tissue)", "Shop types in Orders (tissue)"], tissue.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(proposal.Cells.Count, proposal.Cells.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Hosts_of_two_projects_sharing_a_name_are_told_apart_by_folder()
    {
        // Duplicati: Duplicati/Agent/Duplicati.Agent.csproj and Executables/Duplicati.Agent/Duplicati.Agent.csproj.
        var graph = new TinyGraph().Project("src/Agent/Shop.Agent.csproj").Project("exe/Shop.Agent/Shop.Agent.csproj");
        string[] modules = ["Orders", "Billing", "Customers"];
        foreach (var module in modules)
        {
            graph.Type($"Shop.{module}.Endpoint", project: $"src/{module}/{module}.csproj").Type($"Shop.{module}.Service", project: $"src/{module}/{module}.csproj")
                .Depends($"Shop.{module}.Endpoint", $"Shop.{module}.Service", 4);
        }

        graph.Type("Shop.Agent.Program", project: "src/Agent/Shop.Agent.csproj").Type("Shop.Agent.Exe.Program", project: "exe/Shop.Agent/Shop.Agent.csproj");
        foreach (var module in modules)
        {
            graph.Depends("Shop.Agent.Program", $"Shop.{module}.Endpoint", 1).Depends("Shop.Agent.Exe.Program", $"Shop.{module}.Endpoint", 1);
        }

        var proposal = CellProposer.Propose(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);

        // In path order: exe/ keeps the plain name, src/Agent is told apart by its folder.
        Assert.Equal(["Shop.Agent (host)", "Shop.Agent in src/Agent (host)"], proposal.Cells.Where(c => c.Kind == CellKind.Host).Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(proposal.Cells.Count, proposal.Cells.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
