using System.Globalization;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Per domain type: confidence = (share of its edge weight inside its cell) × (its stability across seeds and neighbouring
/// resolutions), and the strongest evidence: the signal adding most weight towards its cell, in words.
/// </summary>
internal static class MembershipEvidence
{
    public static List<TypeMembership> Of(SignalGraph signals, IReadOnlyList<string> cellOfNode, double[] stability, CellContext context)
    {
        var result = new List<TypeMembership>();
        var nodesOf = Enumerable.Range(0, signals.Members.Count).Where(i => cellOfNode[i].Length > 0).GroupBy(i => cellOfNode[i], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        for (var i = 0; i < signals.Members.Count; i++)
        {
            var cell = cellOfNode[i];
            if (cell.Length == 0)
            {
                continue;
            }

            var inside = 0.0;
            var total = 0.0;
            var bySignal = new double[Enum.GetValues<Signal>().Length];
            var partners = new int[bySignal.Length];
            foreach (var (other, weight) in signals.Combined.Neighbours(i))
            {
                total += weight;
                if (cellOfNode[other] != cell)
                {
                    continue;
                }

                inside += weight;
                foreach (var signal in Enum.GetValues<Signal>())
                {
                    var w = signals.Weight(signal, i, other);
                    if (w > 0)
                    {
                        bySignal[(int)signal] += w;
                        partners[(int)signal]++;
                    }
                }
            }

            var confidence = total <= 0 ? 0 : inside / total * stability[i];
            var strongest = (Signal)Array.IndexOf(bySignal, bySignal.Max());
            var evidence = total <= 0 ? "no edge: placed by its namespace or project"
                : inside <= 0 ? "no edge into its cell: placed by its namespace or project"
                : Describe(strongest, i, partners[(int)strongest], bySignal[(int)strongest] / inside, signals, nodesOf[cell]);
            result.Add(new TypeMembership(signals.Members[i], cell, Math.Round(confidence, 3), evidence));
        }

        return result;
    }

    private static string Describe(Signal signal, int node, int partners, double share, SignalGraph signals, List<int> cellNodes)
    {
        var percent = string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}% of its weight in the cell");
        switch (signal)
        {
            case Signal.Naming when signals.Vectors.Count > node:
                var vector = signals.Vectors[node];
                var word = vector.Keys
                    .Select(w => (Word: w, Count: cellNodes.Count(n => n != node && signals.Vectors[n].ContainsKey(w))))
                    .OrderByDescending(x => x.Count)
                    .ThenBy(x => x.Word, StringComparer.Ordinal)
                    .FirstOrDefault();
                return string.Create(CultureInfo.InvariantCulture, $"naming: '{word.Word}' shared with {word.Count} members ({percent})");
            case Signal.Structure:
                return string.Create(CultureInfo.InvariantCulture, $"structure: references with {partners} members ({percent})");
            case Signal.Wiring:
                return string.Create(CultureInfo.InvariantCulture, $"run-time wiring: handlers, registrations, implementations or HTTP calls with {partners} members ({percent})");
            case Signal.Layout:
                return string.Create(CultureInfo.InvariantCulture, $"layout: the same {signals.Layout?.Source.ToString().ToLowerInvariant() ?? "module"} key '{signals.Layout?.Keys[node]}' as {partners} members ({percent})");
            case Signal.Data:
                return string.Create(CultureInfo.InvariantCulture, $"shared data: tables or entities with {partners} members ({percent})");
            default:
                return string.Create(CultureInfo.InvariantCulture, $"change coupling: changed together with {partners} members ({percent})");
        }
    }
}
