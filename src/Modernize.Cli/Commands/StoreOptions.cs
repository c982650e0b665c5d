using System.CommandLine;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary>The options every command that reads or writes the findings store shares.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"The findings store: a SQLite file (default: {ScanStoreFactory.DefaultPath} under the current folder), postgres://user:pass@host:port/db, or env:NAME to read either from an environment variable.",
        DefaultValueFactory = _ => ScanStoreFactory.DefaultPath,
    };

    public static Option<string?> Solution() => new("--solution")
    {
        Description = "The solution, by identity or name (default: the one scanned most recently).",
    };
}
