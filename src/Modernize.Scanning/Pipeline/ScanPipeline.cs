using System.Diagnostics;
using Modernize.Analysis;
using Modernize.Analysis.Autonomy;
using Modernize.Analysis.Cells;
using Modernize.Analysis.Kpis;
using Modernize.Analysis.Rules;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Loading.History;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Model.History;
using Modernize.Model.Scan;
using Modernize.Scanning.Progress;

namespace Modernize.Scanning.Pipeline;

/// <summary>
/// The stages of a scan, in order: configuration -> load -> extract -> history -> analysis -> cells -> autonomy -> rules -> KPIs,
/// giving one <see cref="ScanDocument"/>. Each stage is one call; the pipeline only passes model records between them.
/// Storing and reporting are the use cases' (scan stores, check and cells do not).
/// </summary>
public sealed class ScanPipeline(SolutionLoader loader, CodeGraphExtractor extractor)
{
    public static ScanPipeline CreateDefault() => new(new SolutionLoader(), new CodeGraphExtractor(new ExtractionOptions()));

    /// <summary>Runs every stage for <paramref name="request"/>.</summary>
    public Task<ScanDocument> RunAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken) =>
        RunAsync(ScanContext.Create(request), progress, cancellationToken);

    /// <summary>Runs every stage for a context already made (its repository facts and fingerprint are reused, not read again).</summary>
    public async Task<ScanDocument> RunAsync(ScanContext context, IScanProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(progress);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var request = context.Request;
        var config = context.Config;

        progress.Stage("Loading");
        // With a store, projects whose inputs are unchanged are rebuilt from their stored models, without MSBuild.
        var models = request.ExtractionCache is { } store && !request.Safe ? new StoreProjectModelCache(store, context.Identity) : null;
        using var workspace = await loader.LoadAsync(request.Path, new LoadOptions(Safe: request.Safe) { ModelCache = models }, new Progress(progress.Loading), cancellationToken).ConfigureAwait(false);

        progress.Stage("Extracting");
        var graph = await ExtractAsync(context, workspace, progress, cancellationToken).ConfigureAwait(false);

        progress.Stage("Reading history");
        var history = context.ReadsHistory ? GitHistoryReader.Read(workspace.Root, config.History) : GitHistory.None;
        if (request.Safe && request.ReadHistory)
        {
            progress.Loading("git history not read: safe mode starts no process, git included");
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress.Stage("Analysing");
        var analysis = ArchitectureAnalyzer.Analyze(graph, history, config);
        var proposal = CellProposer.Propose(graph, analysis, config);
        var declared = ProductMapEvaluator.Evaluate(graph, analysis, config, proposal);

        var info = new ScanInfo(
            context.Identity,
            workspace.Name,
            workspace.Root,
            ScanContext.ToolVersion,
            startedAt,
            clock.Elapsed,
            context.Repository.Commit,
            context.Repository.Branch,
            request.Safe,
            context.Settings);
        var scan = new ScanDocument(info, graph, analysis, proposal, declared, [], [])
        {
            Autonomy = AutonomyAnalyzer.Analyze(history, graph, config, proposal, history.HeadDate ?? startedAt),
        };
        scan = scan with { Violations = RuleEngine.Evaluate(scan, config) };
        return scan with { Kpis = KpiCalculator.Compute(scan) };
    }

    private Task<CodeGraph> ExtractAsync(ScanContext context, LoadedWorkspace workspace, IScanProgress progress, CancellationToken cancellationToken)
    {
        var cache = context.Request.ExtractionCache is { } store ? new StoreExtractionCache(store, context.Identity) : null;
        return extractor.ExtractAsync(workspace, cache, new Progress<ExtractionProgress>(progress.Extracting), cancellationToken);
    }

    /// <summary>Reports synchronously on the caller's thread, so console lines keep their order.</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
