using System.Text.RegularExpressions;
using Modernize.Analysis.Rules;
using Modernize.Model.Configuration;
using YamlDotNet.RepresentationModel;

namespace Modernize.Scanning.Configuration;

/// <summary>Reads the <c>rules</c> section: each rule has exactly one kind (dependency, deny-api, no-cycles or threshold).</summary>
internal static partial class RulesReader
{
    private static readonly string[] Keys =
        ["id", "text", "severity", "from", "to", "deny", "allow-only", "deny-api", "no-cycles", "threshold", "max"];

    private static readonly string[] Severities = ["error", "warning", "info"];
    private static readonly string[] CycleLevels = ["cell", "namespace", "project"];

    /// <summary>Reads the rules; <paramref name="map"/> carries the declared cells and tissue, so selectors can be checked against it.</summary>
    public static IReadOnlyList<RuleDeclaration> Read(YamlReadContext context, YamlNode node, ModernizeConfig map)
    {
        var rules = new List<RuleDeclaration>();
        foreach (var item in context.Sequence(node, "rules"))
        {
            var rule = ReadRule(context, item, map);
            if (rules.Any(r => r.Id == rule.Id))
            {
                throw context.Error(item, $"duplicate rule id '{rule.Id}' (ids must be unique: baselines and SARIF refer to them)");
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static RuleDeclaration ReadRule(YamlReadContext context, YamlNode item, ModernizeConfig map)
    {
        var entries = context.Mapping(item, "a rule", Keys);
        if (!entries.TryGetValue("id", out var idEntry))
        {
            throw context.Error(item, "a rule needs an 'id' (a stable name such as no-new-system-web)");
        }

        var id = context.NonEmptyString(idEntry.Value, "a rule id");
        if (!RuleIdPattern().IsMatch(id))
        {
            throw context.Error(idEntry.Value, $"rule id '{id}' may contain only letters, digits, '.', '_', '/' and '-'");
        }

        var what = $"rule '{id}'";
        string? Text(string key) => entries.TryGetValue(key, out var e) ? context.NonEmptyString(e.Value, $"'{key}' of {what}") : null;
        IReadOnlyList<string> Selectors(string key)
        {
            if (!entries.TryGetValue(key, out var e))
            {
                return [];
            }

            var values = context.Strings(e.Value, $"'{key}' of {what}");
            foreach (var value in values)
            {
                var problem = RuleSelector.Problem(value, map);
                if (problem is not null)
                {
                    throw context.Error(e.Value, $"{what}, '{key}': {problem}");
                }
            }

            return values;
        }

        var severity = Text("severity") ?? "error";
        if (!Severities.Contains(severity))
        {
            throw context.Error(entries["severity"].Value, $"severity of {what} must be error, warning or info, not '{severity}'");
        }

        var from = Selectors("from");
        if (from.Count > 1)
        {
            throw context.Error(entries["from"].Value, $"'from' of {what} takes one selector; write one rule per selector");
        }

        var to = Selectors("to");
        if (to.Count > 1)
        {
            throw context.Error(entries["to"].Value, $"'to' of {what} takes one selector");
        }

        var deny = Selectors("deny");
        var allowOnly = Selectors("allow-only");
        var denyApi = entries.TryGetValue("deny-api", out var apiEntry) ? context.Globs(apiEntry.Value, $"'deny-api' of {what}") : [];
        var noCycles = Text("no-cycles");
        var threshold = Text("threshold");
        double? max = entries.TryGetValue("max", out var maxEntry) ? context.Number(maxEntry.Value, $"'max' of {what}", double.MinValue, double.MaxValue) : null;

        var kinds = new[] { entries.ContainsKey("deny") || entries.ContainsKey("allow-only"), entries.ContainsKey("deny-api"), noCycles is not null, threshold is not null }
            .Count(k => k);
        if (kinds == 0)
        {
            throw context.Error(item, $"{what} says nothing: give it deny or allow-only (with from), deny-api, no-cycles or threshold");
        }

        if (kinds > 1 || (deny.Count > 0 && allowOnly.Count > 0))
        {
            throw context.Error(item, $"{what} mixes kinds: use one of deny, allow-only, deny-api, no-cycles, threshold per rule");
        }

        if ((deny.Count > 0 || allowOnly.Count > 0) && from.Count == 0)
        {
            throw context.Error(item, $"{what} needs 'from': whose dependencies it limits (cell:*, cell:NAME, tissue:*, or a namespace glob)");
        }

        if (to.Count > 0 && allowOnly.Count == 0)
        {
            throw context.Error(entries["to"].Key, $"'to' of {what} only scopes an allow-only rule");
        }

        if (noCycles is not null && !CycleLevels.Contains(noCycles))
        {
            throw context.Error(entries["no-cycles"].Value, $"'no-cycles' of {what} must be cell, namespace or project, not '{noCycles}'");
        }

        if (noCycles is not null && from.Count > 0)
        {
            throw context.Error(entries["from"].Key, $"'from' does not apply to the no-cycles {what}");
        }

        if (max is not null && threshold is null)
        {
            throw context.Error(entries["max"].Key, $"'max' of {what} only applies to a threshold rule");
        }

        if (threshold is not null)
        {
            if (!ThresholdMetrics.Names.Contains(threshold))
            {
                var hint = KeySuggestion.Closest(threshold, ThresholdMetrics.Names);
                throw context.Error(entries["threshold"].Value,
                    $"unknown threshold metric '{threshold}' in {what}{(hint is null ? string.Empty : $"; did you mean '{hint}'?")} (known: {string.Join(", ", ThresholdMetrics.Names)})");
            }

            if (max is null && ThresholdMetrics.DefaultLimit(threshold, map.Thresholds) is null)
            {
                throw context.Error(item, $"{what} needs 'max': the thresholds section has no default for {threshold}");
            }
        }

        var declaration = new RuleDeclaration(
            id,
            from.Count > 0 ? from[0] : null,
            to.Count > 0 ? to[0] : null,
            deny,
            allowOnly,
            denyApi,
            noCycles,
            severity,
            Text("text") ?? string.Empty,
            YamlReadContext.Line(item))
        {
            Threshold = threshold,
            Max = max,
        };
        return declaration.Text.Length > 0 ? declaration : declaration with { Text = RuleText.Describe(declaration, map.Thresholds) };
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
