using System.Text.RegularExpressions;
using Modernize.Model;

namespace Modernize.Loading.Input;

/// <summary>Lists the C# and VB projects of a .sln (Visual Studio text format) or .slnx (XML) solution without MSBuild.</summary>
public static partial class SolutionFileReader
{
    /// <summary>Absolute paths of the solution's .csproj/.vbproj projects, in file order; other project kinds and solution folders are skipped.</summary>
    public static IReadOnlyList<string> ReadProjects(string solutionPath)
    {
        var paths = Path.GetExtension(solutionPath).Equals(".slnx", StringComparison.OrdinalIgnoreCase)
            ? ReadSlnx(solutionPath)
            : ReadSln(solutionPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(solutionPath))!;
        return paths
            .Select(p => Path.GetFullPath(Path.Combine(folder, p.Replace('\\', '/'))))
            .Where(ProjectFileKinds.IsSupported)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> ReadSln(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message);
        }

        var header = lines.Select(l => l.Trim().TrimStart('\uFEFF')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
        if (header is null || !header.StartsWith("Microsoft Visual Studio Solution File, Format Version", StringComparison.Ordinal))
        {
            throw new InputException(path, "not a Visual Studio solution file (missing the 'Microsoft Visual Studio Solution File, Format Version' header)");
        }

        var projects = new List<string>();
        var open = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("Project(", StringComparison.Ordinal))
            {
                var match = ProjectLine().Match(line);
                if (!match.Success)
                {
                    throw new InputException(path, $"line {i + 1}: malformed Project line");
                }

                projects.Add(match.Groups["path"].Value);
                open++;
            }
            else if (line == "EndProject")
            {
                open--;
            }
        }

        if (open != 0)
        {
            throw new InputException(path, "malformed solution: Project and EndProject lines do not pair up");
        }

        return projects;
    }

    private static List<string> ReadSlnx(string path)
    {
        var document = SafeXml.Load(path);
        if (document.Root?.Name.LocalName != "Solution")
        {
            throw new InputException(path, "not a .slnx solution (the root element is not <Solution>)");
        }

        return document.Root.Descendants()
            .Where(e => e.Name.LocalName == "Project")
            .Select(e => (string?)e.Attribute("Path"))
            .OfType<string>()
            .ToList();
    }

    [GeneratedRegex("""^Project\("\{[0-9A-Fa-f-]+\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]*)"\s*,\s*"\{[0-9A-Fa-f-]+\}"\s*$""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ProjectLine();
}
