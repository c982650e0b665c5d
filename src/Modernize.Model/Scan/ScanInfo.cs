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
    IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>The setting under which the input fingerprint is recorded (docs/ci.md).</summary>
    public const string InputFingerprintSetting = "inputFingerprint";

    /// <summary>
    /// The fingerprint of the scanned tree and everything else that shapes the result (tool version, settings, the map): two
    /// scans with the same fingerprint have the same result, so <c>check --db</c> can reuse the stored one. Null for scans
    /// made before it was recorded. Kept in <see cref="Settings"/> so the scan JSON keeps its documented shape.
    /// </summary>
    public string? InputFingerprint => Settings.GetValueOrDefault(InputFingerprintSetting);
}
