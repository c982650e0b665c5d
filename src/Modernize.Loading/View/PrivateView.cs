using System.Diagnostics;

namespace Modernize.Loading.View;

/// <summary>
/// A private copy of the scanned tree, made for each normal-mode scan inside its scratch folder: MSBuild evaluates, restores
/// and runs design-time builds over the copy, so no target, import or restore can write into the user's tree, whatever
/// properties it sets. Files are copied with <see cref="File.Copy(string, string)"/> (never hard links, through which writes
/// would reach the original; symbolic links to files become regular copies, links to folders are not followed). Folders
/// MSBuild cannot need are skipped: <c>.git</c>, <c>.vs</c>, <c>bin</c>, <c>obj</c>, <c>node_modules</c>; of the rest, only what
/// <see cref="ViewContent"/> says MSBuild can read. The copy is deleted with the scratch folder.
/// </summary>
public sealed class PrivateView
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", ".vs", "bin", "obj", "node_modules" };

    private PrivateView(string originalRoot, string root, int files, long bytes, int skippedFiles, long skippedBytes, TimeSpan elapsed, TimeSpan processorTime)
    {
        OriginalRoot = originalRoot;
        Root = root;
        Files = files;
        Bytes = bytes;
        SkippedFiles = skippedFiles;
        SkippedBytes = skippedBytes;
        Elapsed = elapsed;
        ProcessorTime = processorTime;
    }

    /// <summary>The copied folder of the user's tree.</summary>
    public string OriginalRoot { get; }

    /// <summary>Where the copy lives.</summary>
    public string Root { get; }

    public int Files { get; }

    public long Bytes { get; }

    /// <summary>Files of the copied folder left out as content MSBuild does not read (skipped folders not counted).</summary>
    public int SkippedFiles { get; }

    public long SkippedBytes { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>The process's CPU time while copying (a measure that holds on a loaded machine, unlike <see cref="Elapsed"/>).</summary>
    public TimeSpan ProcessorTime { get; }

    /// <summary>Copies what <paramref name="content"/> selects of <paramref name="originalRoot"/> into <c>&lt;scratch&gt;/tree</c>.</summary>
    public static PrivateView Create(string originalRoot, string scratch, ViewContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(originalRoot);
        ArgumentNullException.ThrowIfNull(content);
        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var skippedFiles = 0;
        long skippedBytes = 0;
        var root = Path.Combine(scratch, "tree");
        var files = new List<(string From, string To)>();
        var pending = new Stack<(string From, string To)>();
        pending.Push((originalRoot, root));
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            Directory.CreateDirectory(to);
            foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos("*", options))
            {
                var target = Path.Combine(to, entry.Name);
                if (entry is DirectoryInfo folder)
                {
                    // A link to a folder could loop or lead out of the tree: not followed.
                    if (folder.LinkTarget is null && !SkippedFolders.Contains(folder.Name))
                    {
                        pending.Push((folder.FullName, target));
                    }
                }
                else if (entry is FileInfo file && !content.Copies(file.FullName, file.Length))
                {
                    skippedFiles++;
                    skippedBytes += file.Length;
                }
                else if (entry.LinkTarget is null || File.Exists(entry.FullName))
                {
                    files.Add((entry.FullName, target));
                }
            }
        }

        long bytes = 0;
        Parallel.ForEach(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, System.Environment.ProcessorCount), CancellationToken = cancellationToken },
            file =>
            {
                try
                {
                    File.Copy(file.From, file.To);
                    var source = new FileInfo(file.From);
                    File.SetLastWriteTimeUtc(file.To, source.LastWriteTimeUtc);
                    Interlocked.Add(ref bytes, source.Length);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable file (a socket, a file without permission) is one MSBuild could not read either.
                }
            });
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime - processor;
        return new PrivateView(Path.GetFullPath(originalRoot), root, files.Count, bytes, skippedFiles, skippedBytes, clock.Elapsed, processorTime);
    }

    /// <summary>Whether <paramref name="originalPath"/> lies inside the copied folder.</summary>
    public bool Covers(string originalPath) => IsUnder(originalPath, OriginalRoot);

    /// <summary>The copy of a path of the user's tree.</summary>
    public string ToView(string originalPath) => Swap(originalPath, OriginalRoot, Root);

    /// <summary>The user's path of a path in the copy; paths outside the copy are returned as they are.</summary>
    public string ToOriginal(string viewPath) => Swap(viewPath, Root, OriginalRoot);

    /// <summary>A message with every path of the copy named as the user's path.</summary>
    public string InOriginalTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(Root, OriginalRoot, StringComparison.Ordinal);
    }

    private static string Swap(string path, string from, string to)
    {
        var full = Path.GetFullPath(path);
        return IsUnder(full, from) ? to + full[from.Length..] : full;
    }

    private static bool IsUnder(string path, string folder)
    {
        var full = Path.GetFullPath(path);
        return full.Length == folder.Length
            ? string.Equals(full, folder, StringComparison.Ordinal)
            : full.StartsWith(folder, StringComparison.Ordinal) && full[folder.Length] == Path.DirectorySeparatorChar;
    }
}
