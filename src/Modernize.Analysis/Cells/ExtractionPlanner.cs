using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>
/// The strangler-fig order: the cell easiest to stand alone first (highest score: cohesive, little inbound coupling,
/// narrow interface, no shared tables, few blocker points); among equals, the larger cell first, as it frees more code.
/// </summary>
public static class ExtractionPlanner
{
    public static IReadOnlyList<ExtractionStep> Plan(IReadOnlyList<CellFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ordered = facts
            .Where(f => f.Draft.Kind == CellKind.Cell && f.Draft.Members.Count > 0)
            .OrderByDescending(CellScorer.Score)
            .ThenByDescending(f => f.SourceLines)
            .ThenBy(f => f.Draft.Name, StringComparer.Ordinal)
            .ToList();
        return ordered.Select((f, i) => new ExtractionStep(i + 1, f.Draft.Name, CellScorer.Score(f), Reason(f, i, ordered.Count))).ToList();
    }

    private static string Reason(CellFacts f, int index, int count)
    {
        var position = index == 0 ? "Extract first" : index == count - 1 ? "Extract last" : "Extract next";
        var callers = f.InboundByCell.Count == 0
            ? "no other cell depends on it"
            : CellScorer.Text($"{CellScorer.Count(f.InboundByCell.Count, "cell")} {(f.InboundByCell.Count == 1 ? "depends" : "depend")} on it with weight {f.Inbound:0.#} ({string.Join(", ", f.InboundByCell.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(3).Select(c => c.Key))}{(f.InboundByCell.Count > 3 ? ", …" : string.Empty)}), to be turned into calls through {CellScorer.Count(f.InterfaceTypes.Count, "interface type")}");
        var data = f.SharedTables.Count == 0
            ? "it shares no table"
            : CellScorer.Text($"{CellScorer.Count(f.SharedTables.Count, "shared table")} must find one owner first ({CellScorer.Sample(f.SharedTables.Select(t => t.Table + (CellScorer.WritersNote(t) is { Length: > 0 } note ? $" ({note})" : string.Empty)).ToList(), 3)})");
        var blockers = f.BlockerPoints == 0 ? "no legacy blocker" : CellScorer.Text($"{f.BlockerPoints} legacy blocker points ({string.Join(", ", f.Blockers.Select(b => b.Id))})");
        return CellScorer.Text($"{position} (score {CellScorer.Score(f):0.#}/100): cohesion {f.Cohesion:0.00}; {callers}; {data}; {blockers}; {f.SourceLines:N0} source lines.");
    }
}
