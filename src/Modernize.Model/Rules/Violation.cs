using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Model.Rules;

/// <summary>A broken rule, naming the exact dependency that breaks it.</summary>
/// <param name="From">The depending type (or namespace/cell for aggregate rules).</param>
/// <param name="To">The type (or API) depended upon.</param>
/// <param name="Kind">Strongest dependency kind, or a rule-specific word such as <c>threshold</c>.</param>
/// <param name="Fingerprint">Rule id + from + to, never lines: the key a baseline stores.</param>
public sealed record Violation(
    string RuleId,
    string RuleText,
    Severity Severity,
    string From,
    string To,
    string Kind,
    SourceLocation? Location,
    string Message,
    string Fingerprint);
