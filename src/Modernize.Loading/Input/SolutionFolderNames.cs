using System.Text.RegularExpressions;

namespace Modernize.Loading.Input;

/// <summary>
/// Solution folders of a .sln renamed to names every parser accepts. Visual Studio and MSBuild's own solution parser open a
/// solution whose folder is named <c>.</c> (realworld-dotnet-modular-monolith's Conduit.API.sln keeps its root files there);
/// Microsoft.VisualStudio.SolutionPersistence refuses it. A folder only groups entries in the IDE, and nesting refers to
/// folders by GUID, so the projects and their configurations read the same under any folder names.
/// </summary>
internal static partial class SolutionFolderNames
{
    /// <summary>The solution text with every solution folder named <c>Folder1</c>, <c>Folder2</c>…, or null when it has none.</summary>
    public static string? Neutralise(string solutionText)
    {
        var count = 0;
        var renamed = FolderLine().Replace(solutionText, match =>
        {
            count++;
            var name = "Folder" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"{match.Groups["head"].Value}\"{name}\", \"{name}\",";
        });
        return count == 0 ? null : renamed;
    }

    // A solution folder's line: Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "name", "name", "{GUID}".
    [GeneratedRegex("""(?<head>^[ \t]*Project\(\s*"\{2150E333-8FDC-42A3-9474-1A3956D46DE8\}"\s*\)\s*=\s*)"[^"\r\n]*"\s*,\s*"[^"\r\n]*"\s*,""", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex FolderLine();
}
