using System.Xml.Linq;
using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;

namespace Modernize.Loading.View;

/// <summary>
/// packages.config projects carry NuGet's generated <c>EnsureNuGetPackageBuildImports</c> target, which fails the build (the
/// design-time build included, so no reference resolves, not even mscorlib) when the solution's packages/ folder was never
/// restored, which is how legacy trees arrive. Modernize maps those packages from the global packages folder itself, so in
/// the private copy only, the target is removed from the project file.
/// </summary>
public static class NuGetRestoreGuard
{
    private const string TargetName = "EnsureNuGetPackageBuildImports";

    /// <summary>Removes the guard from the copies of <paramref name="projects"/> (paths in the view); returns how many were changed.</summary>
    public static int Remove(PrivateView view, IEnumerable<ProjectFileFacts> projects)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(projects);
        var changed = 0;
        foreach (var project in projects.Where(p => p.Style == Model.Graph.ProjectStyle.Legacy && p.FullPath.StartsWith(view.Root, StringComparison.Ordinal)))
        {
            if (!File.ReadAllText(project.FullPath).Contains(TargetName, StringComparison.Ordinal))
            {
                continue;
            }

            var document = SafeXml.Load(project.FullPath);
            var guards = document.Root?.Elements().Where(e => e.Name.LocalName == "Target" && (string?)e.Attribute("Name") == TargetName).ToList() ?? [];
            if (guards.Count == 0)
            {
                continue;
            }

            guards.ForEach(g => g.Remove());
            document.Save(project.FullPath, SaveOptions.DisableFormatting);
            changed++;
        }

        return changed;
    }
}
