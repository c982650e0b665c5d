using Modernize.Model.Graph;

namespace Modernize.Model.Configuration;

/// <summary>Which declared cell or tissue element each type belongs to, by the product map's globs.</summary>
public static class ProductMapAssignment
{
    /// <summary>
    /// Maps type ids to the name of the declared cell or tissue element that claims them. The most specific match wins
    /// (an exact type id, then the glob with the most literal characters, then project globs); ties go to the first declared.
    /// Types no declaration claims are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Assign(ModernizeConfig config, IEnumerable<TypeNode> types)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(types);
        var declarations = Compile(config);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (Claim(declarations, type.Id, type.Namespace, type.Project) is { } claim)
            {
                result[type.Id] = claim.Declaration.Name;
            }
        }

        return result;
    }

    /// <summary>
    /// The declaration that claims a type, and why (the winning glob), by the rules of <see cref="Assign"/>; null when none does.
    /// <paramref name="project"/> may be null when the type's project is unknown (only name globs then apply).
    /// </summary>
    public static ProductMapClaim? Explain(ModernizeConfig config, string typeId, string @namespace, string? project)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Claim(Compile(config), typeId, @namespace, project);
    }

    private static List<(CellDeclaration Declaration, bool IsCell, List<Glob> Names, List<Glob> Projects)> Compile(ModernizeConfig config) =>
        config.Cells.Select(d => (d, true)).Concat(config.Tissue.Select(d => (d, false)))
            .Select(p => (p.d, p.Item2, p.d.Include.Select(Glob.ForNames).ToList(), p.d.Projects.Select(Glob.ForPaths).ToList()))
            .ToList();

    private static ProductMapClaim? Claim(
        List<(CellDeclaration Declaration, bool IsCell, List<Glob> Names, List<Glob> Projects)> declarations, string typeId, string @namespace, string? project)
    {
        ProductMapClaim? best = null;
        var bestScore = -1;
        foreach (var (declaration, isCell, names, projects) in declarations)
        {
            var (score, glob, byProject) = Score(typeId, @namespace, project, names, projects);
            if (score > bestScore)
            {
                best = new ProductMapClaim(declaration, isCell, glob!, byProject);
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="name"/> is a declared cell (true), a tissue element (false), or unknown (null).</summary>
    public static bool? IsCell(ModernizeConfig config, string name)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Cells.Any(c => c.Name == name))
        {
            return true;
        }

        return config.Tissue.Any(t => t.Name == name) ? false : null;
    }

    private static (int Score, string? Glob, bool ByProject) Score(string typeId, string @namespace, string? project, List<Glob> names, List<Glob> projects)
    {
        (int Score, string? Glob, bool ByProject) best = (-1, null, false);
        foreach (var glob in names)
        {
            if (!glob.HasWildcard && glob.Pattern == typeId)
            {
                return (int.MaxValue, glob.Pattern, false);
            }

            // Namespace globs outrank project globs of the same length: they are the finer statement.
            if (glob.MatchesTypeOrNamespace(typeId, @namespace) && 1000 + glob.LiteralLength > best.Score)
            {
                best = (1000 + glob.LiteralLength, glob.Pattern, false);
            }
        }

        if (project is not null)
        {
            foreach (var glob in projects)
            {
                if (glob.IsMatch(project) && glob.LiteralLength > best.Score)
                {
                    best = (glob.LiteralLength, glob.Pattern, true);
                }
            }
        }

        return best;
    }
}
