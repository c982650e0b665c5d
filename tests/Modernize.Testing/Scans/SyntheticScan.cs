using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;

namespace Modernize.Testing.Scans;

/// <summary>Size of a synthetic solution: projects × types per project, each type with a few dependencies.</summary>
public sealed record SyntheticShape(int Projects, int TypesPerProject, int DependenciesPerType)
{
    public static SyntheticShape Small { get; } = new(4, 20, 3);

    /// <summary>About 300,000 source lines: 15,000 types of ~20 lines, 60,000 dependencies.</summary>
    public static SyntheticShape Large { get; } = new(50, 300, 4);
}

/// <summary>
/// Deterministic, realistic scans for store tests and benchmarks: projects grouped into cells (the last group is tissue),
/// namespaces of 25 types, dependencies mostly within a project, findings, blockers, cycles, metrics and KPIs.
/// <c>revision</c> makes the small changes that happen between two commits: one project's types and dependencies change.
/// </summary>
public static class SyntheticScan
{
    public static ScanDocument Create(SyntheticShape shape, string identity = "github.com/example/shop.git::Shop.sln", int revision = 0, DateTimeOffset? startedAt = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
#pragma warning disable CA5394 // Deterministic test data, not security.
        var types = new List<TypeNode>();
        var files = new List<SourceFile>();
        var projects = new List<ProjectInfo>();
        var changedProject = revision % shape.Projects;
        for (var p = 0; p < shape.Projects; p++)
        {
            var projectPath = $"src/Shop.P{p:00}/Shop.P{p:00}.csproj";
            projects.Add(new ProjectInfo(
                $"Shop.P{p:00}", projectPath, "C#", ["net48"], ProjectStyle.Legacy,
                new ProjectFidelity(LoadMode.MsBuild, shape.TypesPerProject, 0, 1000 + p, p % 3, p % 3 == 0 ? [] : ["System.Web"], []),
                [new PackageReferenceInfo("Newtonsoft.Json", "12.0.3", "packages.config", true)],
                ["System", "System.Data", "System.Web"],
                p > 0 ? [$"src/Shop.P{p - 1:00}/Shop.P{p - 1:00}.csproj"] : []));
            for (var t = 0; t < shape.TypesPerProject; t++)
            {
                var ns = $"Shop.P{p:00}.N{t / 25:00}";
                var file = $"src/Shop.P{p:00}/N{t / 25:00}/T{t:000}.cs";
                var random = new Random((p * 100_000) + t);
                var complexity = 1 + random.Next(30) + (p == changedProject ? revision % 7 : 0);
                var lines = 8 + random.Next(30);
                types.Add(new TypeNode(
                    $"{ns}.T{t:000}", $"T{t:000}", t % 10 == 0 ? TypeKind.Interface : TypeKind.Class, projectPath, ns, file, 3,
                    false, t % 10 == 0,
                    new TypeMetrics(complexity, random.Next(40), 1 + random.Next(4), 40 + random.Next(60), lines, lines / 2, 1 + random.Next(12), random.Next(6)),
                    []));
                files.Add(new SourceFile(file, projectPath, lines + 6, false, $"{p:x4}{t:x4}{(p == changedProject ? revision : 0):x8}"));
            }
        }

        var dependencies = new List<Dependency>();
        foreach (var (from, index) in types.Select((t, i) => (t, i)))
        {
            var random = new Random(index + 7);
            var targets = new HashSet<string>(StringComparer.Ordinal);
            var p = int.Parse(from.Project.AsSpan(10, 2), System.Globalization.CultureInfo.InvariantCulture);
            var count = shape.DependenciesPerType + (p == changedProject && revision > 0 ? 1 : 0);
            while (targets.Count < count)
            {
                var otherProject = random.Next(10) < 8 ? p : random.Next(shape.Projects);
                var target = types[(otherProject * shape.TypesPerProject) + random.Next(shape.TypesPerProject)];
                if (target.Id != from.Id)
                {
                    targets.Add(target.Id);
                }
            }

            foreach (var to in targets.Order(StringComparer.Ordinal))
            {
                var calls = 1 + random.Next(5);
                var kinds = new SortedDictionary<DependencyKind, int> { [DependencyKind.MethodCall] = calls };
                if (random.Next(4) == 0)
                {
                    kinds[DependencyKind.FieldType] = 1;
                }

                var samples = Enumerable.Range(0, 1 + random.Next(3)).Select(i => new SourceLocation(from.File, 10 + (i * 7))).ToList();
                dependencies.Add(new Dependency(from.Id, to, kinds.Values.Sum(), kinds, samples));
            }
        }
#pragma warning restore CA5394

        var namespaces = types.GroupBy(t => t.Namespace).Select(g => g.Key).ToList();
        var metrics = namespaces.Select((ns, i) => new PackageMetrics(PackageLevel.Namespace, ns, 25, 3, 4 + (i % 9), 7 + (i % 5), 0.6, 0.12, Math.Round(0.28 + ((i % 10) / 100.0), 2), 1.4)).ToList();
        var cycles = namespaces.Where((_, i) => i % 40 == 0).Select((ns, i) => new Cycle(PackageLevel.Namespace, [ns, namespaces[(i * 40) + 1]], 12, [new CycleCut(ns, namespaces[(i * 40) + 1], 3, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = 3 }, [new SourceLocation("src/a.cs", 4)])])).ToList();
        var findings = types.Where(t => t.Metrics.CyclomaticComplexity > 27)
            .Select(t => new Finding("complex-type", Severity.Warning, $"{t.Id} has cyclomatic complexity {t.Metrics.CyclomaticComplexity}", [t.Id], [new SourceLocation(t.File, t.Line)], Fingerprint.Of("complex-type", [t.Id])))
            .ToList();
        var blockers = projects.Where((_, i) => i % 3 != 0)
            .Select(pr => new LegacyBlocker(pr.Path, "system-web", "System.Web", "Move to ASP.NET Core", 5, 12, [new BlockerIncident("System.Web.HttpContext.Current", new SourceLocation(pr.Path, 1))]))
            .ToList();
        var cells = BuildCells(shape, types);
        var info = new ScanInfo(identity, "Shop.sln", "/home/ci/shop", "0.1.0", startedAt ?? new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(revision), TimeSpan.FromSeconds(42.5), $"{revision:x40}", "main", false, new Dictionary<string, string> { ["safe"] = "false", ["history.window"] = "365d" });
        var scan = new ScanDocument(
            info,
            new CodeGraph(projects, types, dependencies, [new ExternalUse(types[0].Id, "System.Web.HttpContext", "System.Web", 3, ["Current"], [new SourceLocation(types[0].File, 5)])], [new DataAccess(types[1].Id, "dbo.Orders", DataAccessKind.SqlLiteral, "read", new SourceLocation(types[1].File, 9))], files, []),
            new AnalysisResult(metrics, cycles, findings, blockers, [], [], []),
            cells,
            null,
            [],
            []);
        return scan with { Kpis = SimpleKpis(scan) };
    }

    private static CellsResult BuildCells(SyntheticShape shape, List<TypeNode> types)
    {
        var groups = types.GroupBy(t => int.Parse(t.Project.AsSpan(10, 2), System.Globalization.CultureInfo.InvariantCulture) / 3).ToList();
        var cells = groups.Select((g, i) => new Cell(
            i == groups.Count - 1 && groups.Count > 1 ? "Platform" : $"Cell{i:00}",
            i == groups.Count - 1 && groups.Count > 1 ? CellKind.Tissue : CellKind.Cell,
            CellOrigin.Proposed, null, g.Select(t => t.Id).ToList(), 60 + i, new CellScore(0.7, 12, 3, 0, 0, 0, 1000, 5), ["cohesive by structure"]))
            .ToList();
        var seams = cells.Skip(1).Select(c => new Seam(cells[0].Name, c.Name, 7, 0, [new SeamDependency(cells[0].Members[0], c.Members[0], 7, new Dictionary<DependencyKind, int> { [DependencyKind.MethodCall] = 7 }, [])])).ToList();
        return new CellsResult(CellOrigin.Proposed, cells, seams, cells.Select((c, i) => new ExtractionStep(i + 1, c.Name, c.Score, "fewest inbound")).ToList(), [], new DecompositionQuality(0.41 + (shape.Projects / 1000.0), 0.3, 0.2, 4, 0.9), []);
    }

    private static List<Kpi> SimpleKpis(ScanDocument scan) =>
    [
        new(KpiCatalog.Types, scan.Graph.Types.Count),
        new(KpiCatalog.SourceLines, scan.Graph.Types.Sum(t => t.Metrics.SourceLines)),
        new(KpiCatalog.Findings, scan.Analysis.Findings.Count),
        new(KpiCatalog.CycleCount, scan.Analysis.Cycles.Count),
        new(KpiCatalog.Modularity, scan.Cells.Quality.Modularity),
    ];
}
