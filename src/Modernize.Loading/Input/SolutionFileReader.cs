using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;
using Modernize.Model;

namespace Modernize.Loading.Input;

/// <summary>
/// Lists the C# and VB projects of a .sln or .slnx with Microsoft.VisualStudio.SolutionPersistence, the parser behind
/// <c>dotnet sln</c>: a solution the SDK accepts is never refused here, and solution folders and other project kinds are
/// handled as the SDK handles them. No MSBuild is involved, so this runs in safe mode too.
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
        catch (SolutionException ex)
        {
            throw new InputException(path, "not a valid solution: " + FirstLine(ex.Message) + (ex.Line is { } line ? $" (line {line})" : string.Empty));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            throw new InputException(path, "not a valid solution: " + FirstLine(ex.Message));
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? text;
}
