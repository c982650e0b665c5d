namespace Modernize.Model.Configuration;

/// <summary>
/// When a platform namespace of a layered solution is one tissue unit (section <c>proposal.platform</c>; docs/cells.md
/// method step 5, decisions 64 and 71). The clustering test is waived for these units, so the use and fan-out tests are all
/// that stand between a technical name and tissue.
/// </summary>
/// <param name="MaxDomainFanOutShare">Share of a unit's outbound weight that may reach domain code (outside it, the other platform candidates still standing and tissue), judged to a fixpoint.</param>
/// <param name="MinTypes">Types a unit needs.</param>
/// <param name="MinDependents">Types outside the unit that must depend on it.</param>
/// <param name="MinCellsSpanned">Candidate cells its dependents must span at least.</param>
/// <param name="CellsSpannedShare">Share of the candidate cells its dependents must span, less one (a platform name counts as the tissue word of a tissue unit does).</param>
/// <param name="RootMinNamespaces">A project's root namespace is a candidate when the project's types spread over at least this many namespaces.</param>
/// <param name="Words">Namespace segments naming a technical concern; null: <see cref="DefaultWords"/>. A list given replaces the defaults.</param>
public sealed record PlatformUnitSettings(
    double MaxDomainFanOutShare = 0.15,
    int MinTypes = 2,
    int MinDependents = 3,
    int MinCellsSpanned = 2,
    double CellsSpannedShare = 0.3,
    int RootMinNamespaces = 3,
    IReadOnlyList<string>? Words = null)
{
    /// <summary>
    /// Words that name business areas in some solutions (Media, Localization, Messages, Email, Notifications) are left out,
    /// and so are layer words (Data, Domain, Services, Web).
    /// </summary>
    public static IReadOnlyList<string> DefaultWords { get; } =
    [
        "Caching", "Cache", "Logging", "IO", "Infrastructure", "Security", "Configuration", "Events", "Tasks", "Threading",
        "Utilities", "Utility", "Utils", "Plugins", "Pdf", "Hooks", "Framework", "Diagnostics", "Collections", "Packaging",
        "Plumbing", "Extensions", "Helpers", "Html", "Filters", "Themes", "Templating", "Serialization", "Compression",
        "ComponentModel", "Async", "Linq", "Reflection", "Text", "Xml", "Runtime", "Net",
        "EventBus", "MessageBus", "ServiceBus", "Messaging",
    ];

    /// <summary>The platform words in force, compared without case (made on each call: a cached set would survive <c>with</c>).</summary>
    public IReadOnlySet<string> WordSet() => new HashSet<string>(Words ?? DefaultWords, StringComparer.OrdinalIgnoreCase);

    /// <summary>Candidate cells a unit's dependents must span when there are <paramref name="candidateCells"/>.</summary>
    public int CellsSpannedNeeded(int candidateCells) => Math.Max(MinCellsSpanned, (int)Math.Ceiling(CellsSpannedShare * candidateCells) - 1);
}
