using System.Globalization;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Turns a cell's facts into its 0..100 readiness score and plain sentences with the numbers:
/// score = 100 × (0.30·cohesion + 0.20·(1 − inbound share) + 0.15·(1 − interface share) + 0.15/(1 + shared tables)
/// + 0.10/(1 + blocker points/13) + 0.05/(1 + crossing cycles) + 0.05/(1 + change coupling)).
/// </summary>
public static class CellScorer
{
    public const double CohesionWeight = 0.30;
    public const double InboundWeight = 0.20;
    public const double InterfaceWeight = 0.15;
    public const double SharedDataWeight = 0.15;
    public const double BlockerWeight = 0.10;
    public const double CycleWeight = 0.05;
    public const double ChangeCouplingWeight = 0.05;

    /// <summary>Blocker points at which the blocker term halves: one "unknown" blocker on the assessment scale.</summary>
    public const double BlockerPointsScale = 13;

    public static double Score(CellFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ease = (CohesionWeight * facts.Cohesion)
            + (InboundWeight * (1 - facts.InboundShare))
            + (InterfaceWeight * (1 - facts.InterfaceShare))
            + (SharedDataWeight / (1 + facts.SharedTables.Count))
            + (BlockerWeight / (1 + (facts.BlockerPoints / BlockerPointsScale)))
            + (CycleWeight / (1 + facts.CrossingCycles.Count))
            + (ChangeCouplingWeight / (1 + facts.ChangeCoupling));
        return Math.Round(100 * ease, 1);
    }

    public static IReadOnlyList<string> Explain(CellFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lines = new List<string>(facts.Draft.Explanation);
        var members = facts.Draft.Members.Count;
        lines.Add(Text(
            $"Cohesion {facts.Cohesion:0.00}: {facts.Inside:0.#} of the {facts.Inside + facts.Outbound + facts.Inbound:0.#} dependency weight touching its {members} types stays inside; {facts.Outbound:0.#} goes out to other cells and {facts.Inbound:0.#} comes in from them ({facts.OnTissue:0.#} more goes to tissue, which is expected)."));
        if (facts.Inbound > 0)
        {
            var callers = string.Join(", ", facts.InboundByCell.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => Text($"{c.Key} ({c.Value:0.#})")));
            lines.Add(Text($"Interface width {facts.InterfaceTypes.Count}: {facts.InterfaceTypes.Count} of {Count(members, "type")} used from other cells ({Sample(facts.InterfaceTypes)}); callers by weight: {callers}."));
        }
        else
        {
            lines.Add("No other cell depends on it: interface width 0.");
        }

        lines.Add(facts.SharedTables.Count == 0
            ? "Shares no table or entity with another cell."
            : Text($"Shares {(facts.SharedTables.Count == 1 ? "1 table or entity" : Text($"{facts.SharedTables.Count} tables or entities"))} with other cells: {string.Join("; ", facts.SharedTables.Select(t => $"{t.Table} (with {string.Join(", ", t.Cells.Where(c => c != facts.Draft.Name))}{(WritersNote(t) is { Length: > 0 } note ? "; " + note : string.Empty)})"))}."));
        if (facts.CrossingCycles.Count > 0)
        {
            lines.Add(Text($"{Count(facts.CrossingCycles.Count, "dependency cycle")} {(facts.CrossingCycles.Count == 1 ? "crosses" : "cross")} its boundary ({string.Join("; ", facts.CrossingCycles.Take(3).Select(c => $"{c.Level} cycle of {c.Size}"))})."));
        }

        if (facts.ChangeCoupling > 0)
        {
            lines.Add(Text($"Changes together with other cells: change-coupling degrees across its boundary sum to {facts.ChangeCoupling:0.##}."));
        }

        lines.Add(Text($"Size: {facts.SourceLines:N0} source lines in {Count(members, "type")}."));
        lines.Add(facts.Blockers.Count == 0
            ? "No legacy blocker incident in its files."
            : Text($"Legacy blockers in its files: {string.Join(", ", facts.Blockers.Select(b => $"{b.Id} ({b.Points} points, {b.Incidents} incidents)"))}, {facts.BlockerPoints} points in all."));
        lines.Add(Text(
            $"Score {Score(facts):0.#}/100 = 100 × (0.30×cohesion {facts.Cohesion:0.00} + 0.20×(1 − inbound share {facts.InboundShare:0.00}) + 0.15×(1 − interface share {facts.InterfaceShare:0.00}) + 0.15/(1 + {facts.SharedTables.Count} shared tables) + 0.10/(1 + {facts.BlockerPoints}/13 blocker points) + 0.05/(1 + {facts.CrossingCycles.Count} cycles) + 0.05/(1 + change coupling {facts.ChangeCoupling:0.##}))."));
        return lines;
    }

    public static Cell ToCell(CellFacts facts, CellOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var draft = facts.Draft;
        var explanation = draft.Kind switch
        {
            CellKind.Tissue => TissueLines(facts),
            CellKind.Host => [.. draft.Explanation, Text($"Size: {facts.SourceLines:N0} source lines in {Count(draft.Members.Count, "type")}.")],
            _ => Explain(facts),
        };
        return new Cell(draft.Name, draft.Kind, origin, draft.Owner, draft.Members, Score(facts), facts.ToScore(), explanation) { SubCells = draft.SubCells };
    }

    private static List<string> TissueLines(CellFacts facts)
    {
        var lines = new List<string>(facts.Draft.Explanation);
        lines.Add(Text($"Size: {facts.SourceLines:N0} source lines in {Count(facts.Draft.Members.Count, "type")}; {facts.Outbound:0.#} of its dependency weight goes to cells (tissue should know no cell)."));
        return lines;
    }

    internal static string Sample(IReadOnlyList<string> items, int max = 5) =>
        items.Count <= max ? string.Join(", ", items) : string.Join(", ", items.Take(max)) + Text($" and {items.Count - max} more");

    /// <summary>"1 type", "3 types".</summary>
    internal static string Count(int n, string noun) => Text($"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    internal static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Who writes a shared table, the evidence for its owner: "written only by Catalog", "written by Catalog and Orders", or nothing when no write was seen.</summary>
    internal static string WritersNote(SharedTable table) =>
        table.SoleWriter is { } owner ? Text($"written only by {owner}")
        : table.Writers.Count > 1 ? Text($"written by {string.Join(", ", table.Writers.SkipLast(1))} and {table.Writers[^1]}")
        : string.Empty;
}
