using System.Xml.Linq;

namespace Modernize.Loading.MsBuild;

/// <summary>A scratch .slnx listing projects by absolute path, so one <c>dotnet restore</c> restores them all.</summary>
internal static class RestoreSolution
{
    public static string Write(string scratch, IEnumerable<string> projectPaths, string fileName = "modernize.restore.slnx")
    {
        var path = Path.Combine(scratch, fileName);
        var root = new XElement("Solution");
        var folders = new Dictionary<int, XElement>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in projectPaths)
        {
            var entry = new XElement("Project", new XAttribute("Path", Path.GetRelativePath(scratch, project)));
            // MSBuild refuses a solution naming two projects alike in one folder (Duplicati's two Duplicati.Agent.csproj),
            // though `dotnet sln list` reads it: the second of a name goes into a solution folder of its own.
            var name = Path.GetFileNameWithoutExtension(project);
            var occurrence = seen[name] = seen.GetValueOrDefault(name) + 1;
            if (occurrence == 1)
            {
                root.Add(entry);
                continue;
            }

            if (!folders.TryGetValue(occurrence, out var folder))
            {
                folders[occurrence] = folder = new XElement("Folder", new XAttribute("Name", $"/same-name-{occurrence}/"));
                root.Add(folder);
            }

            folder.Add(entry);
        }

        new XDocument(root).Save(path);
        return path;
    }
}
