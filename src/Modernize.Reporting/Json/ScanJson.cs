using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using C = Modernize.Model.Scan.ScanSectionCatalogue;

namespace Modernize.Reporting.Json;

/// <summary>
/// The flat JSON shape of a <see cref="ScanDocument"/> (documented in docs/scan-json.md): one top-level property per section of
/// <see cref="ScanSectionCatalogue"/>, in its order. A record, so that older files (without the later sections) still read.
/// </summary>
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

    /// <summary>Projects the solution lists that could not be scanned (<see cref="CodeGraph.MissingProjects"/>); absent in older files.</summary>
    public IReadOnlyList<MissingProject>? MissingProjects { get; init; }

    /// <summary>Per type of the proposal, its membership confidence and strongest evidence (<see cref="CellsResult.Memberships"/>); absent in older files.</summary>
    public IReadOnlyList<TypeMembership>? Memberships { get; init; }

    /// <summary>The resolution the proposal used (<see cref="CellsResult.Resolution"/>).</summary>
    public double? Resolution { get; init; }

    /// <summary>Run-time wiring edges (<see cref="CodeGraph.Wiring"/>); absent in older files.</summary>
    public IReadOnlyList<Dependency>? Wiring { get; init; }

    /// <summary>Every value through <see cref="ScanSectionCatalogue"/>, whose names and order this record's properties follow (checked by ScanJsonTests).</summary>
    public static ScanJson From(ScanDocument document) => new(
        ScanDocument.CurrentSchemaVersion,
        C.Info.Get(document),
        C.Projects.Get(document),
        C.Types.Get(document),
        C.Dependencies.Get(document),
        C.ExternalUses.Get(document),
        C.DataAccesses.Get(document),
        C.Files.Get(document),
        C.Warnings.Get(document),
        C.Metrics.Get(document),
        C.Cycles.Get(document),
        C.Findings.Get(document),
        C.Blockers.Get(document),
        C.Hotspots.Get(document),
        C.ChangeCoupling.Get(document),
        C.FileChanges.Get(document),
        C.CellsOrigin.Get(document),
        C.Cells.Get(document),
        C.Seams.Get(document),
        C.ExtractionOrder.Get(document),
        C.SharedData.Get(document),
        C.Quality.Get(document),
        C.Comparison.Get(document),
        C.DeclaredCells.Get(document),
        C.Violations.Get(document),
        C.Kpis.Get(document),
        C.Autonomy.Get(document))
    {
        Unconnected = C.Unconnected.Get(document),
        MissingProjects = C.MissingProjects.Get(document),
        Memberships = C.Memberships.Get(document),
        Resolution = C.Resolution.Get(document),
        Wiring = C.Wiring.Get(document),
    };

    public ScanDocument ToDocument() => new(
        Scan,
        new CodeGraph(Projects, Types, Dependencies, ExternalUses, DataAccess, Files, Warnings) { MissingProjects = MissingProjects ?? [], Wiring = Wiring ?? [] },
        new AnalysisResult(Metrics, Cycles, Findings, Blockers, Hotspots, ChangeCoupling, FileChanges),
        new CellsResult(CellsOrigin, Cells, Seams, ExtractionOrder, SharedData, Quality, Comparison) { Unconnected = Unconnected ?? [], Memberships = Memberships ?? [], Resolution = Resolution ?? 0 },
        DeclaredCells,
        Violations,
        Kpis)
    {
        Autonomy = Autonomy,
    };
}
