using System.Globalization;
using System.Runtime.CompilerServices;
using Modernize.Model.Cells;
using Modernize.Model.Scan;
using Spectre.Console;

[assembly: InternalsVisibleTo("Modernize.Cli.Tests")]

namespace Modernize.Cli.Commands;

/// <summary>
/// What <c>modernize cells</c> prints: proposed cells with their scores, tissue and why, seams with the dependencies to cut,
/// shared data, the extraction order with reasons, and the declared product map compared with the proposal.
/// Every name from the scanned code is escaped before it reaches Spectre markup.
/// </summary>
internal static class CellsPrinter
{
    private const int MaxSeams = 15;
    private const int DependenciesPerSeam = 3;

    public static void Print(IAnsiConsole console, ScanDocument scan, string? explainCell = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(scan);
        if (explainCell is not null)
        {
            PrintExplanation(console, scan, explainCell);
            return;
        }

        console.Write(new Rule($"[bold]Cells of {Markup.Escape(scan.Info.SolutionName)}[/]").LeftJustified());
        PrintDecomposition(console, scan.Cells, "Proposed cells");
        if (scan.DeclaredCells is { } declared)
        {
            console.Write(new Rule("[bold]Product map (modernize.yml)[/]").LeftJustified());
            PrintDecomposition(console, declared, "Declared cells");
            foreach (var line in declared.Comparison)
            {
                console.MarkupLine("• " + Markup.Escape(line));
            }
        }
    }

    private static void PrintDecomposition(IAnsiConsole console, CellsResult result, string title)
    {
        if (result.Cells.Count == 0)
        {
            console.MarkupLine("[yellow]No types to form cells from.[/]");
            return;
        }

        var q = result.Quality;
        console.MarkupLine(Invariant($"[grey]Modularity Q {q.Modularity:0.00} · SM {q.StructuralModularity:0.000} · ICP {q.InterPartitionCallPercentage * 100:0.#}% · IFN {q.InterfaceNumber:0.#} · NED {q.NonExtremeDistribution * 100:0}% (formulas: docs/cells.md)[/]"));
        console.Write(CellTable(result, title));
        if (result.Cells.Any(c => c.SubCells.Count > 0))
        {
            console.MarkupLine("[grey]└ sub-cells: seams inside a large cell, parts a team could own separately (cohesion inside the cell, coupling = weight to the sibling sub-cells; docs/cells.md).[/]");
        }

        var tissue = result.Cells.Where(c => c.Kind == CellKind.Tissue).ToList();
        if (tissue.Count > 0)
        {
            console.Write(ElementTable(tissue, "Tissue", "Tissue (shared, kept apart)"));
        }

        var hosts = result.Cells.Where(c => c.Kind == CellKind.Host).ToList();
        if (hosts.Count > 0)
        {
            console.Write(ElementTable(hosts, "Host", "Hosts (composition roots: wire cells together, belong to none)"));
        }

        if (result.Unconnected.Count > 0)
        {
            console.MarkupLine(Markup.Escape(Invariant($"{result.Unconnected.Count} unconnected types (no dependency, change coupling or shared data; their namespace and project have no cell), not cells to extract: {string.Join(", ", result.Unconnected.Take(10))}{(result.Unconnected.Count > 10 ? ", ..." : string.Empty)}")));
        }

        if (result.Seams.Count > 0)
        {
            console.Write(SeamTable(result.Seams));
        }

        if (result.SharedData.Count > 0)
        {
            console.Write(SharedDataTable(result.SharedData));
        }

        if (result.ExtractionOrder.Count > 0)
        {
            console.Write(ExtractionTable(result.ExtractionOrder));
        }
    }

    private static Table CellTable(CellsResult result, string title)
    {
        var table = new Table().Title(title).Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Cell").NoWrap())
            .AddColumns("Owner", "Types", "Confidence", "Score", "Cohesion", "Coupling", "Interface", "Shared data", "Cycles", "Blocker pts", "Lines");
        var confidence = result.Memberships.ToLookup(m => m.Element, m => m.Confidence, StringComparer.Ordinal);
        foreach (var cell in result.Cells.Where(c => c.Kind == CellKind.Cell))
        {
            var b = cell.Breakdown;
            table.AddRow(
                $"[bold]{Markup.Escape(cell.Name)}[/]",
                Markup.Escape(cell.Owner ?? "-"),
                Invariant($"{cell.Members.Count}"),
                confidence[cell.Name].Any() ? Invariant($"{confidence[cell.Name].Average():0.00}") : "-",
                Invariant($"{cell.Score:0}"),
                Invariant($"{b.Cohesion:0.00}"),
                Invariant($"{b.Coupling:0.#}"),
                Invariant($"{b.InterfaceWidth}"),
                Invariant($"{b.SharedData}"),
                Invariant($"{b.Cycles}"),
                Invariant($"{b.BlockerPoints}"),
                Invariant($"{b.Size:N0}"));

            // Sub-cells indented under their cell: cohesion inside the cell, coupling to the sibling sub-cells.
            foreach (var sub in cell.SubCells)
            {
                table.AddRow(
                    $"  [grey]└[/] {Markup.Escape(sub.Name)}",
                    string.Empty,
                    Invariant($"{sub.Members.Count}"),
                    string.Empty,
                    string.Empty,
                    Invariant($"{sub.Cohesion:0.00}"),
                    Invariant($"{sub.SiblingWeight:0.#}"),
                    string.Empty,
                    string.Empty,
                    string.Empty,
                    string.Empty,
                    string.Empty);
            }
        }

        return table;
    }

    /// <summary>Tissue elements or hosts: what is kept out of the cells, each with the first lines of why.</summary>
    private static Table ElementTable(List<Cell> elements, string heading, string title)
    {
        var table = new Table().Title(title).Border(TableBorder.Rounded).AddColumn(new TableColumn(heading).NoWrap()).AddColumns("Types", "Why");
        foreach (var element in elements)
        {
            var why = element.Explanation.Take(4).Select(Markup.Escape);
            var more = element.Explanation.Count > 4 ? Invariant($"\n[grey]…{element.Explanation.Count - 4} more lines: modernize cells --explain \"{Markup.Escape(element.Name)}\"[/]") : string.Empty;
            table.AddRow(Markup.Escape(element.Name), Invariant($"{element.Members.Count}"), string.Join("\n", why) + more);
        }

        return table;
    }

    private static Table SeamTable(IReadOnlyList<Seam> seams)
    {
        var table = new Table().Title(Invariant($"Seams ({seams.Count}, heaviest first)")).Border(TableBorder.Rounded)
            .AddColumns("Seam", "Weight", "Deps", "Change coupling", "Dependencies to cut (kind, sample)");
        foreach (var seam in seams.Take(MaxSeams))
        {
            var cuts = seam.Dependencies.Take(DependenciesPerSeam).Select(d =>
            {
                var kind = string.Join("+", d.Kinds.OrderByDescending(k => k.Value).Select(k => k.Key));
                var sample = d.Samples.Count > 0 ? " @ " + d.Samples[0] : string.Empty;
                return Markup.Escape(Invariant($"{d.From} → {d.To} ({kind}, {d.Weight}){sample}"));
            });
            var more = seam.Dependencies.Count > DependenciesPerSeam ? Invariant($"\n[grey]…{seam.Dependencies.Count - DependenciesPerSeam} more[/]") : string.Empty;
            table.AddRow(
                Markup.Escape($"{seam.From} ↔ {seam.To}"),
                Invariant($"{seam.Weight}"),
                Invariant($"{seam.Dependencies.Count}"),
                Invariant($"{seam.ChangeCoupling:0.##}"),
                string.Join("\n", cuts) + more);
        }

        return table;
    }

    private static Table SharedDataTable(IReadOnlyList<SharedTable> shared)
    {
        var table = new Table().Title("Shared data (give each table one owner, or make it tissue; a sole writer is the natural owner)").Border(TableBorder.Rounded)
            .AddColumns("Table / entity", "Cells", "Written by", "Accessors");
        foreach (var t in shared)
        {
            var writers = t.Writers.Count == 0 ? "[grey]no write seen[/]" : Markup.Escape(string.Join(", ", t.Writers)) + (t.SoleWriter is null ? string.Empty : " [grey](sole writer)[/]");
            table.AddRow(Markup.Escape(t.Table), Markup.Escape(string.Join(", ", t.Cells)), writers, Markup.Escape(string.Join(", ", t.Accessors)));
        }

        return table;
    }

    private static Table ExtractionTable(IReadOnlyList<ExtractionStep> steps)
    {
        var table = new Table().Title("Extraction order (strangler fig: easiest first)").Border(TableBorder.Rounded)
            .AddColumn("#").AddColumn(new TableColumn("Cell").NoWrap()).AddColumns("Score", "Reason");
        foreach (var step in steps)
        {
            table.AddRow(Invariant($"{step.Rank}"), Markup.Escape(step.Cell), Invariant($"{step.Score:0}"), Markup.Escape(step.Reason));
        }

        return table;
    }

    private static void PrintExplanation(IAnsiConsole console, ScanDocument scan, string name)
    {
        var cell = scan.Cells.Cells.Concat(scan.DeclaredCells?.Cells ?? []).FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (cell is null)
        {
            console.MarkupLine($"[yellow]No cell or tissue named '{Markup.Escape(name)}'.[/] Known: {Markup.Escape(string.Join(", ", scan.Cells.Cells.Select(c => c.Name)))}");
            return;
        }

        console.Write(new Rule(Invariant($"[bold]{Markup.Escape(cell.Name)}[/] ({cell.Kind}, {cell.Origin}, score {cell.Score:0})")).LeftJustified());
        foreach (var line in cell.Explanation)
        {
            console.MarkupLine("• " + Markup.Escape(line));
        }

        foreach (var sub in cell.SubCells)
        {
            console.MarkupLine(Invariant($"[grey]└ sub-cell[/] [bold]{Markup.Escape(sub.Name)}[/] ({sub.Members.Count} types, cohesion {sub.Cohesion:0.00} inside the cell): ") + Markup.Escape(string.Join(", ", sub.Members)));
        }

        var memberships = scan.Cells.Memberships.Where(m => m.Element == cell.Name).ToDictionary(m => m.Type, StringComparer.Ordinal);
        if (memberships.Count == 0)
        {
            console.MarkupLine("[grey]Members:[/] " + Markup.Escape(string.Join(", ", cell.Members)));
            return;
        }

        console.MarkupLine("[grey]Members, least certain first (confidence: strongest evidence):[/]");
        foreach (var member in cell.Members.OrderBy(m => memberships.TryGetValue(m, out var x) ? x.Confidence : 1).ThenBy(m => m, StringComparer.Ordinal))
        {
            var line = memberships.TryGetValue(member, out var membership) ? Invariant($"{member} {membership.Confidence:0.00}: {membership.Evidence}") : member;
            console.MarkupLine("  " + Markup.Escape(line));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
