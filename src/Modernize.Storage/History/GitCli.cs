using System.Diagnostics;
using Modernize.Model;

namespace Modernize.Storage.History;

/// <summary>Runs git as a child process; the process is killed if the caller cancels.</summary>
internal static class GitCli
{
    public static async Task<string> RunAsync(string workingDirectory, CancellationToken ct, params string[] arguments)
    {
        var (exitCode, output, error) = await TryRunAsync(workingDirectory, ct, arguments).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({exitCode}): {error.Trim()}");
        }

        return output;
    }

    public static async Task<(int ExitCode, string Output, string Error)> TryRunAsync(string workingDirectory, CancellationToken ct, params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InputException("git", "could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InputException("git", $"not found on PATH ({e.Message}); history needs git");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            try
            {
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }
}
