namespace Modernize.Model.Graph;

/// <summary>A project the solution lists that could not be scanned.</summary>
/// <param name="Path">The project path relative to the scanned root ('/' separators).</param>
/// <param name="Reason">Why, in plain words (not on disk, outside the scanned tree...).</param>
public sealed record MissingProject(string Path, string Reason);
