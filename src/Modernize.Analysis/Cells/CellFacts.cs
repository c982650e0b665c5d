using Modernize.Model.Analysis;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>The measured facts about one cell that its score, explanation and extraction rank are made from.</summary>
/// <param name="Inside">Kind-weighted strength of dependencies between its members.</param>
/// <param name="Outbound">Strength of its members' dependencies on other cells.</param>
/// <param name="Inbound">Strength of other cells' dependencies on its members.</param>
/// <param name="OnTissue">Strength of its members' dependencies on tissue (expected, not coupling).</param>
/// <param name="InboundByCell">Inbound strength per depending cell.</param>
/// <param name="InterfaceTypes">Members used from other cells.</param>
/// <param name="SharedTables">Tables it shares with other cells.</param>
/// <param name="CrossingCycles">Cycles with members on both sides of its boundary.</param>
/// <param name="Blockers">Legacy blockers with incidents in its members' files: id, points, incidents there.</param>
public sealed record CellFacts(
    CellDraft Draft,
    double Inside,
    double Outbound,
    double Inbound,
    double OnTissue,
    IReadOnlyDictionary<string, double> InboundByCell,
    IReadOnlyList<string> InterfaceTypes,
    IReadOnlyList<SharedTable> SharedTables,
    IReadOnlyList<Cycle> CrossingCycles,
    double ChangeCoupling,
    int SourceLines,
    IReadOnlyList<(string Id, int Points, int Incidents)> Blockers)
{
    public double Cohesion => Inside + Outbound + Inbound <= 0 ? 0 : Inside / (Inside + Outbound + Inbound);

    public double InboundShare => Inside + Outbound + Inbound <= 0 ? 0 : Inbound / (Inside + Outbound + Inbound);

    public double InterfaceShare => Draft.Members.Count == 0 ? 0 : (double)InterfaceTypes.Count / Draft.Members.Count;

    public int BlockerPoints => Blockers.Sum(b => b.Points);

    public CellScore ToScore() => new(
        Math.Round(Cohesion, 3),
        Math.Round(Outbound + Inbound, 2),
        InterfaceTypes.Count,
        SharedTables.Count,
        CrossingCycles.Count,
        Math.Round(ChangeCoupling, 3),
        SourceLines,
        BlockerPoints);
}
