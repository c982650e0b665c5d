using System.Text.Json;
using Modernize.Analysis.Caching;
using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Testing.Generation;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// The cell proposal reuses stored community detection only when its exact inputs match (decision 51), and a proposal made
/// with reused results is the one computed from scratch.
/// </summary>
public sealed class CommunityCacheTests
{
    private static readonly GeneratedMonolith Monolith = LayeredMonolithGenerator.Generate(seed: 3, mixing: 0.15);
    private static readonly CodeGraph Graph = Monolith.Graph;

    [Fact]
    public void A_second_proposal_over_the_same_graph_reuses_every_detection_and_equals_a_cold_one()
    {
        var cache = new MemoryCache();
        var first = Propose(Graph, ModernizeConfig.Default, cache, out var firstUses);
        var second = Propose(Graph, ModernizeConfig.Default, cache, out var secondUses);

        Assert.All(firstUses, u => Assert.False(u.Reused, u.Step));
        Assert.Contains(secondUses, u => u.Step == "cells/resolutions#1");
        Assert.All(secondUses, u => Assert.True(u.Reused, u.Step));
        Assert.Equal(firstUses.Count, cache.Found);
        Assert.Equal(Json(CellProposer.Propose(Graph, AnalysisResult.Empty, ModernizeConfig.Default)), Json(second));
        Assert.Equal(Json(first), Json(second));
    }

    [Fact]
    public void The_stored_result_is_what_the_proposal_uses_when_the_inputs_match()
    {
        var cache = new MemoryCache();
        var cold = Propose(Graph, ModernizeConfig.Default, cache, out _);
        // A planted entry under the same input hash (every type in one community) must come out in the proposal: proof it is read.
        var (hash, payload) = cache.Entries["cells/resolutions#1"];
        var choice = JsonSerializer.Deserialize<ResolutionChoice>(payload)!;
        cache.Entries["cells/resolutions#1"] = (hash, JsonSerializer.SerializeToUtf8Bytes(choice with { Partition = new int[choice.Partition.Length] }));

        var planted = Propose(Graph, ModernizeConfig.Default, cache, out _);

        Assert.True(cold.Cells.Count(c => c.Kind == CellKind.Cell) > 1);
        Assert.Single(planted.Cells, c => c.Kind == CellKind.Cell);
    }

    [Fact]
    public void A_changed_line_of_a_dependency_keeps_the_detection_and_still_moves_the_seams()
    {
        var cache = new MemoryCache();
        Propose(Graph, ModernizeConfig.Default, cache, out _);
        var moved = Graph with { Dependencies = [.. Graph.Dependencies.Select(d => d with { Samples = [.. d.Samples.Select(s => s with { Line = s.Line + 7 })] })] };

        var rescan = Propose(moved, ModernizeConfig.Default, cache, out var uses);

        Assert.All(uses, u => Assert.True(u.Reused, u.Step));
        Assert.Equal(Json(CellProposer.Propose(moved, AnalysisResult.Empty, ModernizeConfig.Default)), Json(rescan));
        Assert.NotEqual(Json(CellProposer.Propose(Graph, AnalysisResult.Empty, ModernizeConfig.Default)), Json(rescan));
    }

    [Fact]
    public void A_changed_dependency_weight_is_computed_again()
    {
        var cache = new MemoryCache();
        Propose(Graph, ModernizeConfig.Default, cache, out _);
        // A dependency between two domain types (tissue is left out of the graph the resolutions are chosen on).
        var domain = Graph.Dependencies.First(d => !Monolith.UtilityTypes.Contains(d.From) && !Monolith.UtilityTypes.Contains(d.To));
        var heavier = Graph with
        {
            Dependencies = [.. Graph.Dependencies.Select(d => d == domain ? d with { Weight = d.Weight + 3, Kinds = d.Kinds.ToDictionary(k => k.Key, k => k.Value + 3) } : d)],
        };

        var rescan = Propose(heavier, ModernizeConfig.Default, cache, out var uses);

        Assert.False(uses.Single(u => u.Step == "cells/resolutions#1").Reused);
        Assert.False(uses.Single(u => u.Step == "cells/preliminary#1").Reused);
        Assert.Equal(Json(CellProposer.Propose(heavier, AnalysisResult.Empty, ModernizeConfig.Default)), Json(rescan));
    }

    [Fact]
    public void Changed_proposal_settings_are_computed_again()
    {
        var cache = new MemoryCache();
        Propose(Graph, ModernizeConfig.Default, cache, out _);
        var seeded = ModernizeConfig.Default with { Proposal = ModernizeConfig.Default.Proposal with { Seed = 7 } };
        var capped = ModernizeConfig.Default with { Proposal = ModernizeConfig.Default.Proposal with { MaxCellShare = 0.3 } };

        Propose(Graph, seeded, cache, out var seededUses);
        Propose(Graph, capped, cache, out var cappedUses);

        Assert.All(seededUses, u => Assert.False(u.Reused, u.Step));
        // The share cap only decides among the resolutions: the detections before it stay reusable.
        Assert.False(cappedUses.Single(u => u.Step == "cells/resolutions#1").Reused);
    }

    private static CellsResult Propose(CodeGraph graph, ModernizeConfig config, IAnalysisCache cache, out IReadOnlyList<AnalysisCacheUse> uses)
    {
        var communities = new CommunityCache(cache);
        var result = CellProposer.Propose(graph, AnalysisResult.Empty, config, communities);
        uses = communities.Uses;
        return result;
    }

    private static string Json(CellsResult result) => JsonSerializer.Serialize(result);

    private sealed class MemoryCache : IAnalysisCache
    {
        public Dictionary<string, (string Hash, byte[] Payload)> Entries { get; } = new(StringComparer.Ordinal);

        public int Found { get; private set; }

        public byte[]? Find(string key, string inputHash)
        {
            if (Entries.TryGetValue(key, out var entry) && entry.Hash == inputHash)
            {
                Found++;
                return entry.Payload;
            }

            return null;
        }

        public void Keep(string key, string inputHash, byte[] payload) => Entries[key] = (inputHash, payload);
    }
}
