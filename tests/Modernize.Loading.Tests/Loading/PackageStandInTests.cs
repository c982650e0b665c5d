using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// fixtures/package-stand-ins in normal mode: PackageReference versions no feed serves get the rule's stand-in in the scan's
/// private copy (a restore that NU1603-as-error or NU1102 would fail), load with MSBuild and are named per project; an
/// additional project SDK no feed serves is left out of the copy.
/// </summary>
public sealed class PackageStandInTests : IAsyncLifetime
{
    private readonly GitRepository repo = new();
    private readonly List<string> progress = [];
    private LoadedWorkspace? workspace;

    public async Task InitializeAsync()
    {
        repo.CopyFrom(RepoPaths.Fixture("package-stand-ins"), "stand-ins");
        repo.Commit("package stand-ins fixture");
        workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "stand-ins", "StandIns.slnx"), new LoadOptions(), new Support.ProgressLines(progress), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        workspace?.Dispose();
        repo.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_version_under_warnings_as_errors_gets_the_same_major_stand_in_not_NuGets_next_major()
    {
        var strict = workspace!.Projects.Single(p => p.Info.Name == "Strict");
        var standIn = Assert.Single(strict.Info.Fidelity.StandIns);
        Assert.Equal(("Newtonsoft.Json", "12.0.4"), (standIn.Id, standIn.Wanted));
        Assert.Equal(12, new Version(standIn.Used).Major);
        Assert.True(new Version(standIn.Used) < new Version(12, 0, 4), standIn.Used);
        Assert.Contains(new FidelityCause(FidelityCauseKind.PackageStandIn, $"Newtonsoft.Json 12.0.4 -> {standIn.Used}"), strict.Info.Fidelity.Causes);
        Assert.DoesNotContain(strict.Info.Fidelity.Causes, c => c.Kind is FidelityCauseKind.UnrestorableProject or FidelityCauseKind.MissingPackage);
        Assert.Equal(LoadMode.MsBuild, strict.Info.Fidelity.Mode);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(strict));
    }

    [Fact]
    public async Task A_centrally_managed_version_newer_than_any_served_gets_the_nearest_lower_one()
    {
        var ahead = workspace!.Projects.Single(p => p.Info.Name == "Ahead");
        var standIn = Assert.Single(ahead.Info.Fidelity.StandIns);
        Assert.Equal(("Newtonsoft.Json", "99.0.0"), (standIn.Id, standIn.Wanted));
        Assert.True(new Version(standIn.Used.Split('-')[0]).Major >= 13, standIn.Used);
        Assert.Equal(LoadMode.MsBuild, ahead.Info.Fidelity.Mode);
        Assert.DoesNotContain(ahead.Info.Fidelity.Causes, c => c.Kind is FidelityCauseKind.UnrestorableProject or FidelityCauseKind.MissingPackage);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(ahead));
        Assert.Contains(progress, p => p.StartsWith("pinning packages of ", StringComparison.Ordinal));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public async Task An_additional_project_sdk_no_feed_serves_is_left_out_in_the_copy_and_the_project_loads_with_msbuild()
    {
        var extras = workspace!.Projects.Single(p => p.Info.Name == "Extras");
        Assert.Equal(LoadMode.MsBuild, extras.Info.Fidelity.Mode);
        var cause = Assert.Single(extras.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.UnresolvedSdk);
        Assert.Contains("Contoso.Build.NeverPublished 1.0.0", cause.Detail, StringComparison.Ordinal);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(extras));
        Assert.Contains("Contoso.Build.NeverPublished", File.ReadAllText(Path.Combine(repo.Path, "stand-ins", "Extras", "Extras.csproj")), StringComparison.Ordinal);
    }
}
