using Microsoft.CodeAnalysis;
using Modernize.Extraction.Caching;
using Modernize.Extraction.Fidelity;
using Modernize.Extraction.Metrics;
using Modernize.Extraction.Walking;
using Modernize.Loading.Roslyn;
using Modernize.Loading.Workspace;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>
/// Walks every document of one project (in parallel, each document once) and computes the project's type metrics. With a cache
/// plan, documents the plan can reuse are not walked, and only the types of walked documents get their metrics computed; a project
/// whose documents are all reusable is not even compiled.
/// </summary>
internal sealed class ProjectExtractor(string root, SemaphoreSlim cpu, IProgress<ExtractionProgress>? progress)
{
    public async Task<ProjectFacts> ExtractAsync(LoadedProject loaded, ProjectPlan? plan, CancellationToken cancellationToken)
    {
        var (mappings, mappingWarnings) = Data.MappingFiles.Read(root, loaded.Info.Path);
        var facts = await ExtractCodeAsync(loaded with { Info = WithWarnings(loaded.Info, mappingWarnings) }, plan, cancellationToken).ConfigureAwait(false);
        return facts with { Mappings = mappings };
    }

    private async Task<ProjectFacts> ExtractCodeAsync(LoadedProject loaded, ProjectPlan? plan, CancellationToken cancellationToken)
    {
        var info = loaded.Info;
        if (plan is { AllReusable: true })
        {
            var reused = plan.Documents.Select(d => d.Reusable!.ToFacts()).ToList();
            progress?.Report(new ExtractionProgress(info.Name, reused.Count, reused.Count));
            return new ProjectFacts(WithFidelity(info, reused, null), reused, CachedMetrics(plan, new Dictionary<string, TypeMetrics>()));
        }

        var compiled = await loaded.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compiled is null)
        {
            var warning = $"No compilation for {info.Path} (is the {info.Language} language service available?): its types are missing from the graph.";
            return new ProjectFacts(WithFidelity(info, [], warning), [], new Dictionary<string, TypeMetrics>());
        }

        // Roslyn binds method bodies on thread-pool threads when the build is concurrent; bound on the walking thread
        // instead, deeply nested code gets the large stack (documents are walked in parallel anyway).
        var compilation = compiled.WithOptions(compiled.Options.WithConcurrentBuild(false));

        var context = new ProjectContext(root, info.Path, loaded.GeneratedDocuments);
        var documents = SourceDocuments.Of(loaded.Project);
        var facts = new DocumentFacts[documents.Count];
        var walked = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (plan?.Documents[i].Reusable is { } cached)
            {
                facts[i] = cached.ToFacts();
            }
            else
            {
                walked.Add(i);
            }
        }

        var done = documents.Count - walked.Count;
        var metrics = new ProjectMetrics(compilation, cancellationToken);
        progress?.Report(new ExtractionProgress(info.Name, 0, documents.Count));
        await Parallel.ForEachAsync(
            walked,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var document = documents[index];
                var tree = await document.GetSyntaxTreeAsync(token).ConfigureAwait(false);
                var text = await document.GetTextAsync(token).ConfigureAwait(false);
                await cpu.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    facts[index] = await LargeStack.RunAsync(() => WalkDocument(metrics, tree!, text, document, context, token)).ConfigureAwait(false);
                }
                finally
                {
                    cpu.Release();
                }

                progress?.Report(new ExtractionProgress(info.Name, Interlocked.Increment(ref done), documents.Count));
            }).ConfigureAwait(false);

        IReadOnlyDictionary<string, TypeMetrics> typeMetrics;
        await cpu.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            typeMetrics = walked.Count == documents.Count ? metrics.Finish() : CachedMetrics(plan!, metrics.Finish());
        }
        finally
        {
            cpu.Release();
        }

        foreach (var document in facts)
        {
            document.DeclaredSymbols.Clear();
        }

        return new ProjectFacts(WithFidelity(info, facts, null), facts, typeMetrics);
    }

    /// <summary>Metrics from the reused documents, overridden by the fresh ones (a partial type walked again is computed whole).</summary>
    private static Dictionary<string, TypeMetrics> CachedMetrics(ProjectPlan plan, IReadOnlyDictionary<string, TypeMetrics> fresh)
    {
        var metrics = new Dictionary<string, TypeMetrics>(StringComparer.Ordinal);
        foreach (var document in plan.Documents)
        {
            foreach (var (id, value) in document.Reusable?.Metrics ?? new Dictionary<string, TypeMetrics>())
            {
                metrics[id] = value;
            }
        }

        foreach (var (id, value) in fresh)
        {
            metrics[id] = value;
        }

        return metrics;
    }

    private static DocumentFacts WalkDocument(ProjectMetrics metrics, SyntaxTree tree, Microsoft.CodeAnalysis.Text.SourceText text, Document document, ProjectContext context, CancellationToken cancellationToken)
    {
        var path = RootPaths.RelativeOrEmpty(context.Root, document.FilePath ?? document.Name);
        var root = tree.GetRoot(cancellationToken);
        var generated = context.IsGeneratedPath(path) || GeneratedCode.HasGeneratedHeader(root);
        var facts = new DocumentFacts(new SourceFile(path, context.ProjectPath, text.Lines.Count, generated, TextHash.Sha256(text)));
        var model = metrics.ModelFor(tree);
        new DocumentWalker(new DocumentContext(model, text, path, facts, context), generated, cancellationToken).Walk(root);
        UnresolvedNames.Collect(model, text, facts, cancellationToken);
        metrics.AfterWalk(tree, facts.DeclaredSymbols);
        return facts;
    }

    private static Modernize.Model.Graph.ProjectInfo WithFidelity(Modernize.Model.Graph.ProjectInfo info, IReadOnlyList<DocumentFacts> documents, string? warning)
    {
        int errors = 0, resolved = 0, unresolved = 0;
        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            errors += document.Errors;
            resolved += document.ResolvedTypeRefs;
            unresolved += document.UnresolvedTypeRefs;
            foreach (var name in document.MissingNames)
            {
                missing[name] = missing.GetValueOrDefault(name) + 1;
            }
        }

        var top = missing
            .OrderByDescending(m => m.Value)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => m.Key)
            .Take(TopMissingCount)
            .ToList();
        foreach (var package in info.Packages)
        {
            if (!package.Resolved && top.Count < TopMissingCount && !top.Contains(package.Id))
            {
                top.Add(package.Id);
            }
        }

        var old = info.Fidelity;
        var warnings = warning is null ? old.Warnings : [.. old.Warnings, warning];
        return info with { Fidelity = old with { Errors = errors, ResolvedTypeRefs = resolved, UnresolvedTypeRefs = unresolved, TopMissing = top, Warnings = warnings } };
    }

    private static Modernize.Model.Graph.ProjectInfo WithWarnings(Modernize.Model.Graph.ProjectInfo info, List<string> warnings) =>
        warnings.Count == 0 ? info : info with { Fidelity = info.Fidelity with { Warnings = [.. info.Fidelity.Warnings, .. warnings] } };

    private const int TopMissingCount = 10;
}
