using System.Text.Json;
using System.Text.Json.Nodes;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;
using Modernize.Model.Rules;

namespace Modernize.Reporting.Sarif;

/// <summary>
/// Writes SARIF 2.1.0 logs (validated in tests against the OASIS schema) for rule violations (<c>modernize check</c>) and
/// for architecture findings (<c>modernize export --format sarif</c>). Locations are relative to <c>%SRCROOT%</c>;
/// the stable fingerprint goes to partialFingerprints so code-scanning services track results across commits.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of Modernize's fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = Fingerprint.Scheme;

    private const int MaxLocations = 10;

    public static void Write(IEnumerable<Violation> violations, TextWriter writer, SarifOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(violations);
        options ??= new SarifOptions();
        var list = violations.ToList();
        var declared = (options.Rules ?? []).Select(r => new SarifRule(r.Id, r.Text, LevelOf(r.Severity)));
        var seen = list.Select(v => new SarifRule(v.RuleId, v.RuleText, LevelOf(v.Severity)));
        var results = list.Select(v => new SarifResult(
            v.RuleId,
            LevelOf(v.Severity),
            v.Message,
            v.Location is null ? [] : [v.Location],
            v.Fingerprint,
            new JsonObject { ["from"] = v.From, ["to"] = v.To, ["kind"] = v.Kind }));
        WriteLog(declared.Concat(seen), results, writer, options);
    }

    public static void Write(IEnumerable<Finding> findings, TextWriter writer, SarifOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        options ??= new SarifOptions();
        var list = findings.ToList();
        var rules = list.Select(f => new SarifRule(f.RuleId, Describe(f.RuleId), LevelOf(f.Severity)));
        var results = list.Select(f => new SarifResult(
            f.RuleId,
            LevelOf(f.Severity),
            f.Message,
            f.Locations,
            f.Fingerprint,
            new JsonObject { ["symbols"] = new JsonArray(f.Symbols.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()) }));
        WriteLog(rules, results, writer, options);
    }

    private static void WriteLog(IEnumerable<SarifRule> rules, IEnumerable<SarifResult> results, TextWriter writer, SarifOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var ruleList = rules.DistinctBy(r => r.Id).ToList();
        var ruleIndex = ruleList.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "Modernize",
                    ["version"] = options.ToolVersion,
                    ["informationUri"] = "https://github.com/modernize/modernize",
                    ["rules"] = new JsonArray(ruleList.Select(r => (JsonNode?)RuleNode(r)).ToArray()),
                },
            },
            ["columnKind"] = "utf16CodeUnits",
            ["results"] = new JsonArray(results.Select(r => (JsonNode?)ResultNode(r, ruleIndex[r.RuleId], options)).ToArray()),
        };
        if (options.SourceRoot is not null)
        {
            var root = Path.GetFullPath(options.SourceRoot).Replace('\\', '/').TrimEnd('/') + "/";
            run["originalUriBaseIds"] = new JsonObject { ["%SRCROOT%"] = new JsonObject { ["uri"] = new Uri(root).AbsoluteUri } };
        }

        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        writer.Write(log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        writer.Write('\n');
    }

    private static JsonObject RuleNode(SarifRule rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = PascalName(rule.Id),
        ["shortDescription"] = new JsonObject { ["text"] = rule.Text },
        ["defaultConfiguration"] = new JsonObject { ["level"] = rule.Level },
    };

    private static JsonObject ResultNode(SarifResult result, int ruleIndex, SarifOptions options)
    {
        var node = new JsonObject
        {
            ["ruleId"] = result.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = result.Level,
            ["message"] = new JsonObject { ["text"] = result.Message },
            ["locations"] = new JsonArray(result.Locations.Take(MaxLocations).Select(l => (JsonNode?)LocationNode(l)).ToArray()),
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = result.Fingerprint },
            ["properties"] = result.Properties,
        };
        if (options.BaselinedFingerprints is { } baselined)
        {
            node["baselineState"] = baselined.Contains(result.Fingerprint) ? "unchanged" : "new";
        }

        return node;
    }

    private static JsonObject LocationNode(SourceLocation location) => new()
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject
            {
                ["uri"] = string.Join('/', location.File.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)),
                ["uriBaseId"] = "%SRCROOT%",
            },
            ["region"] = new JsonObject { ["startLine"] = Math.Max(1, location.Line) },
        },
    };

    private static string LevelOf(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string LevelOf(string severity) => severity switch
    {
        "warning" => "warning",
        "info" => "note",
        _ => "error",
    };

    /// <summary>"cyclic-dependency" -> "Cyclic dependency": findings carry no rule text of their own.</summary>
    private static string Describe(string ruleId)
    {
        var words = ruleId.Replace('/', ' ').Replace('-', ' ');
        return words.Length == 0 ? ruleId : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>SARIF's rule name is an identifier-like form of the id: "no-new-system-web" -> "NoNewSystemWeb".</summary>
    private static string PascalName(string ruleId) =>
        string.Concat(ruleId.Split(['-', '/', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed record SarifRule(string Id, string Text, string Level);

    private sealed record SarifResult(string RuleId, string Level, string Message, IReadOnlyList<SourceLocation> Locations, string Fingerprint, JsonObject Properties);
}
