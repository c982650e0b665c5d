namespace Modernize.Model.Configuration;

/// <summary>How cells are proposed (section <c>proposal</c>).</summary>
/// <param name="Seed">Seed of the community detection; the same seed gives the same proposal.</param>
/// <param name="Resolution">Modularity resolution γ: higher gives more, smaller cells.</param>
/// <param name="StructureWeight">Weight of static dependencies in the edge weight.</param>
/// <param name="ChangeCouplingWeight">Weight of change coupling (when history exists).</param>
/// <param name="DataWeight">Weight of shared data access (same table or entity).</param>
/// <param name="Exclude">Project path or namespace globs left out of the proposal (tests, migrations).</param>
public sealed record ProposalSettings(
    int Seed = 42,
    double Resolution = 1.0,
    double StructureWeight = 1.0,
    double ChangeCouplingWeight = 0.5,
    double DataWeight = 0.8,
    IReadOnlyList<string>? Exclude = null)
{
    /// <summary>
    /// Test, spec and benchmark projects (by folder or project file name, matched against project and file paths)
    /// and migrations, unless <see cref="Exclude"/> says otherwise.
    /// </summary>
    public static IReadOnlyList<string> DefaultExclude { get; } =
    [
        .. new[] { "Tests", "UnitTests", "IntegrationTests", "ArchTests", "FunctionalTests", "Specs", "Benchmarks" }
            .SelectMany(suffix => new[] { $"**/*.{suffix}/**", $"**/*.{suffix}.*proj" }),
        "**/Migrations/**",
    ];

    public IReadOnlyList<string> ExcludeGlobs => Exclude ?? DefaultExclude;
}
