using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>Scores any decomposition, proposed or declared, the same way: shared data, seams, cell scores, extraction order, quality.</summary>
public static class DecompositionBuilder
{
    /// <param name="tissueTables">Tables the product map gives to tissue (not counted as shared).</param>
    public static CellsResult Build(CellContext context, CellOrigin origin, IReadOnlyList<CellDraft> drafts, IReadOnlySet<string> tissueTables)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(drafts);
        var membership = new Membership(drafts);
        var shared = SharedDataFinder.Find(context, membership, tissueTables);
        var facts = CellFactsCalculator.Measure(context, membership, shared);
        var cells = facts
            .Select(f => CellScorer.ToCell(f, origin))
            .OrderBy(c => c.Kind)
            .ThenByDescending(c => c.Members.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new CellsResult(
            origin,
            cells,
            SeamFinder.Find(context, membership),
            ExtractionPlanner.Plan(facts),
            shared,
            DecompositionMeasures.Compute(context, membership, context.Config.Proposal),
            []);
    }
}
