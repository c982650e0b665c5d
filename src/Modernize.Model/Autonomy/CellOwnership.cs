namespace Modernize.Model.Autonomy;

/// <summary>Who changed a cell: its owning team versus others (Conway's law made visible).</summary>
/// <param name="CommitAlignment">Commits by the owning team ÷ commits; null without an owner or without teams.</param>
/// <param name="ChurnAlignment">Churn by the owning team ÷ churn in the cell's files; null without an owner, teams or churn.</param>
/// <param name="Teams">Teams that changed it, most commits first; unmatched authors count as <see cref="UnknownTeam"/>.</param>
public sealed record CellOwnership(double? CommitAlignment, double? ChurnAlignment, IReadOnlyList<TeamChange> Teams)
{
    public const string UnknownTeam = "unknown team";

    public static CellOwnership None { get; } = new(null, null, []);
}
