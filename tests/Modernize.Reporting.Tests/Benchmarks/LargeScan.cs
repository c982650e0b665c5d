using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Store;
using Modernize.Testing.Scans;

namespace Modernize.Reporting.Tests.Benchmarks;

/// <summary>A 5,000-type solution with real seams (every cross-cell dependency), hotspots, blockers and 20 stored scans.</summary>
internal static class LargeScan
{
    public static ReportData Create(int projects = 25, int typesPerProject = 200)
    {
        var scan = SyntheticScan.Create(new SyntheticShape(projects, typesPerProject, 6));
        var cellOfType = scan.Cells.CellOfType();
        var seams = scan.Graph.Dependencies
            .Where(d => cellOfType[d.From] != cellOfType[d.To])
            .GroupBy(d => string.CompareOrdinal(cellOfType[d.From], cellOfType[d.To]) < 0 ? (cellOfType[d.From], cellOfType[d.To]) : (cellOfType[d.To], cellOfType[d.From]))
            .Select(g => new Seam(g.Key.Item1, g.Key.Item2, g.Sum(d => d.Weight), 0.1, g.Select(d => new SeamDependency(d.From, d.To, d.Weight, d.Kinds, d.Samples)).ToList()))
            .ToList();
        var hotspots = scan.Graph.Types.Take(300)
            .Select((t, i) => new Hotspot(PackageLevel.File, t.File, 5 + (i % 40), 100 + (i * 7), t.Metrics.CyclomaticComplexity, 1 + (i % 6), 1.0 - (i / 300.0)))
            .ToList();
        var blockers = scan.Analysis.Blockers
            .Select(b => b with { Incidents = Enumerable.Range(1, 20).Select(i => new BlockerIncident("System.Web.HttpContext.Current", new SourceLocation(b.Project, i))).ToList(), IncidentCount = 20 })
            .ToList();
        scan = scan with
        {
            Cells = scan.Cells with { Seams = seams },
            Analysis = scan.Analysis with { Hotspots = hotspots, Blockers = blockers, FileChanges = [new FileChangeStats("src/a.cs", 40, 900, ["Ada", "Alan"])] },
        };
        var trend = Enumerable.Range(1, 20)
            .Select(i => new StoredScan(i, scan.Info.SolutionIdentity, scan.Info.SolutionName, scan.Info.StartedAt.AddDays(i - 20), $"{i:x40}", "main", "0.1.0",
                scan.Kpis.Select(k => k with { Value = k.Value * (1 + ((20 - i) / 100.0)) }).ToList()))
            .ToList();
        var previous = scan with { Kpis = trend[^2].Kpis };
        var diff = new ScanDiff(trend[^2], trend[^1], scan.Analysis.Findings.Take(20).ToList(), [], scan.Analysis.Findings.Count - 20,
            scan.Graph.Dependencies.Take(50).ToList(), [], scan.Kpis.Select(k => new KpiDelta(k.Key, k.Value * 1.01, k.Value, -k.Value * 0.01, "better")).ToList());
        return new ReportData(scan, previous, trend, diff);
    }
}
