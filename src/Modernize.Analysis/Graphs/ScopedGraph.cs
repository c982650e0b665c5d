using Modernize.Model.Graph;

namespace Modernize.Analysis.Graphs;

/// <summary>
/// The part of a code graph the architecture analysis looks at: the solution's own types (generated ones left out unless asked),
/// the type-to-type dependencies between them, and those dependencies rolled up to namespaces and projects.
/// </summary>
public sealed class ScopedGraph
{
    /// <summary>Name used for types in the global namespace.</summary>
    public const string GlobalNamespace = "(global)";

    private ScopedGraph(CodeGraph source, IReadOnlyList<TypeNode> types, IReadOnlyList<Dependency> typeDependencies)
    {
        Source = source;
        Types = types;
        TypeById = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
        TypeDependencies = typeDependencies;
        var scoped = source with { Types = types, Dependencies = typeDependencies };
        NamespaceDependencies = GraphAggregation.Aggregate(scoped, NamespaceOf);
        ProjectDependencies = GraphAggregation.ToProjects(scoped);
    }

    public CodeGraph Source { get; }

    public IReadOnlyList<TypeNode> Types { get; }

    public IReadOnlyDictionary<string, TypeNode> TypeById { get; }

    /// <summary>Dependencies between two different types in scope.</summary>
    public IReadOnlyList<Dependency> TypeDependencies { get; }

    public IReadOnlyList<Dependency> NamespaceDependencies { get; }

    public IReadOnlyList<Dependency> ProjectDependencies { get; }

    public static ScopedGraph Create(CodeGraph graph, bool includeGenerated = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var types = TypesWhere(graph.Types, t => includeGenerated || !t.Generated);
        var ids = types.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return new ScopedGraph(graph, types, DependenciesBetween(graph.Dependencies, ids));
    }

    /// <summary>
    /// The types that pass <paramref name="inScope"/>, one per id (the first seen: multi-targeted projects list a type once per
    /// target framework), in the graph's order. The one scoping rule; callers choose only the predicate.
    /// </summary>
    public static List<TypeNode> TypesWhere(IEnumerable<TypeNode> types, Func<TypeNode, bool> inScope) => types
        .Where(inScope)
        .GroupBy(t => t.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .ToList();

    /// <summary>Dependencies between two different types of <paramref name="typeIds"/>, repeated pairs merged into one, in first-seen order.</summary>
    public static List<Dependency> DependenciesBetween(IEnumerable<Dependency> dependencies, IReadOnlySet<string> typeIds) => dependencies
        .Where(d => d.From != d.To && typeIds.Contains(d.From) && typeIds.Contains(d.To))
        .GroupBy(d => (d.From, d.To))
        .Select(g => g.Count() == 1 ? g.First() : GraphAggregation.Merge(g.Key.From, g.Key.To, g))
        .ToList();

    public static string NamespaceOf(TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Namespace.Length == 0 ? GlobalNamespace : type.Namespace;
    }

    /// <summary>The package a type belongs to at <paramref name="level"/> (project path or namespace).</summary>
    public static Func<TypeNode, string> PackageOf(Model.Analysis.PackageLevel level) => level switch
    {
        Model.Analysis.PackageLevel.Project => t => t.Project,
        Model.Analysis.PackageLevel.Namespace => NamespaceOf,
        Model.Analysis.PackageLevel.Type => t => t.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "packages are projects, namespaces or types"),
    };

    public IReadOnlyList<Dependency> DependenciesAt(Model.Analysis.PackageLevel level) => level switch
    {
        Model.Analysis.PackageLevel.Project => ProjectDependencies,
        Model.Analysis.PackageLevel.Namespace => NamespaceDependencies,
        Model.Analysis.PackageLevel.Type => TypeDependencies,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "dependencies exist between projects, namespaces or types"),
    };
}
