using System.Globalization;

namespace Modernize.Loading.Processes;

/// <summary>What one child process gave: its exit code and output. <see cref="Ok"/> is false when it failed, timed out or could not start.</summary>
/// <param name="ExitCode">The exit code; -1 when the program did not run to the end (not found, timed out).</param>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public bool Ok => ExitCode == 0;

    /// <summary>True when the program could not be started at all (not found on PATH).</summary>
    public bool NotStarted { get; private init; }

    /// <summary>The trimmed output when the program succeeded with some output, else null.</summary>
    public string? Text => Ok && Output.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Standard output, then standard error: for tools such as dotnet that report errors on either.</summary>
    public string Combined => Error.Length == 0 ? Output : Output + Error;

    public static ProcessResult NotFound(string program) =>
        new(-1, string.Empty, $"{program} is not installed (not found on PATH)") { NotStarted = true };

    public static ProcessResult TimedOut(string program, TimeSpan timeout) =>
        new(-1, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{program} did not finish within {timeout.TotalSeconds:0} s"));
}
