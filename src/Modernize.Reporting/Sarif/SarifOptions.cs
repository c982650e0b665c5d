using Modernize.Model.Configuration;

namespace Modernize.Reporting.Sarif;

/// <summary>What a SARIF log says besides its results.</summary>
/// <param name="ToolVersion">Version of Modernize, in tool.driver.version.</param>
/// <param name="SourceRoot">Absolute scanned root: becomes <c>%SRCROOT%</c> in originalUriBaseIds; locations stay relative either way.</param>
/// <param name="Rules">Declared rules, so rules without results are listed too, with their severity as the default level.</param>
/// <param name="BaselinedFingerprints">When given, each result gets a baselineState: <c>unchanged</c> if its fingerprint is here, else <c>new</c>.</param>
public sealed record SarifOptions(
    string ToolVersion = "0.1.0",
    string? SourceRoot = null,
    IReadOnlyList<RuleDeclaration>? Rules = null,
    IReadOnlySet<string>? BaselinedFingerprints = null);
