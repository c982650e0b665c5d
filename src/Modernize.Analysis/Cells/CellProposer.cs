using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Hierarchy;
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
    /// <param name="communities">The scan's community detection cache (reused when its inputs are unchanged); none: computed.</param>
    public static CellsResult Propose(CodeGraph graph, AnalysisResult analysis, ModernizeConfig config, CommunityCache? communities = null)
    {
        var context = CellContext.Create(graph, analysis, config, communities);
        if (context.Types.Count == 0)
        {
            return CellsResult.Empty;
        }

        var settings = config.Proposal;
        var all = context.Types.Select(t => t.Id).ToList();
        // The candidate cells that tissue is judged against come without layout edges: a key shared by a domain's
        // controllers, services and repositories would leave its unkeyed entities clustering among themselves, like a kernel.
        var preliminaryGraph = EdgeWeighting.BuildSignals(context, all, settings, layoutEdges: false);
        var preliminary = context.Communities.Detect("preliminary", preliminaryGraph.Combined, new LeidenOptions(settings.ReportedResolution, settings.Seed));
        var candidateCell = all.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => preliminary[x.i], StringComparer.Ordinal);
        var moduleKey = preliminaryGraph.Layout is { } layout
            ? all.Select((id, i) => (id, Key: layout.Keys[i])).Where(x => x.Key is not null).ToDictionary(x => x.id, x => x.Key!.Split('/')[0], StringComparer.Ordinal)
            : null;
        var hosts = HostDetector.Detect(context, moduleKey);
        var hostIds = hosts.Keys.ToHashSet(StringComparer.Ordinal);
        var naming = new CellNaming(context.Types);
        var dataContexts = SharedDataContextDetector.Detect(context, candidateCell, hostIds, naming);
        var classed = hostIds.Concat(dataContexts.SelectMany(u => u.Members)).ToHashSet(StringComparer.Ordinal);
        var kernelUnits = dataContexts.Concat(ModuleFolderUnits.Without(TissueUnitDetector.Detect(context, candidateCell, classed, moduleKey), context, classed)).ToList();
        var kernelIds = kernelUnits.SelectMany(u => u.Members).ToHashSet(StringComparer.Ordinal);
        var units = kernelUnits.Concat(PlatformUnitDetector.Detect(context, candidateCell, hostIds.Concat(kernelIds).ToHashSet(StringComparer.Ordinal), kernelIds)).ToList();
        var excluded = hostIds.Concat(units.SelectMany(u => u.Members)).ToHashSet(StringComparer.Ordinal);
        var tissue = TissueDetector.Detect(context, candidateCell, excluded);

        var drafts = UnitDrafts(units, naming);
        drafts.AddRange(TissueDrafts(context, tissue, naming));
        drafts.AddRange(HostDrafts(context, hosts, naming));
        var tissueIds = tissue.Select(v => v.Type).Concat(excluded).ToHashSet(StringComparer.Ordinal);
        var domain = all.Where(id => !tissueIds.Contains(id)).ToList();
        var signals = EdgeWeighting.BuildSignals(context, domain, settings);
        var domainGraph = signals.Combined;
        var choice = context.Communities.Choose("resolutions", domainGraph, settings, signals.Layout);
        var isolated = domain.Where((_, i) => domainGraph.Degree(i) == 0).Select(id => context.TypeById[id]).ToList();
        var detected = domain
            .Select((id, i) => (Id: id, Node: i, Community: choice.Partition[i]))
            .Where(x => domainGraph.Degree(x.Node) > 0)
            .GroupBy(x => x.Community)
            .Select(g => (Nodes: g.Select(x => x.Node).ToList(), Types: g.Select(x => context.TypeById[x.Id]).ToList()))
            .ToList();
        // Under the fewest types a kept module may have (a larger island can be one: jasontaylordev's 3-type TodoLists).
        bool IsFragment(List<int> nodes) =>
            nodes.Count < ResolutionSelector.MinModuleCell && nodes.All(n => domainGraph.Neighbours(n).All(m => choice.Partition[m.Node] == choice.Partition[n]));
        var homes = detected.Where(c => !IsFragment(c.Nodes)).SelectMany(c => c.Types).Concat(drafts.SelectMany(d => d.Members).Select(m => context.TypeById[m])).ToList();
        var fragments = detected.Where(c => IsFragment(c.Nodes) && IsolatedTypePlacement.HasHomes(c.Types, homes)).Select(c => c.Types).ToList();
        var cells = detected.Select(c => c.Types)
            .Where(c => !fragments.Contains(c))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0].Id, StringComparer.Ordinal)
            .ToList();
        // Joining cells by their nouns is naming evidence: with naming weighed 0, structure alone decides.
        var joined = settings.NamingWeight > 0
            ? SameDomainMerger.Merge(cells, context.Dependencies, naming, settings.Modules.SameDomainNounShare)
            : cells.Select(c => new JoinedCell(c, 1, null)).ToList();
        var cellNames = naming.NameAll(joined.Select(c => c.Members).ToList());
        drafts.AddRange(joined.Select((cell, i) => CellDraftOf(cell, cellNames[i], settings, choice)));
        var (placedCells, unconnected) = IsolatedTypePlacement.Place(drafts, isolated, context, [.. fragments.SelectMany(f => f)]);
        var placed = SubCellFinder.Refine(placedCells, domainGraph, domain, context.TypeById, settings);
        var cellOf = placed.SelectMany(d => d.Members.Select(m => (Member: m, d.Name))).GroupBy(x => x.Member, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var memberships = MembershipEvidence.Of(signals, domain.Select(id => cellOf.GetValueOrDefault(id, string.Empty)).ToList(), choice.NodeStability, context);
        memberships.AddRange(units.SelectMany(u => u.Members.Select(m => new TypeMembership(m, cellOf[m], 1, u.Evidence()))));
        memberships.AddRange(tissue.Select(v => new TypeMembership(v.Type, cellOf[v.Type], 1, "tissue: " + v.Sentence())));
        memberships.AddRange(hosts.Select(h => new TypeMembership(h.Key, cellOf[h.Key], 1, "host: " + h.Value)));
        return DecompositionBuilder.Build(context, CellOrigin.Proposed, placed, new HashSet<string>()) with
        {
            Unconnected = unconnected,
            Memberships = [.. memberships.OrderBy(m => m.Type, StringComparer.Ordinal)],
            Resolution = choice.Resolution,
        };
    }

    private static List<CellDraft> UnitDrafts(IReadOnlyList<TissueUnit> units, CellNaming naming) => units
        .OrderBy(u => u.Unit, StringComparer.Ordinal)
        .Select(u => new CellDraft(naming.ReserveFirstFree(" (tissue)", u.Unit), CellKind.Tissue, null, u.Members, [u.Sentence()]))
        .ToList();

    /// <summary>Host types grouped per project: composition roots, shown apart, never gluing cells together.</summary>
    private static IEnumerable<CellDraft> HostDrafts(CellContext context, IReadOnlyDictionary<string, string> hosts, CellNaming naming)
    {
        return hosts
            .GroupBy(h => context.TypeById[h.Key].Project, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                // Two projects may share a name in different folders (Duplicati's library and its Executables/ wrapper).
                var project = context.ProjectName(g.Key);
                var name = naming.ReserveFirstFree(" (host)", project, $"{project} in {Path.GetDirectoryName(g.Key)?.Replace('\\', '/')}");
                var lines = new List<string>
                {
                    CellScorer.Text($"{CellScorer.Count(g.Count(), "composition root")}: each wires the application together and is used by at most {HostDetector.MaxDependents} types, so it is shown apart and left out of cell detection."),
                };
                lines.AddRange(g.OrderBy(h => h.Key, StringComparer.Ordinal).Take(20).Select(h => CellScorer.Text($"{h.Key}: {h.Value}.")));
                return new CellDraft(name, CellKind.Host, null, g.Select(h => h.Key).Order(StringComparer.Ordinal).ToList(), lines);
            });
    }

    private static List<CellDraft> TissueDrafts(CellContext context, IReadOnlyList<TissueVerdict> tissue, CellNaming naming)
    {
        return tissue
            .GroupBy(v => context.TypeById[v.Type].Project, StringComparer.Ordinal)
            .Select(g => (Name: ElementName(g.Select(v => context.TypeById[v.Type]).ToList(), context), Project: context.ProjectName(g.Key), Verdicts: g.ToList()))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Project, StringComparer.Ordinal)
            .Select(((string Key, string Project, List<TissueVerdict> Verdicts) g) =>
            {
                var name = naming.ReserveFirstFree(" (tissue)", g.Key, g.Key + " types", g.Key + " types in " + g.Project);
                var lines = new List<string>
                {
                    CellScorer.Text($"{CellScorer.Count(g.Verdicts.Count, "type")} of {g.Key} {(g.Verdicts.Count == 1 ? "is" : "are")} tissue: each is used from at least {context.Config.Proposal.Tissue.MinCellsSpanned} candidate cells (or {context.Config.Proposal.Tissue.CellsSpannedShare * 100:0}% of them), mostly from outside its own, sends at most {context.Config.Proposal.Tissue.MaxDomainFanOutShare * 100:0}% of its outbound weight into domain code, and takes at most {context.Config.Proposal.Tissue.MaxNamedUseShare * 100:0}% of its use from types named after it; they were left out of cell detection so they could not glue domains together."),
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

    /// <summary>The signals whose weight is above 0, as the explanation names them (change coupling is off by default, decision 104).</summary>
    private static string SignalsInUse(ProposalSettings settings)
    {
        var names = new (double Weight, string Name)[]
        {
            (settings.StructureWeight, "structure"),
            (settings.WiringWeight, "run-time wiring"),
            (settings.NamingWeight, "naming"),
            (settings.ChangeCouplingWeight, "change coupling"),
            (settings.DataWeight, "shared data"),
        }.Where(s => s.Weight > 0).Select(s => s.Name).ToList();
        return names.Count switch
        {
            0 => "no weighted signal",
            1 => names[0],
            _ => string.Join(", ", names.SkipLast(1)) + " and " + names[^1],
        };
    }

    private static CellDraft CellDraftOf(JoinedCell cell, string name, ProposalSettings settings, ResolutionChoice choice)
    {
        var members = cell.Members;
        var projects = members.GroupBy(t => t.Project, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var spread = string.Join(", ", projects.Select(p => CellScorer.Text($"{p.Key} ({p.Count()})")));
        var line = CellScorer.Text(
            $"Proposed by Leiden community detection (seed {settings.Seed}, {choice.Reason}) over {SignalsInUse(settings)}: {members.Count} types across {projects.Count} projects: {spread}.");
        var lines = new List<string> { line };
        if (cell.Noun is { } noun)
        {
            lines.Add(CellScorer.Text(
                $"Joined from {cell.Parts} cells of that partition, each mostly about '{noun}' (the word of at least {settings.Modules.SameDomainNounShare * 100:0}% of its type names), one referencing another in code: one domain cut apart by use case or layer."));
        }

        return new CellDraft(name, CellKind.Cell, null, members.Select(t => t.Id).ToList(), lines);
    }

    /// <summary>A tissue element is named after its members' common namespace (Shop.Common), else after their project.</summary>
    private static string ElementName(List<TypeNode> members, CellContext context)
    {
        var common = members.Select(t => t.Namespace.Split('.')).Aggregate((a, b) => a.Zip(b).TakeWhile(x => x.First == x.Second).Select(x => x.First).ToArray());
        if (common.Length > 1 || (common.Length == 1 && members.Count > 1))
        {
            return string.Join('.', common);
        }

        return context.ProjectName(members[0].Project);
    }
}
