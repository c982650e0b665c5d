namespace Modernize.Analysis.Cells.Signals;

/// <summary>
/// Links the members of a group that shares something (a word, a module key) so that each member's degree from the group
/// is about its pair weight however large the group is: all pairs for small groups, each getting weight ÷ (size − 1);
/// above <see cref="FullPairLimit"/> members each draws <see cref="SampledPartners"/> partners at random (a random regular
/// graph has no cut inside it, so the group stays one community) and each draw carries half of that share, so the edge
/// count stays linear.
/// </summary>
public static class GroupLinks
{
    public const int FullPairLimit = 24;
    public const int SampledPartners = 8;

    /// <param name="pairWeight">The weight a pair would carry in a group of two (node ids of <paramref name="group"/>).</param>
    public static void Add(Dictionary<(int, int), double> edges, IReadOnlyList<int> group, Func<int, int, double> pairWeight, Random random)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(pairWeight);
        ArgumentNullException.ThrowIfNull(random);
        if (group.Count < 2)
        {
            return;
        }

        if (group.Count <= FullPairLimit)
        {
            for (var a = 0; a < group.Count; a++)
            {
                for (var b = a + 1; b < group.Count; b++)
                {
                    Add(edges, group[a], group[b], pairWeight(group[a], group[b]) / (group.Count - 1));
                }
            }

            return;
        }

        foreach (var u in group)
        {
            for (var k = 0; k < SampledPartners; k++)
            {
                var v = group[random.Next(group.Count)];
                if (v != u)
                {
                    Add(edges, u, v, pairWeight(u, v) / (2 * SampledPartners));
                }
            }
        }
    }

    private static void Add(Dictionary<(int, int), double> edges, int a, int b, double weight)
    {
        var key = a < b ? (a, b) : (b, a);
        edges[key] = edges.GetValueOrDefault(key) + weight;
    }
}
