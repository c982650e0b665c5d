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
    private static readonly string[] ProbedAbove = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.Config", "nuget.config", "NuGet.config"];

    private static readonly string[] ProbedBeside = ["packages.config", "packages.lock.json", "obj/project.assets.json"];

    private readonly ConcurrentDictionary<string, string?> hashes = new(StringComparer.Ordinal);

    /// <summary>The inputs of a project: its file, its imports (user's paths) and the probed names.</summary>
    public IReadOnlyList<InputFile> Record(string projectPath, IEnumerable<string> imports)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        ArgumentNullException.ThrowIfNull(imports);
        var paths = new List<string> { projectPath };
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

    /// <summary>SHA-256 of a file's content, null when it does not exist; each file read once per scan.</summary>
    public string? Hash(string path) => hashes.GetOrAdd(path, static p =>
    {
        try
        {
            return File.Exists(p) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    });

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
