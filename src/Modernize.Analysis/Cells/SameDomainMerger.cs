using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Joins cells that are one domain cut apart by use case or layer: a single-entity solution's UpdateContributor,
/// DeleteContributor and ListContributors, each a tight clique of endpoint, request, handler and validator that modularity
/// separates, all about <c>Contributor</c>. Two cells join when they have the same noun (the domain word most of the type
/// names of each carry, at least the share set) and one references the other in code. Services that talk only at run time (eShop's
/// PaymentProcessor and Ordering, both about orders, linked by integration events) stay apart: the code keeps them apart.
/// The joined cells come back as the sub-cells of the joined one when it is large enough to have them. A joined cell may
/// exceed <see cref="Model.Configuration.ProposalSettings.MaxCellShare"/>: a single-domain solution is one cell.
/// </summary>
public static class SameDomainMerger
{
    /// <param name="cells">The cells, each a list of types.</param>
    /// <param name="dependencies">The static type dependencies (compile-time references; run-time wiring and naming do not count).</param>
    /// <param name="naming">Knows the product's own words (a shared namespace prefix), which are nobody's domain.</param>
    /// <param name="minNounShare">The share of a cell's distinct type names that must carry a word for the cell to be about it (<c>proposal.modules.sameDomainNounShare</c>).</param>
    public static List<JoinedCell> Merge(List<List<TypeNode>> cells, IReadOnlyList<Dependency> dependencies, CellNaming naming, double minNounShare)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(dependencies);
        ArgumentNullException.ThrowIfNull(naming);
        var nouns = cells.Select(c => NounsOf(c, naming, minNounShare)).ToArray();
        var cellOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < cells.Count; c++)
        {
            foreach (var type in cells[c])
            {
                cellOf[type.Id] = c;
            }
        }

        var root = Enumerable.Range(0, cells.Count).ToArray();
        int Find(int c) => root[c] == c ? c : root[c] = Find(root[c]);
        foreach (var dependency in dependencies)
        {
            if (cellOf.TryGetValue(dependency.From, out var a) && cellOf.TryGetValue(dependency.To, out var b) && a != b && nouns[a].Overlaps(nouns[b]))
            {
                root[Find(b)] = Find(a);
            }
        }

        return Enumerable.Range(0, cells.Count)
            .GroupBy(Find)
            .Select(g => new JoinedCell(g.SelectMany(c => cells[c]).OrderBy(t => t.Id, StringComparer.Ordinal).ToList(), g.Count(), g.Count() > 1 ? SharedNoun(g.Select(c => nouns[c]).ToList()) : null))
            .OrderByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0].Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The cell's nouns: the domain words the most of its distinct type names carry (several on a tie: PlaceOrder's handler,
    /// command and endpoint carry both place and order), when at least <paramref name="minNounShare"/> of them do; the
    /// product's own words left out. A word that is only one of a cell's majority words is no noun of it: a cell of
    /// PostHtmlEditor types would otherwise join every cell about posts, about editors and about HTML, and those their own.
    /// </summary>
    internal static HashSet<string> NounsOf(IReadOnlyCollection<TypeNode> cell, CellNaming naming, double minNounShare)
    {
        var names = cell.Select(t => t.Name.Split('`')[0]).Distinct(StringComparer.Ordinal).ToList();
        var counts = names
            .SelectMany(n => DomainWords.OfTypeNameAsWritten(n).Where(w => !naming.IsProductWord(w.Word)).Select(w => w.Stem).Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .ToList();
        var top = counts.Count == 0 ? 0 : counts.Max(c => c.Count);
        return counts.Where(c => c.Count == top && c.Count >= minNounShare * names.Count).Select(c => c.Word).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The noun the joined cells have in common (the first in order when they share several), for the explanation.</summary>
    private static string SharedNoun(List<HashSet<string>> nouns) =>
        nouns.Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault()
        ?? nouns.SelectMany(n => n).GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}

/// <summary>A cell after <see cref="SameDomainMerger"/>: its members, how many cells of the partition it joins, and the noun they shared (when it joins several).</summary>
public sealed record JoinedCell(List<TypeNode> Members, int Parts, string? Noun);
