using System.CommandLine;
using Modernize.Reporting;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize report [--db] [--scan ID] --out FILE</c>: writes the self-contained HTML report of a stored scan (docs/report.md).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--db") { Description = "Scan store (SQLite file).", DefaultValueFactory = _ => ScanStoreFactory.DefaultPath };
        var scanId = new Option<long?>("--scan") { Description = "Id of the scan to report on (default: the newest)." };
        var output = new Option<string>("--out") { Description = "HTML file to write.", Required = true };
        var command = new Command("report", "Write the self-contained HTML report of a stored scan: cells, seams, cycles, blockers, trends and changes.")
        {
            database, scanId, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenExistingAsync(parse.GetRequiredValue(database), ct).ConfigureAwait(false);
            var (id, scan) = await StoredScanSelection.LoadAsync(store, parse.GetValue(scanId), ct).ConfigureAwait(false);
            var data = await StoredScanSelection.ReportDataAsync(store, id, scan, ct).ConfigureAwait(false);
            var path = parse.GetRequiredValue(output);
            HtmlReportWriter.Write(data, path);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"report of scan {id} ({scan.Info.SolutionName}) written to {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
