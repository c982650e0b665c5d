using System.Xml.Linq;
using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;

namespace Modernize.Loading.View;

/// <summary>
/// Windows ignores the case of paths and Linux does not: a <c>ProjectReference</c> to <c>HangFire.Core\Hangfire.Core.csproj</c>
/// for the folder <c>Hangfire.Core</c> builds on Windows and names a missing file here. In the private copy only, such a
/// reference is pointed at the one file that matches it ignoring case, and the project gets a fidelity note saying so.
/// </summary>
public static class ProjectReferenceCase
{
    /// <summary>Repairs the copies of <paramref name="projects"/> (paths in the view); returns the notes per project (view path).</summary>
    public static Dictionary<string, List<string>> Repair(PrivateView view, IEnumerable<ProjectFileFacts> projects)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(projects);
        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var project in projects.Where(p => IsUnder(p.FullPath, view.Root)))
        {
            var repairs = project.ProjectReferences
                .Where(r => !File.Exists(r) && IsUnder(r, view.Root))
                .Select(r => (Wanted: r, Found: PathCase.MatchIgnoringCase(view.Root, r)))
                .Where(r => r.Found is not null)
                .ToList();
            if (repairs.Count == 0)
            {
                continue;
            }

            var document = SafeXml.Load(project.FullPath);
            var changed = new List<string>();
            foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "ProjectReference" && e.Attribute("Include") is not null))
            {
                var include = element.Attribute("Include")!.Value;
                var target = repairs.FirstOrDefault(r => Names(include, project.Directory, r.Wanted));
                if (target.Found is null)
                {
                    continue;
                }

                element.SetAttributeValue("Include", target.Found);
                changed.Add($"project reference {include} matched ignoring case: {view.ToOriginal(target.Found)} (Windows ignores the case of paths; the reference was corrected in the scan's private copy only)");
            }

            if (changed.Count > 0)
            {
                document.Save(project.FullPath, SaveOptions.DisableFormatting);
                notes[project.FullPath] = changed;
            }
        }

        return notes;
    }

    /// <summary>Whether an Include names <paramref name="wanted"/>: resolved against the project folder, or (when it starts with a property) by its literal tail.</summary>
    private static bool Names(string include, string directory, string wanted)
    {
        var normalized = include.Trim().Replace('\\', '/');
        if (!normalized.Contains("$(", StringComparison.Ordinal))
        {
            return string.Equals(Path.GetFullPath(Path.Combine(directory, normalized)), wanted, StringComparison.Ordinal);
        }

        var tail = normalized[(normalized.LastIndexOf(')') + 1)..].TrimStart('/');
        return tail.Length > 0 && wanted.EndsWith("/" + tail, StringComparison.Ordinal);
    }

    private static bool IsUnder(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
