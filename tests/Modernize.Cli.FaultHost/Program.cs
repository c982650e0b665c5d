using Modernize.Cli;
using Modernize.Cli.Commands;
using Modernize.Testing.Faults;

// Usage: modernize-faulthost <modernize arguments>. With MODERNIZE_TEST_PAUSE_IN_STORE=<file> set, a scan writes that file
// inside its write transaction and waits there, so a test can kill -9 the process with half a scan written.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
    Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive = false;
}

var pause = Environment.GetEnvironmentVariable("MODERNIZE_TEST_PAUSE_IN_STORE");
return await CommandRunner.InvokeAsync(CommandCatalog.Root(string.IsNullOrEmpty(pause) ? null : new PauseInTransaction(pause)), args).ConfigureAwait(false);
