using System.CommandLine;
using System.Text;
using Modernize.Model;
using Modernize.Model.Analysis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Reporting.Junit;
using Modernize.Reporting.Sarif;
using Modernize.Scanning.UseCases;
using Spectre.Console;

namespace Modernize.Cli.Commands;

/// <summary>
/// <c>modernize check PATH</c>: scans, evaluates the rules of modernize.yml, tolerates baselined violations, writes
/// SARIF and JUnit, and exits 0 (no new error), 1 (a rule is newly broken) or 2 (bad input). See docs/ci.md.
/// </summary>
internal static class CheckCommand
{
    public static Command Create() => Create(null);

    /// <summary>The command over a given scanner: the CLI wires the scan pipeline, tests pass scans built by hand.</summary>
    public static Command Create(Func<CheckScanRequest, CancellationToken, Task<ScanDocument>>? scan)
    {
        var path = new Argument<string>("path") { Description = "Solution (.sln/.slnx), project, or folder to check." };
        var map = new Option<string?>("--map") { Description = "modernize.yml to use (default: modernize.yml beside the solution)." };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file of tolerated violations (e.g. .modernize-baseline.json)." };
        var update = new Option<bool>("--update-baseline") { Description = "Rewrite the baseline with the current violations (creates it when missing)." };
        var sarif = new Option<string?>("--sarif") { Description = "Write the violations as SARIF 2.1.0 to this file." };
        var junit = new Option<string?>("--junit") { Description = "Write one JUnit testcase per rule to this file." };
        var safe = new Option<bool>("--safe") { Description = "Safe mode: read project files without running MSBuild." };
        var database = new Option<string?>("--db") { Description = "Scan store; reuse its latest scan when nothing relevant changed." };
        var baseRevision = new Option<string?>("--base") { Description = "Git revision the change is based on (e.g. origin/main): report only violations it does not have. Needs --db holding a scan of it." };
        var command = new Command("check", "Check the architecture rules of modernize.yml; exit 1 when a rule is newly broken.")
        {
            path, map, baseline, update, sarif, junit, safe, database, baseRevision,
        };

        command.SetAction(async (parse, cancellation) =>
        {
            var request = new CheckRequest(
                parse.GetRequiredValue(path), parse.GetValue(map), parse.GetValue(baseline), parse.GetValue(update), parse.GetValue(safe), parse.GetValue(database))
            {
                Base = parse.GetValue(baseRevision),
            };
            var useCase = scan is null ? CheckUseCase.CreateDefault(line => Console.Error.WriteLine(line)) : new CheckUseCase(scan);
            var outcome = await useCase.RunAsync(request, cancellation).ConfigureAwait(false);
            return await RenderAsync(request, outcome, parse.GetValue(sarif), parse.GetValue(junit), parse.InvocationConfiguration.Output).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RenderAsync(CheckRequest request, CheckOutcome outcome, string? sarifPath, string? junitPath, TextWriter output)
    {
        var (config, document, violations, comparison, baselinePath) = outcome;
        if (sarifPath is not null)
        {
            var baselined = baselinePath is null ? null : comparison.Baselined.Select(v => v.Fingerprint).ToHashSet(StringComparer.Ordinal);
            WriteFile(sarifPath, w => SarifWriter.Write(violations, w, new SarifOptions(document.Info.ToolVersion, document.Info.Root, config.Rules, baselined)));
        }

        if (junitPath is not null)
        {
            WriteFile(junitPath, w => JunitWriter.Write(config.Rules, comparison.New, comparison.Baselined, w));
        }

        Render(comparison, output);
        foreach (var stale in outcome.StaleGuardFiles)
        {
            await output.WriteLineAsync("stale " + stale).ConfigureAwait(false);
        }

        if (request.UpdateBaseline)
        {
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

    private static string SeverityWord(Severity severity) => severity.ToString().ToLowerInvariant();

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
}
