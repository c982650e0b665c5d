using System.CommandLine;
using System.Text;
using Modernize.Analysis.Configuration;
using Modernize.Analysis.Rules;
using Modernize.Cli.Pipeline;
using Modernize.Model;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Reporting.Junit;
using Modernize.Reporting.Sarif;
using Modernize.Storage;
using Spectre.Console;

namespace Modernize.Cli.Commands;

/// <summary>What <c>check</c> asks of the scan pipeline.</summary>
/// <param name="Database">The store given with <c>--db</c>, whose latest scan of the solution may be reused (docs/ci.md).</param>
internal sealed record CheckScanRequest(string Path, ModernizeConfig Config, bool Safe, string? Database);

/// <summary>
/// <c>modernize check PATH</c>: scans, evaluates the rules of modernize.yml, tolerates baselined violations, writes
/// SARIF and JUnit, and exits 0 (no new error), 1 (a rule is newly broken) or 2 (bad input). See docs/ci.md.
/// </summary>
internal static class CheckCommand
{
    public static Command Create() => Create(ScanWithPipeline);

    /// <summary>The command over a given scanner: the CLI wires the scan pipeline, tests pass scans built by hand.</summary>
    public static Command Create(Func<CheckScanRequest, CancellationToken, Task<ScanDocument>> scan)
    {
        var path = new Argument<string>("path") { Description = "Solution (.sln/.slnx), project, or folder to check." };
        var map = new Option<string?>("--map") { Description = "modernize.yml to use (default: modernize.yml beside the solution)." };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file of tolerated violations (e.g. .modernize-baseline.json)." };
        var update = new Option<bool>("--update-baseline") { Description = "Rewrite the baseline with the current violations (creates it when missing)." };
        var sarif = new Option<string?>("--sarif") { Description = "Write the violations as SARIF 2.1.0 to this file." };
        var junit = new Option<string?>("--junit") { Description = "Write one JUnit testcase per rule to this file." };
        var safe = new Option<bool>("--safe") { Description = "Safe mode: read project files without running MSBuild." };
        var database = new Option<string?>("--db") { Description = "Scan store; reuse its latest scan when nothing relevant changed." };
        var command = new Command("check", "Check the architecture rules of modernize.yml; exit 1 when a rule is newly broken.")
        {
            path, map, baseline, update, sarif, junit, safe, database,
        };

        command.SetAction(async (parse, cancellation) =>
        {
            var options = new CheckOptions(
                parse.GetRequiredValue(path), parse.GetValue(map), parse.GetValue(baseline), parse.GetValue(update),
                parse.GetValue(sarif), parse.GetValue(junit), parse.GetValue(safe), parse.GetValue(database));
            return await RunAsync(options, scan, parse.InvocationConfiguration.Output, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CheckOptions options, Func<CheckScanRequest, CancellationToken, Task<ScanDocument>> scan, TextWriter output, CancellationToken cancellation)
    {
        // Everything that can be bad input is read before the (slow) scan.
        if (!File.Exists(options.Path) && !Directory.Exists(options.Path))
        {
            throw new InputException(options.Path, "not found");
        }

        var config = ConfigLoader.FindAndLoad(options.Path, options.Map) ?? ModernizeConfig.Default;
        var baselinePath = options.Baseline ?? (options.UpdateBaseline ? Path.Combine(RootFolder(options.Path), Baseline.DefaultFileName) : null);
        IReadOnlyList<BaselineEntry> tolerated = baselinePath is null || (options.UpdateBaseline && !File.Exists(baselinePath)) ? [] : Baseline.Load(baselinePath);

        var document = await scan(new CheckScanRequest(options.Path, config, options.Safe, options.Database), cancellation).ConfigureAwait(false);
        var violations = RuleEngine.Evaluate(document, config);
        var comparison = Baseline.Compare(violations, tolerated);

        if (options.Sarif is not null)
        {
            var baselined = baselinePath is null ? null : comparison.Baselined.Select(v => v.Fingerprint).ToHashSet(StringComparer.Ordinal);
            WriteFile(options.Sarif, w => SarifWriter.Write(violations, w, new SarifOptions(document.Info.ToolVersion, document.Info.Root, config.Rules, baselined)));
        }

        if (options.Junit is not null)
        {
            WriteFile(options.Junit, w => JunitWriter.Write(config.Rules, comparison.New, comparison.Baselined, w));
        }

        Render(comparison, output);
        await ReportStaleGuardFilesAsync(options.Path, config, document, output).ConfigureAwait(false);
        if (options.UpdateBaseline)
        {
            Baseline.Save(baselinePath!, violations);
            await output.WriteLineAsync(
                $"baseline {baselinePath} updated: {violations.Count} violation(s) tolerated, {comparison.New.Count} added, {comparison.Fixed.Count} fixed dropped").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var rules = config.Rules.Count == 0 ? "no rules in modernize.yml" : $"{config.Rules.Count} rule(s)";
        var counts = $"{comparison.New.Count} new, {comparison.Baselined.Count} baselined, {comparison.Fixed.Count} fixed ({rules})";
        await output.WriteLineAsync(comparison.Failed ? $"check FAILED: {counts}" : $"check passed: {counts}").ConfigureAwait(false);
        return comparison.Failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>A Spectre table on a terminal; one plain, grep-friendly line per violation when redirected (CI logs).</summary>
    private static void Render(BaselineComparison comparison, TextWriter output)
    {
        var rows = comparison.New.Select(v => (State: "new", Violation: v)).Concat(comparison.Baselined.Select(v => (State: "baselined", Violation: v))).ToList();
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi)
        {
            if (rows.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("", "rule", "from -> to", "kind", "file:line");
                foreach (var (state, v) in rows.Where(r => r.State == "new"))
                {
                    var colour = v.Severity == Severity.Error ? "red" : "yellow";
                    table.AddRow($"[{colour}]{Markup.Escape(SeverityWord(v.Severity))}[/]", Markup.Escape(v.RuleId), Markup.Escape($"{v.From} -> {v.To}"), Markup.Escape(v.Kind), Markup.Escape(v.Location?.ToString() ?? "-"));
                }

                AnsiConsole.Write(table);
            }

            foreach (var entry in comparison.Fixed)
            {
                AnsiConsole.MarkupLine($"[green]fixed[/] {Markup.Escape(entry.RuleId)}: {Markup.Escape(entry.From)} -> {Markup.Escape(entry.To)}");
            }

            return;
        }

        foreach (var (state, v) in rows)
        {
            output.WriteLine($"{state} {SeverityWord(v.Severity)} {v.RuleId}: {v.From} -> {v.To} [{v.Kind}] at {v.Location?.ToString() ?? "-"}: {v.Message}");
        }

        foreach (var entry in comparison.Fixed)
        {
            output.WriteLine($"fixed {entry.RuleId}: {entry.From} -> {entry.To}");
        }
    }

    /// <summary>Generated guard files (guardrails file, CODEOWNERS, AGENTS.md section) that no longer match: warned, never a failure.</summary>
    private static async Task ReportStaleGuardFilesAsync(string path, ModernizeConfig config, ScanDocument document, TextWriter output)
    {
        var root = RootFolder(path);
        var target = File.Exists(path) ? Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/') : ".";
        foreach (var stale in Guard.GuardFiles.Stale(root, target, config, document, Guard.GuardFiles.RepositoryPrefix(root)))
        {
            await output.WriteLineAsync("stale " + stale).ConfigureAwait(false);
        }
    }

    private static string SeverityWord(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string RootFolder(string path) => Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }

    /// <summary>
    /// The scan pipeline as <c>modernize scan</c> runs it, with the configuration check already read. With <c>--db</c>
    /// the latest stored scan is reused when its input fingerprint matches, and a new scan is stored.
    /// </summary>
    private static async Task<ScanDocument> ScanWithPipeline(CheckScanRequest request, CancellationToken cancellation)
    {
        var scanRequest = new ScanRequest(request.Path, request.Safe, null) { Config = request.Config };
        if (request.Database is null)
        {
            return await ScanPipeline.CreateDefault().RunAsync(scanRequest, SilentScanProgress.Instance, cancellation).ConfigureAwait(false);
        }

        using var store = await ScanStoreFactory.OpenAsync(request.Database, cancellation).ConfigureAwait(false);
        var (scan, reused) = await StoredScanReuse.ScanOrReuseAsync(ScanPipeline.CreateDefault(), scanRequest, store, SilentScanProgress.Instance, cancellation).ConfigureAwait(false);
        await Console.Error.WriteLineAsync(reused
            ? $"reused the stored scan of {scan.Info.StartedAt:yyyy-MM-dd HH:mm} from {store.Location}: no relevant file changed"
            : $"scanned and stored in {store.Location}").ConfigureAwait(false);
        return scan;
    }

    private sealed record CheckOptions(
        string Path, string? Map, string? Baseline, bool UpdateBaseline, string? Sarif, string? Junit, bool Safe, string? Database);
}
