using Modernize.Model.Cells;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// The seams of a decomposition: for each pair of cells, every type dependency crossing between them (both directions),
/// with kinds and sample lines, and the change coupling across; and for tissue, the dependencies it has on cells
/// (tissue should know no cell). Cell-to-tissue use is expected and not a seam.
/// </summary>
public static class SeamFinder
{
    public static IReadOnlyList<Seam> Find(CellContext context, Membership membership)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(membership);
        var crossing = new Dictionary<(string From, string To), List<Dependency>>();
        foreach (var dependency in context.Dependencies)
        {
            if (SideOf(dependency.From, dependency.To, membership) is { } key)
            {
                if (!crossing.TryGetValue(key, out var list))
                {
                    list = [];
                    crossing[key] = list;
                }

                list.Add(dependency);
            }
        }

        var changeCoupling = new Dictionary<(string, string), double>();
        foreach (var pair in context.ChangeCoupling)
        {
            if ((SideOf(pair.A, pair.B, membership) ?? SideOf(pair.B, pair.A, membership)) is { } key)
            {
                changeCoupling[key] = changeCoupling.GetValueOrDefault(key) + pair.Degree;
            }
        }

        return crossing
            .Select(x => new Seam(
                x.Key.From,
                x.Key.To,
                x.Value.Sum(d => d.Weight),
                Math.Round(changeCoupling.GetValueOrDefault(x.Key), 3),
                x.Value
                    .OrderByDescending(d => d.Weight)
                    .ThenBy(d => d.From, StringComparer.Ordinal)
                    .ThenBy(d => d.To, StringComparer.Ordinal)
                    .Select(d => new SeamDependency(d.From, d.To, d.Weight, d.Kinds, d.Samples))
                    .ToList()))
            .OrderByDescending(s => s.Weight)
            .ThenBy(s => s.From, StringComparer.Ordinal)
            .ThenBy(s => s.To, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The seam a dependency from <paramref name="from"/> to <paramref name="to"/> crosses, or null.</summary>
    private static (string From, string To)? SideOf(string from, string to, Membership membership)
    {
        if (!membership.CellOf.TryGetValue(from, out var a) || !membership.CellOf.TryGetValue(to, out var b) || a == b)
        {
            return null;
        }

        var fromCell = membership.IsCell(a);
        var toCell = membership.IsCell(b);
        if (fromCell && toCell)
        {
            return string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        }

        // Hosts wire every cell up by design: their dependencies are no seam.
        return !fromCell && toCell && membership.KindOf[a] == CellKind.Tissue ? (a, b) : null;
    }
}
