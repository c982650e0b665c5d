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
        var declarations = config.Cells.Concat(config.Tissue)
            .Select(d => (d.Name,
                Names: d.Include.Select(Glob.ForNames).ToList(),
                Projects: d.Projects.Select(Glob.ForPaths).ToList()))
            .ToList();

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            string? best = null;
            var bestScore = -1;
            foreach (var (name, names, projects) in declarations)
            {
                var score = Score(type, names, projects);
                if (score > bestScore)
                {
                    best = name;
                    bestScore = score;
                }
            }

            if (best is not null && bestScore >= 0)
            {
                result[type.Id] = best;
            }
        }

        return result;
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

    private static int Score(TypeNode type, List<Glob> names, List<Glob> projects)
    {
        var best = -1;
        foreach (var glob in names)
        {
            if (!glob.HasWildcard && glob.Pattern == type.Id)
            {
                return int.MaxValue;
            }

            if (glob.MatchesTypeOrNamespace(type.Id, type.Namespace))
            {
                // Namespace globs outrank project globs of the same length: they are the finer statement.
                best = Math.Max(best, 1000 + glob.LiteralLength);
            }
        }

        foreach (var glob in projects)
        {
            if (glob.IsMatch(type.Project))
            {
                best = Math.Max(best, glob.LiteralLength);
            }
        }

        return best;
    }
}
