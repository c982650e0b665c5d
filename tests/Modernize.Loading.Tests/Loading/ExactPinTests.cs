using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// A PackageReference pinned to an exact version no feed serves (<c>[12.0.4]</c>; bitwarden's test projects pin
/// <c>Microsoft.Extensions.Diagnostics.Testing [10.8.0]</c>) fails the restore with NU1102, and MSBuild then drops the
/// project's project references too: bitwarden's Core.Test resolved 66 % of its type references. The pin gets the same
/// stand-in as a plain version.
/// </summary>
public sealed class ExactPinTests
{
    [Fact]
    public async Task An_exact_pin_no_feed_serves_gets_the_nearest_served_version()
    {
        using var repo = new GitRepository();
        Support.SmallProjects.JsonReader(repo, "[12.0.4]");
        repo.Commit("app with an exact pin");

        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "App", "App.csproj"), new LoadOptions(), null, CancellationToken.None);

        var app = Assert.Single(workspace.Projects);
        Assert.Contains(new FidelityCause(FidelityCauseKind.PackageStandIn, "Newtonsoft.Json 12.0.4 -> 12.0.3"), app.Info.Fidelity.Causes);
        Assert.DoesNotContain(app.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.UnrestorableProject);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(app));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }
}
