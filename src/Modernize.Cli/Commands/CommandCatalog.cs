using System.CommandLine;

namespace Modernize.Cli.Commands;

/// <summary>Every subcommand of <c>modernize</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ScanCommand.Create();
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
}
