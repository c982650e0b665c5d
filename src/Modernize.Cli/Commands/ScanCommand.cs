using System.CommandLine;
using Modernize.Cli.Terminal;
using Modernize.Reporting;
using Modernize.Reporting.Json;
using Modernize.Scanning;
using Modernize.Scanning.UseCases;
using Modernize.Storage;
using Spectre.Console;

namespace Modernize.Cli.Commands;

/// <summary>
/// <c>modernize scan &lt;path&gt;</c>: load, extract, analyse, propose cells, check rules, store the scan and write the
/// HTML report (and JSON on request). The main job of Modernize.
/// </summary>
internal static class ScanCommand
{
    /// <param name="writeHook">Run inside the store's write transaction; the crash tests' host passes one, the shipped tool none.</param>
    public static Command Create(IStoreWriteHook? writeHook = null)
    {
        var path = new Argument<string>("path") { Description = "A .sln, .slnx, .csproj or .vbproj file, or a folder holding one solution or some projects." };
        var json = new Option<string?>("--json") { Description = "Write the whole scan as JSON to this file (format: docs/scan-json.md)." };
        var report = new Option<string?>("--report") { Description = "Write the HTML report here (default: reports/<solution>.html under the current folder)." };
        var noReport = new Option<bool>("--no-report") { Description = "Do not write the HTML report." };
        var db = StoreOptions.Database();
        var noStore = new Option<bool>("--no-store") { Description = "Do not save the scan in the findings store." };
        var map = new Option<string?>("--map") { Description = "modernize.yml to use (default: modernize.yml beside the scanned solution)." };
        var noHistory = new Option<bool>("--no-history") { Description = "Do not read git history (no hotspots, change coupling or autonomy)." };
        var safe = new Option<bool>("--safe") { Description = "Read project files as data: no MSBuild evaluation, no restore, no process started (docs/reliability.md)." };
        var verbose = new Option<bool>("--verbose") { Description = "Show loading details, every warning and stack traces of failures." };
        var command = new Command("scan", "Scan a .NET solution (modern or legacy): code graph, architecture analysis, cells and tissue, rules; stores the scan and writes the HTML report.")
        {
            path, json, report, noReport, db, noStore, map, noHistory, safe, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ScanRequest(parse.GetValue(path)!, parse.GetValue(safe), parse.GetValue(json))
            {
                MapPath = parse.GetValue(map),
                ReadHistory = !parse.GetValue(noHistory),
            };
            var isVerbose = parse.GetValue(verbose);

            // The store is opened first: a corrupt or newer database is bad input, reported before the slow scan.
            using var store = parse.GetValue(noStore) ? null : await ScanStoreFactory.OpenAsync(parse.GetValue(db)!, writeHook, cancellationToken).ConfigureAwait(false);
            request = request with { ExtractionCache = store };
            var useCase = ScanUseCase.CreateDefault();
            var stages = new StageClock();
            var scan = await ScanConsole.RunAsync(isVerbose, progress => useCase.ScanAsync(request, stages.Observe(progress), cancellationToken)).ConfigureAwait(false);
            stages.Stop();

            ScanSummary.Print(AnsiConsole.Console, scan, isVerbose);
            AnalysisSummary.Print(AnsiConsole.Console, scan);

            if (store is not null)
            {
                stages.Start("Storing");
            }

            var (id, reportData) = await ScanUseCase.StoreAsync(scan, store, useCase.Reused, cancellationToken).ConfigureAwait(false);
            if (store is not null)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"Scan {id} stored in {store.Location}"));
            }

            if (request.JsonOutput is not null)
            {
                stages.Start("Writing JSON");
                await ScanJsonWriter.WriteFileAsync(scan, request.JsonOutput, cancellationToken).ConfigureAwait(false);
                AnsiConsole.MarkupLine("JSON written to " + Markup.Escape(Path.GetFullPath(request.JsonOutput)));
            }

            if (!parse.GetValue(noReport))
            {
                stages.Start("Writing report");
                var reportPath = parse.GetValue(report) ?? DefaultReportPath(scan.Info.SolutionName);
                HtmlReportWriter.Write(reportData, reportPath);
                AnsiConsole.MarkupLine("Report written to " + Markup.Escape(Path.GetFullPath(reportPath)));
            }

            if (isVerbose)
            {
                foreach (var line in stages.Lines())
                {
                    AnsiConsole.WriteLine(line);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>reports/&lt;solution name&gt;.html</c>, with characters that are unsafe in file names replaced.</summary>
    public static string DefaultReportPath(string solutionName)
    {
        var stem = Path.GetFileNameWithoutExtension(solutionName);
        var invalid = Path.GetInvalidFileNameChars().Concat(['<', '>', ':', '"', '|', '?', '*', '\\', '/']).ToHashSet();
        var safe = new string(stem.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return Path.Combine("reports", (safe.Length == 0 ? "scan" : safe) + ".html");
    }
}
