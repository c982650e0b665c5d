using Modernize.Extraction.Http;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>
/// Draws an <see cref="DependencyKind.HttpEndpoint"/> edge from each type calling a URL path to the endpoint type whose route
/// the path matches. Of the matching routes, those sharing the most literal segments with the path win, then those of the
/// call's verb when any are; a path that still reaches routes of several endpoint types (<c>"items"</c> served by two
/// services) does not say which one it calls, and draws nothing.
/// </summary>
internal static class HttpEndpointLinker
{
    public static List<Dependency> Link(IReadOnlyList<HttpRoute> routes, IReadOnlyList<HttpCall> calls)
    {
        var served = routes.Distinct().Select(r => (Route: r, Path: RoutePath.Template(r.Template))).Where(r => r.Path.Segments.Count > 0).ToList();
        var edges = new List<Dependency>();
        if (served.Count == 0)
        {
            return edges;
        }

        foreach (var call in calls)
        {
            if (RoutePath.Call(call.Path) is not { } path)
            {
                continue;
            }

            var matches = served.Select(r => (r.Route, Shared: path.Matches(r.Path))).Where(m => m.Shared > 0).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var best = matches.Max(m => m.Shared);
            var closest = matches.Where(m => m.Shared == best).Select(m => m.Route).ToList();
            if (call.Verb is not null && closest.Any(r => r.Verb == call.Verb))
            {
                closest = closest.Where(r => r.Verb == call.Verb || r.Verb is null).ToList();
            }

            var endpoints = closest.Select(r => r.Owner).Where(o => o != call.From).Distinct(StringComparer.Ordinal).ToList();
            if (endpoints.Count != 1)
            {
                continue;
            }

            edges.Add(new Dependency(call.From, endpoints[0], 1, new Dictionary<DependencyKind, int> { [DependencyKind.HttpEndpoint] = 1 }, [call.Location]));
        }

        return edges;
    }
}
