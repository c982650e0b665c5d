namespace Modernize.Model.Rules;

/// <summary>A tolerated violation in the baseline file: its fingerprint is the key; from and to are there for readers of diffs.</summary>
public sealed record BaselineEntry(string RuleId, string Fingerprint, string From, string To);
