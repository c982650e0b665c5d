namespace Modernize.Extraction.Walking;

/// <summary>Paths as the graph writes them: relative to the scanned root, '/' separators.</summary>
internal static class ScanPaths
{
    public static string Relative(string root, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(root, path) : path;
        return relative.Replace('\\', '/');
    }
}
