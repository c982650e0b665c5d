using Modernize.Analysis.Cells.Sizing;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>The size rule's figures: team-sized is 10 types from 100 domain types up, a tenth of the solution below.</summary>
public sealed class CellSizeRuleTests
{
    [Fact]
    public void A_nine_type_module_of_a_sixty_type_solution_is_team_sized_though_under_ten()
    {
        var figures = CellSizeRule.Measure([20, 16, 15, 9], new ProposalSettings());

        Assert.Equal(6, figures.TeamSize);
        Assert.Equal(1.0, figures.InTeamSizedCells);
        Assert.Equal(51 / 60.0, figures.InTenTypeCells, 6);
        Assert.Equal(20 / 60.0, figures.LargestShare, 6);
        Assert.False(figures.OneTeamSolution);
    }

    [Fact]
    public void From_a_hundred_domain_types_team_sized_means_ten_types()
    {
        var figures = CellSizeRule.Measure([60, 30, 9, 9, 9, 9, 4], new ProposalSettings());

        Assert.Equal(10, figures.TeamSize);
        Assert.Equal(90 / 130.0, figures.InTeamSizedCells, 6);
        Assert.Equal(figures.InTenTypeCells, figures.InTeamSizedCells);
    }

    [Fact]
    public void A_configured_minimum_cell_size_is_the_floor_up_to_ten_and_a_small_solution_is_one_teams()
    {
        var figures = CellSizeRule.Measure([9, 9, 8, 5], new ProposalSettings(MinCellSize: 8));

        Assert.Equal(8, figures.TeamSize);
        Assert.Equal(26 / 31.0, figures.InTeamSizedCells, 6);
        Assert.Equal(0, figures.InTenTypeCells);
        Assert.True(figures.OneTeamSolution);
        Assert.Equal(10, CellSizeRule.TeamSize(new ProposalSettings(MinCellSize: 25), 1000));
    }
}
