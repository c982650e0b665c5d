using Modernize.Model.Analysis;
using Modernize.Model.Scan;
using Modernize.Model.Store;

namespace Modernize.Reporting.Html;

/// <summary>Turns <see cref="ReportData"/> into the page's data: aggregated, ordered and capped for the browser.</summary>
public static class ReportModelBuilder
{
    private const int MaxHotspots = 100;
    private const int MaxChangeCoupling = 50;
    private const int MaxFiles = 50;
    private const int MaxFindings = 500;
    private const int MaxViolations = 1000;
    private const int MaxDiffDependencies = 200;
    private const int MaxUnmappedFiles = 50;

    public static ReportModel Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scan = data.Current;
        var cellOfType = CellsViewBuilder.CellOfType(scan);
        return new ReportModel(
            Meta(scan),
            KpiViewBuilder.Build(data),
            KpiViewBuilder.TrendScans(data),
            CellsViewBuilder.Build(scan),
            DsmViewBuilder.Namespaces(scan, cellOfType),
            DsmViewBuilder.Projects(scan, cellOfType),
            scan.Analysis.Cycles
                .OrderBy(c => c.Level)
                .ThenByDescending(c => c.Size)
                .ThenByDescending(c => c.Weight)
                .Select(c => new CycleView(Views.Camel(c.Level), c.Members, c.Weight, c.Cuts.Select(k => Views.Dependency(k.From, k.To, k.Weight, k.Kinds, k.Samples)).ToList()))
                .ToList(),
            History(scan),
            scan.Analysis.Blockers
                .OrderByDescending(b => b.Points * Math.Max(1, b.IncidentCount))
                .Select(b => new BlockerView(b.Project, b.Id, b.Title, b.Remedy, b.Points, b.IncidentCount, b.Incidents.Select(i => new IncidentView(i.Detail, i.Location?.ToString())).ToList()))
                .ToList(),
            new FidelityView(scan.Graph.Projects.Select(Fidelity).ToList(), scan.Graph.Warnings)
            {
                MissingProjects = scan.Graph.MissingProjects.Select(m => m.Path + ": " + m.Reason).ToList(),
            },
            scan.Analysis.Findings.OrderByDescending(f => f.Severity).Take(MaxFindings).Select(Views.Finding).ToList(),
            scan.Violations
                .OrderByDescending(v => v.Severity)
                .Take(MaxViolations)
                .Select(v => new ViolationView(v.RuleId, v.RuleText, v.Severity.ToString(), v.From, v.To, v.Kind, v.Location?.ToString(), v.Message))
                .ToList(),
            data.Diff is null ? null : Diff(data.Diff))
        {
            Autonomy = scan.Autonomy is { } autonomy
                ? autonomy with { Declared = CapUnmapped(autonomy.Declared), Proposed = CapUnmapped(autonomy.Proposed) }
                : null,
        };
    }

    private static Model.Autonomy.AutonomyFigures? CapUnmapped(Model.Autonomy.AutonomyFigures? figures) =>
        figures is null ? null : figures with { UnmappedFiles = figures.UnmappedFiles.Take(MaxUnmappedFiles).ToList() };

    private static ReportMeta Meta(ScanDocument scan) =>
        new(
            scan.Info.SolutionName,
            scan.Info.SolutionIdentity,
            scan.Info.Root,
            scan.Info.ToolVersion,
            scan.Info.StartedAt,
            scan.Info.Duration.TotalSeconds,
            scan.Info.GitCommit,
            scan.Info.GitBranch,
            scan.Info.SafeMode,
            scan.Graph.Projects.Count,
            scan.Graph.Types.Count,
            scan.Graph.Dependencies.Count,
            ReportAssets.Versions);

    private static HistoryView History(ScanDocument scan)
    {
        var analysis = scan.Analysis;
        var available = scan.Info.GitCommit is not null || analysis.Hotspots.Count > 0 || analysis.FileChanges.Count > 0;
        return new HistoryView(
            available,
            scan.Info.GitCommit,
            scan.Info.GitBranch,
            analysis.Hotspots.OrderByDescending(h => h.Score).Take(MaxHotspots)
                .Select(h => new HotspotView(Views.Camel(h.Level), h.Element, h.Revisions, h.Churn, h.Complexity, h.Authors, h.Score)).ToList(),
            analysis.ChangeCoupling.OrderByDescending(c => c.Degree).ThenByDescending(c => c.SharedRevisions).Take(MaxChangeCoupling)
                .Select(c => new CouplingView(Views.Camel(c.Level), c.A, c.B, c.SharedRevisions, c.Degree)).ToList(),
            analysis.FileChanges.OrderByDescending(f => f.Revisions).ThenByDescending(f => f.Churn).Take(MaxFiles)
                .Select(f => new FileChurnView(f.Path, f.Revisions, f.Churn, f.Authors)).ToList());
    }

    private static ProjectFidelityView Fidelity(Modernize.Model.Graph.ProjectInfo p) =>
        new(
            p.Name,
            p.Path,
            p.Language,
            p.TargetFrameworks,
            Views.Camel(p.Style),
            Views.Camel(p.Fidelity.Mode),
            p.Fidelity.Documents,
            p.Fidelity.Errors,
            p.Fidelity.ResolvedTypeRefs,
            p.Fidelity.UnresolvedTypeRefs,
            p.Fidelity.ResolvedRatio,
            p.Fidelity.IsLow,
            p.Fidelity.TopMissing,
            p.Fidelity.Warnings)
        {
            Causes = p.Fidelity.Causes.Select(c => Views.Camel(c.Kind) + ": " + c.Detail).ToList(),
        };

    private static DiffView Diff(ScanDiff diff) =>
        new(
            diff.Before.Id,
            diff.After.Id,
            diff.Before.StartedAt,
            diff.After.StartedAt,
            diff.Kpis.Select(k => new KpiDeltaView(k.Key, Model.Kpis.KpiCatalog.Find(k.Key).Title, k.Before, k.After, k.Delta, k.Direction)).ToList(),
            diff.NewFindings.OrderByDescending(f => f.Severity).Take(MaxFindings).Select(Views.Finding).ToList(),
            diff.FixedFindings.OrderByDescending(f => f.Severity).Take(MaxFindings).Select(Views.Finding).ToList(),
            diff.UnchangedFindings,
            diff.NewCrossCellDependencies.OrderByDescending(d => d.Weight).Take(MaxDiffDependencies).Select(Views.Dependency).ToList(),
            diff.RemovedCrossCellDependencies.OrderByDescending(d => d.Weight).Take(MaxDiffDependencies).Select(Views.Dependency).ToList());
}
