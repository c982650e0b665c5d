using Modernize.Loading.Git;

namespace Modernize.Loading.Repository;

/// <summary>What git knows about the scanned path (read through <see cref="GitProcess"/>; every value is null when git or the repository is missing).</summary>
/// <param name="Root">The repository's top-level folder.</param>
/// <param name="RelativePath">The scanned path relative to <paramref name="Root"/>, '/' separators ("." for the root itself).</param>
public sealed record RepositoryInfo(string? Root, string? RelativePath, string? Remote, string? RootCommit, string? Commit, string? Branch)
{
    public static RepositoryInfo None { get; } = new(null, null, null, null, null, null);

    /// <summary>Reads the repository around <paramref name="path"/> (a file or folder).</summary>
    public static RepositoryInfo Read(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        var root = Git(folder, "rev-parse", "--show-toplevel");
        if (root is null)
        {
            return None;
        }

        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        var rootCommit = Git(folder, "rev-list", "--max-parents=0", "HEAD")?.Split('\n')[^1].Trim();
        return new RepositoryInfo(
            root,
            relative,
            Git(folder, "config", "--get", "remote.origin.url"),
            rootCommit,
            Git(folder, "rev-parse", "HEAD"),
            GitBranch.Read(folder));
    }

    /// <summary>The full commit id a revision (a branch, tag, <c>origin/main</c>, <c>HEAD~1</c>) names in the repository around <paramref name="path"/>, or null.</summary>
    public static string? ResolveCommit(string path, string revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var full = Path.GetFullPath(path);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        return revision.StartsWith('-') ? null : Git(folder, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
    }

    /// <summary>git's trimmed output, or null when git is missing, fails or says nothing.</summary>
    private static string? Git(string workingDirectory, params string[] arguments) => GitProcess.Run(workingDirectory, arguments).Text;
}
