using System.CommandLine;
using Modernize.Storage;

namespace Modernize.Cli.Commands;

/// <summary>Every subcommand of <c>modernize</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    /// <param name="writeHook">Run inside the store's write transaction by <c>scan</c>; only the crash tests' host passes one.</param>
    public static IEnumerable<Command> All(IStoreWriteHook? writeHook = null)
    {
        yield return ScanCommand.Create(writeHook);
        yield return CellsCommand.Create();
        yield return ReportCommand.Create();
        yield return TrendCommand.Create();
        yield return DiffCommand.Create();
        yield return HistoryCommand.Create();
        yield return CheckCommand.Create();
        yield return ExportCommand.Create();
        yield return GuardCommand.Create();
        yield return McpCommand.Create();
        yield return PortfolioCommand.Create();
        yield return DbCommand.Create();
    }

    /// <summary>The <c>modernize</c> root command with every subcommand.</summary>
    public static RootCommand Root(IStoreWriteHook? writeHook = null)
    {
        var root = new RootCommand("Modernize: how to take a legacy .NET codebase apart. Code graph, seams, cells and tissue, legacy blockers, trends and CI guardrails.");
        foreach (var command in All(writeHook))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
