using System.CommandLine;
using System.Text;
using Modernize.Model;
using Modernize.Model.Scan;
using Modernize.Reporting.Exports;
using Modernize.Reporting.Sarif;
using Modernize.Scanning.UseCases;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize export --format json|sarif|dot|graphml|csv [--level type|namespace|project] --out FILE</c> of a stored scan (docs/exports.md).</summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "sarif", "dot", "graphml", "csv"];

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "json, sarif, dot, graphml or csv.", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var level = new Option<ExportLevel>("--level") { Description = "Graph level for dot, graphml and csv: type, namespace or project.", DefaultValueFactory = _ => ExportLevel.Namespace };
        var database = StoreOptions.Database();
        var scanId = new Option<long?>("--scan") { Description = "Id of the scan to export (default: the newest)." };
        var output = new Option<string>("--out") { Description = "File to write (csv also writes NAME.dependencies.csv beside it).", Required = true };
        var command = new Command("export", "Export a stored scan as JSON, SARIF, DOT, GraphML or CSV.")
        {
            format, level, database, scanId, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenExistingAsync(parse.GetRequiredValue(database), ct).ConfigureAwait(false);
            var (id, scan) = await StoredScanSelection.LoadAsync(store, parse.GetValue(scanId), ct).ConfigureAwait(false);
            var path = parse.GetRequiredValue(output);
            var written = Export(scan, parse.GetRequiredValue(format), parse.GetValue(level), path);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"scan {id} exported to {string.Join(" and ", written)}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes <paramref name="scan"/> in <paramref name="format"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Export(ScanDocument scan, string format, ExportLevel level, string path)
    {
        switch (format)
        {
            case "dot":
                Write(path, w => DotWriter.Write(ExportGraph.From(scan, level), w));
                return [path];
            case "graphml":
                Write(path, w => GraphMlWriter.Write(ExportGraph.From(scan, level), w));
                return [path];
            case "csv":
                var graph = ExportGraph.From(scan, level);
                var dependencies = CsvExport.DependenciesPath(path);
                Write(path, w => CsvExport.WriteElements(graph, w));
                Write(dependencies, w => CsvExport.WriteDependencies(graph, w));
                return [path, dependencies];
            case "sarif":
                // The architecture findings; rule violations get their SARIF from `modernize check --sarif`.
                Write(path, w => SarifWriter.Write(scan.Analysis.Findings, w, new SarifOptions(scan.Info.ToolVersion, scan.Info.Root)));
                return [path];
            case "json":
                // LEAD: wire the scan engineer's ScanJsonWriter here once branch `scan` has it (Reporting/Json).
                throw new InputException("--format json", "the scan JSON writer is not in this build yet; use --format graphml or csv");
            default:
                throw new InputException("--format " + format, "unknown format; use one of " + string.Join(", ", Formats));
        }
    }

    private static void Write(string path, Action<TextWriter> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }
}
