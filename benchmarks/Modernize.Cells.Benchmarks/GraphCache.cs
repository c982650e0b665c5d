using System.Text.Json;
using System.Text.Json.Serialization;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Model.Graph;

namespace Modernize.Cells.Benchmarks;

/// <summary>
/// Scans a solution once (load + extract) and keeps its code graph as JSON beside the clones, keyed by commit and by the
/// build of the loader and extractor: a graph cached before they changed is not the graph the tool now sees (booking's
/// generated gRPC types were missing from graphs cached sessions earlier, and its figures with them).
/// </summary>
internal static class GraphCache
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The module version ids of the loading and extraction assemblies (deterministic builds: they change with their code only).</summary>
    private static readonly string ToolBuild = string.Concat(
        new[] { typeof(SolutionLoader), typeof(CodeGraphExtractor), typeof(CodeGraph) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..6]));

    public static async Task<CodeGraph> GetAsync(BenchmarkSolution solution, string ext, bool rescan, CancellationToken cancellationToken)
    {
        var cacheFolder = Path.Combine(ext, ".cells-bench");
        Directory.CreateDirectory(cacheFolder);
        // A folder may be nested (held-out/x): its cache keeps one flat name. One clone may hold several solutions scanned apart.
        var cache = Path.Combine(cacheFolder, $"{solution.Folder.Replace('/', '-')}-{solution.Commit[..12]}-{Path.GetFileNameWithoutExtension(solution.Solution)}-{ToolBuild}.json");
        if (!rescan && File.Exists(cache))
        {
            return JsonSerializer.Deserialize<CodeGraph>(await File.ReadAllTextAsync(cache, cancellationToken).ConfigureAwait(false), Json)!;
        }

        var clone = Path.Combine(ext, solution.Folder);
        foreach (var pin in solution.SetAside ?? [])
        {
            var file = Path.Combine(clone, pin);
            if (File.Exists(file))
            {
                File.Move(file, file + ".aside", overwrite: true); // an SDK pin not installed here fails every project
            }
        }

        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(clone, solution.Solution), new LoadOptions(), new Progress<string>(line => Console.Error.WriteLine("  " + line)), cancellationToken).ConfigureAwait(false);
        var graph = await new CodeGraphExtractor(new ExtractionOptions()).ExtractAsync(workspace, null, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(cache, JsonSerializer.Serialize(graph, Json), cancellationToken).ConfigureAwait(false);
        return graph;
    }
}
