using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>
/// Splits the wiring kinds off the references written in source (they would close false cycles: a handler names its message,
/// the message "reaches" its handler) and draws the wiring that needs the whole solution: the type creating a message or
/// integration event reaches its handlers, and a type using an interface reaches the interface's implementations (at most
/// <see cref="MaxImplementations"/>; the cells analysis weighs each down by their number).
/// </summary>
internal static class WiringLinker
{
    public const int MaxImplementations = 8;

    /// <summary>The source dependency and the wiring dependency one tally splits into (either may be null).</summary>
    public static (Dependency? Source, Dependency? Wiring) Split(string from, string to, IReadOnlyDictionary<DependencyKind, int> kinds, IReadOnlyList<SourceLocation> samples)
    {
        var source = kinds.Where(k => !DependencyWeights.IsWiring(k.Key)).ToDictionary(k => k.Key, k => k.Value);
        var wiring = kinds.Where(k => DependencyWeights.IsWiring(k.Key)).ToDictionary(k => k.Key, k => k.Value);
        return (
            source.Count == 0 ? null : new Dependency(from, to, source.Values.Sum(), source, samples),
            wiring.Count == 0 ? null : new Dependency(from, to, wiring.Values.Sum(), wiring, samples));
    }

    /// <summary>The wiring recorded per document plus the solution-wide links, merged per pair and sorted.</summary>
    public static List<Dependency> Link(IReadOnlyList<Dependency> dependencies, IReadOnlyList<Dependency> recorded, IReadOnlyDictionary<string, TypeNode> types)
    {
        var all = new List<Dependency>(recorded);
        var creators = dependencies.Where(d => d.Kinds.ContainsKey(DependencyKind.ObjectCreation)).ToLookup(d => d.To, StringComparer.Ordinal);
        foreach (var handled in recorded)
        {
            foreach (var kind in new[] { DependencyKind.MediatorHandler, DependencyKind.IntegrationEvent }.Where(handled.Kinds.ContainsKey))
            {
                foreach (var sender in creators[handled.From].Where(c => c.From != handled.To))
                {
                    all.Add(new Dependency(sender.From, handled.To, 1, new Dictionary<DependencyKind, int> { [kind] = 1 }, sender.Samples.Take(1).ToList()));
                }
            }
        }

        var implementers = dependencies.Where(d => d.Kinds.ContainsKey(DependencyKind.InterfaceImplementation) && types.TryGetValue(d.To, out var t) && t.Kind == TypeKind.Interface)
            .ToLookup(d => d.To, d => d.From, StringComparer.Ordinal);
        foreach (var use in dependencies.Where(d => implementers.Contains(d.To) && !d.Kinds.ContainsKey(DependencyKind.InterfaceImplementation) && !d.Kinds.ContainsKey(DependencyKind.Inheritance)))
        {
            var implementations = implementers[use.To].ToList();
            if (implementations.Count > MaxImplementations || implementations.Contains(use.From))
            {
                continue;
            }

            foreach (var implementation in implementations)
            {
                all.Add(new Dependency(use.From, implementation, 1, new Dictionary<DependencyKind, int> { [DependencyKind.ImplementationBehindInterface] = 1 }, use.Samples.Take(1).ToList()));
            }
        }

        return all
            .Where(d => d.From != d.To && types.ContainsKey(d.From) && types.ContainsKey(d.To))
            .GroupBy(d => (d.From, d.To))
            .Select(g => g.Count() == 1 ? g.First() : GraphAggregation.Merge(g.Key.From, g.Key.To, g))
            .OrderBy(d => d.From, StringComparer.Ordinal)
            .ThenBy(d => d.To, StringComparer.Ordinal)
            .ToList();
    }
}
