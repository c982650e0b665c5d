using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// A package source the solution's NuGet.config adds that this machine cannot reach (Sonarr's Azure DevOps feed): NuGet
/// fails the restore on it (NU1301) after trying it for every package, and two of Sonarr's restores ran into the scan's
/// 5-minute timeout. The scan restores from the reachable sources only and says which it left out.
/// </summary>
public sealed class UnreachableFeedTests
{
    [Fact]
    public async Task A_feed_that_cannot_be_reached_is_left_out_of_the_restore_and_named()
    {
        using var repo = new GitRepository();
        // The .invalid top-level domain never resolves (RFC 2606); the machine's own sources stay (no <clear />). A floating
        // version makes the restore ask every source, as a package missing from the global packages folder does.
        repo.Write("NuGet.Config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="internal" value="https://feed.modernize-test.invalid/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        Support.SmallProjects.JsonReader(repo, "13.0.*");
        repo.Commit("app with an internal feed");

        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "App", "App.csproj"), new LoadOptions(), null, CancellationToken.None);

        var app = Assert.Single(workspace.Projects);
        Assert.DoesNotContain(app.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.UnrestorableProject);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(app));
        var warning = Assert.Single(workspace.Warnings, w => w.Contains("cannot be reached", StringComparison.Ordinal));
        Assert.Contains("feed.modernize-test.invalid", warning, StringComparison.Ordinal);
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }
}
