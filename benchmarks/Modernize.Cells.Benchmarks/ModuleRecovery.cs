using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Quality;
using Modernize.Analysis.Cells.Sizing;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Cells.Benchmarks;

/// <summary>One solution's figures: the proposal and both baselines against the known modules, on the same scan.</summary>
internal sealed record RecoveryRow(
    string Name, string Shape, int Types, int Modules, double Nmi, double MoJoFm, double ProjectNmi, double ProjectMoJoFm, double LouvainNmi, double LouvainMoJoFm,
    CellSizeFigures Size, double TissueRecall, string TissueElements, string Hosts, double Resolution, string Layout);

internal static class ModuleRecovery
{
    public static RecoveryRow Measure(BenchmarkSolution solution, CodeGraph graph, AnalysisResult analysis, ModernizeConfig config)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var proposal = CellProposer.Propose(graph, analysis, config);
        var proposalCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var scope = CellContext.Create(graph, analysis, config);
        if (Environment.GetEnvironmentVariable("CELLS_BENCH_VERBOSE") is not null)
        {
            foreach (var cell in proposal.Cells)
            {
                Console.Error.WriteLine($"  {cell.Kind} {cell.Name} ({cell.Members.Count}): {string.Join(" | ", cell.Explanation.Take(2))}");
            }
        }

        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        var truthTissue = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in scope.Types)
        {
            switch (ModuleRule.ModuleOf(solution.Rules, type.File, type.Id))
            {
                case null or ModuleRule.Ignore or ModuleRule.Host:
                    break;
                case ModuleRule.Tissue:
                    truthTissue.Add(type.Id);
                    break;
                case var module:
                    truth[type.Id] = module;
                    break;
            }
        }

        if (Environment.GetEnvironmentVariable("CELLS_BENCH_VERBOSE") is not null)
        {
            Console.Error.WriteLine("  truth: " + string.Join(", ", truth.GroupBy(t => t.Value).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")) + $", tissue {truthTissue.Count}");
        }

        var proposed = proposal.Cells
            .SelectMany(c => c.Members.Select(m => (Member: m, Label: c.Kind == CellKind.Cell ? c.Name : $"({c.Kind})")))
            .Concat(proposal.Unconnected.Select(m => (Member: m, Label: "(unconnected)")))
            .GroupBy(x => x.Member, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("CELLS_BENCH_VERBOSE") is not null)
        {
            foreach (var cell in truth.Concat(truthTissue.Select(t => KeyValuePair.Create(t, "(tissue)"))).GroupBy(t => proposed.GetValueOrDefault(t.Key, "(none)")))
            {
                Console.Error.WriteLine($"  {cell.Key}: " + string.Join(", ", cell.GroupBy(t => t.Value).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
            }
        }

        if (Environment.GetEnvironmentVariable("CELLS_BENCH_TRACE") is not null)
        {
            // One tab-separated line per labelled type: proposed element, true module, type, confidence, strongest evidence.
            var evidence = proposal.Memberships.ToDictionary(m => m.Type, m => m, StringComparer.Ordinal);
            foreach (var (type, module) in truth.Concat(truthTissue.Select(t => KeyValuePair.Create(t, "(tissue)")))
                .OrderBy(t => proposed.GetValueOrDefault(t.Key, "(none)"), StringComparer.Ordinal)
                .ThenBy(t => t.Value, StringComparer.Ordinal)
                .ThenBy(t => t.Key, StringComparer.Ordinal))
            {
                var membership = evidence.GetValueOrDefault(type);
                Console.Error.WriteLine(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"T\t{proposed.GetValueOrDefault(type, "(none)")}\t{module}\t{type}\t{membership?.Confidence:0.00}\t{membership?.Evidence}"));
            }
        }

        SubCellEvidence.Report(scope, proposal, proposed, truth, config.Proposal, proposalCpu);
        var byProject = scope.Types.ToDictionary(t => t.Id, t => t.Project, StringComparer.Ordinal);
        var louvain = PlainLouvain(scope, config.Proposal.Seed);
        var cells = proposal.Cells.Where(c => c.Kind == CellKind.Cell).ToList();
        var tissueMembers = proposal.Cells.Where(c => c.Kind == CellKind.Tissue).SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        return new RecoveryRow(
            solution.Name,
            solution.Shape,
            truth.Count,
            truth.Values.Distinct().Count(),
            NormalizedMutualInformation.Of(truth, proposed),
            MoJoFm.Of(proposed, truth),
            NormalizedMutualInformation.Of(truth, byProject),
            MoJoFm.Of(byProject, truth),
            NormalizedMutualInformation.Of(truth, louvain),
            MoJoFm.Of(louvain, truth),
            CellSizeRule.Measure(cells.Select(c => c.Members.Count).ToList(), config.Proposal),
            truthTissue.Count == 0 ? double.NaN : truthTissue.Count(tissueMembers.Contains) / (double)truthTissue.Count,
            string.Join(", ", proposal.Cells.Where(c => c.Kind == CellKind.Tissue).Select(c => $"{c.Name.Replace(" (tissue)", string.Empty, StringComparison.Ordinal)} {c.Members.Count}")),
            string.Join(", ", proposal.Cells.Where(c => c.Kind == CellKind.Host).Select(c => $"{c.Name.Replace(" (host)", string.Empty, StringComparison.Ordinal)} {c.Members.Count}")),
            proposal.Resolution,
            EdgeWeighting.BuildSignals(scope, scope.Types.Select(t => t.Id).ToList(), config.Proposal).Layout?.Describe() ?? "none");
    }

    /// <summary>The baseline: Leiden (γ = 1) on the kind-weighted reference graph alone, over the same types, no tissue, no other signal.</summary>
    private static Dictionary<string, string> PlainLouvain(CellContext scope, int seed)
    {
        var index = scope.Types.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var graph = new WeightedGraph(scope.Types.Count);
        foreach (var dependency in scope.Dependencies)
        {
            graph.AddEdge(index[dependency.From], index[dependency.To], dependency.Strength);
        }

        var partition = Leiden.Detect(graph, new LeidenOptions(1.0, seed));
        return scope.Types.ToDictionary(t => t.Id, t => "c" + partition[index[t.Id]].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
