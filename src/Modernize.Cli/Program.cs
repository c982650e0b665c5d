using Modernize.Cli;
using Modernize.Cli.Commands;

// CI logs and files get plain text: no colour codes, no cursor movement.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
    Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive = false;
}

return await CommandRunner.InvokeAsync(CommandCatalog.Root(), args).ConfigureAwait(false);
