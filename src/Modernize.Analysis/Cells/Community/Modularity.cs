namespace Modernize.Analysis.Cells.Community;

/// <summary>Newman's weighted modularity with resolution γ: Q = Σ_c [ in_c / m − γ (K_c / 2m)² ].</summary>
public static class Modularity
{
    /// <param name="membership">Community of each node; any non-negative ids.</param>
    public static double Of(WeightedGraph graph, IReadOnlyList<int> membership, double resolution)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        var m = graph.TotalWeight;
        if (m <= 0)
        {
            return 0;
        }

        var inside = new Dictionary<int, double>();
        var degree = new Dictionary<int, double>();
        for (var a = 0; a < graph.NodeCount; a++)
        {
            var c = membership[a];
            degree[c] = degree.GetValueOrDefault(c) + graph.Degree(a);
            inside[c] = inside.GetValueOrDefault(c) + graph.SelfLoop(a);
            foreach (var (b, weight) in graph.Neighbours(a))
            {
                if (a < b && membership[b] == c)
                {
                    inside[c] += weight;
                }
            }
        }

        return degree.Keys.Sum(c => (inside[c] / m) - (resolution * Math.Pow(degree[c] / (2 * m), 2)));
    }
}
