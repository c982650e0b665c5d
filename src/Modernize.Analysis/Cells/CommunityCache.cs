using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Modernize.Analysis.Caching;
using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Cells;

/// <summary>
/// The community detection of one scan's cell analysis (the costly part: Leiden at every resolution × seed), reused from an
/// <see cref="IAnalysisCache"/> when its exact inputs are unchanged (decision 51). The input hash covers the weighted graph
/// as the algorithm reads it (<see cref="WeightedGraph.ContentHash"/>), every <c>proposal:</c> setting, the layout key, the
/// analysis build and the runtime; equal hashes give bit-identical results, so a reused result is what a full scan computes.
/// The k-th call of a step in a scan is kept apart from its other calls (the proposal's and the product map's graphs differ).
/// Without a cache every step is computed.
/// </summary>
public sealed class CommunityCache
{
    /// <summary>Bump when a payload's shape or meaning changes.</summary>
    private const string FormatVersion = "community-cache v1";

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static readonly string Salt = string.Join(
        '\n',
        FormatVersion,
        typeof(CommunityCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ProposalSettings).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        RuntimeInformation.FrameworkDescription);

    private readonly IAnalysisCache? cache;
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);
    private readonly List<AnalysisCacheUse> uses = [];

    public CommunityCache(IAnalysisCache? cache = null) => this.cache = cache;

    /// <summary>Each step of this scan in call order, reused or computed.</summary>
    public IReadOnlyList<AnalysisCacheUse> Uses
    {
        get
        {
            lock (uses)
            {
                return [.. uses];
            }
        }
    }

    /// <summary><see cref="Leiden.Detect"/>, reused when <paramref name="graph"/> and <paramref name="options"/> are those stored for <paramref name="step"/>.</summary>
    public int[] Detect(string step, WeightedGraph graph, LeidenOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        return Memo(step, () => InputHash(step, graph.ContentHash(), JsonSerializer.Serialize(options, Json)), () => Leiden.Detect(graph, options));
    }

    /// <summary><see cref="ResolutionSelector.Choose"/>, reused when the graph, the settings and the layout key are those stored.</summary>
    public ResolutionChoice Choose(string step, WeightedGraph graph, ProposalSettings settings, LayoutChoice? layout)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(settings);
        return Memo(
            step,
            () => InputHash(step, graph.ContentHash(), JsonSerializer.Serialize(settings, Json), JsonSerializer.Serialize(layout, Json)),
            () => ResolutionSelector.Choose(graph, settings, layout));
    }

    private T Memo<T>(string step, Func<string> inputHash, Func<T> compute)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        string key;
        lock (calls)
        {
            calls[step] = calls.GetValueOrDefault(step) + 1;
            key = $"cells/{step}#{calls[step]}";
        }

        if (cache is null)
        {
            return Record(key, reused: false, clock, compute());
        }

        var hash = inputHash();
        if (cache.Find(key, hash) is { } payload && Read<T>(payload) is { } stored)
        {
            return Record(key, reused: true, clock, stored);
        }

        var result = compute();
        cache.Keep(key, hash, JsonSerializer.SerializeToUtf8Bytes(result, Json));
        return Record(key, reused: false, clock, result);
    }

    /// <summary>An unreadable entry is computed again, as if absent.</summary>
    private static T? Read<T>(byte[] payload)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(payload, Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private T Record<T>(string key, bool reused, Stopwatch clock, T result)
    {
        lock (uses)
        {
            uses.Add(new AnalysisCacheUse(key, reused, clock.Elapsed));
        }

        return result;
    }

    private static string InputHash(string step, params string[] parts)
    {
        var text = string.Join('\n', [Salt, step, .. parts]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
