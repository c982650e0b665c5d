using System.CommandLine;
using Modernize.Cli.Commands;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>
/// The CLI's own command tree and error handling, run inside the test process: as real as the child process for everything
/// but process-level behaviour (crashes, signals, PATH), and seconds faster. Pass absolute paths.
/// </summary>
internal static class InProcessCli
{
    public static async Task<ProcessResult> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var root = new RootCommand("modernize");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandRunner.InvokeAsync(root, arguments, output, error).WaitAsync(timeout);
        return new ProcessResult(exitCode, output.ToString(), error.ToString());
    }
}
