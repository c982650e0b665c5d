using System.Text.Json;
using System.Text.Json.Serialization;
using Modernize.Extraction;
using Modernize.Loading;
using Modernize.Model.Graph;

namespace Modernize.Cells.Benchmarks;

/// <summary>
/// Scans a solution once (load + extract) and keeps its code graph as JSON beside the clones, keyed by commit and by the
/// sources of the loader and extractor: a graph cached before they changed is not the graph the tool now sees (booking's
/// generated gRPC types were missing from graphs cached sessions earlier, and its figures with them).
/// </summary>
internal static class GraphCache
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// A hash of the sources the graph depends on: the loading, extraction and model projects and the build props that
    /// set their packages (Roslyn's version changes what is extracted). Their assemblies' module version ids would change
    /// with every commit, since the informational version carries the commit (<c>0.1.0+sha</c>), and rescan every
    /// solution after any commit.
    /// </summary>
    private static readonly string ToolBuild = SourceHash();

    private static string SourceHash()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Modernize.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Modernize.sln not found above " + AppContext.BaseDirectory + ": the graph cache is keyed by the loader's sources");
        }

        var files = new[] { "src/Modernize.Loading", "src/Modernize.Extraction", "src/Modernize.Model" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root.FullName, project), "*", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root.FullName, file).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj"))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props" }.Where(file => File.Exists(Path.Combine(root.FullName, file))))
            .Order(StringComparer.Ordinal);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root.FullName, file)));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..18].ToLowerInvariant();
    }

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
