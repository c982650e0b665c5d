using Modernize.Analysis.Autonomy;
using Modernize.Model.Autonomy;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Autonomy;

public class TeamResolverTests
{
    private static readonly TeamResolver Teams = new(
    [
        new TeamDeclaration("checkout", ["*@checkout.example.com", "Jane Doe", "ops@example.com"], 1),
        new TeamDeclaration("everyone", ["*@*"], 2),
    ]);

    [Theory]
    [InlineData("Alice", "alice@checkout.example.com", "checkout")]
    [InlineData("Alice", "ALICE@Checkout.Example.com", "checkout")]
    [InlineData("jane doe", "jane@gmail.com", "checkout")]
    [InlineData("Ops Bot", "ops@example.com", "checkout")]
    [InlineData("Mallory", "mallory@checkout.example.com.evil.org", "everyone")]
    [InlineData("Nobody", "", CellOwnership.UnknownTeam)]
    public void Maps_names_and_email_globs_first_declared_team_first(string author, string email, string team) =>
        Assert.Equal(team, Teams.TeamOf(author, email));

    [Fact]
    public void Without_teams_every_author_is_unknown()
    {
        var none = new TeamResolver([]);

        Assert.False(none.HasTeams);
        Assert.Equal(CellOwnership.UnknownTeam, none.TeamOf("Alice", "alice@checkout.example.com"));
    }
}
