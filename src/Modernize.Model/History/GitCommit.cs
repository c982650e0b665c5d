namespace Modernize.Model.History;

/// <summary>A commit as history analysis needs it.</summary>
/// <param name="Files">Changed files, relative to the scanned root ('/' separators); files outside it are dropped. A merge lists the files changed between its first parent and itself (the pull request it merges).</param>
/// <param name="Parents">Number of parents: 2 or more marks a merge.</param>
public sealed record GitCommit(
    string Sha,
    string Author,
    string Email,
    DateTimeOffset Date,
    string Subject,
    int Parents,
    IReadOnlyList<FileChange> Files);
