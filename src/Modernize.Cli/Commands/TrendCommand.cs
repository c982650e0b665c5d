using System.CommandLine;
using System.Globalization;
using Modernize.Model.Comparison;
using Modernize.Model.Store;
using Modernize.Scanning.UseCases;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize trend</c>: the decoupling KPIs across a solution's scans, with which way each moved.</summary>
internal static class TrendCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var solution = StoreOptions.Solution();
        var last = new Option<int>("--last") { Description = "Show the N most recent scans.", DefaultValueFactory = _ => 8 };
        var command = new Command("trend", "Show the decoupling KPIs across the stored scans of a solution: better (green) or worse (red) since the scan before.")
        {
            db,
            solution,
            last,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenExistingAsync(parse.GetValue(db)!, ct).ConfigureAwait(false);
            var (chosen, scans) = await StoredScanSelection.TrendAsync(store, parse.GetValue(solution), parse.GetValue(last), ct).ConfigureAwait(false);
            Render(chosen, scans);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(StoredSolution solution, IReadOnlyList<StoredScan> scans)
    {
        TextTable.Heading(
            $"[bold]{TextTable.Text(solution.Name)}[/] [grey]({TextTable.Text(solution.Identity)}, {solution.Scans} scans)[/]",
            $"{solution.Name} ({solution.Identity}, {solution.Scans} scans)");
        var headers = new List<string> { "KPI" };
        headers.AddRange(scans.Select(Header));
        headers.Add(scans.Count > 1 ? "change" : string.Empty);
        var rows = KpiTrend.Build(scans).Select(row =>
        {
            var cells = new List<string> { TextTable.Text(row.Definition.Title) };
            cells.AddRange(row.Values.Select((v, i) => (KpiText.Value(row.Definition.Key, v) + " " + KpiText.Arrow(row.Steps[i])).TrimEnd()));
            cells.Add(scans.Count > 1 ? (KpiText.Delta(row.Overall) + " " + KpiText.Arrow(row.Overall)).TrimEnd() : string.Empty);
            return (IReadOnlyList<string>)cells;
        }).ToList();
        TextTable.Write(headers, rows);
    }

    private static string Header(StoredScan scan) =>
        $"#{scan.Id} {scan.StartedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" + (scan.GitCommit is { Length: >= 7 } sha ? " " + sha[..7] : string.Empty);
}
