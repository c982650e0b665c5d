using System.CommandLine;
using Modernize.Cli.Terminal;
using Modernize.Cli.Pipeline;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Reporting.Json;
using Spectre.Console;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize scan &lt;path&gt; [--json file] [--safe] [--verbose]</c>: load, extract and summarise a solution.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .sln, .slnx, .csproj or .vbproj file, or a folder holding one solution or some projects." };
        var json = new Option<string?>("--json") { Description = "Write the whole scan as JSON to this file (format: docs/scan-json.md)." };
        var safe = new Option<bool>("--safe") { Description = "Read project files as data: no MSBuild evaluation, no restore, no process started, nothing written." };
        var verbose = new Option<bool>("--verbose") { Description = "Show loading details, every warning and stack traces of failures." };
        var command = new Command("scan", "Scan a .NET solution (modern or legacy) into a code graph and report how faithfully each project loaded.")
        {
            path, json, safe, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ScanRequest(parse.GetValue(path)!, parse.GetValue(safe), parse.GetValue(json));
            var isVerbose = parse.GetValue(verbose);
            var pipeline = new ScanPipeline(new SolutionLoader(), new CodeGraphExtractor(new ExtractionOptions()));
            var scan = await ScanConsole.RunAsync(isVerbose, progress => pipeline.RunAsync(request, progress, cancellationToken)).ConfigureAwait(false);
            if (request.JsonOutput is not null)
            {
                await ScanJsonWriter.WriteFileAsync(scan, request.JsonOutput, cancellationToken).ConfigureAwait(false);
            }

            ScanSummary.Print(AnsiConsole.Console, scan, isVerbose);
            if (request.JsonOutput is not null)
            {
                AnsiConsole.MarkupLine("JSON written to " + Markup.Escape(Path.GetFullPath(request.JsonOutput)));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
