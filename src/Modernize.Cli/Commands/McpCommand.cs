using System.CommandLine;
using Modernize.Scanning.Guardrails;
using Modernize.Cli.Mcp;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Modernize.Cli.Commands;

/// <summary>
/// <c>modernize mcp PATH [--map FILE] [--db STORE]</c>: a Model Context Protocol server over stdio for coding agents,
/// answering from the product map and the latest stored scan (docs/guardrails.md). Standard output carries the protocol
/// only; messages go to standard error. Never writes to the tree or the store.
/// </summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Solution (.sln/.slnx), project, or folder; modernize.yml is found beside it." };
        var map = new Option<string?>("--map") { Description = "modernize.yml to use (default: modernize.yml beside the solution)." };
        var database = new Option<string?>("--db") { Description = $"Scan store to read the latest scan of the solution from (read-only; default: {Storage.ScanStoreFactory.DefaultPath} when it exists)." };
        var command = new Command("mcp", "Serve the product map and the latest scan to coding agents over MCP (stdio): cell_of, may_depend, check_change, cell_interface, violations.")
        {
            path, map, database,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var workspace = await GuardWorkspace.OpenAsync(parse.GetRequiredValue(path), parse.GetValue(map), parse.GetValue(database), cancellation).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"modernize mcp: serving {workspace.Path} ({workspace.Config.Cells.Count} cell(s), {workspace.Config.Tissue.Count} tissue; {workspace.ScanNote})").ConfigureAwait(false);
            // Answers wait on nothing slow: the indexes the tools share are filled while the client initialises.
            var warming = Task.Run(workspace.Queries.Warm, cancellation);
            var options = new McpServerOptions
            {
                ServerInfo = new Implementation { Name = "modernize", Version = Scanning.Pipeline.ScanContext.ToolVersion },
                ServerInstructions = "Architecture guardrails of this solution (cells, tissue, owners, rules from modernize.yml). "
                    + "Before adding a dependency across cells call may_depend; before finishing a change call check_change with the diff.",
                ToolCollection = [.. McpTools.Tools(workspace)],
                ResourceCollection = [.. McpTools.Resources(workspace)],
            };
            await using var transport = new StdioServerTransport(options);
            await using var server = McpServer.Create(transport, options);
            await server.RunAsync(cancellation).ConfigureAwait(false);
            await warming.ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
