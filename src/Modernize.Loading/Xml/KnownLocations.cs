namespace Modernize.Loading.Xml;

/// <summary>
/// Where safe mode may read from: sources from the scanned folder or the git work tree around it; assembly references from
/// there, the global packages folder or the dotnet installation. Paths are judged by where their symbolic links really lead,
/// so a checked-in link to <c>~/.ssh/id_rsa</c> or <c>/dev/zero</c> is refused.
/// </summary>
public sealed class KnownLocations
{
    private const int MaxLinkHops = 40;
    private readonly List<string> sourceRoots;
    private readonly List<string> referenceRoots;

    public KnownLocations(string scanRoot, IEnumerable<string?> referenceFolders)
    {
        ArgumentNullException.ThrowIfNull(scanRoot);
        sourceRoots = new[] { scanRoot, WorkTreeAbove(scanRoot) }.OfType<string>().Select(RealPath).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        referenceRoots = sourceRoots.Concat(referenceFolders.OfType<string>().Select(RealPath).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
    }

    public bool IsSource(string path) => IsUnder(path, sourceRoots);

    public bool IsReference(string path) => IsUnder(path, referenceRoots);

    private static bool IsUnder(string path, List<string> roots) =>
        RealPath(path) is { } real && roots.Any(root => real.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>The folder holding <c>.git</c> at or above <paramref name="folder"/>, if any.</summary>
    private static string? WorkTreeAbove(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The absolute path with every symbolic link resolved (like realpath(3)); null for a link loop.</summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var hops = 0;
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Queue<string>(full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (pending.Count > 0)
        {
            var next = Path.Combine(resolved, pending.Dequeue());
            var link = new FileInfo(next).LinkTarget;
            if (link is null)
            {
                resolved = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // Restart from the link's target, then walk the rest of the original path below it.
            var target = Path.GetFullPath(link, resolved);
            var rest = pending.ToList();
            resolved = Path.GetPathRoot(target)!;
            pending = new Queue<string>(target[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
        }

        return resolved;
    }
}
