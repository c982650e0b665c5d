using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Modernize.Analysis.Rules;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Guardrails;

/// <summary>
/// Writes <c>modernize.guardrails.json</c> (format 1, read by the Modernize.Analyzers package; docs/guardrails.md): the
/// product map's cells and tissue with their globs, and the rules that can be judged one dependency at a time at build
/// time (<c>from</c> + <c>deny</c>/<c>allow-only</c>, <c>deny-api</c>). Cycle and threshold rules need the whole graph:
/// they are listed under <c>checkedByModernizeCheck</c>. The output depends on the configuration only, byte for byte.
/// </summary>
public static class GuardrailsExport
{
    public const string FileName = "modernize.guardrails.json";
    public const int Format = 1;

    public static string ToJson(ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("generatedBy", "modernize guard export");
            json.WriteString("source", config.SourceFile is null ? "modernize.yml" : Path.GetFileName(config.SourceFile));
            json.WriteString("note", "Generated from modernize.yml; do not edit. Regenerate with 'modernize guard export'; 'modernize check' reports a stale copy.");
            json.WriteStartArray("elements");
            foreach (var (declaration, kind) in config.Cells.Select(c => (c, "cell")).Concat(config.Tissue.Select(t => (t, "tissue"))))
            {
                json.WriteStartObject();
                json.WriteString("name", declaration.Name);
                json.WriteString("kind", kind);
                if (declaration.Owner is not null)
                {
                    json.WriteString("owner", declaration.Owner);
                }

                Strings(json, "include", declaration.Include);
                Strings(json, "projects", declaration.Projects);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in config.Rules.Where(RuleEngine.IsEdgeRule))
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("severity", rule.Severity);
                json.WriteString("text", rule.Text.Length > 0 ? rule.Text : RuleText.Describe(rule, config.Thresholds));
                if (rule.From is not null)
                {
                    json.WriteString("from", rule.From);
                }

                if (rule.To is not null)
                {
                    json.WriteString("to", rule.To);
                }

                Strings(json, "deny", rule.Deny);
                Strings(json, "allowOnly", rule.AllowOnly);
                Strings(json, "denyApi", rule.DenyApi);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "checkedByModernizeCheck", config.Rules.Where(r => !RuleEngine.IsEdgeRule(r)).Select(r => r.Id).ToList(), always: true);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values, bool always = false)
    {
        if (values.Count == 0 && !always)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
