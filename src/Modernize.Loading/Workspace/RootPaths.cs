namespace Modernize.Loading.Workspace;

/// <summary>Paths as the model stores them: relative to the scanned root, '/' separators.</summary>
public static class RootPaths
{
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
