using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Names a proposed cell after the namespace segment most of its members share, skipping technical layer words
/// (<see cref="DomainWords.Technical"/>) and the company/product prefix that most of the solution shares; otherwise after the
/// domain word most of its type names share (Order from Order, OrderLine and OrderController, even when the namespaces only say
/// Controllers and Maps), then to "Cell". Names are made unique with a numeric suffix only as a last resort.
/// </summary>
public sealed class CellNaming
{
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

    public string Name(IReadOnlyList<TypeNode> members)
    {
        ArgumentNullException.ThrowIfNull(members);

        // Domain segments of namespaces, folders and project names, most shared first; then the domain words of type names.
        var segments = members
            .SelectMany(t => Segments(t).Concat(FolderSegments(t)).Where(IsDomainSegment).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First(), Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var words = members
            .SelectMany(t => DomainWords.OfTypeNameAsWritten(t.Name).DistinctBy(w => w.Stem))
            .GroupBy(w => w.Stem, StringComparer.Ordinal)
            .Select(g => (Name: AsWritten(g.Select(w => w.Word)), Count: g.Count()))
            .Where(g => g.Count > 1)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

        // A name must cover a fair share of the members to speak for them: a shared segment first, then a shared word of the
        // type names. A name another cell took gives way to the next candidate; a numbered suffix is the last resort.
        var candidates = segments.Where(g => Covers(g.Count, members.Count)).Select(g => g.Name)
            .Concat(words.Where(g => Covers(g.Count, members.Count)).Select(g => g.Name))
            .Concat(words.Take(3).Select(g => g.Name))
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

        return Unique(candidates.FirstOrDefault() ?? "Cell");
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
        segment.Length > 1 && !DomainWords.Technical.Contains(segment) && !prefixSegments.Contains(segment)
        && !segment.All(char.IsDigit) && char.IsLetter(segment[0]);

    private static string[] Segments(TypeNode type) => type.Namespace.Split('.', StringSplitOptions.RemoveEmptyEntries);

    private static bool Covers(int count, int members) => count * 10 >= members * 3;

    /// <summary>The form a word is most often written in; the shorter on a tie (Order before Orders).</summary>
    private static string AsWritten(IEnumerable<string> forms) => forms
        .GroupBy(f => f, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key.Length)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;
}
