using System.CommandLine;
using Modernize.Reporting;
using Modernize.Scanning.UseCases;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize report [--db] [--scan ID | --portfolio] --out FILE</c>: writes the self-contained HTML report of a stored scan (docs/report.md), or the portfolio of all solutions (docs/team.md).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var scanId = new Option<long?>("--scan") { Description = "Id of the scan to report on (default: the newest)." };
        var output = new Option<string>("--out") { Description = "HTML file to write.", Required = true };
        var portfolio = new Option<bool>("--portfolio") { Description = "Write the portfolio page of every solution in the store, plus each solution's report beside it (<out stem>-<name>-<hash>.html)." };
        var command = new Command("report", "Write the self-contained HTML report of a stored scan: cells, seams, cycles, blockers, trends and changes.")
        {
            database, scanId, output, portfolio,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenExistingAsync(parse.GetRequiredValue(database), ct).ConfigureAwait(false);
            if (parse.GetValue(portfolio))
            {
                var written = await PortfolioUseCase.WriteReportsAsync(store, parse.GetRequiredValue(output), ct).ConfigureAwait(false);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"portfolio of {written} solutions written to {parse.GetRequiredValue(output)} (and one report per solution beside it)").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var (id, scan) = await StoredScanSelection.LoadAsync(store, parse.GetValue(scanId), ct).ConfigureAwait(false);
            var data = await StoredScanSelection.ReportDataAsync(store, id, scan, null, ct).ConfigureAwait(false);
            var path = parse.GetRequiredValue(output);
            HtmlReportWriter.Write(data, path);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"report of scan {id} ({scan.Info.SolutionName}) written to {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
