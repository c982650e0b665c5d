using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;

namespace Modernize.Reporting.Json;

/// <summary>The flat JSON shape of a <see cref="ScanDocument"/> (documented in docs/scan-json.md): one top-level array per kind of fact.</summary>
internal sealed record ScanJson(
    int SchemaVersion,
    ScanInfo Scan,
    IReadOnlyList<ProjectInfo> Projects,
    IReadOnlyList<TypeNode> Types,
    IReadOnlyList<Dependency> Dependencies,
    IReadOnlyList<ExternalUse> ExternalUses,
    IReadOnlyList<DataAccess> DataAccess,
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<PackageMetrics> Metrics,
    IReadOnlyList<Cycle> Cycles,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<LegacyBlocker> Blockers,
    IReadOnlyList<Hotspot> Hotspots,
    IReadOnlyList<ChangeCoupling> ChangeCoupling,
    IReadOnlyList<FileChangeStats> FileChanges,
    CellOrigin CellsOrigin,
    IReadOnlyList<Cell> Cells,
    IReadOnlyList<Seam> Seams,
    IReadOnlyList<ExtractionStep> ExtractionOrder,
    IReadOnlyList<SharedTable> SharedData,
    DecompositionQuality Quality,
    IReadOnlyList<string> Comparison,
    CellsResult? DeclaredCells,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<Kpi> Kpis,
    AutonomyResult? Autonomy)
{
    /// <summary>Types tied to nothing, outside every cell (<see cref="CellsResult.Unconnected"/>); absent in older files.</summary>
    public IReadOnlyList<string>? Unconnected { get; init; }

    /// <summary>Per type of the proposal, its membership confidence and strongest evidence (<see cref="CellsResult.Memberships"/>); absent in older files.</summary>
    public IReadOnlyList<TypeMembership>? Memberships { get; init; }

    /// <summary>The resolution the proposal used (<see cref="CellsResult.Resolution"/>).</summary>
    public double? Resolution { get; init; }

    /// <summary>Run-time wiring edges (<see cref="CodeGraph.Wiring"/>); absent in older files.</summary>
    public IReadOnlyList<Dependency>? Wiring { get; init; }

    /// <summary>Projects the solution lists that could not be scanned (<see cref="CodeGraph.MissingProjects"/>); absent in older files.</summary>
    public IReadOnlyList<MissingProject>? MissingProjects { get; init; }

    public static ScanJson From(ScanDocument document)
    {
        var graph = document.Graph;
        var analysis = document.Analysis;
        var cells = document.Cells;
        return new ScanJson(
            ScanDocument.CurrentSchemaVersion,
            document.Info,
            graph.Projects,
            graph.Types,
            graph.Dependencies,
            graph.ExternalUses,
            graph.DataAccesses,
            graph.Files,
            graph.Warnings,
            analysis.Metrics,
            analysis.Cycles,
            analysis.Findings,
            analysis.Blockers,
            analysis.Hotspots,
            analysis.ChangeCoupling,
            analysis.FileChanges,
            cells.Origin,
            cells.Cells,
            cells.Seams,
            cells.ExtractionOrder,
            cells.SharedData,
            cells.Quality,
            cells.Comparison,
            document.DeclaredCells,
            document.Violations,
            document.Kpis,
            document.Autonomy)
        {
            Unconnected = cells.Unconnected,
            Memberships = cells.Memberships,
            Resolution = cells.Resolution,
            Wiring = graph.Wiring,
            MissingProjects = graph.MissingProjects,
        };
    }

    public ScanDocument ToDocument() => new(
        Scan,
        new CodeGraph(Projects, Types, Dependencies, ExternalUses, DataAccess, Files, Warnings) { Wiring = Wiring ?? [], MissingProjects = MissingProjects ?? [] },
        new AnalysisResult(Metrics, Cycles, Findings, Blockers, Hotspots, ChangeCoupling, FileChanges),
        new CellsResult(CellsOrigin, Cells, Seams, ExtractionOrder, SharedData, Quality, Comparison) { Unconnected = Unconnected ?? [], Memberships = Memberships ?? [], Resolution = Resolution ?? 0 },
        DeclaredCells,
        Violations,
        Kpis)
    {
        Autonomy = Autonomy,
    };
}
