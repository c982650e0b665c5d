using Modernize.Cli;
using Modernize.Cli.Commands;
using Modernize.Cli.Terminal;

// CI logs and files get plain text: no colour codes, no cursor movement, and room for the tables (80 columns, the
// default without a terminal, cut `modernize cells` to one-letter headers); COLUMNS still wins when set.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
    Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive = false;
    Spectre.Console.AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : RedirectedWidth.Columns;
}

return await CommandRunner.InvokeAsync(CommandCatalog.Root(), args).ConfigureAwait(false);
