using System.Collections.Generic;
using System.Linq;

namespace Modernize.Analyzers.Guardrails;

/// <summary>
/// A rule of the guardrails file: <c>from</c> + <c>deny</c>, <c>from</c> + <c>allow-only</c> (+ <c>to</c>), or
/// <c>deny-api</c> (optionally scoped by <c>from</c>). Evaluated as <c>modernize check</c> does (docs/rules.md).
/// </summary>
internal sealed class GuardrailRule
{
    public GuardrailRule(string id, string text, string severity, Selector? from, Selector? to, IReadOnlyList<Selector> deny, IReadOnlyList<Selector> allowOnly, IReadOnlyList<NameGlob> denyApi)
    {
        Id = id;
        Text = text;
        Severity = severity;
        From = from;
        To = to;
        Deny = deny;
        AllowOnly = allowOnly;
        DenyApi = denyApi;
    }

    public string Id { get; }

    public string Text { get; }

    public string Severity { get; }

    public Selector? From { get; }

    public Selector? To { get; }

    public IReadOnlyList<Selector> Deny { get; }

    public IReadOnlyList<Selector> AllowOnly { get; }

    public IReadOnlyList<NameGlob> DenyApi { get; }

    public bool IsApiRule => DenyApi.Count > 0;

    /// <summary>Whether the rule limits what <paramref name="source"/> may use.</summary>
    public bool AppliesTo(TypeFacts source) => From is null ? IsApiRule : From.Matches(source);

    /// <summary>Whether the solution type <paramref name="source"/> may not depend on the solution type <paramref name="target"/>.</summary>
    public bool Forbids(TypeFacts source, TypeFacts target)
    {
        if (IsApiRule || From is null)
        {
            return false;
        }

        var sameElement = source.Element is not null && source.Element == target.Element;
        if (Deny.Count > 0)
        {
            return Deny.Any(denied => denied.Matches(target)
                && (denied.IsProductMap || From.IsProductMap ? !sameElement : !denied.Matches(source)));
        }

        var inScope = To is not null ? To.Matches(target) : !From.IsProductMap || target.Element is not null;
        if (!inScope || AllowOnly.Any(allowed => allowed.Matches(target)))
        {
            return false;
        }

        var ownGroup = From.IsProductMap || (To is not null && To.IsProductMap) ? sameElement : From.Matches(target);
        return !ownGroup;
    }

    /// <summary>The deny-api glob that <paramref name="api"/> (an external type) matches, or null.</summary>
    public NameGlob? DeniedApi(TypeFacts api) => DenyApi.FirstOrDefault(glob => glob.MatchesTypeOrNamespace(api.Id, api.Namespace));
}
