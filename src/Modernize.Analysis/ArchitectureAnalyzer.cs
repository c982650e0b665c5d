using Modernize.Analysis.Blockers;
using Modernize.Analysis.Cycles;
using Modernize.Analysis.Findings;
using Modernize.Analysis.Graphs;
using Modernize.Analysis.History;
using Modernize.Analysis.Metrics;
using Modernize.Analysis.Smells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;

namespace Modernize.Analysis;

/// <summary>The architecture analysis: package metrics, cycles, smells, threshold breaches, legacy blockers and history, with their findings.</summary>
public static class ArchitectureAnalyzer
{
    public static AnalysisResult Analyze(CodeGraph graph, GitHistory history, ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(config);
        var scope = ScopedGraph.Create(graph);
        var thresholds = config.Thresholds;

        var projectMetrics = PackageMetricsCalculator.Compute(scope, PackageLevel.Project);
        var namespaceMetrics = PackageMetricsCalculator.Compute(scope, PackageLevel.Namespace);
        var cycles = CycleFinder.Find(scope.NamespaceDependencies, PackageLevel.Namespace)
            .Concat(CycleFinder.Find(scope.TypeDependencies, PackageLevel.Type))
            .ToList();
        var blockers = BlockerDetector.Detect(graph);
        var historyResult = HistoryAnalysis.Analyze(scope, history, config.History);

        var findings = CyclicDependencySmell.Find(cycles)
            .Concat(HubLikeSmell.Find(namespaceMetrics, thresholds))
            .Concat(UnstableDependencySmell.Find(namespaceMetrics, scope.NamespaceDependencies))
            .Concat(GodClassSmell.Find(scope.Types, thresholds))
            .Concat(GodComponentSmell.Find(scope.Types, thresholds))
            .Concat(DenseStructureSmell.Find(namespaceMetrics.Select(m => m.Name).ToList(), scope.NamespaceDependencies, thresholds))
            .Concat(ThresholdBreaches.Find(scope.Types, namespaceMetrics, thresholds))
            .Concat(BlockerFindings.Create(blockers))
            .Concat(historyResult.Findings);

        return new AnalysisResult(
            [.. projectMetrics, .. namespaceMetrics],
            cycles,
            FindingFactory.Sort(findings),
            blockers,
            historyResult.Hotspots,
            historyResult.ChangeCoupling,
            historyResult.FileChanges);
    }
}
