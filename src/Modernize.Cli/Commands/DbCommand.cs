using System.CommandLine;
using Modernize.Storage;
using Modernize.Storage.Transfer;

namespace Modernize.Cli.Commands;

/// <summary>
/// <c>modernize db copy --from A --to B</c> moves the whole history between stores (SQLite and PostgreSQL, either way);
/// <c>modernize db migrate --db X</c> creates or upgrades a store's tables, e.g. as the owner role before CI roles write (docs/team.md).
/// </summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "Manage findings stores: copy history between SQLite and PostgreSQL, create or upgrade the schema.")
    {
        Copy(),
        Migrate(),
    };

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "The store to read: a SQLite file, postgres://... or env:NAME.", Required = true };
        var to = new Option<string>("--to") { Description = "The store to write (created or upgraded as needed): a SQLite file, postgres://... or env:NAME.", Required = true };
        var command = new Command("copy", "Copy every scan from one store to another; scans the target already has are skipped, so a second run finishes an interrupted copy.")
        {
            from,
            to,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var source = await ScanStoreFactory.OpenExistingAsync(parse.GetRequiredValue(from), ct).ConfigureAwait(false);
            using var target = await ScanStoreFactory.OpenAsync(parse.GetRequiredValue(to), ct).ConfigureAwait(false);
            var progress = new Progress<Model.Store.StoredScan>(s => Console.Error.WriteLine($"copied scan {s.Id} of {s.SolutionName} ({s.StartedAt:yyyy-MM-dd HH:mm})"));
            var result = await ScanCopier.CopyAsync(source, target, progress, ct).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"{result.Copied} scans copied from {source.Location} to {target.Location}" + (result.AlreadyThere > 0 ? $"; {result.AlreadyThere} were already there" : string.Empty)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Migrate()
    {
        var db = StoreOptions.Database();
        var command = new Command("migrate", "Create the store's tables or upgrade them to this Modernize's schema, and nothing else.") { db };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenAsync(parse.GetValue(db)!, ct).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{store.Location}: schema version {Storage.Schema.SchemaMigrations.Current}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
