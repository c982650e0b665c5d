using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;

namespace Modernize.Analysis.Rules;

/// <summary>
/// <c>from</c> + <c>deny</c> or <c>allow-only</c>: which types may depend on which. Dependencies inside one declared cell
/// or tissue element are always allowed when the rule speaks of the product map, and a name rule never forbids a type
/// its own group (a type matching both <c>from</c> and the denied glob).
/// </summary>
internal static class DependencyRule
{
    public static IEnumerable<Violation> Evaluate(RuleDeclaration rule, RuleContext context)
    {
        var from = RuleSelector.Parse(rule.From!);
        var deny = rule.Deny.Select(RuleSelector.Parse).ToList();
        var allowOnly = rule.AllowOnly.Select(RuleSelector.Parse).ToList();
        var scope = rule.To is null ? null : RuleSelector.Parse(rule.To);

        foreach (var dependency in context.Graph.Dependencies)
        {
            if (dependency.From == dependency.To
                || !context.Types.TryGetValue(dependency.From, out var source)
                || !context.Types.TryGetValue(dependency.To, out var target)
                || !context.Matches(from, source))
            {
                continue;
            }

            var sameElement = context.ElementOf(source.Id) is { } element && element == context.ElementOf(target.Id);
            var broken = deny.Count > 0
                ? deny.FirstOrDefault(selector => Denies(selector, from, source, target, sameElement, context))
                : BreaksAllowList(from, scope, allowOnly, source, target, sameElement, context);
            if (broken is not null)
            {
                yield return ViolationOf(rule, dependency, broken, context);
            }
        }
    }

    private static bool Denies(RuleSelector denied, RuleSelector from, TypeNode source, TypeNode target, bool sameElement, RuleContext context)
    {
        if (!context.Matches(denied, target))
        {
            return false;
        }

        if (denied.IsProductMap || from.IsProductMap)
        {
            return !sameElement;
        }

        return !context.Matches(denied, source);
    }

    /// <summary>The selector that describes the broken allow-list (the scope), or null when the dependency is allowed.</summary>
    private static RuleSelector? BreaksAllowList(
        RuleSelector from, RuleSelector? scope, List<RuleSelector> allowOnly, TypeNode source, TypeNode target, bool sameElement, RuleContext context)
    {
        var inScope = scope is not null
            ? context.Matches(scope, target)
            : !from.IsProductMap || context.ElementOf(target.Id) is not null;
        if (!inScope || allowOnly.Any(allowed => context.Matches(allowed, target)))
        {
            return null;
        }

        var ownGroup = from.IsProductMap || scope is { IsProductMap: true } ? sameElement : context.Matches(from, target);
        return ownGroup ? null : scope ?? from;
    }

    private static Violation ViolationOf(RuleDeclaration rule, Dependency dependency, RuleSelector broken, RuleContext context)
    {
        var kind = RuleContext.StrongestKind(dependency);
        var location = dependency.Samples.Count > 0 ? dependency.Samples[0] : null;
        var why = rule.Deny.Count > 0 ? $"denied {broken.Text}" : $"not in allow-only [{string.Join(", ", rule.AllowOnly)}]";
        var message = $"{context.Describe(dependency.From)} -> {context.Describe(dependency.To)}: {kind}, {RuleContext.References(dependency)}"
            + $"{(location is null ? string.Empty : " at " + location)} ({why})";
        return RuleContext.Violation(rule, dependency.From, dependency.To, kind.ToString(), location, message);
    }
}
