namespace Modernize.Analysis.Cells.Community;

/// <summary>
/// The Leiden algorithm (Traag, Waltman and van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected communities")
/// maximising modularity with resolution γ: fast local moving, refinement of each community into well-connected
/// sub-communities, aggregation of the refined partition, repeated until every community is one aggregate node.
/// Deterministic for a seed: node orders come from one seeded <see cref="Random"/> and neighbours are visited in node order.
/// </summary>
public static class Leiden
{
    private const double Epsilon = 1e-12;

    /// <summary>The community (0..c-1, numbered by first node) of each node.</summary>
    public static int[] Detect(WeightedGraph graph, LeidenOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var membership = Enumerable.Range(0, graph.NodeCount).ToArray();
        if (graph.TotalWeight <= 0)
        {
            return membership;
        }

        var quality = double.NegativeInfinity;
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var next = Renumber(OnePass(graph, membership, options, random));
            var nextQuality = Modularity.Of(graph, next, options.Resolution);
            if (nextQuality <= quality + Epsilon)
            {
                break;
            }

            membership = next;
            quality = nextQuality;
        }

        return membership;
    }

    /// <summary>Renumbers community ids to 0..c-1 in order of first appearance.</summary>
    public static int[] Renumber(IReadOnlyList<int> membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var ids = new Dictionary<int, int>();
        var result = new int[membership.Count];
        for (var i = 0; i < membership.Count; i++)
        {
            if (!ids.TryGetValue(membership[i], out var id))
            {
                id = ids.Count;
                ids[membership[i]] = id;
            }

            result[i] = id;
        }

        return result;
    }

    private static int[] OnePass(WeightedGraph original, int[] start, LeidenOptions options, Random random)
    {
        var graph = original;
        var partition = Renumber(start);
        var aggregateOf = Enumerable.Range(0, original.NodeCount).ToArray();
        while (true)
        {
            MoveNodesFast(graph, partition, options.Resolution, random);
            partition = Renumber(partition);
            var communities = partition.Max() + 1;
            if (communities == graph.NodeCount)
            {
                break;
            }

            var refined = Refine(graph, partition, options, random);

            // Without any merge in refinement the aggregate would equal the graph: aggregate the plain partition (a Louvain step) to progress.
            if (refined.Max() + 1 == graph.NodeCount)
            {
                refined = partition;
            }

            var aggregate = Aggregate(graph, refined);
            var aggregatePartition = new int[aggregate.NodeCount];
            for (var node = 0; node < graph.NodeCount; node++)
            {
                aggregatePartition[refined[node]] = partition[node];
            }

            for (var i = 0; i < aggregateOf.Length; i++)
            {
                aggregateOf[i] = refined[aggregateOf[i]];
            }

            graph = aggregate;
            partition = aggregatePartition;
        }

        return aggregateOf.Select(a => partition[a]).ToArray();
    }

    /// <summary>Visits nodes from a queue, moving each to the neighbouring (or an empty) community with the best modularity gain.</summary>
    private static void MoveNodesFast(WeightedGraph graph, int[] partition, double resolution, Random random)
    {
        var n = graph.NodeCount;
        var twoM = 2 * graph.TotalWeight;
        var degree = new double[n];
        var communityDegree = new double[n];
        var size = new int[n];
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            communityDegree[partition[v]] += degree[v];
            size[partition[v]]++;
        }

        var empty = new Stack<int>(Enumerable.Range(0, n).Where(c => size[c] == 0).Reverse());
        var queue = new Queue<int>(Shuffled(n, random));
        var queued = Enumerable.Repeat(true, n).ToArray();
        var weightTo = new double[n];
        var touched = new List<int>();
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            queued[v] = false;
            var current = partition[v];
            touched.Clear();
            foreach (var (u, weight) in graph.Neighbours(v))
            {
                var c = partition[u];
                if (weightTo[c] == 0)
                {
                    touched.Add(c);
                }

                weightTo[c] += weight;
            }

            communityDegree[current] -= degree[v];
            var best = current;
            var bestGain = weightTo[current] - (resolution * degree[v] * communityDegree[current] / twoM);
            foreach (var c in touched)
            {
                var gain = weightTo[c] - (resolution * degree[v] * communityDegree[c] / twoM);
                if (gain > bestGain + Epsilon)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            if (bestGain < -Epsilon && size[current] > 1 && empty.Count > 0)
            {
                best = empty.Pop();
            }

            foreach (var c in touched)
            {
                weightTo[c] = 0;
            }

            communityDegree[best] += degree[v];
            if (best == current)
            {
                continue;
            }

            partition[v] = best;
            size[current]--;
            size[best]++;
            if (size[current] == 0)
            {
                empty.Push(current);
            }

            foreach (var (u, _) in graph.Neighbours(v))
            {
                if (!queued[u] && partition[u] != best)
                {
                    queued[u] = true;
                    queue.Enqueue(u);
                }
            }
        }
    }

    /// <summary>
    /// Splits each community into well-connected sub-communities: starting from singletons, a well-connected node still
    /// alone merges into a well-connected sub-community of its community, chosen at random with probability ∝ exp(gain / θ).
    /// </summary>
    private static int[] Refine(WeightedGraph graph, int[] partition, LeidenOptions options, Random random)
    {
        var n = graph.NodeCount;
        var twoM = 2 * graph.TotalWeight;
        var gamma = options.Resolution;
        var refined = Enumerable.Range(0, n).ToArray();
        var degree = new double[n];
        var refinedDegree = new double[n];
        var refinedSize = Enumerable.Repeat(1, n).ToArray();
        var external = new double[n];
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            refinedDegree[v] = degree[v];
            foreach (var (u, weight) in graph.Neighbours(v))
            {
                if (partition[u] == partition[v])
                {
                    external[v] += weight;
                }
            }
        }

        var communityDegree = new double[n];
        for (var v = 0; v < n; v++)
        {
            communityDegree[partition[v]] += degree[v];
        }

        var weightTo = new double[n];
        var touched = new List<int>();
        var candidates = new List<(int Community, double Gain)>();
        foreach (var v in Shuffled(n, random))
        {
            var own = refined[v];
            var totalOfCommunity = communityDegree[partition[v]];
            var ownExternal = external[own];
            if (refinedSize[own] != 1 || ownExternal < gamma * degree[v] * (totalOfCommunity - degree[v]) / twoM)
            {
                continue;
            }

            touched.Clear();
            foreach (var (u, weight) in graph.Neighbours(v))
            {
                if (partition[u] != partition[v])
                {
                    continue;
                }

                var c = refined[u];
                if (weightTo[c] == 0)
                {
                    touched.Add(c);
                }

                weightTo[c] += weight;
            }

            candidates.Clear();
            foreach (var c in touched)
            {
                var wellConnected = external[c] >= gamma * refinedDegree[c] * (totalOfCommunity - refinedDegree[c]) / twoM;
                var gain = weightTo[c] - (gamma * degree[v] * refinedDegree[c] / twoM);
                if (c != own && wellConnected && gain >= 0)
                {
                    candidates.Add((c, gain));
                }
            }

            if (candidates.Count > 0)
            {
                var target = Pick(candidates, options.Randomness, random);
                refined[v] = target;
                refinedDegree[own] -= degree[v];
                refinedSize[own] = 0;
                refinedDegree[target] += degree[v];
                refinedSize[target]++;
                external[target] += ownExternal - (2 * weightTo[target]);
                external[own] = 0;
            }

            foreach (var c in touched)
            {
                weightTo[c] = 0;
            }
        }

        return Renumber(refined);
    }

    private static int Pick(List<(int Community, double Gain)> candidates, double theta, Random random)
    {
        var best = candidates.Max(c => c.Gain);
        var weights = candidates.Select(c => Math.Exp((c.Gain - best) / theta)).ToArray();
        var draw = random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            draw -= weights[i];
            if (draw <= 0)
            {
                return candidates[i].Community;
            }
        }

        return candidates[^1].Community;
    }

    private static WeightedGraph Aggregate(WeightedGraph graph, int[] partition)
    {
        var aggregate = new WeightedGraph(partition.Max() + 1);
        for (var a = 0; a < graph.NodeCount; a++)
        {
            aggregate.AddEdge(partition[a], partition[a], graph.SelfLoop(a));
            foreach (var (b, weight) in graph.Neighbours(a))
            {
                if (a < b)
                {
                    aggregate.AddEdge(partition[a], partition[b], weight);
                }
            }
        }

        return aggregate;
    }

    private static int[] Shuffled(int n, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
