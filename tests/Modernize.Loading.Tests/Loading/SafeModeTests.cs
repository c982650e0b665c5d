using Modernize.Loading.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Loading.Tests.Loading;

/// <summary>Safe mode reads project files as data and must still see what MSBuild sees on a project needing no MSBuild logic.</summary>
[Collection(LegacyShopLoads.Name)]
public sealed class SafeModeTests(LegacyShop normal, LegacyShopSafe safe)
{
    [Fact]
    public void Every_project_is_loaded_in_safe_mode()
    {
        Assert.Equal(5, safe.Workspace.Projects.Count);
        Assert.All(safe.Workspace.Projects, p => Assert.Equal(LoadMode.Safe, p.Info.Fidelity.Mode));
        Assert.DoesNotContain(safe.Progress, line => line.Contains("MSBuild from", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LegacyShopProjects.All), MemberType = typeof(LegacyShopProjects))]
    public async Task Safe_mode_declares_the_same_types_as_msbuild(string name)
    {
        var expected = await LoadedSolution.TypesAsync(normal.Project(name));
        var actual = await LoadedSolution.TypesAsync(safe.Project(name));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Shop.Web")]
    [InlineData("Shop.Reporting")]
    [InlineData("Shop.Data")]
    public async Task Safe_mode_compiles_without_errors(string name)
    {
        var errors = await LoadedSolution.ErrorsAsync(safe.Project(name));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(6)));
    }

    [Fact]
    public void Safe_mode_reports_the_same_project_facts()
    {
        foreach (var project in normal.Workspace.Projects)
        {
            var other = safe.Project(project.Info.Name).Info;
            Assert.Equal(project.Info.Path, other.Path);
            Assert.Equal(project.Info.TargetFrameworks, other.TargetFrameworks);
            Assert.Equal(project.Info.ProjectReferences.Order(), other.ProjectReferences.Order());
            Assert.Equal(project.Info.Packages, other.Packages);
            Assert.Equal(HandWritten(project, normal.Workspace.Root), HandWritten(safe.Project(project.Info.Name), safe.Workspace.Root));
        }
    }

    /// <summary>Source files in the tree that are not generated (MSBuild adds generated ones of its own in obj/).</summary>
    private static List<string> HandWritten(Workspace.LoadedProject project, string root) =>
        project.Project.Documents.Select(d => d.FilePath).OfType<string>()
            .Where(f => !Roslyn.GeneratedCode.IsGenerated(f))
            .Select(f => Workspace.RootPaths.Relative(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
