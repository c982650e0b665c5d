using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.History;

/// <summary>
/// Change coupling (logical coupling): elements changed in the same commits. Degree = shared revisions ÷ the average
/// revisions of the two; elements under <see cref="HistorySettings.MinRevisions"/> and pairs under the minimum shared
/// revisions or degree are left out.
/// </summary>
public static class ChangeCouplingCalculator
{
    /// <param name="changeSets">The elements changed by each commit that counts (see <see cref="ChangeSets.CountsForCoupling"/>).</param>
    public static IReadOnlyList<ChangeCoupling> Compute(PackageLevel level, IEnumerable<IReadOnlyCollection<string>> changeSets, HistorySettings settings)
    {
        ArgumentNullException.ThrowIfNull(changeSets);
        ArgumentNullException.ThrowIfNull(settings);
        var sets = changeSets.Select(s => s.Distinct(StringComparer.Ordinal).ToArray()).Where(s => s.Length > 0).ToList();
        var revisions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in sets.SelectMany(s => s))
        {
            revisions[element] = revisions.GetValueOrDefault(element) + 1;
        }

        // Elements are numbered so pairs are counted on integer keys; ordinal order keeps A before B.
        var eligible = revisions.Where(r => r.Value >= settings.MinRevisions).Select(r => r.Key).Order(StringComparer.Ordinal).ToArray();
        var index = eligible.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i, StringComparer.Ordinal);
        var shared = new Dictionary<long, int>();
        var members = new List<int>();
        foreach (var set in sets)
        {
            members.Clear();
            foreach (var element in set)
            {
                if (index.TryGetValue(element, out var i))
                {
                    members.Add(i);
                }
            }

            members.Sort();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var key = ((long)members[a] << 32) | (uint)members[b];
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        return shared
            .Where(p => p.Value >= settings.MinSharedRevisions)
            .Select(p =>
            {
                var a = eligible[(int)(p.Key >> 32)];
                var b = eligible[(int)(p.Key & 0xffffffff)];
                var ra = revisions[a];
                var rb = revisions[b];
                return new ChangeCoupling(level, a, b, p.Value, ra, rb, Degree(p.Value, ra, rb));
            })
            .Where(c => c.Degree >= settings.MinCouplingDegree)
            .OrderByDescending(c => c.Degree)
            .ThenByDescending(c => c.SharedRevisions)
            .ThenBy(c => c.A, StringComparer.Ordinal)
            .ThenBy(c => c.B, StringComparer.Ordinal)
            .ToList();
    }

    public static double Degree(int shared, int revisionsA, int revisionsB) =>
        revisionsA + revisionsB == 0 ? 0 : shared / ((revisionsA + revisionsB) / 2.0);
}
