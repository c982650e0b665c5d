using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>Two types that change together, with the degree of the history analysis (0..1).</summary>
public sealed record TypeChangeCoupling(string A, string B, double Degree)
{
    /// <summary>
    /// Type-level change coupling when the analysis has it; otherwise file-level coupling carried over to the types
    /// declared in the two files (the strongest file pair wins for a type pair).
    /// </summary>
    public static IReadOnlyList<TypeChangeCoupling> From(IReadOnlyList<TypeNode> types, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(analysis);
        var ids = types.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var typeLevel = analysis.ChangeCoupling.Where(c => c.Level == PackageLevel.Type).ToList();
        IEnumerable<(string A, string B, double Degree)> pairs;
        if (typeLevel.Count > 0)
        {
            pairs = typeLevel.Where(c => ids.Contains(c.A) && ids.Contains(c.B)).Select(c => (c.A, c.B, c.Degree));
        }
        else
        {
            var typesOfFile = types
                .SelectMany(t => t.AllFiles.Select(f => (File: f, Type: t.Id)))
                .ToLookup(x => x.File, x => x.Type, StringComparer.Ordinal);
            pairs = analysis.ChangeCoupling
                .Where(c => c.Level == PackageLevel.File)
                .SelectMany(c => typesOfFile[c.A].SelectMany(a => typesOfFile[c.B].Select(b => (A: a, B: b, c.Degree))));
        }

        return pairs
            .Where(p => p.A != p.B)
            .Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? p : (A: p.B, B: p.A, p.Degree))
            .GroupBy(p => (p.A, p.B))
            .Select(g => new TypeChangeCoupling(g.Key.A, g.Key.B, g.Max(p => p.Degree)))
            .OrderBy(c => c.A, StringComparer.Ordinal)
            .ThenBy(c => c.B, StringComparer.Ordinal)
            .ToList();
    }
}
