using System.Text;
using System.Text.RegularExpressions;

namespace Modernize.Model.Configuration;

/// <summary>
/// A glob over dotted names (namespaces, types) or '/' paths: <c>*</c> matches within one segment, <c>**</c> across segments.
/// A name glob also matches everything inside a matching namespace, so <c>Shop.Common.*</c> covers <c>Shop.Common.Logging.Logger</c>.
/// </summary>
public sealed class Glob
{
    /// <summary>
    /// Globs by pattern: a compiled regex costs about a millisecond to build, and the same few globs of modernize.yml are
    /// asked for again by every rule evaluation and every question of the MCP server. Bounded, since patterns can come from input.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Pattern, char Separator), Glob> Cache = new();
    private const int MaxCached = 4096;

    private readonly Regex regex;
    private readonly char separator;

    private Glob(string pattern, char separator, Regex regex)
    {
        Pattern = pattern;
        this.separator = separator;
        this.regex = regex;
        LiteralLength = pattern.Count(c => c != '*');
    }

    public string Pattern { get; }

    /// <summary>How specific the glob is: characters that are not wildcards. Longer wins when several globs match.</summary>
    public int LiteralLength { get; }

    public bool HasWildcard => Pattern.Contains('*', StringComparison.Ordinal);

    /// <summary>A glob over namespace and type names ('.' separated).</summary>
    public static Glob ForNames(string pattern) => Create(pattern, '.');

    /// <summary>A glob over relative paths ('/' separated).</summary>
    public static Glob ForPaths(string pattern) => Create(pattern.Replace('\\', '/'), '/');

    /// <summary>Why <paramref name="pattern"/> is not a valid glob, or null when it is.</summary>
    public static string? Problem(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "empty glob";
        }

        if (pattern.Contains("***", StringComparison.Ordinal))
        {
            return $"'{pattern}' has '***'; use '*' within a segment or '**' across segments";
        }

        var bad = pattern.FirstOrDefault(c => c is '[' or ']' or '{' or '}' or '?' or '(' or ')' or '|' or '+' or '^' or '$' or '"' || char.IsWhiteSpace(c) || char.IsControl(c));
        if (bad != default)
        {
            return $"'{pattern}' has '{bad}', which globs do not support (only '*' and '**')";
        }

        if (pattern.Contains("..", StringComparison.Ordinal) || pattern.Contains("//", StringComparison.Ordinal))
        {
            return $"'{pattern}' has an empty segment";
        }

        return null;
    }

    /// <summary>Whether the glob matches <paramref name="name"/> exactly (no namespace containment).</summary>
    public bool IsMatch(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return regex.IsMatch(separator == '/' ? name.Replace('\\', '/') : name);
    }

    /// <summary>Whether the glob matches the type id, or its namespace or one of the namespaces enclosing it.</summary>
    public bool MatchesTypeOrNamespace(string typeId, string @namespace)
    {
        ArgumentNullException.ThrowIfNull(typeId);
        ArgumentNullException.ThrowIfNull(@namespace);
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
            prefix = dot < 0 ? string.Empty : prefix[..dot];
        }

        return false;
    }

    public override string ToString() => Pattern;

    private static Glob Create(string pattern, char separator)
    {
        if (Cache.TryGetValue((pattern, separator), out var known))
        {
            return known;
        }

        var glob = Build(pattern, separator);
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        Cache[(pattern, separator)] = glob;
        return glob;
    }

    private static Glob Build(string pattern, char separator)
    {
        var problem = Problem(pattern);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(pattern));
        }

        var sep = Regex.Escape(separator.ToString());
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**" also swallows the separator after it, so "a/**/b" matches "a/b".
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

        builder.Append('$');
        // Linear-time matching guards against a hostile pattern in modernize.yml; a wall-clock timeout did too, but fired on
        // ordinary paths when a loaded CI agent starved the matching thread (RegexMatchTimeoutException mid-scan).
        return new Glob(pattern, separator, new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout));
    }
}
