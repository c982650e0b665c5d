using System.Globalization;
using System.Text;
using System.Xml;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Rules;

namespace Modernize.Reporting.Junit;

/// <summary>
/// JUnit XML for CI test tabs: one testsuite "modernize check", one testcase per rule; a rule with new error-level
/// violations fails and lists them; new warnings and baselined violations go to the testcase's system-out.
/// </summary>
public static class JunitWriter
{
    public const string SuiteName = "modernize check";

    public static void Write(IEnumerable<RuleDeclaration> rules, IEnumerable<Violation> newViolations, IEnumerable<Violation> baselined, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(newViolations);
        ArgumentNullException.ThrowIfNull(baselined);
        ArgumentNullException.ThrowIfNull(writer);
        var fresh = newViolations.ToLookup(v => v.RuleId, StringComparer.Ordinal);
        var old = baselined.ToLookup(v => v.RuleId, StringComparer.Ordinal);
        var ruleIds = rules.Select(r => r.Id).Concat(fresh.Select(g => g.Key)).Concat(old.Select(g => g.Key)).Distinct(StringComparer.Ordinal).ToList();
        var failing = ruleIds.Count(id => fresh[id].Any(v => v.Severity == Severity.Error));

        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", CheckCharacters = true };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", SuiteName);
        xml.WriteAttributeString("tests", Count(ruleIds.Count));
        xml.WriteAttributeString("failures", Count(failing));
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", SuiteName);
        xml.WriteAttributeString("tests", Count(ruleIds.Count));
        xml.WriteAttributeString("failures", Count(failing));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        foreach (var id in ruleIds)
        {
            var errors = fresh[id].Where(v => v.Severity == Severity.Error).ToList();
            var notes = fresh[id].Where(v => v.Severity != Severity.Error).ToList();
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", Clean(id));
            xml.WriteAttributeString("classname", "modernize.rules");
            if (errors.Count > 0)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean($"{errors.Count} new violation{(errors.Count == 1 ? string.Empty : "s")} of {id}: {errors[0].RuleText}"));
                xml.WriteAttributeString("type", "rule-violation");
                xml.WriteString(Clean(Lines(errors)));
                xml.WriteEndElement();
            }

            if (notes.Count > 0 || old[id].Any())
            {
                var text = new StringBuilder();
                if (notes.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{notes.Count} new warning/info violation(s):\n").Append(Lines(notes));
                }

                if (old[id].Any())
                {
                    text.Append(CultureInfo.InvariantCulture, $"{old[id].Count()} baselined violation(s) tolerated.\n");
                }

                xml.WriteElementString("system-out", Clean(text.ToString()));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string Lines(IEnumerable<Violation> violations) =>
        string.Concat(violations.Select(v => $"{v.From} -> {v.To} [{v.Kind}]{(v.Location is null ? string.Empty : " at " + v.Location)}: {v.Message}\n"));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Names from scanned code may hold characters XML 1.0 cannot carry at all; escaping is XmlWriter's job.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));
}
