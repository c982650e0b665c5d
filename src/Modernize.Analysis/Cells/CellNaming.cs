using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Names a proposed cell after the namespace segment most of its members share, skipping technical layer words
/// (Web, Services, Data...) and the company/product prefix that most of the solution shares; falls back to the most
/// common type-name stem (Order from OrderService), then to "Cell". Names are made unique with a numeric suffix.
/// </summary>
public sealed class CellNaming
{
    public static readonly IReadOnlySet<string> LayerWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Web", "Api", "WebApi", "Mvc", "UI", "Ui", "Site", "Portal", "Controllers", "Controller", "Views", "ViewModels", "Pages",
        "Services", "Service", "Business", "BusinessLogic", "BLL", "Logic", "Application", "App", "Handlers", "Commands", "Queries",
        "Data", "DataAccess", "DAL", "Dal", "Repositories", "Repository", "Persistence", "Entities", "Models", "Model", "Domain",
        "Dto", "Dtos", "Contracts", "Interfaces", "Abstractions", "Impl", "Implementation", "Internal", "Core", "Infrastructure",
        "Common", "Shared", "Client", "Server", "Host", "Wcf", "Legacy", "Managers", "Providers", "Mappers", "Mapping", "Validators",
    };

    private static readonly string[] TypeSuffixes =
    [
        "Controller", "Service", "Services", "Repository", "Manager", "Provider", "Handler", "Validator", "Mapper", "ViewModel",
        "Model", "Dto", "Entity", "Dao", "Factory", "Facade", "Helper", "Page", "View", "Form", "Client", "Query", "Command",
    ];

    private readonly HashSet<string> prefixSegments;
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="allTypes">Every type in scope, to learn which segments are the shared prefix rather than a domain.</param>
    public CellNaming(IReadOnlyList<TypeNode> allTypes)
    {
        ArgumentNullException.ThrowIfNull(allTypes);
        prefixSegments = allTypes
            .SelectMany(t => Segments(t).Concat(FolderSegments(t)).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > allTypes.Count / 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reserves a name (for example a tissue element's) so no cell takes it.</summary>
    public void Reserve(string name) => taken.Add(name);

    /// <summary>Reserves a name if no one holds it yet; false when it is taken (a tissue unit and type-level tissue of one namespace).</summary>
    public bool TryReserve(string name) => taken.Add(name);

    public string Name(IReadOnlyList<TypeNode> members)
    {
        ArgumentNullException.ThrowIfNull(members);

        // Domain segments of namespaces, folders and project names, most shared first; then type-name stems.
        var segments = members
            .SelectMany(t => Segments(t).Concat(FolderSegments(t)).Where(IsDomainSegment).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First(), Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var stems = members
            .Select(t => Stem(t.Name))
            .Where(s => s.Length > 0)
            .GroupBy(s => s, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

        // A segment must cover a fair share of the members to speak for them; otherwise the type names do. A name another
        // cell took gives way to the next candidate; a numbered suffix is the last resort.
        var candidates = segments.Where(g => g.Count * 10 >= members.Count * 3).Select(g => g.Name)
            .Concat(stems.Where(g => g.Count > 1).Take(3).Select(g => g.Name))
            .Concat(segments.Take(3).Select(g => g.Name))
            .ToList();
        foreach (var candidate in candidates)
        {
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }

        if (candidates.Count >= 2 && taken.Add(candidates[0] + "." + candidates[1]))
        {
            return candidates[0] + "." + candidates[1];
        }

        return Unique(candidates.FirstOrDefault() ?? stems.FirstOrDefault().Name ?? "Cell");
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }

    private static IEnumerable<string> FolderSegments(TypeNode type)
    {
        var folders = type.File.Split('/');
        return folders.Take(Math.Max(0, folders.Length - 1)).SelectMany(f => f.Split('.'));
    }

    private bool IsDomainSegment(string segment) =>
        segment.Length > 1 && !LayerWords.Contains(segment) && !Signals.DomainWords.Technical.Contains(segment) && !prefixSegments.Contains(segment)
        && !segment.All(char.IsDigit) && char.IsLetter(segment[0]);

    private static string[] Segments(TypeNode type) => type.Namespace.Split('.', StringSplitOptions.RemoveEmptyEntries);

    private static string Stem(string typeName)
    {
        var name = typeName.Split('`')[0];
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        foreach (var suffix in TypeSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
