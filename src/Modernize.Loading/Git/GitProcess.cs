using Modernize.Loading.Processes;

namespace Modernize.Loading.Git;

/// <summary>
/// The one way Modernize runs git. Every call gets the same hardened environment (plain untranslated output, no pager, no
/// prompt, no inherited GIT_* redirection, no hooks or fsmonitor from a scanned repository's configuration), a timeout,
/// cancellation that kills the process tree, and one error policy: a failing, missing or timed-out git is a
/// <see cref="ProcessResult"/> with <see cref="ProcessResult.Ok"/> false, never an exception; cancellation throws. The running
/// itself is <see cref="ChildProcess"/>'s, shared with the dotnet CLI.
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
    public static ProcessResult Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        RunAsync(workingDirectory, arguments, timeout, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    public static Task<ProcessResult> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ChildProcess.RunAsync(Command(workingDirectory, arguments), timeout ?? QueryTimeout, cancellationToken);

    /// <summary>
    /// Runs git and hands its standard output to <paramref name="read"/> as it streams (a long log is never held as one
    /// string). Returns null when git is missing, fails or times out (default <see cref="LongTimeout"/>).
    /// </summary>
    public static T? Read<T>(string workingDirectory, IEnumerable<string> arguments, Func<TextReader, T> read, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        where T : class =>
        ChildProcess.Read(Command(workingDirectory, arguments), read, timeout ?? LongTimeout, cancellationToken);

    private static ProcessCommand Command(string workingDirectory, IEnumerable<string> arguments) =>
        new("git", [.. HardeningOptions, .. arguments], workingDirectory, GitEnvironment);

    /// <summary>Plain, untranslated output whatever the user's settings, never a pager or a credential prompt, no redirection.</summary>
    private static readonly Dictionary<string, string?> GitEnvironment = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["LC_ALL"] = "C",
        ["GIT_PAGER"] = "cat",
        ["GIT_TERMINAL_PROMPT"] = "0",
        ["GIT_OPTIONAL_LOCKS"] = "0",
    }.Concat(RedirectingVariables.Select(v => KeyValuePair.Create(v, (string?)null))).ToDictionary(StringComparer.Ordinal);
}
