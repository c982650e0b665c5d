using System.Xml.Linq;

namespace Modernize.Loading.MsBuild;

/// <summary>A scratch .slnx listing projects by absolute path, so one <c>dotnet restore</c> restores them all.</summary>
internal static class RestoreSolution
{
    public static string Write(string scratch, IEnumerable<string> projectPaths, string fileName = "modernize.restore.slnx")
    {
        var path = Path.Combine(scratch, fileName);
        new XDocument(new XElement("Solution", projectPaths.Select(p => new XElement("Project", new XAttribute("Path", Path.GetRelativePath(scratch, p)))))).Save(path);
        return path;
    }
}
