namespace Modernize.Model.Autonomy;

/// <summary>Change volume of a cell in one week or month, beside how much of it crossed cells.</summary>
/// <param name="Start">First day of the bucket (UTC).</param>
public sealed record VelocityBucket(DateOnly Start, int Commits, int Churn, int CrossCellCommits)
{
    public double CrossCellRatio => Commits == 0 ? 0 : (double)CrossCellCommits / Commits;
}
