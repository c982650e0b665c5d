namespace Modernize.Analysis.Blockers;

/// <summary>Matching of external type names against catalogue patterns.</summary>
public static class ApiName
{
    /// <summary>Drops generic arity or arguments: <c>System.ServiceModel.ClientBase`1</c> and <c>ClientBase&lt;T&gt;</c> both become <c>System.ServiceModel.ClientBase</c>.</summary>
    public static string Normalise(string api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var cut = api.IndexOfAny(['<', '`', '(']);
        return (cut < 0 ? api : api[..cut]).Replace('+', '.');
    }

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="patterns"/>: an exact type name or a namespace ending in <c>.*</c> (which covers nested namespaces).</summary>
    public static bool MatchesAny(string name, IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return patterns.Any(p => p.EndsWith(".*", StringComparison.Ordinal)
            ? name.StartsWith(p[..^1], StringComparison.Ordinal)
            : string.Equals(name, p, StringComparison.Ordinal));
    }
}
