using Modernize.Model.Graph;

namespace Modernize.Model.Analysis;

/// <summary>Something an architect should act on.</summary>
/// <param name="RuleId">Stable rule id, for example <c>cyclic-dependency</c> or <c>legacy/system-web</c>.</param>
/// <param name="Symbols">The elements involved (type, namespace or project ids), the identity of the finding together with the rule.</param>
/// <param name="Fingerprint">Stable hash of rule and symbols, never of line numbers, so scans can be compared.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    IReadOnlyList<string> Symbols,
    IReadOnlyList<SourceLocation> Locations,
    string Fingerprint);
