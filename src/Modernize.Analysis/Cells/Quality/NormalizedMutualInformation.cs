namespace Modernize.Analysis.Cells.Quality;

/// <summary>
/// Agreement of two partitions of the same elements: NMI = 2·I(X;Y) / (H(X) + H(Y)), 0 for independent labels,
/// 1 for identical partitions up to renaming (the arithmetic normalisation of Danon et al. 2005, scikit-learn's default).
/// </summary>
public static class NormalizedMutualInformation
{
    /// <summary>NMI over the elements labelled in both maps; 1 when both partitions are a single block (nothing to disagree on).</summary>
    public static double Of<TLabelA, TLabelB>(IReadOnlyDictionary<string, TLabelA> a, IReadOnlyDictionary<string, TLabelB> b)
        where TLabelA : notnull
        where TLabelB : notnull
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pairs = a.Where(x => b.ContainsKey(x.Key)).Select(x => (A: x.Value, B: b[x.Key])).ToList();
        if (pairs.Count == 0)
        {
            return 0;
        }

        double n = pairs.Count;
        var countA = pairs.GroupBy(p => p.A).ToDictionary(g => g.Key, g => (double)g.Count());
        var countB = pairs.GroupBy(p => p.B).ToDictionary(g => g.Key, g => (double)g.Count());
        var joint = pairs.GroupBy(p => p).Select(g => (g.Key.A, g.Key.B, Count: (double)g.Count()));
        var entropyA = Entropy(countA.Values, n);
        var entropyB = Entropy(countB.Values, n);
        if (entropyA + entropyB <= 0)
        {
            return 1;
        }

        var mutual = joint.Sum(j => j.Count / n * Math.Log(j.Count * n / (countA[j.A] * countB[j.B])));
        return Math.Clamp(2 * mutual / (entropyA + entropyB), 0, 1);
    }

    private static double Entropy(IEnumerable<double> counts, double n) => -counts.Sum(c => c / n * Math.Log(c / n));
}
