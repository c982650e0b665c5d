namespace Modernize.Model.Graph;

/// <summary>A source document of the scan.</summary>
/// <param name="Path">Relative to the scanned root, '/' separators.</param>
/// <param name="Project">Path of the owning project.</param>
/// <param name="Hash">Content hash (hex SHA-256), the key of the incremental cache.</param>
public sealed record SourceFile(string Path, string Project, int Lines, bool Generated, string Hash);
