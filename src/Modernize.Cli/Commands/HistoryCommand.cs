using System.CommandLine;
using System.Globalization;
using Modernize.Model;
using Modernize.Scanning.Backfill;
using Modernize.Scanning.UseCases;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary>
/// <c>modernize history &lt;path&gt;</c>: backfills the store with scans of past commits, each in a temporary detached
/// worktree, so the trend reaches back before the first real scan.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The solution, project or folder to scan at each commit (inside a git repository)." };
        var last = new Option<int?>("--last") { Description = "Scan the N most recent commits (first-parent history of HEAD)." };
        var since = new Option<string?>("--since") { Description = "Scan the commits since this date (yyyy-MM-dd)." };
        var every = new Option<int?>("--every") { Description = "Scan every K-th commit." };
        var safe = new Option<bool>("--safe") { Description = "Scan each commit without MSBuild evaluation (as 'modernize scan --safe')." };
        var db = StoreOptions.Database();
        var command = new Command("history", "Backfill the store with scans of past commits (each in a temporary git worktree; your tree is never touched).")
        {
            path,
            last,
            since,
            every,
            safe,
            db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var selection = new HistorySelection(parse.GetValue(last), ParseDate(parse.GetValue(since)), parse.GetValue(every));
            selection.Validate();
            using var store = await ScanStoreFactory.OpenAsync(parse.GetValue(db)!, ct).ConfigureAwait(false);
            var results = await BackfillUseCase.RunAsync(parse.GetValue(path)!, selection, parse.GetValue(safe), store, line => Console.Error.WriteLine(line), ct).ConfigureAwait(false);
            var stored = results.Count(r => r.ScanId is not null);
            Console.Out.WriteLine($"{stored} of {results.Count} commits stored in {store.Location}; 'modernize trend' shows them.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new InputException($"history: --since '{text}' is not a date (use yyyy-MM-dd)");
    }
}
