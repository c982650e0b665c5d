using Modernize.Model.Autonomy;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Autonomy;

/// <summary>
/// Maps git authors to the teams of modernize.yml: an entry with '@' or '*' is an e-mail glob, any other entry an author name
/// (both case-insensitive). The first declared team that matches wins; unmatched authors belong to <see cref="CellOwnership.UnknownTeam"/>.
/// </summary>
public sealed class TeamResolver
{
    private readonly List<(string Team, List<Glob> Emails, HashSet<string> Names)> teams;
    private readonly Dictionary<(string, string), string> cache = [];

    public TeamResolver(IReadOnlyList<TeamDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        teams = declarations
            .Select(t => (
                t.Name,
                t.Authors.Where(IsEmailPattern).Select(a => a.Trim().ToLowerInvariant()).Where(a => Glob.Problem(a) is null).Select(Glob.ForPaths).ToList(),
                t.Authors.Where(a => !IsEmailPattern(a)).Select(a => a.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Whether any team is declared; without teams, ownership cannot be judged.</summary>
    public bool HasTeams => teams.Count > 0;

    public string TeamOf(string author, string email)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(email);
        if (!cache.TryGetValue((author, email), out var team))
        {
            var lowerEmail = email.Trim().ToLowerInvariant();
            team = teams.FirstOrDefault(t => t.Names.Contains(author.Trim()) || (lowerEmail.Length > 0 && t.Emails.Any(g => g.IsMatch(lowerEmail)))).Team
                ?? CellOwnership.UnknownTeam;
            cache[(author, email)] = team;
        }

        return team;
    }

    private static bool IsEmailPattern(string entry) => entry.Contains('@', StringComparison.Ordinal) || entry.Contains('*', StringComparison.Ordinal);
}
