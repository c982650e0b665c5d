using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;
using Modernize.Model;

namespace Modernize.Loading.Input;

/// <summary>
/// Lists the C# and VB projects of a .sln or .slnx with Microsoft.VisualStudio.SolutionPersistence, the parser behind
/// <c>dotnet sln</c>: a solution the SDK accepts is never refused here, and solution folders and other project kinds are
/// handled as the SDK handles them. A .sln the library refuses is read once more with its solution folders renamed
/// (<see cref="SolutionFolderNames"/>): Visual Studio and MSBuild build solutions whose folder names the library rejects.
/// No MSBuild is involved, so this runs in safe mode too.
/// </summary>
public static class SolutionFileReader
{
    /// <summary>Absolute paths of the solution's .csproj/.vbproj projects, in file order, whether or not they exist on disk.</summary>
    public static IReadOnlyList<string> ReadProjects(string solutionPath)
    {
        ArgumentNullException.ThrowIfNull(solutionPath);
        var full = Path.GetFullPath(solutionPath);
        var model = Open(full);
        var folder = Path.GetDirectoryName(full)!;
        return model.SolutionProjects
            .Select(p => ProjectPath(folder, p.FilePath))
            .Where(ProjectFileKinds.IsSupported)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The Configuration and Platform the solution builds each project with, under the configuration a build without
    /// arguments picks (<c>Debug</c> when the solution has it, else its first; <c>Any CPU</c> when it has it, else its first
    /// platform), keyed by absolute project path. Projects the solution does not map are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, ProjectConfiguration> ReadConfigurations(string solutionPath)
    {
        ArgumentNullException.ThrowIfNull(solutionPath);
        var full = Path.GetFullPath(solutionPath);
        var model = Open(full);
        var folder = Path.GetDirectoryName(full)!;
        var buildType = model.BuildTypes.FirstOrDefault(b => string.Equals(b, "Debug", StringComparison.OrdinalIgnoreCase)) ?? (model.BuildTypes.Count > 0 ? model.BuildTypes[0] : null);
        var platform = model.Platforms.FirstOrDefault(p => string.Equals(p, "Any CPU", StringComparison.OrdinalIgnoreCase)) ?? (model.Platforms.Count > 0 ? model.Platforms[0] : null);
        var result = new Dictionary<string, ProjectConfiguration>(StringComparer.Ordinal);
        if (buildType is null || platform is null)
        {
            return result;
        }

        foreach (var project in model.SolutionProjects)
        {
            var mapped = project.GetProjectConfiguration(buildType, platform);
            if (mapped.BuildType is { Length: > 0 } configuration && mapped.Platform is { Length: > 0 } projectPlatform)
            {
                // Solutions spell the platform "Any CPU"; projects and MSBuild call it AnyCPU (as a solution build passes it).
                var msbuildPlatform = string.Equals(projectPlatform, "Any CPU", StringComparison.OrdinalIgnoreCase) ? "AnyCPU" : projectPlatform;
                result[ProjectPath(folder, project.FilePath)] = new ProjectConfiguration(configuration, msbuildPlatform);
            }
        }

        return result;
    }

    /// <summary>A project's absolute path as the solution names it, or the one file matching it ignoring case when it is not on disk as written.</summary>
    private static string ProjectPath(string folder, string filePath)
    {
        var written = Path.GetFullPath(Path.Combine(folder, filePath.Replace('\\', '/')));
        return File.Exists(written) ? written : PathCase.MatchIgnoringCase(folder, written) ?? written;
    }

    private static SolutionModel Open(string path)
    {
        var serializer = SolutionSerializers.GetSerializerByMoniker(path)
            ?? throw new InputException(path, "not a solution file: expected .sln or .slnx");
        if (serializer == SolutionSerializers.SlnXml)
        {
            // Refuse DTDs and external entities before the library sees the file.
            _ = SafeXml.Load(path);
        }

        try
        {
            // A CLI has no synchronisation context: blocking here cannot deadlock.
            return serializer.OpenAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SolutionException) when (serializer == SolutionSerializers.SlnFileV12 && SolutionFolderNames.Neutralise(File.ReadAllText(path)) is { } renamed)
        {
            // Renaming keeps every line where it was, so a second refusal names the line of the real fault.
            return OpenRenamed(path, renamed);
        }
        catch (SolutionException ex)
        {
            throw Invalid(path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            throw new InputException(path, "not a valid solution: " + OneLine(ex.Message));
        }
    }

    /// <summary>The solution read from its text with the folders renamed (<see cref="SolutionFolderNames"/>).</summary>
    private static SolutionModel OpenRenamed(string path, string renamed)
    {
        try
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(renamed));
            return SolutionSerializers.SlnFileV12.OpenAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SolutionException ex)
        {
            throw Invalid(path, ex);
        }
    }

    private static InputException Invalid(string path, SolutionException ex) =>
        new(path, "not a valid solution: " + OneLine(ex.Message) + (ex.Line is { } line ? $" (line {line})" : string.Empty));

    /// <summary>The library's message on one line: it lists the rules a name breaks on lines of their own.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
