namespace Modernize.Model.Scan;

/// <summary>Where, when and how a scan was made.</summary>
/// <param name="SolutionIdentity">Stable identity of the solution across machines and folders (see docs/store.md).</param>
/// <param name="SolutionName">Display name: the solution or project file name, or the folder name.</param>
/// <param name="Root">Absolute scanned root on this machine (not part of the identity).</param>
/// <param name="Settings">The effective settings, as key/value text, for the record.</param>
public sealed record ScanInfo(
    string SolutionIdentity,
    string SolutionName,
    string Root,
    string ToolVersion,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    string? GitCommit,
    string? GitBranch,
    bool SafeMode,
    IReadOnlyDictionary<string, string> Settings);
