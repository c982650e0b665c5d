using System.Collections.Concurrent;
using Modernize.Analysis.Graphs;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// The part of a scan that cells are made of: the types left after the proposal's exclude globs (sorted by id, which fixes
/// every iteration order downstream), the dependencies between them, their change coupling and their data access.
/// </summary>
public sealed class CellContext
{
    // Globs compile their regular expressions; the same few exclude patterns come back on every scan.
    private static readonly ConcurrentDictionary<string, Glob> PathGlobs = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Glob> NameGlobs = new(StringComparer.Ordinal);

    private CellContext(
        CodeGraph graph,
        AnalysisResult analysis,
        ModernizeConfig config,
        IReadOnlyList<TypeNode> types,
        IReadOnlyList<Dependency> dependencies,
        IReadOnlyList<Dependency> wiring,
        IReadOnlyList<TypeChangeCoupling> changeCoupling,
        CommunityCache communities)
    {
        Communities = communities;
        Wiring = wiring;
        Graph = graph;
        Analysis = analysis;
        Config = config;
        Types = types;
        TypeById = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Dependencies = dependencies;
        ChangeCoupling = changeCoupling;
        DataAccesses = graph.DataAccesses.Where(d => TypeById.ContainsKey(d.From)).ToList();
        ProjectNames = graph.Projects.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    public CodeGraph Graph { get; }

    public AnalysisResult Analysis { get; }

    public ModernizeConfig Config { get; }

    public IReadOnlyList<TypeNode> Types { get; }

    public IReadOnlyDictionary<string, TypeNode> TypeById { get; }

    /// <summary>Type dependencies whose both ends are in scope, self-dependencies dropped, in (from, to) order.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>Run-time wiring edges (<see cref="CodeGraph.Wiring"/>) whose both ends are in scope, in (from, to) order.</summary>
    public IReadOnlyList<Dependency> Wiring { get; }

    public IReadOnlyList<TypeChangeCoupling> ChangeCoupling { get; }

    public IReadOnlyList<DataAccess> DataAccesses { get; }

    /// <summary>Each project's name by its path (the first listed, should a path repeat).</summary>
    public IReadOnlyDictionary<string, string> ProjectNames { get; }

    /// <summary>A project's name, or its file name without extension when the graph lists no project at that path.</summary>
    public string ProjectName(string path) => ProjectNames.TryGetValue(path, out var name) ? name : Path.GetFileNameWithoutExtension(path);

    /// <summary>Where community detection over this context's graphs is reused from, when its inputs are unchanged.</summary>
    public CommunityCache Communities { get; }

    /// <param name="communities">The scan's community detection cache; none: every detection is computed.</param>
    public static CellContext Create(CodeGraph graph, AnalysisResult analysis, ModernizeConfig config, CommunityCache? communities = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(config);
        var excludes = config.Proposal.ExcludeGlobs.Where(g => Glob.Problem(g) is null).ToList();
        var pathGlobs = excludes.Select(g => PathGlobs.GetOrAdd(g, Glob.ForPaths)).ToList();
        var nameGlobs = excludes.Where(g => !g.Contains('/', StringComparison.Ordinal)).Select(g => NameGlobs.GetOrAdd(g, Glob.ForNames)).ToList();
        // The default scope also leaves out projects compiled against a test framework, however they are named
        // (MVCForumAutomation's Selenium tests); an exclude list of the user's own replaces both.
        var testProjects = config.Proposal.Exclude is null
            ? graph.Projects.Where(TestFrameworks.AreReferencedBy).Select(p => p.Path).ToHashSet(StringComparer.Ordinal)
            : [];
        // Cells keep generated types (the metrics' scope, ScopedGraph.Create, drops them by default).
        var types = ScopedGraph.TypesWhere(
                graph.Types,
                t => !testProjects.Contains(t.Project) && !pathGlobs.Any(g => g.IsMatch(t.Project) || g.IsMatch(t.File)) && !nameGlobs.Any(g => g.MatchesTypeOrNamespace(t.Id, t.Namespace)))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var ids = types.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return new CellContext(graph, analysis, config, types, InScope(graph.Dependencies, ids), InScope(graph.Wiring, ids), TypeChangeCoupling.From(types, analysis), communities ?? new CommunityCache());
    }

    private static List<Dependency> InScope(IReadOnlyList<Dependency> dependencies, HashSet<string> ids) => ScopedGraph.DependenciesBetween(dependencies, ids)
        .OrderBy(d => d.From, StringComparer.Ordinal)
        .ThenBy(d => d.To, StringComparer.Ordinal)
        .ToList();
}
