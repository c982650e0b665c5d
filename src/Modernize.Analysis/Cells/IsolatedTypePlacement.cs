using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Where types with no tie to any other domain type go (no dependency in or out, no change coupling, no shared table):
/// alone, each would be a one-type "cell" (GuardClauses had 95 of them). Each joins the cell or tissue element holding
/// most of the types of its namespace, else of its project; a type with neither stays unconnected, reported apart.
/// Fragments go the same way: a community of fewer types than a kept module may have
/// (<see cref="ResolutionSelector.MinModuleCell"/>) tied to nothing outside itself, which the fold cannot join to a
/// neighbour (NuGetGallery's two <c>TreeView</c> helpers were a cell named <c>Tree</c>), when every one of its types has
/// such a home; a fragment with none (a tool project of its own) stays a cell.
/// </summary>
internal static class IsolatedTypePlacement
{
    public const string UnconnectedName = "(unconnected)";

    /// <summary>The drafts with the isolated types and fragments they took in (and a sentence saying why), and the isolated types no draft took.</summary>
    public static (List<CellDraft> Drafts, List<string> Unconnected) Place(IReadOnlyList<CellDraft> drafts, IReadOnlyList<TypeNode> isolated, CellContext context, IReadOnlyList<TypeNode>? fragmentTypes = null)
    {
        var attached = drafts.Select(_ => new List<(TypeNode Type, string By)>()).ToList();
        var fragments = drafts.Select(_ => new List<(TypeNode Type, string By)>()).ToList();
        var unconnected = new List<string>();
        var byNamespace = Census(drafts, context, t => t.Namespace);
        var byProject = Census(drafts, context, t => t.Project);
        foreach (var (type, fragment) in isolated.Select(t => (t, false)).Concat((fragmentTypes ?? []).Select(t => (t, true))))
        {
            var into = fragment ? fragments : attached;
            if (Home(byNamespace, type.Namespace) is { } namespaceHome)
            {
                into[namespaceHome].Add((type, "namespace " + (type.Namespace.Length == 0 ? "(global)" : type.Namespace)));
            }
            else if (Home(byProject, type.Project) is { } projectHome)
            {
                into[projectHome].Add((type, "project " + type.Project));
            }
            else
            {
                unconnected.Add(type.Id);
            }
        }

        var placed = drafts.Select((draft, i) => attached[i].Count + fragments[i].Count == 0 ? draft : draft with
        {
            Members = [.. draft.Members, .. attached[i].Select(a => a.Type.Id), .. fragments[i].Select(a => a.Type.Id)],
            Explanation = [.. draft.Explanation, .. Sentences(attached[i], fragments[i])],
        }).ToList();
        return (placed, unconnected);
    }

    /// <summary>Whether every one of <paramref name="types"/> has a namespace or a project among <paramref name="homes"/>' members.</summary>
    public static bool HasHomes(IReadOnlyList<TypeNode> types, IEnumerable<TypeNode> homes)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(homes);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var projects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var home in homes)
        {
            namespaces.Add(home.Namespace);
            projects.Add(home.Project);
        }

        return types.All(t => namespaces.Contains(t.Namespace) || projects.Contains(t.Project));
    }

    private static IEnumerable<string> Sentences(List<(TypeNode Type, string By)> isolated, List<(TypeNode Type, string By)> fragments)
    {
        if (isolated.Count > 0)
        {
            yield return Sentence(isolated, "with no dependency, change coupling or shared data with other domain types");
        }

        if (fragments.Count > 0)
        {
            yield return Sentence(fragments, "tied only to each other, too few for a cell of their own");
        }
    }

    /// <summary>Per key (namespace or project), how many members each draft has there.</summary>
    private static Dictionary<string, int[]> Census(IReadOnlyList<CellDraft> drafts, CellContext context, Func<TypeNode, string> key)
    {
        var census = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            foreach (var member in drafts[i].Members)
            {
                var k = key(context.TypeById[member]);
                if (!census.TryGetValue(k, out var counts))
                {
                    census[k] = counts = new int[drafts.Count];
                }

                counts[i]++;
            }
        }

        return census;
    }

    /// <summary>The draft with most members under the key (the first of equals), or null when none has any.</summary>
    private static int? Home(Dictionary<string, int[]> census, string key)
    {
        if (!census.TryGetValue(key, out var counts))
        {
            return null;
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        return counts[best] > 0 ? best : null;
    }

    private static string Sentence(List<(TypeNode Type, string By)> attached, string why)
    {
        var names = string.Join(", ", attached.Take(10).Select(a => a.Type.Name)) + (attached.Count > 10 ? CellScorer.Text($" and {attached.Count - 10} more") : string.Empty);
        var by = attached.Select(a => a.By).Distinct(StringComparer.Ordinal).Take(3).ToList();
        return CellScorer.Text(
            $"{CellScorer.Count(attached.Count, "type")} {why} joined here because most of the types of their {string.Join(", ", by)} are here: {names}.");
    }
}
