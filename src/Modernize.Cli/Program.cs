using System.CommandLine;
using Modernize.Cli;
using Modernize.Cli.Commands;

// CI logs and files get plain text: no colour codes, no cursor movement.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
    Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive = false;
}

var root = new RootCommand("Modernize: how to take a legacy .NET codebase apart. Code graph, seams, cells and tissue, legacy blockers, trends and CI guardrails.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await CommandRunner.InvokeAsync(root, args).ConfigureAwait(false);
