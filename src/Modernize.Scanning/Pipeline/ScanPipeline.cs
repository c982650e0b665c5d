using System.Diagnostics;
using System.Globalization;
using Modernize.Analysis;
using Modernize.Analysis.Autonomy;
using Modernize.Analysis.Cells;
using Modernize.Analysis.Kpis;
using Modernize.Analysis.Rules;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Loading.History;
using Modernize.Loading.Workspace;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.History;
using Modernize.Model.Scan;
using Modernize.Scanning.Progress;

namespace Modernize.Scanning.Pipeline;

/// <summary>
/// The stages of a scan, in order: configuration -> load -> extract -> history -> analysis -> cells -> autonomy -> rules -> KPIs,
/// giving one <see cref="ScanDocument"/>. Each stage is one call; the pipeline only passes model records between them.
/// Storing and reporting are the use cases' (scan stores, check and cells do not). A request narrowed to the rules
/// (<see cref="ScanRequest.RulesOnly"/>, check) skips what no rule reads (decision 62).
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

        var (graph, root, name) = await LoadAndExtractAsync(context, progress, cancellationToken).ConfigureAwait(false);

        progress.Stage("Reading history");
        var history = context.ReadsHistory ? GitHistoryReader.Read(root, config.History) : GitHistory.None;
        if (request.Safe && request.ReadHistory)
        {
            progress.Loading("git history not read: safe mode starts no process, git included");
        }

        if (history.ChurnUnknown)
        {
            const string warning = "git history read without line counts: the repository lacks some file contents (a partial or damaged clone), so churn is 0; revisions, hotspots and change coupling still hold";
            progress.Loading(warning);
            graph = graph with { Warnings = [.. graph.Warnings, warning] };
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress.Stage("Analysing");
        // Community detection (the costly part of the cells) is reused from the store when its exact inputs are unchanged (decision 51).
        var analysisCache = request.ExtractionCache is { } analysisStore
            ? await StoreAnalysisCache.ReadAsync(analysisStore, context.Identity, cancellationToken).ConfigureAwait(false)
            : null;
        var communities = new CommunityCache(analysisCache);
        var analysis = Timed(progress, "metrics, cycles, smells, blockers and history", () => ArchitectureAnalyzer.Analyze(graph, history, config));
        // Narrowed to the rules (check, decision 62): the proposal only when a rule reads it, the product map's evaluation never.
        var whole = !request.RulesOnly;
        var proposal = whole || RuleEngine.NeedsProposal(config) ? Timed(progress, "cell proposal", () => CellProposer.Propose(graph, analysis, config, communities)) : CellsResult.Empty;
        var declared = whole ? Timed(progress, "product map", () => ProductMapEvaluator.Evaluate(graph, analysis, config, proposal, communities)) : null;
        ReportCommunities(progress, communities);
        if (analysisCache is not null)
        {
            await analysisCache.WriteAsync(request.ExtractionCache!, context.Identity, cancellationToken).ConfigureAwait(false);
        }

        var info = new ScanInfo(
            context.Identity,
            name,
            root,
            ScanContext.ToolVersion,
            startedAt,
            clock.Elapsed,
            context.Repository.Commit,
            context.Repository.Branch,
            request.Safe,
            context.Settings);
        var scan = new ScanDocument(info, graph, analysis, proposal, declared, [], [])
        {
            Autonomy = whole || RuleEngine.NeedsAutonomy(config)
                ? Timed(progress, "autonomy", () => AutonomyAnalyzer.Analyze(history, graph, config, proposal, history.HeadDate ?? startedAt))
                : null,
        };
        scan = scan with { Violations = Timed(progress, "rules", () => RuleEngine.Evaluate(scan, config)) };
        return whole ? scan with { Kpis = Timed(progress, "KPIs", () => KpiCalculator.Compute(scan)) } : scan;
    }

    private static T Timed<T>(IScanProgress progress, string step, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        progress.Detail(string.Create(CultureInfo.InvariantCulture, $"analysis: {step} {clock.Elapsed.TotalSeconds:F2} s"));
        return result;
    }

    private static void ReportCommunities(IScanProgress progress, CommunityCache communities)
    {
        var uses = communities.Uses;
        if (uses.Count > 0)
        {
            var steps = string.Join(", ", uses.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Step} {(u.Reused ? "reused" : "computed")} {u.Elapsed.TotalSeconds:F2} s")));
            progress.Detail($"analysis: community detection reused for {uses.Count(u => u.Reused)} of {uses.Count} step(s) whose inputs are unchanged: {steps}");
        }
    }

    /// <summary>
    /// Loads and extracts in a method of its own, so the Roslyn solution (every syntax tree and compilation of the scan) is
    /// unreachable once this returns: holding it through the analysis stage put the two stages' memory on top of each other
    /// (docs/performance.md, "Peak memory").
    /// </summary>
    private async Task<(CodeGraph Graph, string Root, string Name)> LoadAndExtractAsync(ScanContext context, IScanProgress progress, CancellationToken cancellationToken)
    {
        var request = context.Request;
        progress.Stage("Loading");
        // With a store, projects whose inputs are unchanged are rebuilt from their stored models, without MSBuild.
        var models = request.ExtractionCache is { } store && !request.Safe ? new StoreProjectModelCache(store, context.Identity) : null;
        using var workspace = await loader.LoadAsync(request.Path, new LoadOptions(Safe: request.Safe) { ModelCache = models }, new Progress(progress.Loading), cancellationToken).ConfigureAwait(false);

        progress.Stage("Extracting");
        var cache = request.ExtractionCache is { } extractionStore ? new StoreExtractionCache(extractionStore, context.Identity) : null;
        var graph = await extractor.ExtractAsync(workspace, cache, new Progress<ExtractionProgress>(progress.Extracting), cancellationToken).ConfigureAwait(false);
        return (graph, workspace.Root, workspace.Name);
    }

    /// <summary>Reports synchronously on the caller's thread, so console lines keep their order.</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
