using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>
/// Which graph node a type id written in one project means, once types declared in several projects from different files
/// were kept apart (<c>Program</c> and <c>Program@Ordering.API</c>): a project's own declaration first, else the copy in a
/// project it references, else the first project's.
/// </summary>
internal sealed class TypeIdResolver
{
    private readonly IReadOnlyDictionary<(string Project, string Id), string> aliases;
    private readonly Dictionary<string, List<(string Project, string Node)>> copies;
    private readonly Dictionary<string, HashSet<string>> references;

    public TypeIdResolver(IReadOnlyList<ProjectFacts> projects, IReadOnlyDictionary<string, TypeNode> types, IReadOnlyDictionary<(string Project, string Id), string> aliases)
    {
        this.aliases = aliases;
        copies = aliases
            .GroupBy(a => a.Key.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => (a.Key.Project, Node: a.Value)).Prepend((types[g.Key].Project, g.Key)).ToList(), StringComparer.Ordinal);
        references = projects.GroupBy(p => p.Info.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Info.ProjectReferences.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The node of a type declared in <paramref name="project"/>.</summary>
    public string Declared(string project, string id) => aliases.Count == 0 ? id : aliases.GetValueOrDefault((project, id), id);

    /// <summary>The node a reference from <paramref name="project"/> to <paramref name="id"/> reaches.</summary>
    public string Used(string project, string id)
    {
        if (!copies.TryGetValue(id, out var declared))
        {
            return id;
        }

        foreach (var (owner, node) in declared)
        {
            if (owner == project)
            {
                return node;
            }
        }

        var referenced = references.GetValueOrDefault(project);
        foreach (var (owner, node) in declared)
        {
            if (referenced?.Contains(owner) == true)
            {
                return node;
            }
        }

        return id;
    }
}
