using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Signals;
using Modernize.Analysis.Cells.Sizing;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// The undirected weighted type graph that community detection and modularity read (formula in docs/cells.md):
/// w(u,v) = structure × S(u,v) / √(max(1, D_u/D̄)·max(1, D_v/D̄)) + unit × (changeCoupling × degree(u,v) + data × Σ_tables 1/(accessors − 1))
/// + naming × D̄' × similarity share(u,v),
/// where S sums both directions' kind-weighted strengths (source references and run-time wiring, an implementation behind an
/// interface divided by the interface's implementation count), D is a type's total S, D̄ the mean, the unit the mean
/// structural edge weight and D̄' the mean damped structural degree. Dividing by the degree above the mean keeps hubs from
/// swallowing the communities around them. Each signal is also kept apart, for the evidence of membership.
/// </summary>
public static class EdgeWeighting
{
    /// <summary>Tables with more accessors than this glue everything to everything: they add no data weight (they are reported as shared data).</summary>
    public const int MaxTableAccessors = 100;

    /// <param name="members">Type ids, node i of the graph being <c>members[i]</c>.</param>
    public static WeightedGraph Build(CellContext context, IReadOnlyList<string> members, ProposalSettings settings) =>
        BuildSignals(context, members, settings).Combined;

    /// <param name="members">Type ids, node i of the graph being <c>members[i]</c>.</param>
    /// <param name="layoutEdges">False: the layout key is chosen (<see cref="SignalGraph.Layout"/>) but adds no edges.</param>
    public static SignalGraph BuildSignals(CellContext context, IReadOnlyList<string> members, ProposalSettings settings, bool layoutEdges = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(settings);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            index[members[i]] = i;
        }

        var signals = new SignalGraph(members);
        var structure = new Dictionary<(int, int), double>();
        var wiringShare = new Dictionary<(int, int), double>();
        foreach (var dependency in context.Dependencies)
        {
            if (index.TryGetValue(dependency.From, out var a) && index.TryGetValue(dependency.To, out var b))
            {
                Add(structure, a, b, dependency.Strength);
            }
        }

        var implementations = ImplementationCounts(context);
        var outbound = context.Dependencies.ToLookup(d => d.From, StringComparer.Ordinal);
        foreach (var dependency in context.Wiring)
        {
            if (index.TryGetValue(dependency.From, out var a) && index.TryGetValue(dependency.To, out var b))
            {
                var strength = settings.WiringWeight * WiringStrength(dependency, implementations, outbound);
                Add(structure, a, b, strength);
                Add(wiringShare, a, b, strength);
            }
        }

        var degree = new double[members.Count];
        foreach (var ((a, b), weight) in structure)
        {
            degree[a] += weight;
            degree[b] += weight;
        }

        var meanDegree = members.Count == 0 ? 1 : Math.Max(degree.Average(), 1e-9);
        var total = 0.0;
        foreach (var ((a, b), weight) in structure.OrderBy(e => e.Key))
        {
            var damping = Math.Sqrt(Math.Max(1, degree[a] / meanDegree) * Math.Max(1, degree[b] / meanDegree));
            var damped = settings.StructureWeight * weight / damping;
            total += damped;
            var wired = wiringShare.GetValueOrDefault((a, b));
            signals.Add(Signal.Structure, a, b, damped * (1 - (wired / weight)));
            signals.Add(Signal.Wiring, a, b, damped * wired / weight);
        }

        var unit = structure.Count == 0 ? 1 : Math.Max(total / structure.Count, 1e-9);
        if (settings.ChangeCouplingWeight > 0)
        {
            foreach (var pair in context.ChangeCoupling)
            {
                if (index.TryGetValue(pair.A, out var a) && index.TryGetValue(pair.B, out var b))
                {
                    signals.Add(Signal.ChangeCoupling, a, b, settings.ChangeCouplingWeight * unit * pair.Degree);
                }
            }
        }

        if (settings.DataWeight > 0)
        {
            foreach (var accessors in AccessorsByTable(context, index).Values)
            {
                if (accessors.Count < 2 || accessors.Count > MaxTableAccessors)
                {
                    continue;
                }

                var share = settings.DataWeight * unit / (accessors.Count - 1);
                for (var i = 0; i < accessors.Count; i++)
                {
                    for (var j = i + 1; j < accessors.Count; j++)
                    {
                        signals.Add(Signal.Data, accessors[i], accessors[j], share);
                    }
                }
            }
        }

        var projectNames = context.ProjectNames;
        var typicalDegree = members.Count == 0 ? unit : Math.Max(2 * total / members.Count, unit);
        if (settings.LayoutWeight > 0)
        {
            var structural = new WeightedGraph(members.Count);
            foreach (var (a, b) in structure.Keys.Order())
            {
                structural.AddEdge(a, b, signals.Weight(Signal.Structure, a, b) + signals.Weight(Signal.Wiring, a, b));
            }

            var memberTypes = members.Select(m => context.TypeById[m]).ToList();
            if (LayoutSignal.Choose(memberTypes, projectNames, structural, settings.Seed, settings.MaxCells, context.Communities, settings.Modules, CellSizeRule.TeamSize(settings, memberTypes.Count)) is { } layout)
            {
                // A type's layout degree is about LayoutWeight × fit times a typical type's damped structural degree.
                var edges = layoutEdges ? LayoutSignal.Edges(layout, settings.LayoutWeight * typicalDegree, settings.Seed) : [];
                foreach (var ((a, b), weight) in edges.OrderBy(e => e.Key))
                {
                    signals.Add(Signal.Layout, a, b, weight);
                }

                signals.Layout = layout;
            }
        }

        if (settings.NamingWeight > 0 && members.Count > 2)
        {
            // A type's naming degree is about NamingWeight times a typical type's damped structural degree.
            var budget = settings.NamingWeight * typicalDegree;
            var (edges, vectors) = NamingSignal.Build(members.Select(m => context.TypeById[m]).ToList(), projectNames, budget, settings.Seed);
            foreach (var ((a, b), weight) in edges.OrderBy(e => e.Key))
            {
                signals.Add(Signal.Naming, a, b, weight);
            }

            signals.Vectors = vectors;
        }

        return signals;
    }

    /// <summary>An implementation behind an interface shares the interface's pull among all its implementations.</summary>
    private static double WiringStrength(Dependency dependency, Dictionary<string, int> implementations, ILookup<string, Dependency> outbound)
    {
        var strength = 0.0;
        foreach (var (kind, count) in dependency.Kinds)
        {
            var weight = DependencyWeights.Of(kind) * count;
            if (kind == DependencyKind.ImplementationBehindInterface)
            {
                var implemented = outbound[dependency.To].Where(d => d.Kinds.ContainsKey(DependencyKind.InterfaceImplementation)).Select(d => d.To).ToHashSet(StringComparer.Ordinal);
                var n = outbound[dependency.From]
                    .Where(d => implemented.Contains(d.To) && implementations.ContainsKey(d.To))
                    .Select(d => implementations[d.To])
                    .DefaultIfEmpty(1)
                    .Min();
                weight /= Math.Max(1, n);
            }

            strength += weight;
        }

        return strength;
    }

    /// <summary>Per interface of the solution, how many solution types implement it (only interfaces with two or more).</summary>
    private static Dictionary<string, int> ImplementationCounts(CellContext context) => context.Dependencies
        .Where(d => d.Kinds.ContainsKey(DependencyKind.InterfaceImplementation))
        .GroupBy(d => d.To, StringComparer.Ordinal)
        .Where(g => g.Count() > 1)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static void Add(Dictionary<(int, int), double> edges, int a, int b, double weight)
    {
        var key = a < b ? (a, b) : (b, a);
        edges[key] = edges.GetValueOrDefault(key) + weight;
    }

    private static SortedDictionary<string, List<int>> AccessorsByTable(CellContext context, Dictionary<string, int> index)
    {
        var result = new SortedDictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        // A generic repository's entity is already a static reference (the field's type argument); weighed again as shared
        // data it only moved SmartStoreNET's preliminary partition across the tissue knife-edge (decision 92).
        foreach (var access in context.DataAccesses.Where(a => a.Kind != DataAccessKind.Repository))
        {
            if (!index.TryGetValue(access.From, out var node))
            {
                continue;
            }

            if (!result.TryGetValue(access.Target, out var list))
            {
                list = [];
                result[access.Target] = list;
            }

            if (!list.Contains(node))
            {
                list.Add(node);
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort();
        }

        return result;
    }
}
