using Modernize.Analysis.Cells.Community;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Quality;

/// <summary>
/// The literature's measures of a decomposition, over the types in cells (tissue left out). Formulas in docs/cells.md:
/// Newman's modularity Q with resolution γ on the weighted type graph, Jin et al.'s structural modularity SM, and
/// Mono2Micro's inter-partition call percentage ICP, interface number IFN and non-extreme distribution NED.
/// </summary>
public static class DecompositionMeasures
{
    /// <summary>NED's bounds: a cell of fewer or more types than this is extreme.</summary>
    public const int NonExtremeMin = 5;

    public const int NonExtremeMax = 20;

    public static DecompositionQuality Compute(CellContext context, Membership membership, ProposalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(settings);
        var members = context.Types.Select(t => t.Id).Where(id => membership.CellOfType(id) is not null).ToList();
        if (members.Count == 0)
        {
            return new DecompositionQuality(0, 0, 0, 0, 0);
        }

        var cellOf = members.ToDictionary(id => id, id => membership.CellOfType(id)!, StringComparer.Ordinal);
        var weighted = EdgeWeighting.Build(context, members, settings);
        var names = cellOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cellIndex = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var modularity = Modularity.Of(weighted, members.Select(m => cellIndex[cellOf[m]]).ToArray(), settings.ReportedResolution);
        var dependencies = context.Dependencies.Where(d => cellOf.ContainsKey(d.From) && cellOf.ContainsKey(d.To)).ToList();
        return new DecompositionQuality(
            Math.Round(modularity, 4),
            Math.Round(StructuralModularity(cellOf, dependencies), 4),
            Math.Round(InterPartitionCallPercentage(cellOf, dependencies), 4),
            Math.Round(InterfaceNumber(cellOf, dependencies), 4),
            Math.Round(NonExtremeDistribution(cellOf), 4));
    }

    /// <summary>SM = (1/K) Σ μ_i/N_i² − (2/(K(K−1))) Σ_{i&lt;j} σ_ij/(2 N_i N_j), μ and σ counting distinct directed type dependencies.</summary>
    public static double StructuralModularity(IReadOnlyDictionary<string, string> cellOf, IReadOnlyList<Dependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(cellOf);
        ArgumentNullException.ThrowIfNull(dependencies);
        var sizes = cellOf.Values.GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal);
        var k = sizes.Count;
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        var between = new Dictionary<(string, string), int>();
        foreach (var (from, to) in dependencies.Select(d => (cellOf[d.From], cellOf[d.To])))
        {
            if (from == to)
            {
                inside[from] = inside.GetValueOrDefault(from) + 1;
            }
            else
            {
                var key = string.CompareOrdinal(from, to) < 0 ? (from, to) : (to, from);
                between[key] = between.GetValueOrDefault(key) + 1;
            }
        }

        var cohesion = sizes.Sum(s => inside.GetValueOrDefault(s.Key) / (s.Value * s.Value)) / k;
        var coupling = k < 2 ? 0 : between.Sum(b => b.Value / (2 * sizes[b.Key.Item1] * sizes[b.Key.Item2])) / (k * (k - 1) / 2.0);
        return cohesion - coupling;
    }

    /// <summary>ICP = weight of references crossing cells ÷ weight of all references between types in cells.</summary>
    public static double InterPartitionCallPercentage(IReadOnlyDictionary<string, string> cellOf, IReadOnlyList<Dependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(cellOf);
        ArgumentNullException.ThrowIfNull(dependencies);
        var total = dependencies.Sum(d => (double)d.Weight);
        return total <= 0 ? 0 : dependencies.Where(d => cellOf[d.From] != cellOf[d.To]).Sum(d => (double)d.Weight) / total;
    }

    /// <summary>IFN = (1/K) Σ_i |types of cell i used from another cell|.</summary>
    public static double InterfaceNumber(IReadOnlyDictionary<string, string> cellOf, IReadOnlyList<Dependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(cellOf);
        ArgumentNullException.ThrowIfNull(dependencies);
        var k = cellOf.Values.Distinct(StringComparer.Ordinal).Count();
        var interfaces = dependencies.Where(d => cellOf[d.From] != cellOf[d.To]).Select(d => d.To).Distinct(StringComparer.Ordinal).Count();
        return k == 0 ? 0 : (double)interfaces / k;
    }

    /// <summary>NED = share of types in cells of <see cref="NonExtremeMin"/>..<see cref="NonExtremeMax"/> types (higher is better; Mono2Micro reports 1 − this).</summary>
    public static double NonExtremeDistribution(IReadOnlyDictionary<string, string> cellOf)
    {
        ArgumentNullException.ThrowIfNull(cellOf);
        if (cellOf.Count == 0)
        {
            return 0;
        }

        var nonExtreme = cellOf.Values.GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => g.Count())
            .Where(n => n is >= NonExtremeMin and <= NonExtremeMax)
            .Sum();
        return (double)nonExtreme / cellOf.Count;
    }
}
