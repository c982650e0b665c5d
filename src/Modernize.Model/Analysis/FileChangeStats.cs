namespace Modernize.Model.Analysis;

/// <summary>Change history of one file over the history window.</summary>
/// <param name="Churn">Lines added plus lines deleted.</param>
public sealed record FileChangeStats(string Path, int Revisions, int Churn, IReadOnlyList<string> Authors);
