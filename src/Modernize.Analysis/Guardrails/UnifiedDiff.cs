using System.Globalization;
using System.Text.RegularExpressions;

namespace Modernize.Analysis.Guardrails;

/// <summary>The added lines of a unified diff (<c>git diff</c>, <c>diff -u</c>), per file, with their new line numbers.</summary>
public static partial class UnifiedDiff
{
    public sealed record ChangedFile(string Path, bool Deleted, IReadOnlyList<(int Line, string Text)> Added);

    /// <exception cref="ArgumentException">The text holds no file header (<c>+++ b/path</c>).</exception>
    public static IReadOnlyList<ChangedFile> Parse(string diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var files = new List<ChangedFile>();
        string? oldPath = null;
        string? path = null;
        var deleted = false;
        List<(int, string)> added = [];
        var line = 0;
        foreach (var raw in diff.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.StartsWith("--- ", StringComparison.Ordinal))
            {
                Flush();
                oldPath = PathOf(raw[4..]);
                continue;
            }

            if (raw.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var newPath = PathOf(raw[4..]);
                deleted = newPath is null;
                path = newPath ?? oldPath;
                added = [];
                continue;
            }

            if (path is null)
            {
                continue;
            }

            var hunk = HunkHeader().Match(raw);
            if (hunk.Success)
            {
                line = int.Parse(hunk.Groups[1].Value, CultureInfo.InvariantCulture);
                continue;
            }

            if (raw.StartsWith('+'))
            {
                added.Add((line, raw[1..]));
                line++;
            }
            else if (raw.StartsWith(' ') || raw.Length == 0)
            {
                line++;
            }
        }

        Flush();
        if (files.Count == 0)
        {
            throw new ArgumentException("'diff' is not a unified diff: no '+++ b/path' file header found (pass the output of git diff)");
        }

        return files;

        void Flush()
        {
            if (path is not null)
            {
                files.Add(new ChangedFile(path, deleted, added));
            }

            path = null;
            deleted = false;
        }
    }

    /// <summary>The path of a <c>---</c>/<c>+++</c> header without its <c>a/</c> or <c>b/</c> prefix and timestamp; null for /dev/null.</summary>
    private static string? PathOf(string header)
    {
        var text = header.Split('\t')[0].Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1];
        }

        if (text == "/dev/null")
        {
            return null;
        }

        return text.StartsWith("a/", StringComparison.Ordinal) || text.StartsWith("b/", StringComparison.Ordinal) ? text[2..] : text;
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")]
    private static partial Regex HunkHeader();
}
