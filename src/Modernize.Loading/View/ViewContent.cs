namespace Modernize.Loading.View;

/// <summary>
/// Which files of the scanned tree the private view copies: what MSBuild can read for the scanned projects, not the whole
/// repository. Everything in the scan's subtrees (the solution's folder and every project's folder) except media, archives
/// and documents, which no design-time build opens; outside them (the rest of the repository around the solution) only what
/// evaluation and compilation can reach by path: MSBuild files, configuration (<c>global.json</c>, <c>NuGet.config</c>, key
/// files), source and resource files linked from a project, and assemblies a HintPath names. Images, fonts, web assets,
/// other binaries and everything else there are left out. Folders <see cref="PrivateView"/> skips stay skipped.
/// </summary>
public sealed class ViewContent
{
    /// <summary>Never read by evaluation or a design-time build, wherever they are.</summary>
    private static readonly HashSet<string> NonBuildContent = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".avi", ".wmv", ".webm", ".mkv", ".mp3", ".wav", ".ogg", ".flac",
        ".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz",
        ".pdf", ".doc", ".docx", ".ppt", ".pptx", ".xls", ".xlsx", ".vsd", ".vsdx", ".psd", ".ai",
        ".iso", ".msi", ".dmg", ".vhd", ".vhdx",
    };

    /// <summary>Outside the scan's subtrees, the kinds of file that evaluation or a design-time build can reach by path.</summary>
    private static readonly HashSet<string> BuildFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ".props", ".targets", ".settings", ".proj", ".csproj", ".vbproj", ".projitems", ".shproj", ".tasks", ".msbuild", ".sln", ".slnx",
        ".json", ".config", ".xml", ".ruleset", ".editorconfig", ".globalconfig", ".snk", ".pfx", ".nupkg",
        ".cs", ".vb", ".resx", ".xaml", ".tt",
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

    /// <summary>Whether the file at <paramref name="path"/> (the user's tree) is copied.</summary>
    public bool Copies(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (referenced.Contains(path))
        {
            return true;
        }

        if (NonBuildContent.Contains(extension))
        {
            return false;
        }

        var name = Path.GetFileName(path);
        return BuildFiles.Contains(extension) || name.StartsWith("Directory.", StringComparison.OrdinalIgnoreCase) || IsInSubtree(path);
    }

    private bool IsInSubtree(string path) =>
        subtrees.Any(s => path.StartsWith(s, StringComparison.Ordinal) && (s.Length == 1 || (path.Length > s.Length && path[s.Length] == Path.DirectorySeparatorChar)));
}
