using System.CommandLine;
using Modernize.Model;

namespace Modernize.Cli;

/// <summary>Runs the parsed command and turns exceptions into the documented exit codes and one-line messages.</summary>
internal static class CommandRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            var parse = root.Parse(args);
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled: nothing was stored").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: any other failure is reported, never a crash dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"error: unexpected failure: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync(verbose ? ex.ToString() : "(run again with --verbose for the stack trace)").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
