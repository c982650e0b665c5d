namespace Modernize.Model.Autonomy;

/// <summary>A changed file no cell or tissue element claims, and how many commits of the window changed it.</summary>
public sealed record UnmappedFile(string Path, int Commits);
