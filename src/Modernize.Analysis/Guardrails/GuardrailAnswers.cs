namespace Modernize.Analysis.Guardrails;

// The answers of the guardrail queries (the MCP tools' results): plain records, serialised as JSON by the front end.

/// <summary>Where a type belongs: its cell or tissue element, its owner, and the glob that decided it.</summary>
public sealed record ElementMatch(string Type, string? Element, string? Kind, string? Owner, string Why, string? File = null);

public sealed record CellOfAnswer(string Query, IReadOnlyList<ElementMatch> Matches, string? Note);

/// <summary>A rule a dependency breaks, with the message <c>modernize check</c> would print.</summary>
public sealed record BrokenRule(string RuleId, string Severity, string Rule, string Message, string? At);

public sealed record MayDependAnswer(bool Allowed, ElementMatch From, ElementMatch To, IReadOnlyList<BrokenRule> BrokenRules, string Reason);

/// <summary>A dependency a change introduces (or keeps), found in its added lines.</summary>
public sealed record ChangeDependency(string From, string? FromElement, string To, string? ToElement, bool CrossCell, bool New, string At);

public sealed record CheckChangeAnswer(
    IReadOnlyList<ElementMatch> Files,
    IReadOnlyList<string> CellsTouched,
    IReadOnlyList<ChangeDependency> NewCrossCellDependencies,
    IReadOnlyList<BrokenRule> BrokenRules,
    IReadOnlyList<string> OwnersToInvolve,
    string Verdict,
    string Note);

/// <summary>A type of a cell that other cells use, with who uses it.</summary>
public sealed record InterfaceType(string Type, string? File, int Callers, IReadOnlyList<InterfaceCaller> UsedBy);

public sealed record InterfaceCaller(string Type, string? Element, int References, string? At);

public sealed record CellInterfaceAnswer(string Cell, string Kind, string? Owner, int Types, IReadOnlyList<InterfaceType> Interface, string Note);

public sealed record ViolationItem(string RuleId, string Severity, string From, string To, string Kind, string? At, string Message);

public sealed record ViolationsAnswer(string? Cell, int Total, IReadOnlyList<ViolationItem> Violations, string Note);
