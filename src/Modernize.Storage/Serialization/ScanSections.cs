using System.Text.Json;
using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Model.Serialization;
using C = Modernize.Model.Scan.ScanSectionCatalogue;

namespace Modernize.Storage.Serialization;

/// <summary>
/// Cuts a scan into content-addressed chunks, each section under its key in <see cref="ScanSectionCatalogue"/>, and puts it
/// back together. Large lists are chunked per project (per cell for cells), in their original order, so a scan that changed
/// one project stores only that project's chunks anew.
/// </summary>
internal static class ScanSections
{
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

        AddOne(parts, C.Info, scan);
        AddRuns(parts, C.Projects, scan, p => p.Path);
        AddRuns(parts, C.Types, scan, t => t.Project);
        AddRuns(parts, C.Dependencies, scan, d => ProjectOf(d.From));
        AddRuns(parts, C.Wiring, scan, d => ProjectOf(d.From));
        AddRuns(parts, C.ExternalUses, scan, u => ProjectOf(u.From));
        AddRuns(parts, C.DataAccesses, scan, a => ProjectOf(a.From));
        AddRuns(parts, C.Files, scan, f => f.Project);
        AddRuns(parts, C.Warnings, scan, _ => "*");
        AddRuns(parts, C.MissingProjects, scan, _ => "*");
        AddRuns(parts, C.Metrics, scan, m => m.Level.ToString());
        AddRuns(parts, C.Cycles, scan, c => c.Level.ToString());
        AddRuns(parts, C.Findings, scan, f => f.RuleId);
        AddRuns(parts, C.Blockers, scan, b => b.Project);
        AddRuns(parts, C.Hotspots, scan, _ => "*");
        AddRuns(parts, C.ChangeCoupling, scan, _ => "*");
        AddRuns(parts, C.FileChanges, scan, _ => "*");
        AddRuns(parts, C.Violations, scan, v => v.RuleId);
        AddCells(parts, C.ProposedCells.StoreKey!, C.ProposedCells.Get(scan));
        if (C.DeclaredCells.Get(scan) is { } declared)
        {
            AddCells(parts, C.DeclaredCells.StoreKey!, declared);
        }

        if (C.Autonomy.Get(scan) is not null)
        {
            AddOne(parts, C.Autonomy, scan);
        }

        return parts;
    }

    /// <summary>Rebuilds the document from its chunks' JSON, each section's chunks in ordinal order.</summary>
    public static ScanDocument Assemble(IReadOnlyDictionary<string, IReadOnlyList<byte[]>> sections, IReadOnlyList<Kpi> kpis)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var reader = new SectionReader(sections);
        var graph = new CodeGraph(
            reader.List(C.Projects),
            reader.List(C.Types),
            reader.List(C.Dependencies),
            reader.List(C.ExternalUses),
            reader.List(C.DataAccesses),
            reader.List(C.Files),
            reader.List(C.Warnings))
        {
            Wiring = reader.List(C.Wiring),
            MissingProjects = reader.List(C.MissingProjects),
        };
        var analysis = new AnalysisResult(
            reader.List(C.Metrics),
            reader.List(C.Cycles),
            reader.List(C.Findings),
            reader.List(C.Blockers),
            reader.List(C.Hotspots),
            reader.List(C.ChangeCoupling),
            reader.List(C.FileChanges));
        return new ScanDocument(
            reader.One<ScanInfo>(C.Info) ?? throw new InvalidDataException("the scan has no info section"),
            graph,
            analysis,
            ReadCells(reader, C.ProposedCells.StoreKey!) ?? CellsResult.Empty,
            ReadCells(reader, C.DeclaredCells.StoreKey!),
            reader.List(C.Violations),
            kpis)
        {
            Autonomy = reader.One<AutonomyResult>(C.Autonomy),
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

    private static void AddOne<T>(List<SectionPart> parts, ScanSection<T> section, ScanDocument scan) => AddOne(parts, section.StoreKey!, section.Get(scan));

    private static void AddOne<T>(List<SectionPart> parts, string section, T value) => parts.Add(Part(section, 0, "*", value));

    private static void AddRuns<T>(List<SectionPart> parts, ScanSection<IReadOnlyList<T>> section, ScanDocument scan, Func<T, string> partOf) =>
        AddRuns(parts, section.StoreKey!, section.Get(scan), partOf);

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
        public List<T> List<T>(ScanSection<IReadOnlyList<T>> section) => List<T>(section.StoreKey!);

        public T? One<T>(ScanSection section)
            where T : class => One<T>(section.StoreKey!);

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
