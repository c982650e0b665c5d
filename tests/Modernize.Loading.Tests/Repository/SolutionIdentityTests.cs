using Modernize.Loading.Repository;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Repository;

public sealed class SolutionIdentityTests
{
    [Theory]
    [InlineData("https://user:token@GitHub.com/Org/Repo.git", "github.com/Org/Repo")]
    [InlineData("git@github.com:Org/Repo.git", "github.com/Org/Repo")]
    [InlineData("ssh://git@GitHub.com/Org/Repo", "github.com/Org/Repo")]
    [InlineData("https://dev.azure.com/Org/Project/_git/Repo", "dev.azure.com/Org/Project/_git/Repo")]
    public void Remote_urls_are_normalised_without_credentials_or_git_suffix(string remote, string expected) =>
        Assert.Equal(expected, SolutionIdentity.NormaliseRemote(remote));

    [Fact]
    public void Without_a_remote_the_root_commit_and_relative_path_identify_the_solution()
    {
        using var repo = new GitRepository();
        repo.Write("app/A.csproj", "<Project />");
        var root = repo.Commit("root");
        repo.Commit("second");
        var info = RepositoryInfo.Read(Path.Combine(repo.Path, "app", "A.csproj"));
        Assert.Equal(root + ":app/A.csproj", SolutionIdentity.Of(info, "A.csproj"));
    }

    [Fact]
    public void Outside_git_the_name_is_the_identity()
    {
        using var dir = new TempDirectory();
        Assert.Equal("Shop.sln", SolutionIdentity.Of(RepositoryInfo.Read(dir.Path), "Shop.sln"));
    }
}
