using Modernize.Loading;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Extraction.Tests.Support;

/// <summary>fixtures/legacy-maps loaded by MSBuild and extracted once for the tests that share it (loading takes seconds).</summary>
public sealed class LegacyMapsScan : IAsyncLifetime
{
    private CodeGraph? graph;

    public CodeGraph Graph => graph ?? throw new InvalidOperationException("not extracted");

    public async Task InitializeAsync()
    {
        using var workspace = await new SolutionLoader().LoadAsync(RepoPaths.Fixture("legacy-maps", "LegacyMaps.slnx"), new LoadOptions(), null, CancellationToken.None);
        graph = await TestSolution.ExtractAsync(workspace);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class LegacyMapsGroup : ICollectionFixture<LegacyMapsScan>
{
    public const string Name = "legacy-maps";
}
