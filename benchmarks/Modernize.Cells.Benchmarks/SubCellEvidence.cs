using System.Globalization;
using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Hierarchy;
using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;

namespace Modernize.Cells.Benchmarks;

/// <summary>
/// The sub-cells' evidence on stderr, one line per solution: how many cells split and into how many sub-cells, the NMI
/// against the known modules when each split cell is replaced by its sub-cells (reported, not tuned to), and the finder's CPU
/// cost beside the whole proposal's (the finder rerun on the proposal's own graph, rebuilt the way the proposal builds it).
/// </summary>
internal static class SubCellEvidence
{
    /// <param name="label">The proposal's label per type, as the benchmark's NMI reads it.</param>
    public static void Report(CellContext scope, CellsResult proposal, IReadOnlyDictionary<string, string> label, IReadOnlyDictionary<string, string> truth, ProposalSettings settings, TimeSpan proposalCpu)
    {
        var cells = proposal.Cells.Where(c => c.Kind == CellKind.Cell).ToList();
        var split = cells.Where(c => c.SubCells.Count > 0).ToList();
        var refined = new Dictionary<string, string>(label, StringComparer.Ordinal);
        foreach (var cell in split)
        {
            foreach (var sub in cell.SubCells)
            {
                foreach (var member in sub.Members)
                {
                    refined[member] = cell.Name + "/" + sub.Name;
                }
            }
        }

        // The finder again on the proposal's graph: the domain is every type outside tissue and hosts, in the context's order.
        var outside = proposal.Cells.Where(c => c.Kind != CellKind.Cell).SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var domain = scope.Types.Select(t => t.Id).Where(id => !outside.Contains(id)).ToList();
        var graph = EdgeWeighting.BuildSignals(scope, domain, settings).Combined;
        var drafts = proposal.Cells.Select(c => new CellDraft(c.Name, c.Kind, c.Owner, c.Members, [])).ToList();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var again = SubCellFinder.Refine(drafts, graph, domain, scope.TypeById, settings);
        var finderCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var same = again.Zip(proposal.Cells).All(x => x.First.SubCells.Select(s => s.Name + ":" + string.Join(',', s.Members)).SequenceEqual(x.Second.SubCells.Select(s => s.Name + ":" + string.Join(',', s.Members))));
        // Every candidate's figures, kept or not: the evidence behind proposal.subCells.minModularity.
        var teamSize = Analysis.Cells.Sizing.CellSizeRule.TeamSize(settings, cells.Sum(c => c.Members.Count));
        var nodeOf = domain.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var solutionNaming = new CellNaming(scope.TypeById.Values.ToList());
        var candidates = drafts.Where(d => d.Kind == CellKind.Cell)
            .Select(d => (d.Name, d.Members.Count, Split: SubCellFinder.Split(d, graph, nodeOf, scope.TypeById, solutionNaming, settings, teamSize)))
            .Where(x => x.Split is not null)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name} {x.Count}: Q {x.Split!.Modularity:0.00}, stability {x.Split.Stability:0.00}, crossing {x.Split.CrossingShare:P0}{(x.Split.SubCells.Count > 0 ? " kept" : string.Empty)}"));
        Console.Error.WriteLine("  sub-cell candidates (team size " + teamSize.ToString(CultureInfo.InvariantCulture) + "): " + string.Join("; ", candidates));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  sub-cells: {split.Count} of {cells.Count} cells split, into {split.Sum(c => c.SubCells.Count)} sub-cells ({string.Join("; ", split.Select(c => $"{c.Name} {c.Members.Count} → {string.Join(", ", c.SubCells.Select(s => $"{s.Name} {s.Members.Count}"))}"))}); NMI top level {NormalizedMutualInformation.Of(truth, label):0.000}, with sub-cells in place of their cells {NormalizedMutualInformation.Of(truth, refined):0.000}; finder CPU {finderCpu.TotalSeconds:0.00} s of the proposal's {proposalCpu.TotalSeconds:0.00} s (proposal with / without finder {proposalCpu.TotalSeconds / Math.Max(1e-9, (proposalCpu - finderCpu).TotalSeconds):0.000}){(same ? string.Empty : "; RERUN DIFFERS")}"));
    }
}
