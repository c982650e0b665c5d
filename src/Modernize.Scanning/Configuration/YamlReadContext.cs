using System.Globalization;
using Modernize.Model;
using Modernize.Model.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Modernize.Scanning.Configuration;

/// <summary>
/// Typed, strict access to the YAML representation model: every problem becomes an <see cref="InputException"/>
/// naming the file and the line. Counts the nodes it visits, so aliases cannot make a walk explode.
/// </summary>
internal sealed class YamlReadContext(string file)
{
    /// <summary>Far above any real modernize.yml (a large product map has a few thousand nodes), far below a billion laughs.</summary>
    public const int MaxNodeVisits = 200_000;

    private int visits;

    public string File { get; } = file;

    public static int Line(YamlNode node) => (int)Math.Min(int.MaxValue, node.Start.Line);

    public InputException Error(YamlNode node, string problem) => new(File, $"line {Line(node)}: {problem}");

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
        && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>The entries of a mapping; unknown keys and duplicates are errors, with a suggestion when a known key is close.</summary>
    public IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> Mapping(YamlNode node, string what, IReadOnlyCollection<string> allowed)
    {
        Visit(node);
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"{what} must be a mapping (key: value), not {Describe(node)}");
        }

        var result = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            Visit(keyNode);
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                throw Error(keyNode, $"keys of {what} must be plain words");
            }

            if (!allowed.Contains(key))
            {
                var hint = KeySuggestion.Closest(key, allowed);
                var suggestion = hint is null ? string.Empty : $"; did you mean '{hint}'?";
                throw Error(keyNode, $"unknown key '{key}' in {what}{suggestion} (known: {string.Join(", ", allowed)})");
            }

            if (!result.TryAdd(key, (scalarKey, value)))
            {
                throw Error(keyNode, $"duplicate key '{key}' in {what}");
            }
        }

        return result;
    }

    /// <summary>The entries of a mapping whose keys are names chosen by the user (such as team names).</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> NamedEntries(YamlNode node, string what)
    {
        Visit(node);
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"{what} must be a mapping of names, not {Describe(node)}");
        }

        var result = new List<(YamlScalarNode, YamlNode)>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            Visit(keyNode);
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } } scalarKey)
            {
                throw Error(keyNode, $"names in {what} must be plain words");
            }

            result.Add((scalarKey, value));
        }

        return result;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string what)
    {
        Visit(node);
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, $"{what} must be a list, not {Describe(node)}");
        }

        return sequence.Children.ToList();
    }

    public string String(YamlNode node, string what)
    {
        Visit(node);
        if (node is not YamlScalarNode scalar || IsNull(node))
        {
            throw Error(node, $"{what} must be a text value, not {Describe(node)}");
        }

        return scalar.Value ?? string.Empty;
    }

    public string NonEmptyString(YamlNode node, string what)
    {
        var value = String(node, what).Trim();
        return value.Length > 0 ? value : throw Error(node, $"{what} must not be empty");
    }

    /// <summary>A list of text values; a single value stands for a list of one (<c>deny: cell:*</c>).</summary>
    public IReadOnlyList<string> Strings(YamlNode node, string what)
    {
        Visit(node);
        if (IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            return [NonEmptyString(node, what)];
        }

        return Sequence(node, what).Select(item => NonEmptyString(item, "each entry of " + what)).ToList();
    }

    /// <summary>Glob lists, each checked with <see cref="Glob.Problem"/>.</summary>
    public IReadOnlyList<string> Globs(YamlNode node, string what)
    {
        var globs = Strings(node, what);
        var items = node is YamlSequenceNode sequence ? sequence.Children.ToList() : [node];
        for (var i = 0; i < globs.Count; i++)
        {
            var problem = Glob.Problem(globs[i]);
            if (problem is not null)
            {
                throw Error(items[Math.Min(i, items.Count - 1)], $"bad glob in {what}: {problem}");
            }
        }

        return globs;
    }

    public int Integer(YamlNode node, string what, int min, int max)
    {
        var text = PlainScalar(node, what, "a whole number");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(node, $"{what} must be a whole number, not '{text}'");
        }

        return value >= min && value <= max ? value : throw Error(node, $"{what} must be between {min} and {max}, not {value}");
    }

    public double Number(YamlNode node, string what, double min, double max)
    {
        var text = PlainScalar(node, what, "a number");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(node, $"{what} must be a number, not '{text}'");
        }

        return value >= min && value <= max
            ? value
            : throw Error(node, $"{what} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {text}");
    }

    /// <summary>A duration in days: <c>90d</c>, <c>12w</c> or <c>1y</c> (365 days).</summary>
    public int Days(YamlNode node, string what)
    {
        var text = String(node, what).Trim();
        var unit = text.Length > 0 ? char.ToLowerInvariant(text[^1]) : ' ';
        var factor = unit switch { 'd' => 1, 'w' => 7, 'y' => 365, _ => 0 };
        if (factor == 0
            || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count <= 0
            || count > 36_500 / factor)
        {
            throw Error(node, $"{what} must be a duration such as 90d, 12w or 1y (days, weeks, years; at most 100 years), not '{text}'");
        }

        return count * factor;
    }

    public void Visit(YamlNode node)
    {
        if (++visits > MaxNodeVisits)
        {
            throw Error(node, $"the document expands to more than {MaxNodeVisits} values (aliases repeated too often); modernize.yml refuses it");
        }
    }

    private string PlainScalar(YamlNode node, string what, string expected)
    {
        Visit(node);
        if (node is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { Length: > 0 } text } || IsNull(node))
        {
            throw Error(node, $"{what} must be {expected}, not {Describe(node)}");
        }

        return text;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "empty",
        YamlScalarNode { Style: ScalarStyle.Plain } s => $"'{s.Value}'",
        YamlScalarNode s => $"the quoted text '{s.Value}'",
        _ => "something else",
    };
}
