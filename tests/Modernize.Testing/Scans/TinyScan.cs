using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Testing.Scans;

/// <summary>Builds small hand-made scans whose KPIs and diffs can be worked out on paper.</summary>
public sealed class TinyScan
{
    private readonly List<TypeNode> types = [];
    private readonly List<Dependency> dependencies = [];
    private readonly List<Finding> findings = [];
    private readonly List<Cell> cells = [];
    private readonly List<Cycle> cycles = [];
    private readonly List<PackageMetrics> metrics = [];
    private readonly List<LegacyBlocker> blockers = [];
    private double modularity;

    /// <summary>A type in namespace <c>N.{cell}</c> with <paramref name="lines"/> source lines.</summary>
    public TinyScan Type(string id, int lines, bool generated = false)
    {
        var ns = id.Contains('.', StringComparison.Ordinal) ? id[..id.LastIndexOf('.')] : string.Empty;
        types.Add(new TypeNode(id, id[(id.LastIndexOf('.') + 1)..], TypeKind.Class, "src/App/App.csproj", ns, $"src/{id}.cs", 1, generated, false, TypeMetrics.Empty with { SourceLines = lines }, []));
        return this;
    }

    public TinyScan Depends(string from, string to, int weight)
    {
        dependencies.Add(new Dependency(from, to, weight, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = weight }, [new SourceLocation($"src/{from}.cs", 2)]));
        return this;
    }

    public TinyScan Finding(string ruleId, params string[] symbols)
    {
        findings.Add(new Finding(ruleId, Severity.Warning, ruleId + " on " + string.Join(", ", symbols), symbols, [], Fingerprint.Of(ruleId, symbols)));
        return this;
    }

    public TinyScan Cell(string name, CellKind kind, params string[] members)
    {
        cells.Add(new Cell(name, kind, CellOrigin.Proposed, null, members, 50, new CellScore(0.5, 1, 1, 0, 0, 0, 10, 0), []));
        return this;
    }

    public TinyScan NamespaceCycle(params string[] members)
    {
        cycles.Add(new Cycle(PackageLevel.Namespace, members, members.Length, []));
        return this;
    }

    public TinyScan NamespaceDistance(string ns, double distance)
    {
        metrics.Add(new PackageMetrics(PackageLevel.Namespace, ns, 1, 0, 1, 1, 0.5, 0, distance, 1));
        return this;
    }

    public TinyScan Blocker(string id, int points)
    {
        blockers.Add(new LegacyBlocker("src/App/App.csproj", id, id, "replace it", points, 1, []));
        return this;
    }

    public TinyScan Modularity(double q)
    {
        modularity = q;
        return this;
    }

    public ScanDocument Build(string identity = "repo::App.sln", DateTimeOffset? startedAt = null, string? commit = null)
    {
        var cellsResult = new CellsResult(CellOrigin.Proposed, cells.ToList(), [], [], [], new DecompositionQuality(modularity, 0, 0, 0, 0), []);
        return new ScanDocument(
            new ScanInfo(identity, "App.sln", "/src/app", "0.1.0", startedAt ?? new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(3), commit, "main", false, new Dictionary<string, string>()),
            new CodeGraph([], types.ToList(), dependencies.ToList(), [], [], [], []),
            new AnalysisResult(metrics.ToList(), cycles.ToList(), findings.ToList(), blockers.ToList(), [], [], []),
            cellsResult,
            null,
            [],
            []);
    }
}
