using System.Globalization;
using Modernize.Model.Graph;
using Modernize.Model.Scan;
using Spectre.Console;

namespace Modernize.Cli.Terminal;

/// <summary>The table printed at the end of a scan: per-project fidelity (flagged below 90% resolved), totals and warnings.</summary>
internal static class ScanSummary
{
    public static void Print(IAnsiConsole console, ScanDocument scan, bool verbose)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{scan.Info.SolutionName} ({scan.Info.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)"));
        table.AddColumns("Project", "Mode", "Docs", "Errors", "Resolved", "Top missing");
        foreach (var project in scan.Graph.Projects)
        {
            var fidelity = project.Fidelity;
            var resolved = fidelity.ResolvedRatio.ToString("P0", CultureInfo.InvariantCulture);
            table.AddRow(
                Markup.Escape(project.Name),
                Mode(fidelity.Mode),
                fidelity.Documents.ToString(CultureInfo.InvariantCulture),
                fidelity.Errors.ToString(CultureInfo.InvariantCulture),
                fidelity.IsLow ? $"[red]{Markup.Escape(resolved)} (low)[/]" : Markup.Escape(resolved),
                Markup.Escape(string.Join(", ", fidelity.TopMissing.Take(3))));
        }

        console.Write(table);
        var graph = scan.Graph;
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{graph.Projects.Count} projects, {graph.Types.Count(t => !t.Generated)} types, {graph.Dependencies.Count} dependencies, {graph.ExternalUses.Count} external uses, {graph.DataAccesses.Count} data accesses")));
        PrintStandIns(console, graph);
        var warnings = graph.Warnings.Select(w => (Where: "scan", Text: w))
            .Concat(graph.Projects.SelectMany(p => p.Fidelity.Warnings.Select(w => (Where: p.Name, Text: w))))
            .ToList();
        if (warnings.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[yellow]{warnings.Count} warning(s)[/]");
        foreach (var (where, text) in verbose ? warnings : warnings.Take(10))
        {
            console.MarkupLine("  [yellow]" + Markup.Escape(where) + "[/]: " + Markup.Escape(text));
        }

        if (!verbose && warnings.Count > 10)
        {
            console.MarkupLine($"  ... {warnings.Count - 10} more (run with --verbose or see the JSON)");
        }
    }

    /// <summary>Package versions the feeds lack and what stood in, and the listed projects that were not scanned: one line each.</summary>
    private static void PrintStandIns(IAnsiConsole console, CodeGraph graph)
    {
        var standIns = graph.Projects
            .SelectMany(p => p.Fidelity.StandIns)
            .DistinctBy(s => (s.Id, s.Wanted, s.Used))
            .ToList();
        if (standIns.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"{standIns.Count} package stand-in(s): " + string.Join(", ", standIns.Select(s => $"{s.Id} {s.Wanted} -> {s.Used}"))));
        }

        var unserved = graph.Projects
            .SelectMany(p => p.Fidelity.Causes.Where(c => c.Kind == FidelityCauseKind.MissingPackage).Select(c => c.Detail))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unserved.Count > 0)
        {
            console.MarkupLine("[yellow]" + Markup.Escape($"{unserved.Count} package(s) no feed serves: " + string.Join(", ", unserved)) + "[/]");
        }

        if (graph.MissingProjects.Count > 0)
        {
            console.MarkupLine("[yellow]" + Markup.Escape($"{graph.MissingProjects.Count} listed project(s) not scanned: " + string.Join(", ", graph.MissingProjects.Select(m => m.Path))) + "[/]");
        }
    }

    private static string Mode(LoadMode mode) => mode switch
    {
        LoadMode.MsBuild => "msbuild",
        LoadMode.Fallback => "[yellow]fallback[/]",
        _ => "safe",
    };
}
