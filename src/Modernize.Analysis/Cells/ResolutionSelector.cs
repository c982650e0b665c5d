using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Cells;

/// <summary>The partition chosen among resolutions and seeds, how stable it is, and how firmly each node sits in it.</summary>
/// <param name="Partition">Community of each node; isolated nodes (no edge) keep a community of their own.</param>
/// <param name="NodeStability">Per node, the mean Jaccard overlap of its community with the community holding it in the other runs.</param>
public sealed record ResolutionChoice(int[] Partition, double Resolution, double Stability, double[] NodeStability, string Reason);

/// <summary>
/// Chooses the cells among resolutions by stability (docs/cells.md): Leiden runs at every candidate resolution with three
/// seeds; each partition is folded to the size rule (communities under the minimum size join the neighbour they are most
/// tied to, then the smallest join theirs while there are more than <see cref="ProposalSettings.MaxCells"/>); a resolution's
/// stability is the mean NMI between its seeds' partitions and with its neighbouring resolutions'. The most stable
/// resolution whose largest cell holds at most <see cref="ProposalSettings.MaxCellShare"/> of the types wins (ties to the
/// larger resolution); when none keeps to it, the one with the smallest largest cell.
/// </summary>
public static class ResolutionSelector
{
    public const int Seeds = 3;

    public static int MinCellSize(ProposalSettings settings, int domainTypes)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.MinCellSize ?? Math.Clamp((int)Math.Ceiling(domainTypes / 10.0), 3, 10);
    }

    /// <summary>
    /// Scores this close to the best are a tie: three seeds do not measure stability finer (SmartStoreNET's γ 1 and 1.5 swapped
    /// places on a 36-edge change of its graph). Among tied resolutions the coarsest wins: fewer cells for the same evidence.
    /// </summary>
    public const double NearTie = 0.005;

    /// <summary>The fewest types a module kept under the size floor may have.</summary>
    public const int MinModuleCell = 3;

    /// <summary>A cell made of one module of the code's organisation: this share of its members carry one key, holding this share of that key's types.</summary>
    public const double ModuleAgreement = 0.8;

    /// <param name="layout">The layout signal's module key per node, if it chose one: resolutions are scored by stability plus fit × agreement with it, and a cell that is one such module may exceed the share cap.</param>
    public static ResolutionChoice Choose(WeightedGraph graph, ProposalSettings settings, LayoutChoice? layout = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(settings);
        var connected = Enumerable.Range(0, graph.NodeCount).Where(i => graph.Degree(i) > 0).ToArray();
        var minSize = MinCellSize(settings, connected.Length);
        var resolutions = settings.Resolution is { } fixedResolution ? [fixedResolution] : settings.Resolutions;
        // Every run has its own seed and reads the graph only, so the runs go in parallel and give what a serial loop gives.
        graph.PrepareForConcurrentReads();
        var partitions = new int[resolutions.Count * Seeds][];
        var keys = layout?.Keys.Select(k => k?.Split('/')[0]).ToArray();
        Parallel.For(0, partitions.Length, i =>
            partitions[i] = Fold(Leiden.Detect(graph, new LeidenOptions(resolutions[i / Seeds], settings.Seed + (i % Seeds))), graph, minSize, settings.MaxCells, keys));
        var runs = Enumerable.Range(0, resolutions.Count).Select(r => partitions.Skip(r * Seeds).Take(Seeds).ToList()).ToList();
        var stability = new double[resolutions.Count];
        for (var r = 0; r < resolutions.Count; r++)
        {
            var scores = new List<double>();
            for (var a = 0; a < Seeds; a++)
            {
                for (var b = a + 1; b < Seeds; b++)
                {
                    scores.Add(Nmi(runs[r][a], runs[r][b], connected));
                }
            }

            foreach (var neighbour in new[] { r - 1, r + 1 }.Where(n => n >= 0 && n < resolutions.Count))
            {
                scores.Add(Nmi(runs[r][0], runs[neighbour][0], connected));
            }

            stability[r] = scores.Count == 0 ? 1 : scores.Average();
        }

        // A key naming the product (Subtext.Web/, the application's folder) is no module for the share cap: its cell keeps to it.
        var moduleKeys = keys?.Select(k => k is not null && layout!.ProductKeys.Contains(k) ? null : k).ToArray();
        var largest = runs.Select(r => LargestShare(r[0], connected, moduleKeys)).ToArray();
        var agreement = runs.Select(r => keys is null ? 0 : Agreement(r[0], connected, keys)).ToArray();
        var score = Enumerable.Range(0, resolutions.Count).Select(r => stability[r] + ((layout?.Fit ?? 0) * agreement[r])).ToArray();
        var feasible = Enumerable.Range(0, resolutions.Count).Where(r => largest[r] <= settings.MaxCellShare).ToList();
        var best = feasible.Count > 0 ? feasible.Max(r => Math.Round(score[r], 3)) : 0;
        var chosen = feasible.Count > 0
            ? feasible.Where(r => Math.Round(score[r], 3) >= best - NearTie - 1e-9).OrderBy(r => resolutions[r]).First()
            : Enumerable.Range(0, resolutions.Count).OrderBy(r => largest[r]).First();
        var others = runs[chosen].Skip(1).Concat(new[] { chosen - 1, chosen + 1 }.Where(n => n >= 0 && n < resolutions.Count).Select(n => runs[n][0])).ToList();
        var reason = resolutions.Count == 1
            ? FormattableString.Invariant($"resolution {resolutions[0]:0.###} as configured (stability {stability[0]:0.00} over {Seeds} seeds)")
            : keys is null
                ? FormattableString.Invariant($"resolution {resolutions[chosen]:0.###} chosen by stability, the coarsest within {NearTie:0.###} of the best ({string.Join(", ", resolutions.Select((r, i) => $"γ {r:0.##}: {stability[i]:0.00}{(largest[i] > settings.MaxCellShare ? " (largest cell too big)" : string.Empty)}"))})")
                : FormattableString.Invariant($"resolution {resolutions[chosen]:0.###} chosen by stability plus agreement with the {layout!.Describe()}, the coarsest within {NearTie:0.###} of the best ({string.Join(", ", resolutions.Select((r, i) => $"γ {r:0.##}: {stability[i]:0.00} + {layout.Fit:0.00} × {agreement[i]:0.00}{(largest[i] > settings.MaxCellShare ? " (largest cell too big)" : string.Empty)}"))})");
        return new ResolutionChoice(runs[chosen][0], resolutions[chosen], stability[chosen], NodeStability(runs[chosen][0], others, graph.NodeCount), reason + FormattableString.Invariant($"; cells under {minSize} types folded into their strongest neighbour, {settings.MaxCells} cells at most"));
    }

    /// <summary>
    /// Folds communities under <paramref name="minSize"/> nodes into the neighbour they are most tied to, then the smallest
    /// while there are more than <paramref name="maxCells"/>. A small community that is one module of the code's organisation
    /// (<paramref name="moduleKeys"/>, as the share cap's exemption reads it) and holds at least half the floor (3 at least)
    /// stays: a 5-type service of its own project (eShop's PaymentProcessor) is a seam the code already has, not a fragment.
    /// </summary>
    public static int[] Fold(int[] partition, WeightedGraph graph, int minSize, int maxCells, string?[]? moduleKeys = null)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(graph);
        var community = (int[])partition.Clone();

        // Members per community, each list in node order, kept up to date as communities merge (a fold used to regroup every
        // node and re-sum every degree after each merge: quadratic in the number of small communities).
        var members = Enumerable.Range(0, community.Length).Where(i => graph.Degree(i) > 0).GroupBy(i => community[i]).ToDictionary(g => g.Key, g => g.ToList());
        var keySizes = moduleKeys is null ? null : KeySizes(members.Values.SelectMany(m => m), moduleKeys);
        while (true)
        {
            var candidates = members.Where(m => m.Value.Count < minSize && (moduleKeys is null || m.Value.Count < Math.Max(MinModuleCell, minSize / 2) || !IsModule(m.Value, moduleKeys, keySizes!))).OrderBy(m => m.Value.Count).ThenBy(m => m.Key).Select(m => m.Key).ToList();
            if (members.Count > maxCells)
            {
                // Over the cap, the smallest community that has a neighbour joins it: a small island with no neighbour
                // (a component of its own) must not stop the fold.
                candidates.AddRange(members.OrderBy(m => m.Value.Count).ThenBy(m => m.Key).Select(m => m.Key).Where(k => !candidates.Contains(k)));
            }

            var merged = false;
            foreach (var small in candidates)
            {
                var ties = new Dictionary<int, double>();
                foreach (var node in members[small])
                {
                    foreach (var (other, weight) in graph.Neighbours(node))
                    {
                        if (community[other] != small)
                        {
                            ties[community[other]] = ties.GetValueOrDefault(community[other]) + weight;
                        }
                    }
                }

                if (ties.Count == 0)
                {
                    continue;
                }

                var target = ties.OrderByDescending(t => t.Value).ThenBy(t => t.Key).First().Key;
                foreach (var node in members[small])
                {
                    community[node] = target;
                }

                members[target] = members.TryGetValue(target, out var joined) ? MergeInOrder(joined, members[small]) : members[small];
                members.Remove(small);
                merged = true;
                break;
            }

            if (!merged)
            {
                return community;
            }
        }
    }

    private static List<int> MergeInOrder(List<int> a, List<int> b)
    {
        var merged = new List<int>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j == b.Count || (i < a.Count && a[i] < b[j]) ? a[i++] : b[j++]);
        }

        return merged;
    }

    /// <summary>The largest cell's share of the types, a cell that is one module of the code's organisation not counted (it is one team's, however large).</summary>
    private static double LargestShare(int[] partition, int[] connected, string?[]? keys)
    {
        if (connected.Length == 0)
        {
            return 0;
        }

        var keySizes = keys is null ? [] : KeySizes(connected, keys);
        return connected
            .GroupBy(i => partition[i])
            .Where(g => keys is null || !IsModule(g.ToList(), keys, keySizes))
            .Select(g => g.Count())
            .DefaultIfEmpty(0)
            .Max() / (double)connected.Length;
    }

    /// <summary>How many of <paramref name="nodes"/> carry each module key.</summary>
    private static Dictionary<string, int> KeySizes(IEnumerable<int> nodes, string?[] keys) =>
        nodes.Where(i => keys[i] is not null).GroupBy(i => keys[i]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static bool IsModule(List<int> cell, string?[] keys, Dictionary<string, int> keySizes)
    {
        var top = cell.Where(i => keys[i] is not null).GroupBy(i => keys[i]!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault();
        return top is not null && top.Count() >= ModuleAgreement * cell.Count && top.Count() >= ModuleAgreement * keySizes[top.Key];
    }

    /// <summary>NMI between the partition and the module keys, over the connected nodes that have a key.</summary>
    private static double Agreement(int[] partition, int[] connected, string?[] keys)
    {
        var keyed = connected.Where(i => keys[i] is not null).ToArray();
        var left = keyed.ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => partition[i], StringComparer.Ordinal);
        var right = keyed.ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => keys[i]!, StringComparer.Ordinal);
        return keyed.Length == 0 ? 0 : Quality.NormalizedMutualInformation.Of(left, right);
    }

    private static double Nmi(int[] a, int[] b, int[] nodes)
    {
        var left = nodes.ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => a[i], StringComparer.Ordinal);
        var right = nodes.ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => b[i], StringComparer.Ordinal);
        return Quality.NormalizedMutualInformation.Of(left, right);
    }

    private static double[] NodeStability(int[] chosen, List<int[]> others, int count)
    {
        var result = Enumerable.Repeat(1.0, count).ToArray();
        if (others.Count == 0)
        {
            return result;
        }

        var chosenSets = Enumerable.Range(0, count).GroupBy(i => chosen[i]).ToDictionary(g => g.Key, g => g.ToHashSet());
        var sums = new double[count];
        foreach (var other in others)
        {
            var otherSets = Enumerable.Range(0, count).GroupBy(i => other[i]).ToDictionary(g => g.Key, g => g.ToHashSet());
            var jaccard = new Dictionary<(int, int), double>();
            for (var i = 0; i < count; i++)
            {
                var key = (chosen[i], other[i]);
                if (!jaccard.TryGetValue(key, out var value))
                {
                    var a = chosenSets[chosen[i]];
                    var b = otherSets[other[i]];
                    var common = a.Count(b.Contains);
                    value = common / (double)(a.Count + b.Count - common);
                    jaccard[key] = value;
                }

                sums[i] += value;
            }
        }

        for (var i = 0; i < count; i++)
        {
            result[i] = sums[i] / others.Count;
        }

        return result;
    }
}
