using System.CommandLine;
using System.Globalization;
using Modernize.Model.Store;
using Modernize.Scanning.UseCases;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize diff [A] [B]</c>: what changed between two stored scans (default: the last two of the solution).</summary>
internal static class DiffCommand
{
    private const int MaxListed = 50;

    public static Command Create()
    {
        var before = new Argument<long?>("A") { Description = "Scan id before (default: the second most recent scan).", Arity = ArgumentArity.ZeroOrOne };
        var after = new Argument<long?>("B") { Description = "Scan id after (default: the most recent scan).", Arity = ArgumentArity.ZeroOrOne };
        var db = StoreOptions.Database();
        var solution = StoreOptions.Solution();
        var command = new Command("diff", "Compare two stored scans: new and fixed findings, new and removed cross-cell dependencies, KPI deltas.")
        {
            before,
            after,
            db,
            solution,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenExistingAsync(parse.GetValue(db)!, ct).ConfigureAwait(false);
            var diff = await CompareUseCase.CompareAsync(store, parse.GetValue(before), parse.GetValue(after), parse.GetValue(solution), ct).ConfigureAwait(false);
            Render(diff);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(ScanDiff diff)
    {
        TextTable.Heading(
            $"[bold]{TextTable.Text(diff.After.SolutionName)}[/]: scan {Describe(diff.Before)} -> {Describe(diff.After)}",
            $"{diff.After.SolutionName}: scan {Describe(diff.Before)} -> {Describe(diff.After)}");
        TextTable.Write(
            ["KPI", "before", "after", "delta", ""],
            diff.Kpis.Select(k => (IReadOnlyList<string>)[TextTable.Text(Model.Kpis.KpiCatalog.Find(k.Key).Title), KpiText.Value(k.Key, k.Before), KpiText.Value(k.Key, k.After), KpiText.Delta(k), KpiText.Arrow(k)]).ToList());

        List($"New findings ({diff.NewFindings.Count})", diff.NewFindings.Select(f => $"{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}: {f.Message}"));
        List($"Fixed findings ({diff.FixedFindings.Count})", diff.FixedFindings.Select(f => $"{f.RuleId}: {f.Message}"));
        Console.Out.WriteLine($"Unchanged findings: {diff.UnchangedFindings}");
        List($"New cross-cell dependencies ({diff.NewCrossCellDependencies.Count})", diff.NewCrossCellDependencies.Select(d => $"{d.From} -> {d.To} (weight {d.Weight}{Sample(d)})"));
        List($"Removed cross-cell dependencies ({diff.RemovedCrossCellDependencies.Count})", diff.RemovedCrossCellDependencies.Select(d => $"{d.From} -> {d.To} (weight {d.Weight})"));
    }

    private static string Sample(Model.Graph.Dependency d) => d.Samples.Count > 0 ? ", " + d.Samples[0] : string.Empty;

    private static void List(string title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        Console.Out.WriteLine();
        TextTable.Heading($"[bold]{TextTable.Text(title)}[/]", title);
        foreach (var line in all.Take(MaxListed))
        {
            Console.Out.WriteLine("  " + line);
        }

        if (all.Count > MaxListed)
        {
            Console.Out.WriteLine($"  ... and {all.Count - MaxListed} more");
        }
    }

    private static string Describe(StoredScan scan) =>
        $"#{scan.Id} ({scan.StartedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}{(scan.GitCommit is { Length: >= 7 } sha ? ", " + sha[..7] : string.Empty)})";
}
