namespace Modernize.Model.History;

/// <summary>One file touched by a commit; added and deleted lines are 0 for binary files.</summary>
public sealed record FileChange(string Path, int Added, int Deleted);
