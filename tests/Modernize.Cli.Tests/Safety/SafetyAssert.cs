using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>The two acceptable ends of a hostile input: a correct scan (0) or bad input (2) said in one line; never 1 (a crash).</summary>
internal static class SafetyAssert
{
    public static void CleanOutcome(ProcessResult result, string mustName)
    {
        Assert.True(result.ExitCode is 0 or 2, $"exit code {result.ExitCode}: {result.Output}");
        Assert.DoesNotContain("unexpected failure", result.StandardError, StringComparison.Ordinal);
        if (result.ExitCode == 2)
        {
            CleanError(result, mustName);
        }
    }

    /// <summary>Exactly one line on standard error, starting with "error:" and naming <paramref name="mustName"/>.</summary>
    public static string CleanError(ProcessResult result, string mustName)
    {
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(mustName, line, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", line, StringComparison.Ordinal);
        return line;
    }
}
