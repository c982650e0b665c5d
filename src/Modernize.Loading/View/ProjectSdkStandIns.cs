using System.Xml.Linq;
using Modernize.Loading.Environment;
using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;

namespace Modernize.Loading.View;

/// <summary>
/// Additional MSBuild project SDKs (<c>&lt;Sdk Name="X" Version="1.0" /&gt;</c>) are fetched from the package feeds by exact version;
/// one the feeds lack stops evaluation of the whole project (CleanArchitecture's <c>Microsoft.Build.CentralPackageVersions</c>,
/// superseded by NuGet's central package management that the same repository already uses). In the private copy only, such
/// an SDK gets the nearest served version (<see cref="PackageVersions.StandIn"/>), or is removed when no version is served,
/// so the project still loads with MSBuild without what that SDK adds; each project gets a fidelity note. The project's main
/// SDK (<c>Sdk="Microsoft.NET.Sdk"</c>) is never touched.
/// </summary>
public static class ProjectSdkStandIns
{
    /// <summary>Applies the rule to the copies of <paramref name="projects"/> (paths in the view); returns the notes per project (view path).</summary>
    public static async Task<Dictionary<string, List<string>>> ApplyAsync(PrivateView view, IEnumerable<ProjectFileFacts> projects, string msbuildPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(projects);
        var sdksFolder = Path.Combine(msbuildPath, "Sdks");
        var wanted = new List<(string Project, XElement Element, string Name, string Version)>();
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var project in projects.Where(p => p.FullPath.StartsWith(view.Root, StringComparison.Ordinal)))
        {
            if (!File.ReadAllText(project.FullPath).Contains("<Sdk ", StringComparison.Ordinal))
            {
                continue;
            }

            var document = SafeXml.Load(project.FullPath);
            foreach (var element in document.Root?.Elements().Where(e => e.Name.LocalName == "Sdk") ?? [])
            {
                if ((string?)element.Attribute("Name") is { Length: > 0 } name && (string?)element.Attribute("Version") is { Length: > 0 } version
                    && !Directory.Exists(Path.Combine(sdksFolder, name)) && !Directory.Exists(NuGetFolders.PackageFolder(name, version)))
                {
                    wanted.Add((project.FullPath, element, name, version));
                    documents[project.FullPath] = document;
                }
            }
        }

        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return notes;
        }

        var served = await PackageFeeds.ServedVersionsAsync(wanted.Select(w => w.Name), TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        foreach (var (project, element, name, version) in wanted)
        {
            var versions = served.GetValueOrDefault(name) ?? [];
            if (versions.Contains(version, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var standIn = PackageVersions.StandIn(version, versions);
            if (!notes.TryGetValue(project, out var list))
            {
                notes[project] = list = [];
            }

            if (standIn is null)
            {
                element.Remove();
                list.Add($"MSBuild project SDK {name} {version}: no version is served by the configured feeds; it was left out in the scan's private copy (what it adds to the build is missing)");
            }
            else
            {
                element.SetAttributeValue("Version", standIn);
                list.Add($"MSBuild project SDK {name} {version} is not served; {standIn} stood in (in the scan's private copy)");
            }
        }

        foreach (var project in notes.Keys)
        {
            documents[project].Save(project, SaveOptions.DisableFormatting);
        }

        return notes;
    }
}
