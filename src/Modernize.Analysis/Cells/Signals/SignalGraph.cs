using Modernize.Analysis.Cells.Community;

namespace Modernize.Analysis.Cells.Signals;

/// <summary>The weighted type graph community detection reads, with each signal's share of every edge kept for the evidence.</summary>
public sealed class SignalGraph
{
    private readonly Dictionary<(int, int), double>[] layers = Enum.GetValues<Signal>().Select(_ => new Dictionary<(int, int), double>()).ToArray();

    public SignalGraph(IReadOnlyList<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        Members = members;
        Combined = new WeightedGraph(members.Count);
    }

    /// <summary>Type ids: node i is Members[i].</summary>
    public IReadOnlyList<string> Members { get; }

    public WeightedGraph Combined { get; }

    /// <summary>Per node, its normalised tf-idf vector of domain words (empty without naming).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>> Vectors { get; set; } = [];

    /// <summary>The module key the layout signal chose, null when it added nothing.</summary>
    public LayoutChoice? Layout { get; set; }

    public void Add(Signal signal, int a, int b, double weight)
    {
        if (weight <= 0 || a == b)
        {
            return;
        }

        Combined.AddEdge(a, b, weight);
        var key = a < b ? (a, b) : (b, a);
        var layer = layers[(int)signal];
        layer[key] = layer.GetValueOrDefault(key) + weight;
    }

    /// <summary>The weight signal <paramref name="signal"/> adds to the edge {a, b}.</summary>
    public double Weight(Signal signal, int a, int b) => layers[(int)signal].GetValueOrDefault(a < b ? (a, b) : (b, a));
}
