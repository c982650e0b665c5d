using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// A library the composition roots of many services share (Aspire's ServiceDefaults): only hosts use it, and hosts are left
/// out of the candidate cells, so it never showed the use that makes a project tissue.
/// </summary>
public sealed class HostingLibraryTests
{
    [Theory]
    [InlineData(6, true)]
    [InlineData(2, false)]
    public void A_project_used_by_the_composition_roots_of_many_projects_is_tissue(int services, bool tissue)
    {
        const string defaults = "src/Defaults/Defaults.csproj";
        var graph = new TinyGraph()
            .Type("Shop.Defaults.HostingExtensions", project: defaults)
            .Type("Shop.Defaults.HttpClientExtensions", project: defaults)
            .Depends("Shop.Defaults.HostingExtensions", "Shop.Defaults.HttpClientExtensions", 2);
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < services; i++)
        {
            var project = $"src/Service{i}/Service{i}.csproj";
            graph.Type($"Program@Service{i}", project: project)
                .Type($"Shop.Service{i}.Handler", project: project)
                .Type($"Shop.Service{i}.Entity", project: project)
                .Depends($"Program@Service{i}", "Shop.Defaults.HostingExtensions", 1)
                .Depends($"Program@Service{i}", $"Shop.Service{i}.Handler", 1)
                .Depends($"Shop.Service{i}.Handler", $"Shop.Service{i}.Entity", 3);
            hosts.Add($"Program@Service{i}");
        }

        var built = graph.Build();
        var context = CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default);
        // Each service is a candidate cell; the library's types sit in one of their own.
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Project == defaults ? services : int.Parse(t.Project.Split('/')[1]["Service".Length..], System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.Ordinal);

        var units = TissueUnitDetector.Detect(context, candidateCell, hosts);

        if (!tissue)
        {
            Assert.Empty(units);
            return;
        }

        var unit = Assert.Single(units);
        Assert.Equal(TissueUnitBasis.Hosting, unit.Basis);
        Assert.Equal(services, unit.HostProjects);
        Assert.Equal(["Shop.Defaults.HostingExtensions", "Shop.Defaults.HttpClientExtensions"], unit.Members.Order(StringComparer.Ordinal));
        Assert.Contains($"used by the composition roots of {services} other projects", unit.Sentence(), StringComparison.Ordinal);
    }
}
