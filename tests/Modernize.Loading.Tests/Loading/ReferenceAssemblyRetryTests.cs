using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// fixtures/computed-framework: the .NET Framework version only MSBuild's evaluation knows (v4.0.3, computed by a property
/// function) finds no reference assemblies in the first design-time build; the load retries once with the nearest set.
/// </summary>
public sealed class ReferenceAssemblyRetryTests
{
    [Fact]
    public async Task A_design_time_build_that_found_no_reference_assemblies_is_retried_with_the_nearest_set()
    {
        using var repo = new GitRepository();
        repo.CopyFrom(RepoPaths.Fixture("computed-framework"), "computed");
        repo.Commit("computed framework fixture");
        var progress = new List<string>();
        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "computed", "Computed.sln"), new LoadOptions(), new Support.ProgressLines(progress), CancellationToken.None);

        var project = Assert.Single(workspace.Projects);
        Assert.Equal(LoadMode.MsBuild, project.Info.Fidelity.Mode);
        Assert.Contains(project.Project.MetadataReferences.OfType<Microsoft.CodeAnalysis.PortableExecutableReference>(), r => Path.GetFileName(r.FilePath) == "mscorlib.dll");
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(project));
        Assert.Contains(progress, p => p.StartsWith("retrying the design-time build", StringComparison.Ordinal));
        var note = Assert.Single(project.Info.Fidelity.Warnings, w => w.Contains("retried", StringComparison.Ordinal));
        Assert.Contains("v4.0.3", note, StringComparison.Ordinal);
        Assert.Contains(project.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.MissingReferenceAssemblies && c.Detail.Contains("v4.0.3", StringComparison.Ordinal));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }
}
