namespace Modernize.Model.Configuration;

/// <summary>One guardrail from the <c>rules</c> section, as written. The rules engine gives it meaning.</summary>
/// <param name="Id">Stable id (appears in SARIF and baselines).</param>
/// <param name="From">Selector of depending elements: <c>cell:NAME</c>, <c>cell:*</c>, <c>tissue:*</c>, or a namespace/type glob.</param>
/// <param name="To">Selector of elements depended upon (with <paramref name="AllowOnly"/>).</param>
/// <param name="Deny">Selectors that <paramref name="From"/> may not depend on.</param>
/// <param name="AllowOnly">The only selectors <paramref name="From"/> may depend on within <paramref name="To"/>.</param>
/// <param name="DenyApi">External API globs that may not be used (for example <c>System.Web.*</c>).</param>
/// <param name="NoCycles"><c>cell</c> or <c>namespace</c>: no dependency cycles at that level.</param>
/// <param name="Text">The rule in words, shown with every violation.</param>
public sealed record RuleDeclaration(
    string Id,
    string? From,
    string? To,
    IReadOnlyList<string> Deny,
    IReadOnlyList<string> AllowOnly,
    IReadOnlyList<string> DenyApi,
    string? NoCycles,
    string Severity,
    string Text,
    int Line)
{
    /// <summary>Metric a threshold rule limits (<c>classCoupling</c>, <c>cyclomaticComplexity</c>, <c>distance</c>...); null for other kinds.</summary>
    public string? Threshold { get; init; }

    /// <summary>The threshold rule's limit; null takes the value of the <c>thresholds</c> section.</summary>
    public double? Max { get; init; }
}
