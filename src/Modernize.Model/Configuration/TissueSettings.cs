namespace Modernize.Model.Configuration;

/// <summary>
/// When types and whole projects or namespaces are tissue (section <c>proposal.tissue</c>; docs/cells.md method steps 5
/// and 6, decision 71). A tissue word in a unit's or type's name lowers the span needed by one (never below 2) and uses
/// the <c>WithHint</c> shares; a name never makes tissue on its own.
/// </summary>
/// <param name="MinDependents">Distinct types that must depend on a tissue type.</param>
/// <param name="MinCellsSpanned">Candidate cells a tissue type's or unit's dependents must span at least.</param>
/// <param name="CellsSpannedShare">Share of the candidate cells they must span (the larger of the two counts).</param>
/// <param name="MinForeignInboundShare">Share of a tissue type's inbound strength that must come from outside its own candidate cell.</param>
/// <param name="MinForeignInboundShareWithHint">The same with a tissue word in its name.</param>
/// <param name="MaxDomainFanOutShare">Share of a tissue type's outbound strength that may reach non-tissue types (judged to a fixpoint).</param>
/// <param name="MinPartInboundShare">A type whose inbound strength comes at least this much from tissue of its own namespace joins it as a part.</param>
/// <param name="UnitMinTypes">Types a tissue unit needs.</param>
/// <param name="UnitMinDependents">Types outside a unit that must depend on it.</param>
/// <param name="UnitMinSelfContained">Share of a unit's types that must sit in candidate cells made mostly of its own types (the clustering test).</param>
/// <param name="UnitMinSelfContainedWithHint">The same with a tissue word in its name (a kernel's widely used types join the cells using them in the preliminary run).</param>
/// <param name="UnitMaxDomainFanOutShare">Share of a unit's outbound weight that may reach domain types outside it.</param>
/// <param name="UnitMaxDomainFanOutShareWithHint">The same with a tissue word in its name.</param>
/// <param name="MaxNamedUseShare">Share of a tissue type's users that may be named after it (UpdateContributorHandler using Contributor): more is a domain's model used by its own use cases, not a kernel.</param>
/// <param name="UnitMaxNamedUseShare">The same for a tissue unit, whose users share a word with any of its types: a higher base rate.</param>
/// <param name="UnitMaxNamedUseShareUnclustered">A project failing the clustering test is still tissue when at most this share of its users is named after its types (base types and abstractions every module uses).</param>
public sealed record TissueSettings(
    int MinDependents = 3,
    int MinCellsSpanned = 3,
    double CellsSpannedShare = 0.3,
    double MinForeignInboundShare = 0.5,
    double MinForeignInboundShareWithHint = 0.34,
    double MaxDomainFanOutShare = 0.25,
    double MinPartInboundShare = 0.5,
    int UnitMinTypes = 2,
    int UnitMinDependents = 3,
    double UnitMinSelfContained = 0.6,
    double UnitMinSelfContainedWithHint = 0.47,
    double UnitMaxDomainFanOutShare = 0.15,
    double UnitMaxDomainFanOutShareWithHint = 0.25,
    double MaxNamedUseShare = 0.3,
    double UnitMaxNamedUseShare = 0.5,
    double UnitMaxNamedUseShareUnclustered = 0.15)
{
    /// <summary>Candidate cells a tissue type's or unit's dependents must span when there are <paramref name="candidateCells"/>, with or without a tissue word.</summary>
    public int CellsSpannedNeeded(int candidateCells, bool hint)
    {
        var needed = Math.Max(MinCellsSpanned, (int)Math.Ceiling(CellsSpannedShare * candidateCells));
        return hint ? Math.Max(2, needed - 1) : needed;
    }
}
