using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Modernize.Analyzers.Guardrails;

/// <summary>
/// The globs of modernize.yml (docs/configuration.md): <c>*</c> within a segment, <c>**</c> across segments; a name glob
/// also covers everything inside a matching namespace. The same semantics as <c>Modernize.Model.Configuration.Glob</c>,
/// which this package cannot reference; both are tested against tests/glob-cases.json.
/// </summary>
internal sealed class NameGlob
{
    private readonly Regex regex;

    private NameGlob(string pattern, char separator)
    {
        Pattern = pattern;
        var literal = 0;
        foreach (var c in pattern)
        {
            if (c != '*')
            {
                literal++;
            }
        }

        LiteralLength = literal;
        HasWildcard = pattern.IndexOf('*') >= 0;
        regex = new Regex(ToRegex(pattern, separator), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    public int LiteralLength { get; }

    public bool HasWildcard { get; }

    public static NameGlob ForNames(string pattern) => new(pattern, '.');

    public static NameGlob ForPaths(string pattern) => new(pattern.Replace('\\', '/'), '/');

    public bool IsMatch(string name) => regex.IsMatch(name);

    /// <summary>Whether the glob matches the type id, its namespace, or a namespace enclosing it.</summary>
    public bool MatchesTypeOrNamespace(string typeId, string @namespace)
    {
        if (IsMatch(typeId))
        {
            return true;
        }

        var prefix = @namespace;
        while (prefix.Length > 0)
        {
            if (IsMatch(prefix))
            {
                return true;
            }

            var dot = prefix.LastIndexOf('.');
            prefix = dot < 0 ? string.Empty : prefix.Substring(0, dot);
        }

        return false;
    }

    private static string ToRegex(string pattern, char separator)
    {
        var sep = Regex.Escape(separator.ToString());
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**" also swallows the separator after it, so "a.**.b" matches "a.b".
                var followedBySeparator = i + 2 < pattern.Length && pattern[i + 2] == separator;
                builder.Append(followedBySeparator ? "(?:.*" + sep + ")?" : ".*");
                i += followedBySeparator ? 2 : 1;
            }
            else if (pattern[i] == '*')
            {
                builder.Append("[^").Append(sep).Append("]*");
            }
            else
            {
                builder.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        return builder.Append('$').ToString();
    }
}
