using Modernize.Analysis.Rules;
using Modernize.Loading.Environment;
using Modernize.Model;
using Modernize.Model.Configuration;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Scanning.Configuration;
using Modernize.Scanning.Progress;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary>What <c>check</c> asks of the scanner.</summary>
/// <param name="Database">The store given with <c>--db</c>, whose latest scan of the solution may be reused (docs/ci.md).</param>
public sealed record CheckScanRequest(string Path, ModernizeConfig Config, bool Safe, string? Database);

/// <summary>What the user asked <c>check</c> to do.</summary>
/// <param name="Map">modernize.yml to use (default: the one beside the solution).</param>
/// <param name="Baseline">Baseline file of tolerated violations.</param>
/// <param name="UpdateBaseline">Rewrite the baseline with the current violations (creating it beside the solution when no path is given).</param>
/// <param name="Database">Scan store whose latest scan is reused when nothing relevant changed.</param>
public sealed record CheckRequest(string Path, string? Map, string? Baseline, bool UpdateBaseline, bool Safe, string? Database)
{
    /// <summary>The pull request's base revision (<c>--base</c>): violations the stored scan of it already has are tolerated.</summary>
    public string? Base { get; init; }
}

/// <summary>The result of a check.</summary>
/// <param name="BaselinePath">The baseline file read or written, if any.</param>
public sealed record CheckOutcome(ModernizeConfig Config, ScanDocument Scan, IReadOnlyList<Violation> Violations, BaselineComparison Comparison, string? BaselinePath)
{
    /// <summary>Generated guard files (guardrails file, CODEOWNERS, AGENTS.md section) committed out of date, one line each: warnings, never a failure.</summary>
    public IReadOnlyList<string> StaleGuardFiles { get; init; } = [];
}

/// <summary>
/// <c>modernize check PATH</c>: reads the configuration and baseline (bad input is reported before the slow scan), scans,
/// evaluates the rules of modernize.yml against the current map, tolerates baselined violations and, on request, rewrites
/// the baseline. See docs/ci.md.
/// </summary>
/// <param name="scan">Scans the path; <see cref="CreateDefault"/> runs the pipeline (reusing a stored scan with <c>--db</c>), tests pass scans built by hand.</param>
public sealed class CheckUseCase(Func<CheckScanRequest, CancellationToken, Task<ScanDocument>> scan)
{
    /// <param name="note">Told whether a stored scan was reused or a new one stored (with <c>--db</c>).</param>
    public static CheckUseCase CreateDefault(Action<string> note) => new(DefaultScanner(note));

    public async Task<CheckOutcome> RunAsync(CheckRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(request.Path) && !Directory.Exists(request.Path))
        {
            throw new InputException(request.Path, "not found");
        }

        var config = ConfigLoader.FindAndLoad(request.Path, request.Map) ?? ModernizeConfig.Default;
        var baselinePath = request.Baseline ?? (request.UpdateBaseline ? Path.Combine(RootFolder(request.Path), BaselineFile.DefaultFileName) : null);
        IReadOnlyList<BaselineEntry> tolerated = baselinePath is null || (request.UpdateBaseline && !File.Exists(baselinePath)) ? [] : BaselineFile.Load(baselinePath);
        if (request.Base is not null)
        {
            // What the base already breaks is tolerated like a baseline: the change is judged only by what it newly breaks.
            tolerated = [.. tolerated, .. await BaseViolationsAsync(request, config, cancellation).ConfigureAwait(false)];
        }

        var document = await scan(new CheckScanRequest(request.Path, config, request.Safe, request.Database), cancellation).ConfigureAwait(false);
        var violations = RuleEngine.Evaluate(document, config);
        var comparison = Baseline.Compare(violations, tolerated);
        if (request.UpdateBaseline)
        {
            BaselineFile.Save(baselinePath!, violations);
        }

        var root = RootFolder(request.Path);
        var target = File.Exists(request.Path) ? Path.GetRelativePath(root, Path.GetFullPath(request.Path)).Replace('\\', '/') : ".";
        return new CheckOutcome(config, document, violations, comparison, baselinePath)
        {
            StaleGuardFiles = Guardrails.GuardFiles.Stale(root, target, config, document, Guardrails.GuardFiles.RepositoryPrefix(root)),
        };
    }

    private static async Task<IReadOnlyList<BaselineEntry>> BaseViolationsAsync(CheckRequest request, ModernizeConfig config, CancellationToken cancellation)
    {
        if (request.Database is null)
        {
            throw new InputException(request.Path, "--base needs --db <store> holding a scan of the base revision");
        }

        using var store = await ScanStoreFactory.OpenAsync(request.Database, cancellation).ConfigureAwait(false);
        var scan = await BaseRevisionScan.LoadAsync(request.Path, request.Base!, request.Safe, store, cancellation).ConfigureAwait(false);
        return [.. RuleEngine.Evaluate(scan, config).Select(v => new BaselineEntry(v.RuleId, v.Fingerprint, v.From, v.To))];
    }

    private static string RootFolder(string path) => Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;

    /// <summary>
    /// The scan pipeline narrowed to what the rules read (decision 62), with the configuration check already read. With <c>--db</c>
    /// the latest stored whole scan is reused when its input fingerprint matches; otherwise the store's caches (project models,
    /// extraction, community detection) make the scan a rescan of what changed, and its narrowed result is not stored as a scan.
    /// </summary>
    private static Func<CheckScanRequest, CancellationToken, Task<ScanDocument>> DefaultScanner(Action<string> note) => async (request, cancellation) =>
    {
        TempFolders.RemoveStale(); // a killed scan's leftovers, as every scanning use case does first
        var scanRequest = new ScanRequest(request.Path, request.Safe, null) { Config = request.Config };
        var pipeline = Pipeline.ScanPipeline.CreateDefault();
        if (request.Database is null)
        {
            return await pipeline.RunAsync(Pipeline.ScanContext.Create(scanRequest).ForRules(), SilentScanProgress.Instance, cancellation).ConfigureAwait(false);
        }

        using var store = await ScanStoreFactory.OpenAsync(request.Database, cancellation).ConfigureAwait(false);
        var context = Pipeline.ScanContext.Create(scanRequest with { ExtractionCache = store });
        // As docs/ci.md says, a commit that changes no relevant file still reuses the scan for check.
        if (await StoredScanReuse.FindAsync(store, context, sameCommit: false, cancellation).ConfigureAwait(false) is { } reused)
        {
            note($"reused the stored scan of {reused.Scan.Info.StartedAt:yyyy-MM-dd HH:mm} from {store.Location}: no relevant file changed");
            return reused.Scan;
        }

        var scan = await pipeline.RunAsync(context.ForRules(), SilentScanProgress.Instance, cancellation).ConfigureAwait(false);
        note($"rescanned what changed through the caches of {store.Location}; a check's result is not stored as a scan");
        return scan;
    };
}
