using Microsoft.CodeAnalysis;
using Modernize.Loading.Input;
using Modernize.Loading.View;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// fixtures/solution-quirks, loaded in normal mode: a project reference spelled with the wrong case (Windows tolerates it,
/// Linux does not) and a solution configuration mapping that decides which files compile and which symbols are defined.
/// </summary>
public sealed class SolutionQuirksTests : IAsyncLifetime
{
    private readonly GitRepository repo = new();
    private LoadedWorkspace? workspace;

    private string Root => Path.Combine(repo.Path, "quirks");

    private LoadedProject Api => workspace!.Projects.Single(p => p.Info.Name == "Billing.Api");

    public async Task InitializeAsync()
    {
        repo.CopyFrom(RepoPaths.Fixture("solution-quirks"), "quirks");
        repo.Commit("quirks fixture");
        workspace = await new SolutionLoader().LoadAsync(Path.Combine(Root, "Quirks.sln"), new LoadOptions(), null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        workspace?.Dispose();
        repo.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_project_reference_spelled_with_the_wrong_case_is_matched_ignoring_case_and_noted()
    {
        Assert.Equal(LoadMode.MsBuild, Api.Info.Fidelity.Mode);
        var core = workspace!.Projects.Single(p => p.Info.Name == "Billing.Core");
        Assert.Contains(Api.Project.ProjectReferences, r => Api.Project.Solution.GetProject(r.ProjectId)?.FilePath is { } path && Path.GetFileName(path) == "Billing.Core.csproj");
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(Api));
        Assert.DoesNotContain(Api.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.MissingProjectReference);
        var note = Assert.Single(Api.Info.Fidelity.Warnings, w => w.Contains("matched ignoring case", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(Root, "src", "Billing.Core", "Billing.Core.csproj"), note, StringComparison.Ordinal);
        Assert.DoesNotContain("modernize-scan-", note, StringComparison.Ordinal);
        Assert.Equal(LoadMode.MsBuild, core.Info.Fidelity.Mode);

        // Only the private copy was corrected.
        Assert.Contains("BILLING.core", File.ReadAllText(Path.Combine(Root, "src", "Billing.Api", "Billing.Api.csproj")), StringComparison.Ordinal);
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public void Each_project_is_loaded_with_the_configuration_and_platform_the_solution_maps_it_to()
    {
        var files = Api.Project.Documents.Select(d => Path.GetFileName(d.FilePath)).ToList();
        Assert.Contains("ProductionFeed.cs", files);
        Assert.DoesNotContain("DebugFeed.cs", files);
        Assert.Contains("PRODUCTION_X64", Api.Project.ParseOptions!.PreprocessorSymbolNames);

        // The other project keeps the solution's own configuration: Debug.
        var core = workspace!.Projects.Single(p => p.Info.Name == "Billing.Core");
        Assert.Contains("DEBUG", core.Project.ParseOptions!.PreprocessorSymbolNames);
        Assert.DoesNotContain("PRODUCTION_X64", core.Project.ParseOptions!.PreprocessorSymbolNames);
    }

    [Fact]
    public void A_path_is_matched_ignoring_case_only_when_exactly_one_file_matches()
    {
        using var tree = new TempDirectory();
        Directory.CreateDirectory(tree.Combine("src/Hangfire.Core"));
        File.WriteAllText(tree.Combine("src/Hangfire.Core/Hangfire.Core.csproj"), "<Project />");
        Directory.CreateDirectory(tree.Combine("src/Twin"));
        Directory.CreateDirectory(tree.Combine("src/twin"));
        File.WriteAllText(tree.Combine("src/Twin/A.csproj"), "<Project />");
        File.WriteAllText(tree.Combine("src/twin/A.csproj"), "<Project />");

        Assert.Equal(tree.Combine("src/Hangfire.Core/Hangfire.Core.csproj"), PathCase.MatchIgnoringCase(tree.Path, tree.Combine("src/HangFire.Core/Hangfire.Core.csproj")));
        Assert.Null(PathCase.MatchIgnoringCase(tree.Path, tree.Combine("src/TWIN/A.csproj")));
        Assert.Null(PathCase.MatchIgnoringCase(tree.Path, tree.Combine("src/Hangfire.Core/Other.csproj")));
    }
}
