namespace Modernize.Model.History;

/// <summary>The commits of the repository around the scanned root, newest first, within the history window.</summary>
/// <param name="Head">Commit checked out when scanned.</param>
public sealed record GitHistory(string? Head, string? Branch, DateTimeOffset? Since, IReadOnlyList<GitCommit> Commits)
{
    /// <summary>Committer date of <see cref="Head"/>: where the history window ends (not today, so an archived repository keeps its history).</summary>
    public DateTimeOffset? HeadDate { get; init; }

    /// <summary>
    /// True when the log was read without line counts because git could not read some file contents (a partial or damaged
    /// clone): churn is then 0 everywhere, while revisions, authors, hotspots and change coupling still hold.
    /// </summary>
    public bool ChurnUnknown { get; init; }

    public static GitHistory None { get; } = new(null, null, null, []);
}
