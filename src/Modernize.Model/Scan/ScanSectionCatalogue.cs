using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;

namespace Modernize.Model.Scan;

/// <summary>
/// The one list of a scan document's sections, in the order of the scan JSON, with the name each has there and the key its
/// chunks have in the store. Both names are fixed by files and databases users already hold: changing one is a format change
/// (docs/scan-json.md) or a schema migration, never a rename here. The scan JSON writes every section with a
/// <see cref="ScanSection.JsonName"/>; the store every one with a <see cref="ScanSection.StoreKey"/> (a cells result as
/// that key, <c>.cells</c> and <c>.seams</c>).
/// </summary>
public static class ScanSectionCatalogue
{
    public static readonly ScanSection<ScanInfo> Info = new("scan", "info", d => d.Info);
    public static readonly ScanSection<IReadOnlyList<ProjectInfo>> Projects = new("projects", "graph.projects", d => d.Graph.Projects);
    public static readonly ScanSection<IReadOnlyList<TypeNode>> Types = new("types", "graph.types", d => d.Graph.Types);
    public static readonly ScanSection<IReadOnlyList<Dependency>> Dependencies = new("dependencies", "graph.dependencies", d => d.Graph.Dependencies);
    public static readonly ScanSection<IReadOnlyList<ExternalUse>> ExternalUses = new("externalUses", "graph.externalUses", d => d.Graph.ExternalUses);
    public static readonly ScanSection<IReadOnlyList<DataAccess>> DataAccesses = new("dataAccess", "graph.dataAccesses", d => d.Graph.DataAccesses);
    public static readonly ScanSection<IReadOnlyList<SourceFile>> Files = new("files", "graph.files", d => d.Graph.Files);
    public static readonly ScanSection<IReadOnlyList<string>> Warnings = new("warnings", "graph.warnings", d => d.Graph.Warnings);
    public static readonly ScanSection<IReadOnlyList<PackageMetrics>> Metrics = new("metrics", "analysis.metrics", d => d.Analysis.Metrics);
    public static readonly ScanSection<IReadOnlyList<Cycle>> Cycles = new("cycles", "analysis.cycles", d => d.Analysis.Cycles);
    public static readonly ScanSection<IReadOnlyList<Finding>> Findings = new("findings", "analysis.findings", d => d.Analysis.Findings);
    public static readonly ScanSection<IReadOnlyList<LegacyBlocker>> Blockers = new("blockers", "analysis.blockers", d => d.Analysis.Blockers);
    public static readonly ScanSection<IReadOnlyList<Hotspot>> Hotspots = new("hotspots", "analysis.hotspots", d => d.Analysis.Hotspots);
    public static readonly ScanSection<IReadOnlyList<ChangeCoupling>> ChangeCoupling = new("changeCoupling", "analysis.changeCoupling", d => d.Analysis.ChangeCoupling);
    public static readonly ScanSection<IReadOnlyList<FileChangeStats>> FileChanges = new("fileChanges", "analysis.fileChanges", d => d.Analysis.FileChanges);

    // The proposal: the scan JSON spreads it over top-level properties, the store keeps it whole under ProposedCells.
    public static readonly ScanSection<CellOrigin> CellsOrigin = new("cellsOrigin", null, d => d.Cells.Origin);
    public static readonly ScanSection<IReadOnlyList<Cell>> Cells = new("cells", null, d => d.Cells.Cells);
    public static readonly ScanSection<IReadOnlyList<Seam>> Seams = new("seams", null, d => d.Cells.Seams);
    public static readonly ScanSection<IReadOnlyList<ExtractionStep>> ExtractionOrder = new("extractionOrder", null, d => d.Cells.ExtractionOrder);
    public static readonly ScanSection<IReadOnlyList<SharedTable>> SharedData = new("sharedData", null, d => d.Cells.SharedData);
    public static readonly ScanSection<DecompositionQuality> Quality = new("quality", null, d => d.Cells.Quality);
    public static readonly ScanSection<IReadOnlyList<string>> Comparison = new("comparison", null, d => d.Cells.Comparison);

    public static readonly ScanSection<CellsResult?> DeclaredCells = new("declaredCells", "cells.declared", d => d.DeclaredCells);
    public static readonly ScanSection<IReadOnlyList<Violation>> Violations = new("violations", "violations", d => d.Violations);

    /// <summary>In the store, KPIs have their own table (trends query them), not chunks.</summary>
    public static readonly ScanSection<IReadOnlyList<Kpi>> Kpis = new("kpis", null, d => d.Kpis);

    public static readonly ScanSection<AutonomyResult?> Autonomy = new("autonomy", "autonomy", d => d.Autonomy);

    // Added after the first release of the scan JSON, hence after the sections above.
    public static readonly ScanSection<IReadOnlyList<string>> Unconnected = new("unconnected", null, d => d.Cells.Unconnected);

    /// <summary>Stored since 2026-11-30; a scan stored before then reads back with none.</summary>
    public static readonly ScanSection<IReadOnlyList<MissingProject>> MissingProjects = new("missingProjects", "graph.missingProjects", d => d.Graph.MissingProjects);

    public static readonly ScanSection<IReadOnlyList<TypeMembership>> Memberships = new("memberships", null, d => d.Cells.Memberships);
    public static readonly ScanSection<double> Resolution = new("resolution", null, d => d.Cells.Resolution);
    public static readonly ScanSection<IReadOnlyList<Dependency>> Wiring = new("wiring", "graph.wiring", d => d.Graph.Wiring);

    /// <summary>The proposal whole, for the store (its cells and seams chunked apart).</summary>
    public static readonly ScanSection<CellsResult> ProposedCells = new(null, "cells.proposed", d => d.Cells);

    /// <summary>Every section, in the order of the scan JSON.</summary>
    public static IReadOnlyList<ScanSection> All { get; } =
    [
        Info, Projects, Types, Dependencies, ExternalUses, DataAccesses, Files, Warnings,
        Metrics, Cycles, Findings, Blockers, Hotspots, ChangeCoupling, FileChanges,
        CellsOrigin, Cells, Seams, ExtractionOrder, SharedData, Quality, Comparison,
        DeclaredCells, Violations, Kpis, Autonomy,
        Unconnected, MissingProjects, Memberships, Resolution, Wiring,
        ProposedCells,
    ];
}
