using System.Text.Json;
using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Model.Serialization;

namespace Modernize.Storage.Serialization;

/// <summary>
/// Cuts a scan into content-addressed chunks and puts it back together. Large lists are chunked per project (per cell
/// for cells), in their original order, so a scan that changed one project stores only that project's chunks anew.
/// </summary>
internal static class ScanSections
{
    private const string Info = "info";
    private const string Projects = "graph.projects";
    private const string Types = "graph.types";
    private const string Dependencies = "graph.dependencies";
    private const string Wiring = "graph.wiring";
    private const string ExternalUses = "graph.externalUses";
    private const string DataAccesses = "graph.dataAccesses";
    private const string Files = "graph.files";
    private const string Warnings = "graph.warnings";
    private const string Metrics = "analysis.metrics";
    private const string Cycles = "analysis.cycles";
    private const string Findings = "analysis.findings";
    private const string Blockers = "analysis.blockers";
    private const string Hotspots = "analysis.hotspots";
    private const string ChangeCoupling = "analysis.changeCoupling";
    private const string FileChanges = "analysis.fileChanges";
    private const string Violations = "violations";
    private const string ProposedCells = "cells.proposed";
    private const string DeclaredCells = "cells.declared";
    private const string Autonomy = "autonomy";

    /// <summary>Past this many runs a list is interleaved, not grouped: one chunk serves better than thousands.</summary>
    private const int MaxRuns = 512;

    public static IReadOnlyList<SectionPart> Split(ScanDocument scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var parts = new List<SectionPart>();
        var graph = scan.Graph;
        var projectOfType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in graph.Types)
        {
            projectOfType.TryAdd(type.Id, type.Project);
        }

        string ProjectOf(string typeId) => projectOfType.GetValueOrDefault(typeId, string.Empty);

        AddOne(parts, Info, scan.Info);
        AddRuns(parts, Projects, graph.Projects, p => p.Path);
        AddRuns(parts, Types, graph.Types, t => t.Project);
        AddRuns(parts, Dependencies, graph.Dependencies, d => ProjectOf(d.From));
        AddRuns(parts, Wiring, graph.Wiring, d => ProjectOf(d.From));
        AddRuns(parts, ExternalUses, graph.ExternalUses, u => ProjectOf(u.From));
        AddRuns(parts, DataAccesses, graph.DataAccesses, a => ProjectOf(a.From));
        AddRuns(parts, Files, graph.Files, f => f.Project);
        AddRuns(parts, Warnings, graph.Warnings, _ => "*");
        AddRuns(parts, Metrics, scan.Analysis.Metrics, m => m.Level.ToString());
        AddRuns(parts, Cycles, scan.Analysis.Cycles, c => c.Level.ToString());
        AddRuns(parts, Findings, scan.Analysis.Findings, f => f.RuleId);
        AddRuns(parts, Blockers, scan.Analysis.Blockers, b => b.Project);
        AddRuns(parts, Hotspots, scan.Analysis.Hotspots, _ => "*");
        AddRuns(parts, ChangeCoupling, scan.Analysis.ChangeCoupling, _ => "*");
        AddRuns(parts, FileChanges, scan.Analysis.FileChanges, _ => "*");
        AddRuns(parts, Violations, scan.Violations, v => v.RuleId);
        AddCells(parts, ProposedCells, scan.Cells);
        if (scan.DeclaredCells is not null)
        {
            AddCells(parts, DeclaredCells, scan.DeclaredCells);
        }

        if (scan.Autonomy is not null)
        {
            AddOne(parts, Autonomy, scan.Autonomy);
        }

        return parts;
    }

    /// <summary>Rebuilds the document from its chunks' JSON, each section's chunks in ordinal order.</summary>
    public static ScanDocument Assemble(IReadOnlyDictionary<string, IReadOnlyList<byte[]>> sections, IReadOnlyList<Kpi> kpis)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var reader = new SectionReader(sections);
        var graph = new CodeGraph(
            reader.List<ProjectInfo>(Projects),
            reader.List<TypeNode>(Types),
            reader.List<Dependency>(Dependencies),
            reader.List<ExternalUse>(ExternalUses),
            reader.List<DataAccess>(DataAccesses),
            reader.List<SourceFile>(Files),
            reader.List<string>(Warnings))
        {
            Wiring = reader.List<Dependency>(Wiring),
        };
        var analysis = new AnalysisResult(
            reader.List<PackageMetrics>(Metrics),
            reader.List<Cycle>(Cycles),
            reader.List<Finding>(Findings),
            reader.List<LegacyBlocker>(Blockers),
            reader.List<Hotspot>(Hotspots),
            reader.List<ChangeCoupling>(ChangeCoupling),
            reader.List<FileChangeStats>(FileChanges));
        return new ScanDocument(
            reader.One<ScanInfo>(Info) ?? throw new InvalidDataException("the scan has no info section"),
            graph,
            analysis,
            ReadCells(reader, ProposedCells) ?? CellsResult.Empty,
            ReadCells(reader, DeclaredCells),
            reader.List<Violation>(Violations),
            kpis)
        {
            Autonomy = reader.One<AutonomyResult>(Autonomy),
        };
    }

    private static void AddCells(List<SectionPart> parts, string prefix, CellsResult cells)
    {
        AddOne(parts, prefix, cells with { Cells = [], Seams = [] });
        AddRuns(parts, prefix + ".cells", cells.Cells, c => c.Name);
        AddRuns(parts, prefix + ".seams", cells.Seams, s => s.From);
    }

    private static CellsResult? ReadCells(SectionReader reader, string prefix) =>
        reader.One<CellsResult>(prefix) is { } rest
            ? rest with { Cells = reader.List<Cell>(prefix + ".cells"), Seams = reader.List<Seam>(prefix + ".seams") }
            : null;

    private static void AddOne<T>(List<SectionPart> parts, string section, T value) => parts.Add(Part(section, 0, "*", value));

    private static void AddRuns<T>(List<SectionPart> parts, string section, IReadOnlyList<T> items, Func<T, string> partOf)
    {
        var runs = new List<(string Part, int Start, int Count)>();
        for (var i = 0; i < items.Count; i++)
        {
            var part = partOf(items[i]);
            if (runs.Count > 0 && runs[^1].Part == part)
            {
                runs[^1] = runs[^1] with { Count = runs[^1].Count + 1 };
            }
            else
            {
                runs.Add((part, i, 1));
            }
        }

        if (runs.Count > MaxRuns)
        {
            runs = [("*", 0, items.Count)];
        }

        var ordinal = 0;
        foreach (var (part, start, count) in runs)
        {
            var slice = new T[count];
            for (var i = 0; i < count; i++)
            {
                slice[i] = items[start + i];
            }

            parts.Add(Part(section, ordinal++, part, slice));
        }
    }

    private static SectionPart Part<T>(string section, int ordinal, string part, T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, ModelJson.Store);
        return new SectionPart(section, ordinal, part, json, BlobCodec.Hash(json));
    }

    private sealed class SectionReader(IReadOnlyDictionary<string, IReadOnlyList<byte[]>> sections)
    {
        public List<T> List<T>(string section)
        {
            var result = new List<T>();
            if (sections.TryGetValue(section, out var chunks))
            {
                foreach (var chunk in chunks)
                {
                    result.AddRange(JsonSerializer.Deserialize<List<T>>(chunk, ModelJson.Store) ?? []);
                }
            }

            return result;
        }

        public T? One<T>(string section)
            where T : class =>
            sections.TryGetValue(section, out var chunks) && chunks.Count > 0
                ? JsonSerializer.Deserialize<T>(chunks[0], ModelJson.Store)
                : null;
    }
}
