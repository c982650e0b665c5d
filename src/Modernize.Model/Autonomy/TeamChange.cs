namespace Modernize.Model.Autonomy;

/// <summary>How much one team changed a cell: commits, and lines added plus deleted in the cell's files.</summary>
public sealed record TeamChange(string Team, int Commits, int Churn);
