using Modernize.Analysis.Cells.Community;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Proposes cells and tissue for a scanned solution (method in docs/cells.md): a preliminary Leiden run over the whole
/// weighted type graph gives candidate cells; types used across many of them that reach little domain code are tissue;
/// a second Leiden run without the tissue gives the cells, which are then scored with seams, shared data and an extraction order.
/// </summary>
public static class CellProposer
{
    public static CellsResult Propose(CodeGraph graph, AnalysisResult analysis, ModernizeConfig config)
    {
        var context = CellContext.Create(graph, analysis, config);
        if (context.Types.Count == 0)
        {
            return CellsResult.Empty;
        }

        var settings = config.Proposal;
        var options = new LeidenOptions(settings.Resolution, settings.Seed);
        var all = context.Types.Select(t => t.Id).ToList();
        var preliminary = Leiden.Detect(EdgeWeighting.Build(context, all, settings), options);
        var candidateCell = all.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => preliminary[x.i], StringComparer.Ordinal);
        var tissue = TissueDetector.Detect(context, candidateCell);

        var naming = new CellNaming(context.Types);
        var drafts = TissueDrafts(context, tissue, naming);
        var tissueIds = tissue.Select(v => v.Type).ToHashSet(StringComparer.Ordinal);
        var domain = all.Where(id => !tissueIds.Contains(id)).ToList();
        var domainGraph = EdgeWeighting.Build(context, domain, settings);
        var communities = Leiden.Detect(domainGraph, options);
        var isolated = domain.Where((_, i) => domainGraph.Degree(i) == 0).Select(id => context.TypeById[id]).ToList();
        drafts.AddRange(domain
            .Select((id, i) => (Id: id, Community: communities[i]))
            .Where((_, i) => domainGraph.Degree(i) > 0)
            .GroupBy(x => x.Community)
            .Select(g => g.Select(x => context.TypeById[x.Id]).ToList())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0].Id, StringComparer.Ordinal)
            .Select(members => CellDraftOf(members, naming, settings)));
        var (placed, unconnected) = IsolatedTypePlacement.Place(drafts, isolated, context);
        return DecompositionBuilder.Build(context, CellOrigin.Proposed, placed, new HashSet<string>()) with { Unconnected = unconnected };
    }

    private static List<CellDraft> TissueDrafts(CellContext context, IReadOnlyList<TissueVerdict> tissue, CellNaming naming)
    {
        var projectNames = context.Graph.Projects.ToDictionary(p => p.Path, p => p.Name, StringComparer.Ordinal);
        return tissue
            .GroupBy(v => context.TypeById[v.Type].Project, StringComparer.Ordinal)
            .Select(g => (Name: ElementName(g.Select(v => context.TypeById[v.Type]).ToList(), projectNames), Verdicts: g.ToList()))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .Select(e => (e.Name, e.Verdicts))
            .Select(((string Key, List<TissueVerdict> Verdicts) g) =>
            {
                var name = g.Key + " (tissue)";
                naming.Reserve(name);
                var lines = new List<string>
                {
                    CellScorer.Text($"{CellScorer.Count(g.Verdicts.Count, "type")} of {g.Key} {(g.Verdicts.Count == 1 ? "is" : "are")} tissue: each is used from at least {TissueDetector.MinCellsSpanned} candidate cells (or 30% of them), mostly from outside its own, and sends at most {TissueDetector.MaxDomainFanOutShare * 100:0}% of its outbound weight into domain code; they were left out of cell detection so they could not glue domains together."),
                };
                lines.AddRange(g.Verdicts.Take(20).Select(v => v.Sentence()));
                if (g.Verdicts.Count > 20)
                {
                    lines.Add(CellScorer.Text($"...and {g.Verdicts.Count - 20} more types on the same grounds."));
                }

                return new CellDraft(name, CellKind.Tissue, null, g.Verdicts.Select(v => v.Type).ToList(), lines);
            })
            .ToList();
    }

    private static CellDraft CellDraftOf(List<TypeNode> members, CellNaming naming, ProposalSettings settings)
    {
        var name = naming.Name(members);
        var projects = members.GroupBy(t => t.Project, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var spread = string.Join(", ", projects.Select(p => CellScorer.Text($"{p.Key} ({p.Count()})")));
        var line = CellScorer.Text(
            $"Proposed by Leiden community detection (seed {settings.Seed}, resolution {settings.Resolution:0.###}) over structure, change coupling and shared data: {members.Count} types across {projects.Count} projects: {spread}.");
        return new CellDraft(name, CellKind.Cell, null, members.Select(t => t.Id).ToList(), [line]);
    }

    /// <summary>A tissue element is named after its members' common namespace (Shop.Common), else after their project.</summary>
    private static string ElementName(List<TypeNode> members, Dictionary<string, string> projectNames)
    {
        var common = members.Select(t => t.Namespace.Split('.')).Aggregate((a, b) => a.Zip(b).TakeWhile(x => x.First == x.Second).Select(x => x.First).ToArray());
        if (common.Length > 1 || (common.Length == 1 && members.Count > 1))
        {
            return string.Join('.', common);
        }

        var project = members[0].Project;
        return projectNames.TryGetValue(project, out var name) ? name : Path.GetFileNameWithoutExtension(project);
    }
}
