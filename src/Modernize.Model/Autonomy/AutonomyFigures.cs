using Modernize.Model.Cells;

namespace Modernize.Model.Autonomy;

/// <summary>Autonomy of one decomposition (declared or proposed) over the window.</summary>
/// <param name="Commits">Non-merge commits in the window that changed at least one file of a cell or tissue element.</param>
/// <param name="CrossCellCommits">Of those, commits whose files span two or more cells (tissue not counted as a cell).</param>
/// <param name="CrossCellChangeRatio">CrossCellCommits ÷ Commits, 0 without commits.</param>
/// <param name="TissueCommits">Commits that changed at least one cell and at least one tissue element.</param>
/// <param name="TouchesTissueRatio">TissueCommits ÷ Commits, 0 without commits.</param>
/// <param name="PullRequests">Merge commits in the window whose first-parent diff changed at least one mapped file.</param>
/// <param name="CrossCellPullRequests">Of those, merges whose first-parent diff spans two or more cells.</param>
/// <param name="CrossCellPullRequestRatio">CrossCellPullRequests ÷ PullRequests; null when no merge reveals a pull request.</param>
/// <param name="OwnershipAlignment">Over cells with an owner: commits by the owning team ÷ commits; null without teams or owners.</param>
/// <param name="LargeCommitsSkipped">Commits left out because they changed more files than <c>history.maxFilesPerCommit</c>.</param>
/// <param name="UnmappedFiles">Changed files that no cell or tissue element claims, most often changed first.</param>
public sealed record AutonomyFigures(
    CellOrigin Origin,
    int Commits,
    int CrossCellCommits,
    double CrossCellChangeRatio,
    int TissueCommits,
    double TouchesTissueRatio,
    int PullRequests,
    int CrossCellPullRequests,
    double? CrossCellPullRequestRatio,
    double? OwnershipAlignment,
    int LargeCommitsSkipped,
    IReadOnlyList<UnmappedFile> UnmappedFiles,
    IReadOnlyList<CellAutonomy> Cells)
{
    public CellAutonomy? Cell(string name) => Cells.FirstOrDefault(c => c.Cell == name);
}
