using System.Diagnostics.Tracing;
using Modernize.Loading.Tests.Support;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>Tests that count generator runs run alone: the listener sees the whole process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GeneratorRunsAlone
{
    public const string Name = "Generator runs";
}

/// <summary>Counts Roslyn's source-generator driver runs in this process, through its own event source.</summary>
public sealed class GeneratorRuns : EventListener
{
    private int runs;

    public int Count => Volatile.Read(ref runs);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-CodeAnalysis-General")
        {
            EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName is { } name && name.Contains("GeneratorDriverRunTime", StringComparison.Ordinal)
            && eventData.Opcode != EventOpcode.Stop && !name.Contains("Stop", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref runs);
        }
    }
}

/// <summary>
/// Loading compiles nothing: the solution it hands over is renamed to the user's paths or rebuilt from stored models, so a
/// compilation made while loading is thrown away and extraction parses, declares and runs the generators again (the cause of
/// the 1M benchmark's doubling, docs/performance.md).
/// </summary>
[Collection(GeneratorRunsAlone.Name)]
public sealed class GeneratorRunTests
{
    [Fact]
    public async Task Loading_runs_no_source_generator_and_the_loaded_project_still_runs_them_when_compiled()
    {
        using var dir = new TempDirectory();
        SmallProjects.SdkCSharp(dir, "src/Core", "Core");
        SmallProjects.SdkCSharp(dir, "src/App", "App", items: "<ProjectReference Include=\"../Core/Core.csproj\" />");
        dir.Write("App.slnx", "<Solution><Project Path=\"src/Core/Core.csproj\" /><Project Path=\"src/App/App.csproj\" /></Solution>");
        using var runs = new GeneratorRuns();

        using var workspace = await new SolutionLoader().LoadAsync(dir.Combine("App.slnx"), new LoadOptions(Safe: false), null, CancellationToken.None);
        Assert.Equal(0, runs.Count);

        // The listener does see runs: compiling a loaded project runs the SDK's generators (LibraryImport, Regex, JSON...).
        var app = workspace.Projects.Single(p => p.Info.Name == "App");
        Assert.NotNull(await app.Project.GetCompilationAsync());
        Assert.True(runs.Count > 0, "no generator run seen: the listener is blind and the first assertion proves nothing");
    }
}
