using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Modernize.Loading.Git;

/// <summary>
/// The one way Modernize runs git. Every call gets the same hardened environment (plain untranslated output, no pager, no
/// prompt, no inherited GIT_* redirection, no hooks or fsmonitor from a scanned repository's configuration), a timeout,
/// cancellation that kills the process tree, and one error policy: a failing, missing or timed-out git is a
/// <see cref="GitResult"/> with <see cref="GitResult.Ok"/> false, never an exception; cancellation throws.
/// </summary>
public static class GitProcess
{
    /// <summary>How long a query about a repository may take (rev-parse, config, show).</summary>
    public static TimeSpan QueryTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a long command may take (log of a large history, adding a worktree of a large tree).</summary>
    public static TimeSpan LongTimeout { get; } = TimeSpan.FromMinutes(15);

    /// <summary>Options put before every command: a scanned repository's configuration must not run programs of its choosing.</summary>
    private static readonly string[] HardeningOptions = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.quotepath=false"];

    /// <summary>Environment variables that would point git somewhere other than the folder it runs in.</summary>
    private static readonly string[] RedirectingVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE",
        "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT", "GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_EXEC_PATH",
    ];

    /// <summary>Runs git in <paramref name="workingDirectory"/> and waits for it (at most <paramref name="timeout"/>, default <see cref="QueryTimeout"/>).</summary>
    public static GitResult Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        RunAsync(workingDirectory, arguments, timeout, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    public static async Task<GitResult> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? QueryTimeout;
        using var process = Start(workingDirectory, arguments);
        if (process is null)
        {
            return GitResult.NotInstalled;
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        return await WaitAsync(process, limit, cancellationToken).ConfigureAwait(false)
            ? new GitResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false))
            : GitResult.TimedOut(limit);
    }

    /// <summary>
    /// Runs git and hands its standard output to <paramref name="read"/> as it streams (a long log is never held as one
    /// string). Returns null when git is missing, fails or times out.
    /// </summary>
    public static T? Read<T>(string workingDirectory, IEnumerable<string> arguments, Func<TextReader, T> read, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var limit = timeout ?? LongTimeout;
        using var process = Start(workingDirectory, arguments);
        if (process is null)
        {
            return null;
        }

        using var timer = new Timer(_ => Kill(process), null, limit, Timeout.InfiniteTimeSpan);
        using var cancel = cancellationToken.Register(() => Kill(process));
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var result = read(process.StandardOutput);
        process.WaitForExit();
        _ = error.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return process.ExitCode == 0 ? result : null;
    }

    private static Process? Start(string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in HardeningOptions.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        // Plain, untranslated output whatever the user's settings, and never a pager or a credential prompt.
        info.Environment["LC_ALL"] = "C";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        foreach (var variable in RedirectingVariables)
        {
            info.Environment.Remove(variable);
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

    /// <returns>False when the time ran out (the process is then killed).</returns>
    private static async Task<bool> WaitAsync(Process process, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return false;
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
