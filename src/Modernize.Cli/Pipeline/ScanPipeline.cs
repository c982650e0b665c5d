using System.Diagnostics;
using System.Reflection;
using Modernize.Analysis;
using Modernize.Analysis.Autonomy;
using Modernize.Analysis.Cells;
using Modernize.Analysis.Configuration;
using Modernize.Analysis.Kpis;
using Modernize.Analysis.Rules;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Loading.History;
using Modernize.Loading.Input;
using Modernize.Loading.Repository;
using Modernize.Loading.Workspace;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;
using Modernize.Model.Scan;

namespace Modernize.Cli.Pipeline;

/// <summary>
/// The stages of a scan, in order: configuration -> load -> extract -> history -> analysis -> cells -> autonomy -> rules -> KPIs,
/// giving one <see cref="ScanDocument"/>. Each stage is one call; the pipeline only passes model records between them.
/// Storing and reporting are the caller's (scan stores and reports, check and cells do not).
/// </summary>
internal sealed class ScanPipeline(SolutionLoader loader, CodeGraphExtractor extractor)
{
    public static string ToolVersion { get; } =
        typeof(ScanPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The setting that records <see cref="InputFingerprint"/> of the scanned tree, so <c>check --db</c> can reuse a scan.</summary>
    public const string InputFingerprintSetting = "inputFingerprint";

    public static ScanPipeline CreateDefault() => new(new SolutionLoader(), new CodeGraphExtractor(new ExtractionOptions()));

    public async Task<ScanDocument> RunAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        // A bad modernize.yml is bad input: say so before the slow part.
        var config = Configure(request);

        progress.Stage("Loading");
        using var workspace = await LoadAsync(request, progress, cancellationToken).ConfigureAwait(false);

        progress.Stage("Extracting");
        var graph = await ExtractAsync(request, workspace, progress, cancellationToken).ConfigureAwait(false);

        progress.Stage("Reading history");
        var history = ReadsHistory(request) ? GitHistoryReader.Read(workspace.Root, config.History) : GitHistory.None;
        if (request.Safe && request.ReadHistory)
        {
            progress.Loading("git history not read: safe mode starts no process, git included");
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress.Stage("Analysing");
        var analysis = ArchitectureAnalyzer.Analyze(graph, history, config);
        var proposal = CellProposer.Propose(graph, analysis, config);
        var declared = ProductMapEvaluator.Evaluate(graph, analysis, config, proposal);

        var info = Describe(request, workspace, config, startedAt, clock.Elapsed);
        var scan = new ScanDocument(info, graph, analysis, proposal, declared, [], [])
        {
            Autonomy = AutonomyAnalyzer.Analyze(history, graph, config, proposal, history.HeadDate ?? startedAt),
        };
        scan = scan with { Violations = RuleEngine.Evaluate(scan, config) };
        return scan with { Kpis = KpiCalculator.Compute(scan) };
    }

    public static ModernizeConfig Configure(ScanRequest request)
    {
        var config = request.Config ?? ConfigLoader.FindAndLoad(request.Path, request.MapPath) ?? ModernizeConfig.Default;
        if (request.Seed is null && request.Resolution is null)
        {
            return config;
        }

        var proposal = config.Proposal;
        return config with
        {
            Proposal = proposal with { Seed = request.Seed ?? proposal.Seed, Resolution = request.Resolution ?? proposal.Resolution },
        };
    }

    private Task<LoadedWorkspace> LoadAsync(ScanRequest request, IScanProgress progress, CancellationToken cancellationToken) =>
        loader.LoadAsync(request.Path, new LoadOptions(Safe: request.Safe), new Progress(progress.Loading), cancellationToken);

    private Task<CodeGraph> ExtractAsync(ScanRequest request, LoadedWorkspace workspace, IScanProgress progress, CancellationToken cancellationToken)
    {
        var cache = request.ExtractionCache is { } store
            ? new StoreExtractionCache(store, SolutionIdentity.Of(Repository(request), workspace.Name))
            : null;
        return extractor.ExtractAsync(workspace, cache, new Progress<ExtractionProgress>(progress.Extracting), cancellationToken);
    }

    private static ScanInfo Describe(ScanRequest request, LoadedWorkspace workspace, ModernizeConfig config, DateTimeOffset startedAt, TimeSpan duration)
    {
        var repository = Repository(request);
        var settings = Settings(request, config);
        settings[InputFingerprintSetting] = Fingerprint(workspace.Root, settings, config);
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

    /// <summary>The effective settings of a scan, recorded with it.</summary>
    public static SortedDictionary<string, string> Settings(ScanRequest request, ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(config);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["safe"] = request.Safe ? "true" : "false",
            ["includeGenerated"] = "false",
            ["path"] = request.Path,
            ["history"] = ReadsHistory(request) ? $"{config.History.WindowDays}d" : request.Safe ? "off (safe mode)" : "off",
            ["map"] = config.SourceFile ?? "(none)",
            ["seed"] = config.Proposal.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resolution"] = config.Proposal.Resolution?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "auto",
        };
    }

    /// <summary>The scanned tree's fingerprint, salted with everything else that shapes the result: tool version, settings and the map.</summary>
    public static string Fingerprint(string root, IReadOnlyDictionary<string, string> settings, ModernizeConfig config)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(config);
        var map = config.SourceFile is not null && File.Exists(config.SourceFile) ? File.ReadAllText(config.SourceFile) : string.Empty;
        var salt = string.Join("\n", settings.Where(s => s.Key is not "path" and not "map" and not InputFingerprintSetting).Select(s => s.Key + "=" + s.Value)) + "\n" + ToolVersion + "\n" + map;
        return InputFingerprint.Compute(root, salt);
    }

    /// <summary>What git says about the scanned path; in safe mode read from the .git folder as files, since no process may start.</summary>
    public static RepositoryInfo Repository(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Safe ? GitFolderReader.Read(request.Path) : RepositoryInfo.Read(request.Path);
    }

    private static bool ReadsHistory(ScanRequest request) => request.ReadHistory && !request.Safe;

    /// <summary>Reports synchronously on the caller's thread, so console lines keep their order.</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
