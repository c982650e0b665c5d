using Modernize.Loading.Input;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// Loads each project with the Configuration and Platform its solution maps it to, as a solution build does. A solution build
/// passes them per project as global properties; one workspace has one set of global properties, so a props file in the scratch
/// folder, imported through the <c>CustomBeforeMicrosoftCommonProps</c> hook, sets them by project path before the project's own
/// defaults (<c>Configuration Condition="'$(Configuration)' == ''"</c>) are evaluated. The scanned tree is not touched.
/// </summary>
internal static class ConfigurationProps
{
    public const string Hook = "CustomBeforeMicrosoftCommonProps";

    /// <summary>Writes the props file for <paramref name="configurations"/> (keyed by the project paths MSBuild loads); null when there is none to write.</summary>
    public static string? Write(string scratch, IReadOnlyDictionary<string, ProjectConfiguration> configurations)
    {
        if (configurations.Count == 0)
        {
            return null;
        }

        var file = new ScratchProjectFile("the Configuration|Platform the solution maps each project to.");
        file.Open("PropertyGroup");
        foreach (var (project, configuration) in configurations.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var condition = ScratchProjectFile.ForProject(project);
            file.Add($"<Configuration Condition=\"{condition}\">{MsBuildText.Escape(configuration.Configuration)}</Configuration>");
            file.Add($"<Platform Condition=\"{condition}\">{MsBuildText.Escape(configuration.Platform)}</Platform>");
        }

        file.Close("PropertyGroup");
        var path = Path.Combine(scratch, "modernize.configurations.props");
        file.WriteTo(path);
        return path;
    }
}
