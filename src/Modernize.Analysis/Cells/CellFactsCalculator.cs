using Modernize.Model.Analysis;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>Measures every cell and tissue element of a decomposition (see <see cref="CellFacts"/>).</summary>
public static class CellFactsCalculator
{
    public static IReadOnlyList<CellFacts> Measure(CellContext context, Membership membership, IReadOnlyList<SharedTable> sharedTables)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(sharedTables);
        var cycleSides = CycleSides(context, membership);
        var blockersByFile = context.Analysis.Blockers
            .SelectMany(b => b.Incidents.Where(i => i.Location is not null).Select(i => (Blocker: b, File: i.Location!.File)))
            .ToLookup(x => x.File, x => x.Blocker, StringComparer.Ordinal);
        return membership.Drafts.Select(draft => Measure(context, membership, draft, sharedTables, cycleSides, blockersByFile)).ToList();
    }

    private static CellFacts Measure(
        CellContext context,
        Membership membership,
        CellDraft draft,
        IReadOnlyList<SharedTable> sharedTables,
        IReadOnlyList<(Cycle Cycle, HashSet<string> Sides)> cycleSides,
        ILookup<string, LegacyBlocker> blockersByFile)
    {
        var members = draft.Members.ToHashSet(StringComparer.Ordinal);
        double inside = 0, outbound = 0, inbound = 0, onTissue = 0;
        var inboundByCell = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var interfaceTypes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dependency in context.Dependencies)
        {
            var fromIn = members.Contains(dependency.From);
            var toIn = members.Contains(dependency.To);
            if (fromIn && toIn)
            {
                inside += dependency.Strength;
            }
            else if (fromIn && membership.CellOf.TryGetValue(dependency.To, out var target))
            {
                if (membership.IsCell(target))
                {
                    outbound += dependency.Strength;
                }
                else
                {
                    onTissue += dependency.Strength;
                }
            }
            else if (toIn && membership.CellOfType(dependency.From) is { } source)
            {
                inbound += dependency.Strength;
                inboundByCell[source] = inboundByCell.GetValueOrDefault(source) + dependency.Strength;
                interfaceTypes.Add(dependency.To);
            }
        }

        var changeCoupling = context.ChangeCoupling
            .Where(p => members.Contains(p.A) != members.Contains(p.B))
            .Where(p => membership.CellOfType(members.Contains(p.A) ? p.B : p.A) is not null)
            .Sum(p => p.Degree);
        var memberTypes = draft.Members.Where(context.TypeById.ContainsKey).Select(m => context.TypeById[m]).ToList();
        var files = memberTypes.SelectMany(t => t.AllFiles).ToHashSet(StringComparer.Ordinal);
        var blockers = files
            .SelectMany(f => blockersByFile[f].Select(b => (Blocker: b, File: f)))
            .GroupBy(x => (x.Blocker.Project, x.Blocker.Id))
            .Select(g => (Id: g.Key.Id, g.First().Blocker.Points, Incidents: g.First().Blocker.Incidents.Count(i => i.Location is not null && files.Contains(i.Location.File))))
            .OrderBy(b => b.Id, StringComparer.Ordinal)
            .ToList();
        return new CellFacts(
            draft,
            inside,
            outbound,
            inbound,
            onTissue,
            inboundByCell,
            interfaceTypes.ToList(),
            sharedTables.Where(t => t.Cells.Contains(draft.Name)).ToList(),
            cycleSides.Where(c => c.Sides.Count > 1 && c.Sides.Contains(draft.Name)).Select(c => c.Cycle).ToList(),
            changeCoupling,
            memberTypes.Sum(t => t.Metrics.SourceLines),
            blockers);
    }

    /// <summary>The cells and tissue each cycle touches: type cycles by their members, namespace cycles by the element holding most of each namespace's types.</summary>
    private static List<(Cycle Cycle, HashSet<string> Sides)> CycleSides(CellContext context, Membership membership)
    {
        var namespaceOwner = context.Types
            .Where(t => membership.CellOf.ContainsKey(t.Id))
            .GroupBy(t => t.Namespace, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(t => membership.CellOf[t.Id], StringComparer.Ordinal)
                    .OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);
        var result = new List<(Cycle, HashSet<string>)>();
        foreach (var cycle in context.Analysis.Cycles)
        {
            var owners = cycle.Level switch
            {
                PackageLevel.Type => cycle.Members.Select(m => membership.CellOf.GetValueOrDefault(m)),
                PackageLevel.Namespace => cycle.Members.Select(m => namespaceOwner.GetValueOrDefault(m == "(global)" ? string.Empty : m)),
                _ => [],
            };
            result.Add((cycle, owners.OfType<string>().ToHashSet(StringComparer.Ordinal)));
        }

        return result;
    }
}
