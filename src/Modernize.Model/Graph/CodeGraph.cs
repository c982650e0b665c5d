namespace Modernize.Model.Graph;

/// <summary>What loading and extraction produce: the solution's projects, types and the dependencies between them.</summary>
/// <param name="Warnings">Scan-wide warnings (for example a global.json pinning an SDK that is not installed).</param>
public sealed record CodeGraph(
    IReadOnlyList<ProjectInfo> Projects,
    IReadOnlyList<TypeNode> Types,
    IReadOnlyList<Dependency> Dependencies,
    IReadOnlyList<ExternalUse> ExternalUses,
    IReadOnlyList<DataAccess> DataAccesses,
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Static edges for run-time wiring (mediator handlers, DI registrations, implementations behind interfaces, integration
    /// events, DbContext entities): kept apart from <see cref="Dependencies"/>, which hold only references written in source.
    /// </summary>
    public IReadOnlyList<Dependency> Wiring { get; init; } = [];

    public static CodeGraph Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>Projects the solution lists that could not be scanned (not on disk, outside the scanned tree).</summary>
    public IReadOnlyList<MissingProject> MissingProjects { get; init; } = [];
}
