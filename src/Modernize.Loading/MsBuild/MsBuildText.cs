using System.Security;

namespace Modernize.Loading.MsBuild;

/// <summary>Text from the scanned tree (paths, package ids) written into the MSBuild files of the scratch folder: XML-escaped, and MSBuild's special characters escaped so nothing in it is expanded or ends a condition's literal.</summary>
internal static class MsBuildText
{
    public static string Escape(string text) =>
        SecurityElement.Escape(text)
            .Replace("$", "%24", StringComparison.Ordinal)
            .Replace("@", "%40", StringComparison.Ordinal)
            .Replace("'", "%27", StringComparison.Ordinal);
}
