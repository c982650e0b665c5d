namespace Modernize.Model.Configuration;

/// <summary>How cells are proposed (section <c>proposal</c>).</summary>
/// <param name="Seed">Seed of the community detection; the same seed gives the same proposal.</param>
/// <param name="Resolution">Modularity resolution γ (higher gives more, smaller cells); null chooses it among <see cref="Resolutions"/> by stability.</param>
/// <param name="StructureWeight">Weight of static dependencies in the edge weight.</param>
/// <param name="ChangeCouplingWeight">Weight of change coupling (when history exists); 0 by default (decision 104): on real histories it joined modules more often than it split them.</param>
/// <param name="DataWeight">Weight of shared data access (same table or entity).</param>
/// <param name="Exclude">Project path or namespace globs left out of the proposal (tests, migrations).</param>
/// <param name="NamingWeight">Weight of naming evidence (shared domain words of namespaces, folders, projects and type names), as a share of a typical type's structural degree.</param>
/// <param name="WiringWeight">Multiplier on the run-time wiring kinds (mediator handlers, DI registrations, implementations behind interfaces, integration events, DbContext entities).</param>
/// <param name="MaxCells">Top-level cells at most (smaller cells are folded into their strongest neighbour).</param>
/// <param name="MaxCellShare">No cell above this share of the domain types when a finer resolution avoids it.</param>
/// <param name="LayoutWeight">Weight of the layout prior (types sharing the module key of namespace, folder or project segments the solution's own organisation suggests), as a share of a typical type's structural degree, scaled by how well that key explains the dependencies.</param>
/// <param name="MinCellSize">Cells below this many types fold into a neighbour; null: scaled to the solution, ⌈domain types / 10⌉ clamped to 3..10.</param>
public sealed record ProposalSettings(
    int Seed = 42,
    double? Resolution = null,
    double StructureWeight = 1.0,
    double ChangeCouplingWeight = 0,
    double DataWeight = 0.8,
    IReadOnlyList<string>? Exclude = null,
    double NamingWeight = 1.0,
    double WiringWeight = 1.0,
    int MaxCells = 25,
    double MaxCellShare = 0.4,
    int? MinCellSize = null,
    double LayoutWeight = 1.0)
{
    /// <summary>The default of <see cref="Resolutions"/>.</summary>
    public static IReadOnlyList<double> CandidateResolutions { get; } = [0.25, 0.5, 0.75, 1.0, 1.5];

    /// <summary>The resolutions tried when <see cref="Resolution"/> is not set (<c>proposal.resolutions</c>); the most stable one satisfying the size rule wins.</summary>
    public IReadOnlyList<double> Resolutions { get; init; } = CandidateResolutions;

    /// <summary>The resolution modularity is reported at: the one set, else 1.</summary>
    public double ReportedResolution => Resolution ?? 1.0;

    /// <summary>
    /// Test, spec and benchmark projects (by project file name or a <c>tests</c> folder, matched against project and file paths)
    /// and migrations, unless <see cref="Exclude"/> says otherwise.
    /// </summary>
    public static IReadOnlyList<string> DefaultExclude { get; } =
    [
        .. new[] { "Tests", "UnitTests", "IntegrationTests", "ArchTests", "ArchitectureTests", "FunctionalTests", "EndToEndTests", "AcceptanceTests", "Specs", "Benchmarks", "Test", "UnitTest", "IntegrationTest", "Facts" }
            .SelectMany(suffix => new[] { $"**/*.{suffix}/**", $"**/*.{suffix}.*proj" }),
        // The same words without the dot (SubtextUpgraderTests) or leading the name (UnitTests.Subtext): legacy trees
        // name test projects every way (the dotted forms above also match inside a name: ILSpy.Tests.Windows).
        "**/*Tests.*proj", "**/*Specs.*proj",
        .. new[] { "Tests", "UnitTests", "IntegrationTests", "Test", "UnitTest", "Specs" }.Select(prefix => $"**/{prefix}.*.*proj"),
        .. new[] { "tests", "Tests", "test", "Test", "UnitTests", "IntegrationTests" }.Select(folder => $"**/{folder}/**"),
        "**/Migrations/**",
    ];

    public IReadOnlyList<string> ExcludeGlobs => Exclude ?? DefaultExclude;

    /// <summary>How modules and kernels are read from the code's organisation (<c>proposal.modules</c>).</summary>
    public ModuleGrainSettings Modules { get; init; } = new();

    /// <summary>When types and whole projects or namespaces are tissue (<c>proposal.tissue</c>).</summary>
    public TissueSettings Tissue { get; init; } = new();

    /// <summary>When a platform namespace is one tissue unit (<c>proposal.platform</c>).</summary>
    public PlatformUnitSettings Platform { get; init; } = new();

    /// <summary>When a large cell is shown with sub-cells (<c>proposal.subCells</c>).</summary>
    public SubCellSettings SubCells { get; init; } = new();
}
