using System.Text;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// The MSBuild files Modernize writes into the scratch folder (props and targets imported through MSBuild's hooks): one
/// skeleton, one per-project condition. Text from the scanned tree is escaped by the caller with <see cref="MsBuildText"/>.
/// </summary>
/// <param name="purpose">Said in the file's opening comment, for whoever reads a binary log or the scratch folder.</param>
internal sealed class ScratchProjectFile(string purpose)
{
    private readonly List<string> lines = [];
    private int depth = 1;

    /// <summary>The condition that limits an element to one project (by the full path MSBuild loads it from).</summary>
    public static string ForProject(string projectPath) => $"'$(MSBuildProjectFullPath)' == '{MsBuildText.Escape(projectPath)}'";

    public void Open(string element, string? condition = null)
    {
        Add(condition is null ? $"<{element}>" : $"<{element} Condition=\"{condition}\">");
        depth++;
    }

    public void Close(string element)
    {
        depth--;
        Add($"</{element}>");
    }

    /// <summary>One line of XML at the current depth.</summary>
    public void Add(string xml) => lines.Add(new string(' ', 2 * depth) + xml);

    public void WriteTo(string path)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project>");
        text.Append("  <!-- Written by Modernize: ").Append(purpose).AppendLine(" -->");
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        text.AppendLine("</Project>");
        File.WriteAllText(path, text.ToString(), Encoding.UTF8);
    }
}
