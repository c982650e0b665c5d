using Modernize.Extraction.Caching;
using Modernize.Extraction.Collecting;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;

namespace Modernize.Extraction;

/// <summary>
/// Extracts the code graph of a loaded solution: types, dependencies with kinds, counts and sample lines, external API use,
/// data access, per-type metrics, per-project fidelity and source files. Projects run in parallel, bounded by the core count.
/// With a cache, documents whose text and project inputs are unchanged since they were cached are not walked again
/// (docs/performance.md says what "unchanged" covers).
/// </summary>
public sealed class CodeGraphExtractor(ExtractionOptions options)
{
    public Task<CodeGraph> ExtractAsync(LoadedWorkspace workspace, IProgress<ExtractionProgress>? progress, CancellationToken cancellationToken) =>
        ExtractAsync(workspace, null, progress, cancellationToken);

    public async Task<CodeGraph> ExtractAsync(LoadedWorkspace workspace, IExtractionCache? cache, IProgress<ExtractionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var plans = cache is null ? null : await IncrementalPlanner.PlanAsync(workspace, cache, cancellationToken).ConfigureAwait(false);
        var cores = Math.Max(1, Environment.ProcessorCount);
        using var cpu = new SemaphoreSlim(cores, cores);
        var extractor = new ProjectExtractor(workspace.Root, cpu, progress);
        var results = new ProjectFacts[workspace.Projects.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, workspace.Projects.Count),
            new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = cancellationToken },
            async (index, token) => results[index] = await extractor.ExtractAsync(workspace.Projects[index], plans?[index], token).ConfigureAwait(false))
            .ConfigureAwait(false);
        if (cache is not null)
        {
            await cache.PutAsync(NewEntries(plans!, results), cancellationToken).ConfigureAwait(false);
        }

        return GraphAssembler.Assemble(results, workspace.Warnings, options) with { MissingProjects = workspace.MissingProjects };
    }

    /// <summary>Entries for every document walked this time (a project without a compilation has none to cache).</summary>
    private static List<ExtractionCacheEntry> NewEntries(IReadOnlyList<ProjectPlan> plans, ProjectFacts[] results)
    {
        var entries = new List<ExtractionCacheEntry>();
        for (var p = 0; p < plans.Count; p++)
        {
            var plan = plans[p];
            var documents = results[p].Documents;
            for (var d = 0; d < plan.Documents.Count && documents.Count == plan.Documents.Count; d++)
            {
                var document = plan.Documents[d];
                if (document.Reusable is null)
                {
                    var cached = CachedDocument.From(documents[d], document.Surface, plan.ProjectKey, results[p].Metrics);
                    entries.Add(new ExtractionCacheEntry(document.Key, document.ContentHash, cached.Serialize()));
                }
            }
        }

        return entries;
    }
}
