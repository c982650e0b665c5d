namespace Modernize.Loading.View;

/// <summary>Which folder the private view copies: the repository holding the input (imports above the solution folder are common), widened to every project the input reaches.</summary>
public static class ViewRoot
{
    /// <summary>
    /// The top of the git work tree holding <paramref name="inputRoot"/> (or the input root outside git), widened to the
    /// common folder of <paramref name="projectFolders"/>, but never to a folder less than two levels deep (a project
    /// elsewhere on the disk is left out rather than copying the disk).
    /// </summary>
    public static string Choose(string inputRoot, IEnumerable<string> projectFolders)
    {
        ArgumentNullException.ThrowIfNull(projectFolders);
        var start = GitTop(inputRoot) ?? Path.GetFullPath(inputRoot);
        var common = start;
        foreach (var folder in projectFolders)
        {
            common = Common(common, Path.GetFullPath(folder));
        }

        return Depth(common) >= 2 ? common : start;
    }

    private static string? GitTop(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string Common(string a, string b)
    {
        var left = a.Split(Path.DirectorySeparatorChar);
        var right = b.Split(Path.DirectorySeparatorChar);
        var shared = 0;
        while (shared < left.Length && shared < right.Length && string.Equals(left[shared], right[shared], StringComparison.Ordinal))
        {
            shared++;
        }

        var joined = string.Join(Path.DirectorySeparatorChar, left.Take(shared));
        return joined.Length == 0 ? Path.DirectorySeparatorChar.ToString() : joined;
    }

    private static int Depth(string folder) => folder.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Length;
}
