namespace Modernize.Cli.Tests.Safety;

/// <summary>Every entry below a folder with its size and modification time: equal snapshots mean nothing was written there.</summary>
internal static class TreeSnapshot
{
    public static IReadOnlyList<string> Take(string folder) =>
        new DirectoryInfo(folder)
            .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false })
            .Select(e => $"{Path.GetRelativePath(folder, e.FullName)} {(e is FileInfo f ? f.Length : -1)} {e.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
