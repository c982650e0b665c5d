namespace Modernize.Model.Autonomy;

/// <summary>
/// How independently teams actually work, read from git history (definitions in docs/autonomy.md): the figures for the
/// declared product map and, as a what-if, for the proposed cells.
/// </summary>
/// <param name="WindowDays">Length of the window the ratios are measured over (<c>thresholds.crossCellChangeRatio.window</c>, at most the history read).</param>
/// <param name="From">Start of the window (inclusive).</param>
/// <param name="To">End of the window: the committer date of the scanned HEAD (the moment of the scan without git).</param>
/// <param name="BucketSize">Size of the velocity buckets, which span the whole history read (not only the window).</param>
/// <param name="Declared">Figures for the cells of modernize.yml; null without a product map.</param>
/// <param name="Proposed">Figures for the proposed cells; null without a proposal.</param>
public sealed record AutonomyResult(
    int WindowDays,
    DateTimeOffset From,
    DateTimeOffset To,
    VelocityBucketSize BucketSize,
    AutonomyFigures? Declared,
    AutonomyFigures? Proposed)
{
    /// <summary>The figures KPIs and rules use: the declared map when there is one, else the proposal.</summary>
    public AutonomyFigures? Primary => Declared ?? Proposed;

    /// <summary>Cross-cell commits the proposal would have saved against the declared map (negative: it would have cost more); null unless both exist.</summary>
    public int? CrossCellCommitsSavedByProposal => Declared is null || Proposed is null ? null : Declared.CrossCellCommits - Proposed.CrossCellCommits;
}
