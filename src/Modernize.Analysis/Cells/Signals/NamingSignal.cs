using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Signals;

/// <summary>
/// Naming as evidence: each type gets a tf-idf vector over its domain words (<see cref="DomainWords"/>): words of its
/// namespace, folders and project weigh <see cref="PlaceWeight"/>, words of its type name <see cref="NameWeight"/> (the
/// head noun, the last word, <see cref="HeadWeight"/>), each times idf = ln(N / df); words present in more than half of the
/// types (the company prefix) are dropped. Vectors are L2-normalised. Two types sharing word t get
/// x_ut·x_vt / (partners − 1) · budget, so a type's naming degree is about <c>budget</c> however common its words are;
/// large groups are linked by <see cref="GroupLinks"/> (sampled partners, so the edge count stays linear).
/// </summary>
public static class NamingSignal
{
    public const double PlaceWeight = 1.0;
    public const double NameWeight = 0.7;
    public const double HeadWeight = 0.3;

    /// <summary>The naming edges among <paramref name="members"/> (node i is members[i]), each pair once with a &lt; b, and each type's vector.</summary>
    public static (Dictionary<(int A, int B), double> Edges, Dictionary<string, double>[] Vectors) Build(
        IReadOnlyList<TypeNode> members, IReadOnlyDictionary<string, string> projectNames, double budget, int seed)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(projectNames);
        var raw = members.Select(t => RawVector(t, projectNames)).ToArray();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var vector in raw)
        {
            foreach (var word in vector.Keys)
            {
                df[word] = df.GetValueOrDefault(word) + 1;
            }
        }

        var n = members.Count;
        var vectors = new Dictionary<string, double>[n];
        for (var i = 0; i < n; i++)
        {
            var weighted = raw[i]
                .Where(w => df[w.Key] >= 2 && df[w.Key] * 2 <= n)
                .ToDictionary(w => w.Key, w => w.Value * Math.Log((double)n / df[w.Key]), StringComparer.Ordinal);
            var norm = Math.Sqrt(weighted.Values.Sum(v => v * v));
            vectors[i] = norm <= 0 ? [] : weighted.ToDictionary(w => w.Key, w => w.Value / norm, StringComparer.Ordinal);
        }

        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            foreach (var word in vectors[i].Keys)
            {
                if (!groups.TryGetValue(word, out var list))
                {
                    groups[word] = list = [];
                }

                list.Add(i);
            }
        }

        var edges = new Dictionary<(int, int), double>();
        var random = new Random(seed);
        foreach (var (word, group) in groups)
        {
            GroupLinks.Add(edges, group, (u, v) => budget * vectors[u][word] * vectors[v][word], random);
        }

        return (edges, vectors);
    }

    private static Dictionary<string, double> RawVector(TypeNode type, IReadOnlyDictionary<string, string> projectNames)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in DomainWords.OfPlace(type.Namespace, type.File, projectNames.GetValueOrDefault(type.Project, string.Empty)))
        {
            vector[word] = PlaceWeight;
        }

        var words = DomainWords.OfTypeName(type.Name);
        for (var i = 0; i < words.Count; i++)
        {
            var weight = i == words.Count - 1 && words.Count > 1 ? HeadWeight : NameWeight;
            vector[words[i]] = Math.Max(vector.GetValueOrDefault(words[i]), weight);
        }

        return vector;
    }
}
