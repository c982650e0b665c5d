using System.Globalization;
using System.Text;
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

        var text = new StringBuilder();
        text.AppendLine("<Project>");
        text.AppendLine("  <!-- Written by Modernize: the Configuration|Platform the solution maps each project to. -->");
        text.AppendLine("  <PropertyGroup>");
        foreach (var (project, configuration) in configurations.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var condition = $"'$(MSBuildProjectFullPath)' == '{MsBuildText.Escape(project)}'";
            text.Append(CultureInfo.InvariantCulture, $"    <Configuration Condition=\"{condition}\">{MsBuildText.Escape(configuration.Configuration)}</Configuration>").AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"    <Platform Condition=\"{condition}\">{MsBuildText.Escape(configuration.Platform)}</Platform>").AppendLine();
        }

        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("</Project>");
        var path = Path.Combine(scratch, "modernize.configurations.props");
        File.WriteAllText(path, text.ToString(), Encoding.UTF8);
        return path;
    }
}
