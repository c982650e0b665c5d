using System.Collections.Generic;

namespace Modernize.Analyzers.Guardrails;

/// <summary>
/// Which element claims a type, as <c>ProductMapAssignment</c> decides it: an exact type id first, then the name glob with
/// the most literal characters, then project path globs; ties go to the first declared.
/// </summary>
internal static class ProductMap
{
    public static Element? ElementOf(IReadOnlyList<Element> elements, string typeId, string @namespace, string? projectPath)
    {
        Element? best = null;
        var bestScore = -1;
        foreach (var element in elements)
        {
            var score = Score(element, typeId, @namespace, projectPath);
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        return bestScore >= 0 ? best : null;
    }

    private static int Score(Element element, string typeId, string @namespace, string? projectPath)
    {
        var best = -1;
        foreach (var glob in element.Include)
        {
            if (!glob.HasWildcard && glob.Pattern == typeId)
            {
                return int.MaxValue;
            }

            if (glob.MatchesTypeOrNamespace(typeId, @namespace))
            {
                best = System.Math.Max(best, 1000 + glob.LiteralLength);
            }
        }

        if (projectPath is not null)
        {
            foreach (var glob in element.Projects)
            {
                if (glob.IsMatch(projectPath))
                {
                    best = System.Math.Max(best, glob.LiteralLength);
                }
            }
        }

        return best;
    }
}
