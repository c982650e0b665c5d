using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Modernize.Loading.Processes;

/// <summary>
/// The one way Modernize runs another program (git, dotnet). Every run has the same policy: arguments passed as a list (no
/// shell), no standard input, output read as UTF-8, the caller's environment changes applied over the inherited environment,
/// a timeout, cancellation that kills the whole process tree, and one error policy: a program that is missing, fails or
/// times out is a <see cref="ProcessResult"/> with <see cref="ProcessResult.Ok"/> false, never an exception; cancellation throws.
/// Each program's own hardening (git's options, dotnet's variables) is its gateway's business (<c>Git.GitProcess</c>,
/// <c>Environment.DotnetCli</c>).
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="command"/> and waits for it, at most <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(ProcessCommand command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var process = Start(command);
        if (process is null)
        {
            return ProcessResult.NotFound(command.DisplayName);
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return ProcessResult.TimedOut(command.DisplayName, timeout);
        }

        return new ProcessResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    /// <summary>
    /// Runs <paramref name="command"/> and hands its standard output to <paramref name="read"/> as it streams (a long output is
    /// never held as one string). Returns null when the program is missing, fails or times out.
    /// </summary>
    public static T? Read<T>(ProcessCommand command, Func<TextReader, T> read, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        using var process = Start(command);
        if (process is null)
        {
            return null;
        }

        using var timer = new Timer(_ => Kill(process), null, timeout, Timeout.InfiniteTimeSpan);
        using var cancel = cancellationToken.Register(() => Kill(process));
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var result = read(process.StandardOutput);
        process.WaitForExit();
        _ = error.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return process.ExitCode == 0 ? result : null;
    }

    private static Process? Start(ProcessCommand command)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = command.WorkingDirectory,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in MsBuild.BuildHostWatch.EnvironmentBefore().Concat(command.Environment))
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        try
        {
            return Process.Start(info);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
