namespace Modernize.Loading.Git;

/// <summary>What one git command gave: its exit code and output. <see cref="Ok"/> is false when git failed, timed out or is not installed.</summary>
/// <param name="ExitCode">git's exit code; -1 when it did not run to the end (missing, timed out).</param>
public sealed record GitResult(int ExitCode, string Output, string Error)
{
    public static GitResult NotInstalled { get; } = new(-1, string.Empty, "git is not installed (not found on PATH)");

    public bool Ok => ExitCode == 0;

    /// <summary>The trimmed output when git succeeded with some output, else null.</summary>
    public string? Text => Ok && Output.Trim() is { Length: > 0 } text ? text : null;

    public static GitResult TimedOut(TimeSpan timeout) => new(-1, string.Empty, $"git did not finish within {timeout.TotalSeconds:0} s");
}
