using Modernize.Loading.Git;

namespace Modernize.Scanning.Backfill;

/// <summary>What happened to one chosen commit: stored as <see cref="ScanId"/>, or skipped for <see cref="Skipped"/>.</summary>
public sealed record BackfilledScan(GitCommitInfo Commit, long? ScanId, string? Skipped);
