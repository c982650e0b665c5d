using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Loading.Repository;
using Modernize.Loading.Workspace;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Cli.Pipeline;

/// <summary>
/// The stages of a scan, in order: load -> extract -> (analysis, cells, rules, KPIs, store: wired in as their stages land) ->
/// one <see cref="ScanDocument"/>. Each stage is one call; the pipeline only passes model records between them.
/// </summary>
internal sealed class ScanPipeline(SolutionLoader loader, CodeGraphExtractor extractor)
{
    public static string ToolVersion { get; } =
        typeof(ScanPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async Task<ScanDocument> RunAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        progress.Stage("Loading");
        using var workspace = await LoadAsync(request, progress, cancellationToken).ConfigureAwait(false);

        progress.Stage("Extracting");
        var graph = await ExtractAsync(workspace, progress, cancellationToken).ConfigureAwait(false);

        var info = Describe(request, workspace, startedAt, clock.Elapsed);
        return new ScanDocument(info, graph, AnalysisResult.Empty, CellsResult.Empty, null, [], []);
    }

    private Task<LoadedWorkspace> LoadAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken) =>
        loader.LoadAsync(request.Path, new LoadOptions(Safe: request.Safe), new Progress(progress.Loading), cancellationToken);

    private Task<CodeGraph> ExtractAsync(LoadedWorkspace workspace, IScanProgress progress, CancellationToken cancellationToken) =>
        extractor.ExtractAsync(workspace, new Progress<ExtractionProgress>(progress.Extracting), cancellationToken);

    private static ScanInfo Describe(ScanRequest request, LoadedWorkspace workspace, DateTimeOffset startedAt, TimeSpan duration)
    {
        var repository = RepositoryInfo.Read(request.Path);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["safe"] = request.Safe ? "true" : "false",
            ["includeGenerated"] = "false",
            ["path"] = request.Path,
        };
        return new ScanInfo(
            SolutionIdentity.Of(repository, workspace.Name),
            workspace.Name,
            workspace.Root,
            ToolVersion,
            startedAt,
            duration,
            repository.Commit,
            repository.Branch,
            request.Safe,
            settings);
    }

    /// <summary>Reports synchronously on the caller's thread, so console lines keep their order.</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
