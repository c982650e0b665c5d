using Modernize.Model.Configuration;
using Modernize.Model.Rules;

namespace Modernize.Analysis.Rules;

/// <summary><c>deny-api</c>: no use of external APIs matching the globs (from the scan's external-use records), optionally only <c>from</c> some types.</summary>
internal static class ApiRule
{
    public static IEnumerable<Violation> Evaluate(RuleDeclaration rule, RuleContext context)
    {
        var apis = rule.DenyApi.Select(Glob.ForNames).ToList();
        var from = rule.From is null ? null : RuleSelector.Parse(rule.From);
        foreach (var use in context.Graph.ExternalUses)
        {
            if (from is not null && (!context.Types.TryGetValue(use.From, out var source) || !context.Matches(from, source)))
            {
                continue;
            }

            var dot = use.Api.LastIndexOf('.');
            var apiNamespace = dot < 0 ? string.Empty : use.Api[..dot];
            var denied = apis.FirstOrDefault(glob => glob.MatchesTypeOrNamespace(use.Api, apiNamespace));
            if (denied is null)
            {
                continue;
            }

            var location = use.Samples.Count > 0 ? use.Samples[0] : null;
            var members = use.Members.Count == 0 ? string.Empty : $" ({string.Join(", ", use.Members.Take(5))}{(use.Members.Count > 5 ? ", ..." : string.Empty)})";
            var message = $"{context.Describe(use.From)} uses {use.Api}{members}, {use.Count} time{(use.Count == 1 ? string.Empty : "s")}"
                + $"{(location is null ? string.Empty : " at " + location)} (denied API {denied.Pattern})";
            yield return RuleContext.Violation(rule, use.From, use.Api, "api", location, message);
        }
    }
}
