using System.Text.RegularExpressions;

namespace Modernize.Extraction.Http;

/// <summary>
/// A URL path or route template as lower-case segments, a parameter or run-time part as a wildcard (null). A call's path
/// written without a leading slash is relative to a base address the code does not show, so it is matched against the end
/// of a route; an absolute one (leading slash, or a full URL) must match the whole route.
/// </summary>
internal sealed partial class RoutePath
{
    /// <summary>Stands for a part of a call's path that is only known at run time.</summary>
    public const char Hole = '\u0001';

    private RoutePath(IReadOnlyList<string?> segments, bool absolute)
    {
        Segments = segments;
        Absolute = absolute;
    }

    public IReadOnlyList<string?> Segments { get; }

    public bool Absolute { get; }

    /// <summary>A route template: <c>{id}</c>, <c>{id:int}</c>, <c>{*rest}</c> are wildcards; query strings never appear.</summary>
    public static RoutePath Template(string template)
    {
        var segments = template.Trim().TrimStart('~').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Contains('{', StringComparison.Ordinal) ? null : s.ToLowerInvariant())
            .ToList();
        return new RoutePath(segments, absolute: true);
    }

    /// <summary>
    /// A call's path, or null when the string does not look like a URL path: whitespace, characters a path does not carry, or
    /// no literal segment with a letter (a lone hole, <c>"/"</c>, a number).
    /// </summary>
    public static RoutePath? Call(string text)
    {
        if (text.Length == 0 || text.Any(char.IsWhiteSpace))
        {
            return null;
        }

        // A hole at the very start is a base address held in a variable: what follows is relative to it.
        var relativeToVariable = text[0] == Hole;
        if (relativeToVariable)
        {
            text = text[1..];
        }

        var absolute = !relativeToVariable && (text.StartsWith('/') || text.StartsWith("~/", StringComparison.Ordinal));
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var path = text.IndexOf('/', scheme + 3);
            if (path < 0)
            {
                return null; // a bare host names a service, not an endpoint
            }

            text = text[path..];
            absolute = true;
        }

        var end = text.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            text = text[..end];
        }

        var segments = new List<string?>();
        foreach (var segment in text.TrimStart('~').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.Contains(Hole, StringComparison.Ordinal))
            {
                segments.Add(null);
            }
            else if (LiteralSegment().IsMatch(segment))
            {
                segments.Add(segment.ToLowerInvariant());
            }
            else
            {
                return null;
            }
        }

        return segments.Any(s => s is not null && s.Any(char.IsLetter)) ? new RoutePath(segments, absolute) : null;
    }

    /// <summary>
    /// How many literal segments this call's path shares with <paramref name="route"/> when they line up (end to end, or
    /// whole when the call is absolute), or 0 when they do not: a literal against a different literal, or no literal in common.
    /// </summary>
    public int Matches(RoutePath route)
    {
        var count = Segments.Count;
        if (count > route.Segments.Count || (Absolute && count != route.Segments.Count))
        {
            return 0;
        }

        var shared = 0;
        for (var i = 1; i <= count; i++)
        {
            var call = Segments[count - i];
            var served = route.Segments[route.Segments.Count - i];
            if (call is null || served is null)
            {
                continue;
            }

            if (!string.Equals(call, served, StringComparison.Ordinal))
            {
                return 0;
            }

            shared++;
        }

        return shared;
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-._~%:@!$&'()*+,;=]+$")]
    private static partial Regex LiteralSegment();
}
