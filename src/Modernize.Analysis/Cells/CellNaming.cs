using Modernize.Analysis.Cells.Naming;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Names a proposed cell after the namespace segment most of its members share, skipping technical layer words
/// (Web, Services, Data...), names set by a tool's or framework's convention (App_Start, Connected Services, VB's My,
/// NamespaceDoc: <see cref="ConventionalNames"/>) and the company/product prefix that most of the solution shares; falls
/// back to the most common type-name stem shared by at least two type names (Order from OrderService and OrderRepository),
/// then to "Cell". Names are made unique with a numeric suffix as a last resort.
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
    private readonly HashSet<string> takenStems = new(StringComparer.Ordinal);

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
            .Select(t => (Stem: Stem(t.Name), Name: t.Name.Split('`')[0]))
            .Where(s => s.Stem.Length > 0 && !ConventionalNames.IsConventional(s.Stem))
            .GroupBy(s => s.Stem, StringComparer.Ordinal)
            // A stem speaks for the cell only when different type names share it: one name repeated across namespaces
            // (a per-namespace convention such as NamespaceDoc or Constants) is no vocabulary of a domain.
            .Select(g => (Name: g.Key, Count: g.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() > 1 ? g.Count() : 1))
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
            if (TryTake(candidate))
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

    /// <summary>Takes a name unless it or its singular/plural twin is taken: Connection and Connections side by side read as one cell named twice.</summary>
    private bool TryTake(string name)
    {
        var stem = Signals.DomainWords.Stem(name);
        if (takenStems.Contains(stem) || !taken.Add(name))
        {
            return false;
        }

        takenStems.Add(stem);
        return true;
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
        segment.Length > 1 && !LayerWords.Contains(segment) && !Signals.DomainWords.Technical.Contains(segment) && !ConventionalNames.IsConventional(segment)
        && !prefixSegments.Contains(segment)
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
