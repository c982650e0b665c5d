using System.Text.RegularExpressions;

namespace Modernize.Loading.Repository;

/// <summary>
/// What the <c>.git</c> folder around a path says, read as files: safe mode starts no process, not even git (whose
/// repository config can name commands to run, such as <c>core.fsmonitor</c>). Gives the work-tree folder, the origin URL,
/// the HEAD commit and branch; the root commit needs the object database, so it stays null.
/// </summary>
public static partial class GitFolderReader
{
    /// <summary>Git's own metadata files are small; anything larger is not trusted as one.</summary>
    private const long MaxFileBytes = 1024 * 1024;

    public static RepositoryInfo Read(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : GitDirOfLink(dotGit);
            if (gitDir is null)
            {
                continue;
            }

            // A linked worktree keeps HEAD in its own folder and refs and config in the common one.
            var common = Lines(Path.Combine(gitDir, "commondir")).FirstOrDefault() is { } c ? Path.GetFullPath(c, gitDir) : gitDir;
            var head = Lines(Path.Combine(gitDir, "HEAD")).FirstOrDefault()?.Trim();
            string? branch = null;
            var commit = head is not null && IsSha(head) ? head : null;
            if (head?.StartsWith("ref: ", StringComparison.Ordinal) == true)
            {
                var reference = head[5..].Trim();
                branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : null;
                commit = ResolveRef(gitDir, common, reference);
            }

            var relative = Path.GetRelativePath(dir.FullName, full).Replace('\\', '/');
            return new RepositoryInfo(dir.FullName, relative, OriginUrl(Path.Combine(common, "config")), null, commit, branch);
        }

        return RepositoryInfo.None;
    }

    /// <summary>A <c>.git</c> file (worktrees, submodules) says <c>gitdir: &lt;path&gt;</c>.</summary>
    private static string? GitDirOfLink(string dotGit)
    {
        var line = Lines(dotGit).FirstOrDefault();
        return line?.StartsWith("gitdir:", StringComparison.Ordinal) == true
            ? Path.GetFullPath(line["gitdir:".Length..].Trim(), Path.GetDirectoryName(dotGit)!)
            : null;
    }

    private static string? ResolveRef(string gitDir, string common, string reference)
    {
        if (reference.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var folder in new[] { gitDir, common })
        {
            var loose = Lines(Path.Combine(folder, reference)).FirstOrDefault()?.Trim();
            if (loose is not null && IsSha(loose))
            {
                return loose;
            }
        }

        return Lines(Path.Combine(common, "packed-refs"))
            .Select(l => l.Split(' ', 2))
            .Where(p => p.Length == 2 && p[1].Trim() == reference && IsSha(p[0]))
            .Select(p => p[0])
            .FirstOrDefault();
    }

    /// <summary>The <c>url</c> of <c>[remote "origin"]</c> in a git config file.</summary>
    private static string? OriginUrl(string config)
    {
        var inOrigin = false;
        foreach (var raw in Lines(config))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = OriginSection().IsMatch(line);
            }
            else if (inOrigin && UrlLine().Match(line) is { Success: true } match)
            {
                return match.Groups["url"].Value.Trim().Trim('"');
            }
        }

        return null;
    }

    private static bool IsSha(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);

    private static string[] Lines(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists && info.Length <= MaxFileBytes ? File.ReadAllLines(file) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex("""^\[\s*remote\s+"origin"\s*\]$""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex OriginSection();

    [GeneratedRegex(@"^url\s*=\s*(?<url>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex UrlLine();
}
