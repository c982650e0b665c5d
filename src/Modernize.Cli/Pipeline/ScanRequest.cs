namespace Modernize.Cli.Pipeline;

/// <summary>What the user asked <c>modernize scan</c> to do.</summary>
/// <param name="Path">Solution, project or folder to scan.</param>
/// <param name="Safe">No MSBuild evaluation and no processes (see docs/cli.md).</param>
/// <param name="JsonOutput">Where to write the scan JSON, if anywhere.</param>
internal sealed record ScanRequest(string Path, bool Safe, string? JsonOutput);
