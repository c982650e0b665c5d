using Modernize.Model.Analysis;

namespace Modernize.Analysis.History;

/// <summary>Hotspots: revisions × complexity, normalised so that the hottest element scores 1.</summary>
public static class HotspotRanker
{
    /// <param name="complexityOf">Complexity of an element (sum of the cyclomatic complexity of the types in a file, or a type's own).</param>
    public static IReadOnlyList<Hotspot> Rank(PackageLevel level, IEnumerable<FileChangeStats> changes, Func<string, int> complexityOf)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(complexityOf);
        var raw = changes
            .Select(c => (Change: c, Complexity: complexityOf(c.Path)))
            .Where(x => x.Complexity > 0 && x.Change.Revisions > 0)
            .Select(x => (x.Change, x.Complexity, Value: (double)x.Change.Revisions * x.Complexity))
            .ToList();
        if (raw.Count == 0)
        {
            return [];
        }

        var max = raw.Max(x => x.Value);
        return raw
            .Select(x => new Hotspot(level, x.Change.Path, x.Change.Revisions, x.Change.Churn, x.Complexity, x.Change.Authors.Count, x.Value / max))
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => h.Churn)
            .ThenBy(h => h.Element, StringComparer.Ordinal)
            .ToList();
    }
}
