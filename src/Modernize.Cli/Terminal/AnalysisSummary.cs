using System.Globalization;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;
using Spectre.Console;

namespace Modernize.Cli.Terminal;

/// <summary>The headlines after a scan: worst cycles, top legacy blockers, top hotspots, the proposed cells and the KPIs.</summary>
internal static class AnalysisSummary
{
    private const int Top = 5;

    public static void Print(IAnsiConsole console, ScanDocument scan)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(scan);
        PrintCycles(console, scan.Analysis.Cycles);
        PrintBlockers(console, scan.Analysis.Blockers);
        PrintHotspots(console, scan.Analysis.Hotspots);
        PrintCells(console, scan.DeclaredCells ?? scan.Cells);
        PrintKpis(console, scan);
    }

    private static void PrintCycles(IAnsiConsole console, IReadOnlyList<Cycle> cycles)
    {
        var worst = cycles.Where(c => c.Level == PackageLevel.Namespace).OrderByDescending(c => c.Size).ThenByDescending(c => c.Weight).Take(Top).ToList();
        if (worst.Count == 0)
        {
            console.MarkupLine("[green]No namespace cycles.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Worst namespace cycles").AddColumns("Namespaces", "Weight", "Cut (lightest edges)");
        foreach (var cycle in worst)
        {
            var cuts = string.Join("; ", cycle.Cuts.Select(c => $"{c.From} -> {c.To} (w {c.Weight}{(c.Samples.Count > 0 ? " at " + c.Samples[0] : string.Empty)})"));
            table.AddRow(Markup.Escape(string.Join(" <-> ", cycle.Members)), Number(cycle.Weight), Markup.Escape(cuts));
        }

        console.Write(table);
    }

    private static void PrintBlockers(IAnsiConsole console, IReadOnlyList<LegacyBlocker> blockers)
    {
        if (blockers.Count == 0)
        {
            console.MarkupLine("[green]No legacy blockers.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Top legacy blockers ({blockers.Sum(b => b.Points)} points in all)"))
            .AddColumns("Project", "Blocker", "Points", "Incidents", "First incident");
        foreach (var blocker in blockers.OrderByDescending(b => b.Points).ThenByDescending(b => b.IncidentCount).Take(Top))
        {
            var first = blocker.Incidents.Count > 0 ? blocker.Incidents[0] : null;
            table.AddRow(
                Markup.Escape(Path.GetFileNameWithoutExtension(blocker.Project)),
                Markup.Escape(blocker.Title),
                Number(blocker.Points),
                Number(blocker.IncidentCount),
                Markup.Escape(first?.Location?.ToString() ?? first?.Detail ?? "-"));
        }

        console.Write(table);
    }

    private static void PrintHotspots(IAnsiConsole console, IReadOnlyList<Hotspot> hotspots)
    {
        var top = hotspots.Where(h => h.Level == PackageLevel.File).OrderByDescending(h => h.Score).Take(Top).ToList();
        if (top.Count == 0)
        {
            console.MarkupLine("[grey]No hotspots (no git history in the window).[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Top hotspots").AddColumns("File", "Revisions", "Complexity", "Score");
        foreach (var hotspot in top)
        {
            table.AddRow(Markup.Escape(hotspot.Element), Number(hotspot.Revisions), Number(hotspot.Complexity), hotspot.Score.ToString("0.00", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static void PrintCells(IAnsiConsole console, CellsResult cells)
    {
        if (cells.Cells.Count == 0)
        {
            return;
        }

        var kind = cells.Origin == CellOrigin.Declared ? "Declared cells (modernize.yml)" : "Proposed cells";
        var order = cells.ExtractionOrder.ToDictionary(s => s.Cell, s => s.Rank, StringComparer.Ordinal);
        var table = new Table().Border(TableBorder.Rounded).Title(kind).AddColumns("Cell", "Kind", "Types", "Score", "Extract as");
        foreach (var cell in cells.Cells.OrderBy(c => c.Kind).ThenBy(c => order.GetValueOrDefault(c.Name, int.MaxValue)))
        {
            table.AddRow(
                Markup.Escape(cell.Name),
                cell.Kind switch { CellKind.Tissue => "[grey]tissue[/]", CellKind.Host => "[grey]host[/]", _ => "cell" },
                Number(cell.Members.Count),
                cell.Score.ToString("0", CultureInfo.InvariantCulture),
                order.TryGetValue(cell.Name, out var rank) ? "#" + Number(rank) : "-");
        }

        console.Write(table);
        console.MarkupLine("[grey]'modernize cells <path>' explains every cell, seam and rank.[/]");
    }

    private static void PrintKpis(IAnsiConsole console, ScanDocument scan)
    {
        var parts = scan.Kpis.Select(k => $"{KpiCatalog.Find(k.Key).Title}: {k.Value.ToString(KpiCatalog.Find(k.Key).Format, CultureInfo.InvariantCulture)}");
        console.MarkupLine(Markup.Escape(string.Join(" · ", parts)));
        if (scan.Violations.Count > 0)
        {
            console.MarkupLine($"[yellow]{scan.Violations.Count} rule violation(s): 'modernize check' lists them.[/]");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
