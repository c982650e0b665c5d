namespace Modernize.Analysis.Cells;

/// <summary>Why one type was classed as tissue, with the numbers behind it.</summary>
/// <param name="Dependents">Distinct types that depend on it.</param>
/// <param name="CellsSpanned">Candidate cells (of the preliminary partition) its dependents belong to.</param>
/// <param name="CandidateCells">Candidate cells in the preliminary partition.</param>
/// <param name="ForeignInboundShare">Share of its inbound weight that comes from outside its own candidate cell.</param>
/// <param name="DomainFanOutShare">Share of its outbound weight that goes to types that are not tissue.</param>
/// <param name="NameHint">The tissue-like namespace or project segment, if any (a supporting signal only).</param>
/// <param name="TissueInboundShare">Set for a part of tissue (an enum or helper that tissue types use): the share of its inbound weight coming from tissue.</param>
public sealed record TissueVerdict(
    string Type,
    int Dependents,
    int CellsSpanned,
    int CandidateCells,
    double ForeignInboundShare,
    double DomainFanOutShare,
    string? NameHint,
    double? TissueInboundShare = null)
{
    /// <summary>Share of its use coming from types named after it (<see cref="Signals.NamedUse"/>).</summary>
    public double NamedUseShare { get; init; }

    public string Sentence()
    {
        if (TissueInboundShare is { } share)
        {
            return FormattableString.Invariant(
                $"{Type}: a part of tissue, {share * 100:0}% of its inbound weight from tissue in its namespace (used by {Dependents} types in all), {DomainFanOutShare * 100:0}% of its outbound weight into domain code.");
        }

        var hint = NameHint is null ? string.Empty : $"; its name segment '{NameHint}' supports it";
        return FormattableString.Invariant(
            $"{Type}: used by {Dependents} types spread over {CellsSpanned} of {CandidateCells} candidate cells, {ForeignInboundShare * 100:0}% of its inbound weight from outside its own, {DomainFanOutShare * 100:0}% of its outbound weight into domain code, {NamedUseShare * 100:0}% of its use from types named after it{hint}.");
    }
}
