using System.CommandLine;
using Modernize.Model;

namespace Modernize.Cli;

/// <summary>Runs the parsed command and turns exceptions into the documented exit codes and one-line messages.</summary>
internal static class CommandRunner
{
    /// <param name="output">Where commands write (tests pass a StringWriter); the console when null.</param>
    /// <param name="error">Where errors go; the console's error stream when null.</param>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var verbose = args.Contains("--verbose");
        error ??= Console.Error;
        try
        {
            var parse = root.Parse(args);
            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output ?? Console.Out, Error = error };
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled: nothing was stored").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The machine, not the code: a full disk, a read-only or vanished output folder. One line naming the file.
            await error.WriteLineAsync("error: cannot write or read a file: " + FirstLine(ex.Message)).ConfigureAwait(false);
            if (verbose)
            {
                await error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: any other failure is reported, never a crash dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"error: unexpected failure: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            await error.WriteLineAsync(verbose ? ex.ToString() : "(run again with --verbose for the stack trace)").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? text;
}
