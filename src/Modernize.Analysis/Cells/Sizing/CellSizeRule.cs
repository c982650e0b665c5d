using Modernize.Model.Configuration;

namespace Modernize.Analysis.Cells.Sizing;

/// <summary>A proposal's figures against the size rule (docs/cells.md, "The size rule"; decision 67).</summary>
/// <param name="DomainTypes">Types in cells (tissue and hosts aside).</param>
/// <param name="Cells">Top-level cells.</param>
/// <param name="LargestShare">The largest cell's share of the domain types.</param>
/// <param name="TeamSize">The size from which a cell counts as team-sized in this solution (<see cref="CellSizeRule.TeamSize"/>).</param>
/// <param name="InTeamSizedCells">Share of the domain types in cells of at least <paramref name="TeamSize"/> types.</param>
/// <param name="InTenTypeCells">Share of the domain types in cells of at least 10 types, the fixed reading of the rule.</param>
public sealed record CellSizeFigures(int DomainTypes, int Cells, double LargestShare, int TeamSize, double InTeamSizedCells, double InTenTypeCells)
{
    /// <summary>A solution this small is one team's work: its cells are seams inside it, not units to hand to several teams.</summary>
    public bool OneTeamSolution => DomainTypes < CellSizeRule.OneTeamSolutionTypes;
}

/// <summary>
/// The size rule: at most <see cref="ProposalSettings.MaxCells"/> top-level cells, none above
/// <see cref="ProposalSettings.MaxCellShare"/> of the domain types, and at least <see cref="MinShareInTeamSizedCells"/> of
/// the domain types in team-sized cells. Team-sized is 10 types from 100 domain types up; below, the floor the proposal
/// itself folds at (a tenth of the domain types, at least 3): a 9-type module of a 60-type solution is a sixth of it.
/// </summary>
public static class CellSizeRule
{
    public const int TeamSizedCell = 10;
    public const double MinShareInTeamSizedCells = 0.9;

    /// <summary>Under this many domain types one team can own the whole solution (docs/cells.md).</summary>
    public const int OneTeamSolutionTypes = 50;

    public static int TeamSize(ProposalSettings settings, int domainTypes) => Math.Min(TeamSizedCell, ResolutionSelector.MinCellSize(settings, domainTypes));

    /// <param name="cellSizes">The member count of each top-level cell (not tissue, not hosts).</param>
    public static CellSizeFigures Measure(IReadOnlyList<int> cellSizes, ProposalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(cellSizes);
        ArgumentNullException.ThrowIfNull(settings);
        var domainTypes = cellSizes.Sum();
        if (domainTypes == 0)
        {
            return new CellSizeFigures(0, 0, 0, TeamSize(settings, 0), 0, 0);
        }

        var teamSize = TeamSize(settings, domainTypes);
        return new CellSizeFigures(
            domainTypes,
            cellSizes.Count,
            cellSizes.Max() / (double)domainTypes,
            teamSize,
            cellSizes.Where(size => size >= teamSize).Sum() / (double)domainTypes,
            cellSizes.Where(size => size >= TeamSizedCell).Sum() / (double)domainTypes);
    }
}
