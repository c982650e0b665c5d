namespace Modernize.Loading.Workspace;

/// <summary>The one definition of paths as the model stores them: relative to the scanned root, '/' separators.</summary>
public static class RootPaths
{
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Like <see cref="Relative(string, string)"/>, for a path that may be missing (empty) or already relative (kept).</summary>
    public static string RelativeOrEmpty(string root, string? path) =>
        string.IsNullOrEmpty(path) ? string.Empty : Path.IsPathRooted(path) ? Relative(root, path) : path.Replace('\\', '/');
}
