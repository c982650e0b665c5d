namespace Modernize.Analysis.Cells.Quality;

/// <summary>
/// MoJoFM (Wen and Tzerpos 2004): how close a proposed partition A is to a reference partition B, in percent:
/// MoJoFM(A, B) = (1 − mno(A, B) / max mno(∀A, B)) · 100, where mno counts the Move and Join operations that turn A into
/// B and the largest possible count over every A is n − |B| (n elements, |B| clusters of the reference).
/// </summary>
/// <remarks>
/// mno: every cluster of A is tagged with the reference cluster holding most of its elements (ties go to a reference cluster
/// no other A cluster took yet, so the number of distinct groups g is as large as the tags allow); its other elements are
/// moves, and the l clusters of A collapse into g groups with l − g joins. The tie-breaking is greedy where the paper uses a
/// maximum bipartite matching, so on ties mno may exceed the exact minimum by a few joins.
/// </remarks>
public static class MoJoFm
{
    /// <summary>MoJoFM over the elements labelled in both maps, 0..100; 100 when B has one element per cluster and A equals it.</summary>
    public static double Of<TLabelA, TLabelB>(IReadOnlyDictionary<string, TLabelA> proposed, IReadOnlyDictionary<string, TLabelB> reference)
        where TLabelA : notnull
        where TLabelB : notnull
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(reference);
        var pairs = proposed.Where(x => reference.ContainsKey(x.Key)).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => (A: x.Value, B: reference[x.Key])).ToList();
        var n = pairs.Count;
        var referenceClusters = pairs.Select(p => p.B).Distinct().Count();
        var worst = n - referenceClusters;
        if (worst <= 0)
        {
            return 100;
        }

        var taken = new HashSet<TLabelB>();
        var moves = 0;
        var clusters = pairs.GroupBy(p => p.A).Select(g => g.GroupBy(p => p.B).Select(b => (Label: b.Key, Count: b.Count())).ToList())
            .OrderByDescending(c => c.Max(b => b.Count))
            .ToList();
        foreach (var overlaps in clusters)
        {
            var best = overlaps.Max(b => b.Count);
            var candidates = overlaps.Where(b => b.Count == best).ToList();
            var tag = candidates.FirstOrDefault(b => !taken.Contains(b.Label), candidates[0]).Label;
            taken.Add(tag);
            moves += overlaps.Sum(b => b.Count) - best;
        }

        var joins = clusters.Count - taken.Count;
        return Math.Clamp((1 - ((double)(moves + joins) / worst)) * 100, 0, 100);
    }
}
