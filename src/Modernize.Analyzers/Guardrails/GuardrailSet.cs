using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Modernize.Analyzers.Json;

namespace Modernize.Analyzers.Guardrails;

/// <summary>
/// The contents of <c>modernize.guardrails.json</c> (written by <c>modernize guard export</c>, format 1): the product map's
/// elements with their globs, and the rules that can be judged one dependency at a time.
/// </summary>
internal sealed class GuardrailSet
{
    public const string FileName = "modernize.guardrails.json";
    public const int SupportedFormat = 1;

    private GuardrailSet(IReadOnlyList<Element> elements, IReadOnlyList<GuardrailRule> rules)
    {
        Elements = elements;
        Rules = rules;
    }

    public IReadOnlyList<Element> Elements { get; }

    public IReadOnlyList<GuardrailRule> Rules { get; }

    /// <exception cref="FormatException">The file is not a guardrails file this version reads; the message says why.</exception>
    public static GuardrailSet Parse(string json)
    {
        if (JsonReader.Parse(json) is not Dictionary<string, object?> root)
        {
            throw new FormatException("the file is not a JSON object");
        }

        var format = root.TryGetValue("format", out var f) && f is double number ? (int)number : -1;
        if (format != SupportedFormat)
        {
            throw new FormatException("unsupported format " + format.ToString(CultureInfo.InvariantCulture) + " (this analyzer reads format 1; update the Modernize.Analyzers package or re-export)");
        }

        var elements = Objects(root, "elements").Select(ReadElement).ToList();
        var rules = Objects(root, "rules").Select(ReadRule).ToList();
        return new GuardrailSet(elements, rules);
    }

    private static Element ReadElement(Dictionary<string, object?> element) => new(
        Required(element, "name"),
        Required(element, "kind") switch
        {
            "cell" => true,
            "tissue" => false,
            var other => throw new FormatException("element kind '" + other + "' is neither cell nor tissue"),
        },
        Text(element, "owner"),
        Texts(element, "include").Select(NameGlob.ForNames).ToList(),
        Texts(element, "projects").Select(NameGlob.ForPaths).ToList());

    private static GuardrailRule ReadRule(Dictionary<string, object?> rule)
    {
        var from = Text(rule, "from");
        var to = Text(rule, "to");
        return new GuardrailRule(
            Required(rule, "id"),
            Text(rule, "text") ?? string.Empty,
            Text(rule, "severity") ?? "error",
            from is null ? null : Selector.Parse(from),
            to is null ? null : Selector.Parse(to),
            Texts(rule, "deny").Select(Selector.Parse).ToList(),
            Texts(rule, "allowOnly").Select(Selector.Parse).ToList(),
            Texts(rule, "denyApi").Select(NameGlob.ForNames).ToList());
    }

    private static IEnumerable<Dictionary<string, object?>> Objects(Dictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) && value is List<object?> list
            ? list.Select(item => item as Dictionary<string, object?> ?? throw new FormatException("'" + key + "' holds a value that is not an object"))
            : Enumerable.Empty<Dictionary<string, object?>>();

    private static IEnumerable<string> Texts(Dictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) && value is List<object?> list
            ? list.Select(item => item as string ?? throw new FormatException("'" + key + "' holds a value that is not text"))
            : Enumerable.Empty<string>();

    private static string? Text(Dictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) ? value as string : null;

    private static string Required(Dictionary<string, object?> parent, string key) =>
        Text(parent, key) ?? throw new FormatException("an entry has no '" + key + "'");
}
