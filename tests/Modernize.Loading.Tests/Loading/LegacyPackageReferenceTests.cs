using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// fixtures/legacy-package-references in normal mode: an old-style .NET Framework project whose packages are PackageReference
/// items is restored in the scratch folder and compiles with its packages (the .NET SDK lacks Visual Studio's target that
/// turns the restore output into references), a version no feed serves taking the same-major stand-in.
/// </summary>
public sealed class LegacyPackageReferenceTests : IAsyncLifetime
{
    private readonly GitRepository repo = new();
    private LoadedWorkspace? workspace;

    public async Task InitializeAsync()
    {
        repo.CopyFrom(RepoPaths.Fixture("legacy-package-references"), "legacy-refs");
        repo.Commit("legacy package references fixture");
        workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "legacy-refs", "LegacyRefs.sln"), new LoadOptions(), null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        workspace?.Dispose();
        repo.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_old_style_project_compiles_with_its_package_references()
    {
        var orders = Assert.Single(workspace!.Projects);
        Assert.Equal((ProjectStyle.Legacy, LoadMode.MsBuild), (orders.Info.Style, orders.Info.Fidelity.Mode));
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(orders));
        Assert.Equal(0, orders.Info.Fidelity.UnresolvedTypeRefs);
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public void A_package_version_no_feed_serves_gets_the_same_major_stand_in()
    {
        var orders = Assert.Single(workspace!.Projects);
        var standIn = Assert.Single(orders.Info.Fidelity.StandIns);
        Assert.Equal(("Dapper", "2.0.90"), (standIn.Id, standIn.Wanted));
        Assert.Equal(2, new Version(standIn.Used).Major);
        Assert.Contains(new FidelityCause(FidelityCauseKind.PackageStandIn, $"Dapper 2.0.90 -> {standIn.Used}"), orders.Info.Fidelity.Causes);
    }
}
