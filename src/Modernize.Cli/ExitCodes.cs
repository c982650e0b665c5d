namespace Modernize.Cli;

/// <summary>The documented exit codes (README, docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>The command did its job (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>Unexpected failure; for <c>check</c>, a rule is broken.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: a missing path, a malformed solution, project or modernize.yml, no projects found.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted by Ctrl+C; nothing was written to the store.</summary>
    public const int Cancelled = 130;
}
