using System.Text.Json;
using Microsoft.CodeAnalysis;
using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>
/// A rescan through the extraction cache gives exactly the graph a full scan of the changed tree gives, and re-walks only what
/// the change can affect: a body edit its document, a signature edit its project and the projects that reference it.
/// </summary>
public sealed class IncrementalExtractionTests
{
    private static readonly Dictionary<string, string> Core = new()
    {
        ["Core/Money.cs"] = "namespace Core; public readonly record struct Money(decimal Amount) { public Money Add(Money other) => new(Amount + other.Amount); }",
        ["Core/Order.Lines.cs"] = """
            using System.Collections.Generic;
            namespace Core;
            public partial class Order
            {
                private readonly List<Money> lines = new();
                public void Add(Money line) { if (line.Amount > 0) { lines.Add(line); } }
            }
            """,
        ["Core/Order.Total.cs"] = """
            namespace Core;
            public partial class Order
            {
                public Money Total()
                {
                    var total = new Money(0);
                    foreach (var line in lines) { total = total.Add(line); }
                    return total;
                }
            }
            """,
    };

    private static readonly Dictionary<string, string> App = new()
    {
        ["App/Till.cs"] = "namespace App; public sealed class Till { public Core.Money Ring(Core.Order order) => order.Total(); }",
        ["App/Receipt.cs"] = "namespace App; public static class Receipt { public static string Print(Core.Money money) => money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture); }",
    };

    [Fact]
    public async Task An_unchanged_tree_is_taken_whole_from_the_cache()
    {
        var cache = new MemoryCache();
        var first = await ScanAsync(Core, App, cache);
        Assert.Equal(5, cache.LastWritten.Count);

        var second = await ScanAsync(Core, App, cache);

        Assert.Empty(cache.LastWritten);
        Assert.Equal(Json(first), Json(second));
    }

    [Fact]
    public async Task A_body_edit_rewalks_one_document_and_equals_a_full_scan()
    {
        var cache = new MemoryCache();
        await ScanAsync(Core, App, cache);
        var edited = With(Core, "Core/Order.Total.cs", Core["Core/Order.Total.cs"].Replace(
            "foreach (var line in lines) { total = total.Add(line); }",
            "foreach (var line in lines) { if (line.Amount > 100) { total = total.Add(line); } else { total = total.Add(new Money(line.Amount * 2)); } }",
            StringComparison.Ordinal));

        var rescan = await ScanAsync(edited, App, cache);
        var full = await ScanAsync(edited, App, cache: null);

        Assert.Equal(["Core/Core.csproj|Core/Order.Total.cs"], cache.LastWritten);
        Assert.Equal(Json(full), Json(rescan));

        // The partial type's metrics cover both files: the cached part did not keep the old complexity.
        var before = (await ScanAsync(Core, App, cache: null)).Types.Single(t => t.Id == "Core.Order").Metrics;
        Assert.True(rescan.Types.Single(t => t.Id == "Core.Order").Metrics.CyclomaticComplexity > before.CyclomaticComplexity);
    }

    [Fact]
    public async Task A_signature_edit_rewalks_its_project_and_the_projects_that_use_it()
    {
        var cache = new MemoryCache();
        await ScanAsync(Core, App, cache);
        var edited = With(Core, "Core/Money.cs", Core["Core/Money.cs"].Replace("public Money Add(Money other)", "public Money Add(Money other, int times = 1)", StringComparison.Ordinal));

        var rescan = await ScanAsync(edited, App, cache);
        var full = await ScanAsync(edited, App, cache: null);

        Assert.Equal(5, cache.LastWritten.Count);
        Assert.Equal(Json(full), Json(rescan));
    }

    [Fact]
    public async Task An_edit_in_a_using_project_leaves_the_used_project_cached()
    {
        var cache = new MemoryCache();
        await ScanAsync(Core, App, cache);
        var edited = With(App, "App/Till.cs", "namespace App; public sealed class Till { public Core.Money Ring(Core.Order order, Core.Money tip) => order.Total().Add(tip); }");

        var rescan = await ScanAsync(Core, edited, cache);
        var full = await ScanAsync(Core, edited, cache: null);

        Assert.Equal(["App/App.csproj|App/Receipt.cs", "App/App.csproj|App/Till.cs"], cache.LastWritten.Order(StringComparer.Ordinal));
        Assert.Equal(Json(full), Json(rescan));
    }

    [Fact]
    public async Task A_cache_entry_of_another_format_is_walked_again()
    {
        var cache = new MemoryCache();
        await ScanAsync(Core, App, cache);
        cache.Corrupt("Core/Core.csproj|Core/Money.cs");

        var rescan = await ScanAsync(Core, App, cache);

        Assert.Contains("Core/Core.csproj|Core/Money.cs", cache.LastWritten);
        Assert.Equal(Json(await ScanAsync(Core, App, cache: null)), Json(rescan));
    }

    [Fact]
    public async Task A_path_listed_twice_in_a_project_is_cached_once_per_listing()
    {
        // MSBuild can list a generated file twice (with an error each time); the cache must not hand one copy's facts to both.
        var solution = new TestSolution();
        solution.AddProject("Core", [("Core/obj/Info.cs", "[assembly: System.Reflection.AssemblyTitle(\"a\")]"), ("Core/obj/Info.cs", "namespace Core; public class Extra { }")]);
        using var workspace = solution.Load();
        var cache = new MemoryCache();
        var extractor = new CodeGraphExtractor(new ExtractionOptions());

        var first = await extractor.ExtractAsync(workspace, cache, null, CancellationToken.None);
        var second = await extractor.ExtractAsync(workspace, cache, null, CancellationToken.None);

        Assert.Equal(2, first.Files.Count);
        Assert.Empty(cache.LastWritten);
        Assert.Equal(Json(first), Json(second));
    }

    private static async Task<CodeGraph> ScanAsync(Dictionary<string, string> core, Dictionary<string, string> app, MemoryCache? cache)
    {
        var solution = new TestSolution();
        var coreId = solution.AddProject("Core", core.Select(s => (s.Key, s.Value)));
        solution.AddProject("App", app.Select(s => (s.Key, s.Value)), projectReferences: [coreId]);
        using var workspace = solution.Load();
        return await new CodeGraphExtractor(new ExtractionOptions()).ExtractAsync(workspace, cache, null, CancellationToken.None);
    }

    private static Dictionary<string, string> With(Dictionary<string, string> sources, string path, string text) =>
        new(sources) { [path] = text };

    private static string Json(CodeGraph graph) => JsonSerializer.Serialize(graph);

    /// <summary>The cache contract, in memory; remembers which keys the last scan wrote (= walked).</summary>
    private sealed class MemoryCache : IExtractionCache
    {
        private readonly Dictionary<string, (string Hash, byte[] Payload)> entries = new(StringComparer.Ordinal);

        public List<string> LastWritten { get; private set; } = [];

        public void Corrupt(string key) => entries[key] = (entries[key].Hash, "{not the format"u8.ToArray());

        public Task<IReadOnlyDictionary<string, byte[]>> GetAsync(IReadOnlyDictionary<string, string> contentHashByKey, CancellationToken cancellationToken)
        {
            LastWritten = [];
            IReadOnlyDictionary<string, byte[]> found = entries
                .Where(e => contentHashByKey.TryGetValue(e.Key, out var hash) && hash == e.Value.Hash)
                .ToDictionary(e => e.Key, e => e.Value.Payload, StringComparer.Ordinal);
            return Task.FromResult(found);
        }

        public Task PutAsync(IReadOnlyList<ExtractionCacheEntry> written, CancellationToken cancellationToken)
        {
            foreach (var entry in written)
            {
                entries[entry.Key] = (entry.ContentHash, entry.Payload);
                LastWritten.Add(entry.Key);
            }

            return Task.CompletedTask;
        }
    }
}
