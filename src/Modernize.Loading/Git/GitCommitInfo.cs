namespace Modernize.Loading.Git;

/// <summary>A commit chosen for backfill: its sha, committer date (the scan's time in the trend) and subject.</summary>
public sealed record GitCommitInfo(string Sha, DateTimeOffset Date, string Subject);
