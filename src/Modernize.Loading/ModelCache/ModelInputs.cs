using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Modernize.Loading.ModelCache;

/// <summary>
/// The files a project's model depends on, hashed by content: the project file, every file its evaluation imported, and the files
/// MSBuild and NuGet look for by name whether or not they exist yet (Directory.Build.props/targets, Directory.Packages.props,
/// global.json and NuGet.config in every folder above the project; packages.config, packages.lock.json and the restore output
/// in obj/ beside it). A file's absence is recorded too, so creating one invalidates the model.
/// </summary>
public sealed class ModelInputs
{
    /// <summary>Marks an input that is a folder's listing (every file name below it), not a file: globbed items change when files come and go.</summary>
    private const string ListingSuffix = "/**";

    private static readonly string[] ProbedAbove = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.Config", "nuget.config", "NuGet.config"];

    private static readonly string[] ProbedBeside = ["packages.config", "packages.lock.json", "obj/project.assets.json"];

    /// <summary>Folders no project item comes from (the private view skips the same).</summary>
    private static readonly HashSet<string> Unlisted = new(StringComparer.OrdinalIgnoreCase) { ".git", ".vs", "bin", "obj", "node_modules" };

    private readonly ConcurrentDictionary<string, string?> hashes = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, bool> exists = new(StringComparer.Ordinal);

    /// <summary>The inputs of a project: its file, its imports (user's paths) and the probed names.</summary>
    /// <param name="listFolder">Also record the listing of the file's folder (for a project, whose globs pick up files that come and go).</param>
    public IReadOnlyList<InputFile> Record(string projectPath, IEnumerable<string> imports, bool listFolder = true)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        ArgumentNullException.ThrowIfNull(imports);
        var paths = new List<string> { projectPath };
        if (listFolder)
        {
            paths.Add(Path.GetDirectoryName(projectPath)! + ListingSuffix);
        }

        paths.AddRange(imports);
        var directory = Path.GetDirectoryName(projectPath)!;
        paths.AddRange(ProbedBeside.Select(p => Path.Combine(directory, p)));
        var obj = Path.Combine(directory, "obj");
        if (Directory.Exists(obj))
        {
            paths.AddRange(Directory.EnumerateFiles(obj, "*.nuget.g.*"));
        }

        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            paths.AddRange(ProbedAbove.Select(p => Path.Combine(folder.FullName, p)));
        }

        return paths.Distinct(StringComparer.Ordinal).Select(p => new InputFile(p, Hash(p))).ToList();
    }

    /// <summary>Whether every recorded input still has its recorded content (or is still absent), and no restore output appeared.</summary>
    public bool Unchanged(IReadOnlyList<InputFile> inputs, string projectPath)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var obj = Path.Combine(Path.GetDirectoryName(projectPath)!, "obj");
        if (Directory.Exists(obj) && Directory.EnumerateFiles(obj, "*.nuget.g.*").Any(f => !inputs.Any(i => i.Path == f)))
        {
            return false;
        }

        return inputs.All(i => Hash(i.Path) == i.Hash);
    }

    /// <summary>Whether every file a model reads from the tree still exists (a deleted file would otherwise fail the walk).</summary>
    public bool FilesExist(ProjectModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Documents.Concat(model.AdditionalDocuments).Concat(model.AnalyzerConfigDocuments).Where(d => d.Text is null).Select(d => d.FilePath)
            .Concat(model.MetadataReferences.Select(r => r.Path))
            .Concat(model.AnalyzerReferences)
            .All(p => exists.GetOrAdd(p, File.Exists));
    }

    /// <summary>SHA-256 of a file's content (of a folder's file listing for paths ending in <c>/**</c>), null when it does not exist; each read once per scan.</summary>
    public string? Hash(string path) => hashes.GetOrAdd(path, static p =>
    {
        try
        {
            if (p.EndsWith(ListingSuffix, StringComparison.Ordinal))
            {
                return Listing(p[..^ListingSuffix.Length]);
            }

            return File.Exists(p) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    });

    /// <summary>SHA-256 of the sorted relative paths of every file below <paramref name="folder"/>, build output and VCS folders left out.</summary>
    private static string? Listing(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var names = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            foreach (var entry in pending.Pop().EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo child)
                {
                    if (child.LinkTarget is null && !Unlisted.Contains(child.Name))
                    {
                        pending.Push(child);
                    }
                }
                else
                {
                    names.Add(Path.GetRelativePath(folder, entry.FullName));
                }
            }
        }

        names.Sort(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', names))));
    }

    /// <summary>Hash of what every model of a scan depends on besides files: the format, this loader's build, the SDK and the load options.</summary>
    public static string Environment(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        text.Append("format ").Append(ProjectModelStore.Format).Append('\n');
        text.Append("loader ").Append(typeof(ModelInputs).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var part in parts)
        {
            text.Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
