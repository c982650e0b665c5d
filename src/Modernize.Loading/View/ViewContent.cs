namespace Modernize.Loading.View;

/// <summary>
/// Which files of the scanned tree the private view copies: what MSBuild can read for the scanned projects, not the whole
/// repository. Everything in the scan's subtrees (the solution's folder and every project's folder) except media, archives
/// and documents, which no design-time build opens. Outside them (the rest of the repository around the solution): the
/// kinds of file evaluation and targets reach by path (imports, <c>Directory.*</c> files, <c>global.json</c>,
/// <c>NuGet.config</c>, key files, linked sources), assemblies a HintPath names, and any other file of up to 64 KiB (a
/// <c>version.txt</c> a target reads); images, fonts, web assets, other binaries and larger files of other kinds (localisation
/// data, say) are left out. Folders <see cref="PrivateView"/> skips stay skipped.
/// </summary>
public sealed class ViewContent
{
    /// <summary>Outside the subtrees, files of other kinds up to this size are copied: targets read small text files by path.</summary>
    private const long SmallFile = 64 * 1024;

    /// <summary>Never read by evaluation or a design-time build, wherever they are.</summary>
    private static readonly HashSet<string> NonBuildContent = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".avi", ".wmv", ".webm", ".mkv", ".mp3", ".wav", ".ogg", ".flac",
        ".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz",
        ".pdf", ".doc", ".docx", ".ppt", ".pptx", ".xls", ".xlsx", ".vsd", ".vsdx", ".psd", ".ai",
        ".iso", ".msi", ".dmg", ".vhd", ".vhdx",
    };

    /// <summary>
    /// Outside the scan's subtrees, content the scanned projects cannot compile or evaluate: a project's own images and fonts
    /// (resources its .resx files name) are in its folder, and assemblies it references by HintPath are copied by name.
    /// </summary>
    private static readonly HashSet<string> ContentOutside = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".cur", ".tif", ".tiff", ".webp", ".svg", ".emf", ".wmf",
        ".ttf", ".otf", ".woff", ".woff2", ".eot",
        ".js", ".css", ".map", ".less", ".scss",
        ".dll", ".exe", ".pdb", ".lib", ".obj", ".so", ".dylib", ".a", ".winmd",
    };

    /// <summary>Outside the scan's subtrees, the kinds of file that evaluation or a design-time build reaches by path, copied whatever their size.</summary>
    private static readonly HashSet<string> BuildFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ".props", ".targets", ".settings", ".proj", ".csproj", ".vbproj", ".projitems", ".shproj", ".tasks", ".msbuild", ".sln", ".slnx",
        ".json", ".config", ".xml", ".ruleset", ".editorconfig", ".globalconfig", ".snk", ".pfx", ".nupkg",
        ".cs", ".vb", ".resx", ".xaml", ".tt", ".txt",
    };

    private readonly List<string> subtrees;
    private readonly HashSet<string> referenced;

    /// <param name="subtrees">Folders copied whole (media, archives and documents aside): the solution's folder and the projects' folders.</param>
    /// <param name="referencedFiles">Files the projects name by path (HintPaths), copied wherever they are.</param>
    public ViewContent(IEnumerable<string> subtrees, IEnumerable<string> referencedFiles)
    {
        ArgumentNullException.ThrowIfNull(subtrees);
        ArgumentNullException.ThrowIfNull(referencedFiles);
        this.subtrees = subtrees.Select(s => Path.TrimEndingDirectorySeparator(Path.GetFullPath(s))).Distinct(StringComparer.Ordinal).ToList();
        referenced = referencedFiles.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the file at <paramref name="path"/> (the user's tree), of <paramref name="length"/> bytes, is copied.</summary>
    public bool Copies(string path, long length)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (referenced.Contains(path))
        {
            return true;
        }

        var extension = Path.GetExtension(path);
        if (NonBuildContent.Contains(extension))
        {
            return false;
        }

        return IsInSubtree(path) || (!ContentOutside.Contains(extension) && (BuildFiles.Contains(extension) || length <= SmallFile));
    }

    private bool IsInSubtree(string path) =>
        subtrees.Any(s => path.StartsWith(s, StringComparison.Ordinal) && (s.Length == 1 || (path.Length > s.Length && path[s.Length] == Path.DirectorySeparatorChar)));
}
