using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Scores the decomposition the product map declares exactly as a proposal is scored, lists what breaks it
/// (dependencies between declared cells, tissue depending on cells), and compares it with the proposal.
/// </summary>
public static class ProductMapEvaluator
{
    /// <returns>The declared decomposition with <see cref="CellsResult.Comparison"/> filled, or null when modernize.yml declares no map.</returns>
    /// <param name="communities">The scan's community detection cache (the map's quality measures run Leiden for the layout signal).</param>
    public static CellsResult? Evaluate(CodeGraph graph, AnalysisResult analysis, ModernizeConfig config, CellsResult proposal, CommunityCache? communities = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(proposal);
        if (!config.HasProductMap)
        {
            return null;
        }

        var context = CellContext.Create(graph, analysis, config, communities);
        var assignment = ProductMapAssignment.Assign(config, context.Types);
        var drafts = config.Cells.Select(d => Draft(d, CellKind.Cell, assignment, config))
            .Concat(config.Tissue.Select(d => Draft(d, CellKind.Tissue, assignment, config)))
            .ToList();
        var tissueTables = config.Tissue.SelectMany(t => t.Tables).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var declared = DecompositionBuilder.Build(context, CellOrigin.Declared, drafts, tissueTables);
        return declared with { Comparison = MapComparison.Compare(context, assignment, declared, proposal) };
    }

    private static CellDraft Draft(CellDeclaration declaration, CellKind kind, IReadOnlyDictionary<string, string> assignment, ModernizeConfig config)
    {
        var members = assignment.Where(a => a.Value == declaration.Name).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        var what = kind == CellKind.Cell ? "cell" : "tissue";
        var selectors = declaration.Include.Select(i => "include " + i)
            .Concat(declaration.Projects.Select(p => "project " + p))
            .Concat(declaration.Tables.Select(t => "table " + t));
        var source = config.SourceFile is null ? "the product map" : Path.GetFileName(config.SourceFile);
        var line = CellScorer.Text($"Declared as {what} in {source} (line {declaration.Line}) by {string.Join(", ", selectors)}: {CellScorer.Count(members.Count, "type")} {(members.Count == 1 ? "matches" : "match")}.");
        return new CellDraft(declaration.Name, kind, declaration.Owner, members, [line]);
    }
}
