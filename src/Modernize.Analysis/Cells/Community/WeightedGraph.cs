using System.Security.Cryptography;

namespace Modernize.Analysis.Cells.Community;

/// <summary>
/// An undirected weighted graph over nodes 0..n-1, with self-loops kept apart
/// (aggregation turns the edges inside a community into a self-loop of the aggregate node).
/// Neighbours are listed in ascending node order so that every walk over the graph is deterministic.
/// </summary>
public sealed class WeightedGraph
{
    private readonly Dictionary<int, double>[] edges;
    private readonly (int Node, double Weight)[]?[] sorted;
    private readonly double[] selfLoops;

    /// <summary>Each node's degree once asked (NaN until then, and again after an edge of the node changes): Leiden asks for it in every move.</summary>
    private readonly double[] degrees;

    public WeightedGraph(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        edges = new Dictionary<int, double>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            edges[i] = [];
        }

        sorted = new (int, double)[]?[nodeCount];
        selfLoops = new double[nodeCount];
        degrees = new double[nodeCount];
        Array.Fill(degrees, double.NaN);
    }

    public int NodeCount => edges.Length;

    /// <summary>Sum of all edge weights, each undirected edge and self-loop counted once (m).</summary>
    public double TotalWeight { get; private set; }

    public IReadOnlyList<(int Node, double Weight)> Neighbours(int node) => sorted[node] ??= SortedNeighbours(node);

    public double SelfLoop(int node) => selfLoops[node];

    /// <summary>Fills the lazily sorted neighbour lists and degrees, after which the graph is only read and several threads may share it.</summary>
    public void PrepareForConcurrentReads()
    {
        for (var node = 0; node < NodeCount; node++)
        {
            _ = Neighbours(node);
            _ = Degree(node);
        }
    }

    /// <summary>Weight of the edge {a, b}, 0 when absent.</summary>
    public double Weight(int a, int b) => a == b ? selfLoops[a] : edges[a].GetValueOrDefault(b);

    /// <summary>Weighted degree k: a self-loop counts twice, as in Newman's definition.</summary>
    public double Degree(int node)
    {
        var degree = degrees[node];
        if (double.IsNaN(degree))
        {
            degree = degrees[node] = (2 * selfLoops[node]) + edges[node].Values.Sum();
        }

        return degree;
    }

    /// <summary>
    /// SHA-256 (hex) of everything an algorithm over the graph can read: node count, each node's edges in the order its degree
    /// sums them, self-loops and the total weight, doubles by their bits. Equal hashes give bit-identical results from any
    /// deterministic algorithm over the graph (the analysis cache relies on it); equal graphs built in another order may differ.
    /// </summary>
    public string ContentHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[12];
        BitConverter.TryWriteBytes(buffer, NodeCount);
        BitConverter.TryWriteBytes(buffer[4..], TotalWeight);
        hash.AppendData(buffer);
        for (var node = 0; node < NodeCount; node++)
        {
            BitConverter.TryWriteBytes(buffer, edges[node].Count);
            BitConverter.TryWriteBytes(buffer[4..], selfLoops[node]);
            hash.AppendData(buffer);
            foreach (var (other, weight) in edges[node])
            {
                BitConverter.TryWriteBytes(buffer, other);
                BitConverter.TryWriteBytes(buffer[4..], weight);
                hash.AppendData(buffer);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Adds weight to the edge {a, b}; callers add each undirected pair once.</summary>
    public void AddEdge(int a, int b, double weight)
    {
        if (weight <= 0)
        {
            return;
        }

        TotalWeight += weight;
        degrees[a] = double.NaN;
        degrees[b] = double.NaN;
        if (a == b)
        {
            selfLoops[a] += weight;
            return;
        }

        edges[a][b] = edges[a].GetValueOrDefault(b) + weight;
        edges[b][a] = edges[b].GetValueOrDefault(a) + weight;
        sorted[a] = null;
        sorted[b] = null;
    }

    private (int Node, double Weight)[] SortedNeighbours(int node)
    {
        var list = new (int Node, double Weight)[edges[node].Count];
        var i = 0;
        foreach (var (other, weight) in edges[node])
        {
            list[i++] = (other, weight);
        }

        // Keys are distinct, so this is the order OrderBy gave, without its per-call sorter allocations.
        Array.Sort(list, static (x, y) => x.Node.CompareTo(y.Node));
        return list;
    }
}
