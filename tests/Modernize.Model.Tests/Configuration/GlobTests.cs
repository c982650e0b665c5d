using Modernize.Model.Configuration;

namespace Modernize.Model.Tests.Configuration;

public class GlobTests
{
    [Theory]
    [InlineData("Shop.*.Ordering*", "Shop.Business.Ordering", true)]
    [InlineData("Shop.*.Ordering*", "Shop.Business.OrderingExtras", true)]
    [InlineData("Shop.*.Ordering*", "Shop.Business.Deep.Ordering", false)]
    [InlineData("Shop.**.Ordering", "Shop.Business.Deep.Ordering", true)]
    [InlineData("Shop.**", "Shop.Common.Logging", true)]
    [InlineData("Shop.Common", "Shop.CommonX", false)]
    public void Name_globs_match_within_and_across_segments(string pattern, string name, bool expected) =>
        Assert.Equal(expected, Glob.ForNames(pattern).IsMatch(name));

    [Theory]
    [InlineData("src/Ordering/**", "src/Ordering/Ordering.csproj", true)]
    [InlineData("src/**/Data.csproj", "src/Data.csproj", true)]
    [InlineData("src/*/Data.csproj", "src/a/b/Data.csproj", false)]
    [InlineData("**/*.Tests/**", "tests/Shop.Tests/Shop.Tests.csproj", true)]
    public void Path_globs_match_within_and_across_folders(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Glob.ForPaths(pattern).IsMatch(path));

    [Fact]
    public void A_namespace_glob_covers_types_in_nested_namespaces()
    {
        var glob = Glob.ForNames("Shop.Common.*");
        Assert.True(glob.MatchesTypeOrNamespace("Shop.Common.Logging.Logger", "Shop.Common.Logging"));
        Assert.True(glob.MatchesTypeOrNamespace("Shop.Common.Guard", "Shop.Common"));
        Assert.False(glob.MatchesTypeOrNamespace("Shop.Web.Home", "Shop.Web"));
    }

    [Theory]
    [InlineData("Shop.***")]
    [InlineData("Shop.[A-Z]")]
    [InlineData("")]
    [InlineData("Shop..Web")]
    public void Bad_globs_are_named(string pattern)
    {
        Assert.NotNull(Glob.Problem(pattern));
        Assert.Throws<ArgumentException>(() => Glob.ForNames(pattern));
    }

    [Fact]
    public void A_pattern_that_would_backtrack_for_ever_answers_without_a_timeout()
    {
        // A backtracking matcher needs about n^12 steps here and gave up after its 1 s timeout with an exception; the
        // same timeout also fired on ordinary paths on a loaded CI agent.
        var glob = Glob.ForNames("*a*a*a*a*a*a*a*a*a*a*a*a*c");
        Assert.False(glob.IsMatch(new string('a', 400)));
        Assert.True(glob.IsMatch(new string('a', 400) + "c"));
    }
}
