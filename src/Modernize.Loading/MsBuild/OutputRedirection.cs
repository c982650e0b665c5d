using System.Globalization;
using System.Text;
using Modernize.Loading.ProjectFiles;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// Keeps design-time builds out of the scanned tree. A props file in the scratch folder, imported through the
/// <c>CustomAfterDirectoryBuildProps</c> and <c>CustomBeforeMicrosoftCommonTargets</c> hooks (global properties, so the tree is not
/// touched), gives each project its own obj/ and bin/ in the scratch folder. Restore output a user already produced
/// (obj/project.assets.json, nuget.g.props/targets) is copied there first, so restored projects stay restored.
/// </summary>
public sealed class OutputRedirection
{
    private static readonly string[] RestoreOutputs = ["project.assets.json", "project.nuget.cache", "*.nuget.g.props", "*.nuget.g.targets", "*.nuget.dgspec.json"];

    private readonly Dictionary<string, string> objFolders = new(StringComparer.Ordinal);

    /// <param name="existingObjFolder">Where a project's existing restore output is (its obj/ in the user's tree when loading from the private view).</param>
    public OutputRedirection(string scratch, IEnumerable<ProjectFileFacts> projects, Func<ProjectFileFacts, string>? existingObjFolder = null)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        ArgumentNullException.ThrowIfNull(projects);
        var index = 0;
        foreach (var project in projects)
        {
            var obj = Path.Combine(scratch, "projects", index.ToString(CultureInfo.InvariantCulture) + "-" + project.Name, "obj") + "/";
            objFolders[project.FullPath] = obj;
            Directory.CreateDirectory(obj);
            CopyRestoreOutput(existingObjFolder?.Invoke(project) ?? Path.Combine(project.Directory, "obj"), obj);
            index++;
        }

        // Two copies: MSBuild warns when one file is imported twice. The targets hook catches projects that skip Microsoft.Common.props.
        PropsFile = Path.Combine(scratch, "modernize.redirect.props");
        var targetsFile = Path.Combine(scratch, "modernize.redirect.targets");
        File.WriteAllText(PropsFile, Props(scratch), Encoding.UTF8);
        File.WriteAllText(targetsFile, Props(scratch), Encoding.UTF8);
        GlobalProperties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["CustomAfterDirectoryBuildProps"] = PropsFile,
            ["CustomBeforeMicrosoftCommonTargets"] = targetsFile,
            ["OutputPath"] = Path.Combine(scratch, "bin") + "/",
        };
    }

    public string PropsFile { get; }

    /// <summary>Global properties for the workspace and for <c>dotnet restore</c>.</summary>
    public IReadOnlyDictionary<string, string> GlobalProperties { get; }

    /// <summary>The redirected obj/ folder of a project.</summary>
    public string ObjFolder(string projectPath) => objFolders[projectPath];

    /// <summary>Whether the project's redirected obj/ holds restore output (copied or restored).</summary>
    public bool IsRestored(string projectPath) => File.Exists(Path.Combine(ObjFolder(projectPath), "project.assets.json"));

    /// <summary>
    /// Where a file the design-time build wrote into a project's scratch obj/ would be in a normal build (<c>&lt;project&gt;/obj/...</c>),
    /// so generated documents get stable paths across scans; null for files outside the scratch obj/.
    /// </summary>
    public string? VirtualPath(string projectPath, string filePath)
    {
        if (!objFolders.TryGetValue(projectPath, out var obj) || !filePath.StartsWith(obj, StringComparison.Ordinal))
        {
            return null;
        }

        return Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", filePath[obj.Length..]);
    }

    private string Props(string scratch)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project>");
        text.AppendLine("  <!-- Written by Modernize: send design-time build output to a scratch folder, never into the scanned tree. -->");
        text.AppendLine("  <PropertyGroup Condition=\"'$(_ModernizeRedirected)' != 'true'\">");
        foreach (var (project, obj) in objFolders)
        {
            text.Append(CultureInfo.InvariantCulture, $"    <_ModernizeObj Condition=\"'$(MSBuildProjectFullPath)' == '{MsBuildText.Escape(project)}'\">{MsBuildText.Escape(obj)}</_ModernizeObj>").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"    <_ModernizeObj Condition=\"'$(_ModernizeObj)' == ''\">{MsBuildText.Escape(Path.Combine(scratch, "other"))}/$(MSBuildProjectName)/obj/</_ModernizeObj>").AppendLine();
        text.AppendLine("    <BaseIntermediateOutputPath>$(_ModernizeObj)</BaseIntermediateOutputPath>");
        text.AppendLine("    <MSBuildProjectExtensionsPath>$(_ModernizeObj)</MSBuildProjectExtensionsPath>");
        text.AppendLine("    <BaseOutputPath>$(_ModernizeObj)../bin/</BaseOutputPath>");
        text.AppendLine("    <RestoreOutputPath>$(_ModernizeObj)</RestoreOutputPath>");
        text.AppendLine("    <_ModernizeRedirected>true</_ModernizeRedirected>");
        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("</Project>");
        return text.ToString();
    }

    private static void CopyRestoreOutput(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var pattern in RestoreOutputs)
        {
            foreach (var file in Directory.EnumerateFiles(from, pattern))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
            }
        }
    }
}
