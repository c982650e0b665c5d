using System.CommandLine;

namespace Modernize.Cli.Commands;

/// <summary>Every subcommand of <c>modernize</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return TrendCommand.Create();
        yield return DiffCommand.Create();

        // The scan pipeline (branch scan) plugs in here: (path, commit, ct) => scan of path.
        yield return HistoryCommand.Create(scanner: null);
    }
}
