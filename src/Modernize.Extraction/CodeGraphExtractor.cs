using Modernize.Extraction.Collecting;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;

namespace Modernize.Extraction;

/// <summary>
/// Extracts the code graph of a loaded solution: types, dependencies with kinds, counts and sample lines, external API use,
/// data access, per-type metrics, per-project fidelity and source files. Projects run in parallel, bounded by the core count.
/// </summary>
public sealed class CodeGraphExtractor(ExtractionOptions options)
{
    public async Task<CodeGraph> ExtractAsync(LoadedWorkspace workspace, IProgress<ExtractionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var cores = Math.Max(1, Environment.ProcessorCount);
        using var cpu = new SemaphoreSlim(cores, cores);
        var extractor = new ProjectExtractor(workspace.Root, cpu, progress);
        var results = new ProjectFacts[workspace.Projects.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, workspace.Projects.Count),
            new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = cancellationToken },
            async (index, token) => results[index] = await extractor.ExtractAsync(workspace.Projects[index], token).ConfigureAwait(false))
            .ConfigureAwait(false);
        return GraphAssembler.Assemble(results, workspace.Warnings, options);
    }
}
