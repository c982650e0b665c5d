using System.Globalization;
using System.Text;
using Modernize.Model.History;

namespace Modernize.Loading.History;

/// <summary>
/// Parses <c>git log -z --numstat --format=<see cref="Format"/></c> as it streams: each commit starts with a record separator
/// and its header fields are split by unit separators; numstat entries are <c>added\tdeleted\tpath</c>, NUL-terminated
/// (with <c>--name-only</c> in place of <c>--numstat</c>, each entry is the path alone and its counts are 0).
/// </summary>
internal static class GitLogParser
{
    private const char RecordStart = '\u001e';
    private const char FieldSeparator = '\u001f';

    /// <summary>sha, parents, author name, author email, author date (strict ISO 8601), subject.</summary>
    public const string Format = "%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s";

    public static IEnumerable<GitCommit> Parse(TextReader reader, bool lineCounts = true)
    {
        string[]? header = null;
        var files = new List<FileChange>();
        foreach (var token in Tokens(reader))
        {
            if (token.Length > 0 && token[0] == RecordStart)
            {
                if (header is not null)
                {
                    yield return ToCommit(header, files);
                }

                header = token[1..].Split(FieldSeparator);
                files = [];
            }
            else if (header is not null && (lineCounts ? ParseNumstat(token) : ParsePath(token)) is { } change)
            {
                files.Add(change);
            }
        }

        if (header is not null)
        {
            yield return ToCommit(header, files);
        }
    }

    /// <summary>Splits the stream at NULs; leading newlines (between a header and its numstat) are dropped.</summary>
    private static IEnumerable<string> Tokens(TextReader reader)
    {
        var buffer = new char[64 * 1024];
        var current = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\0')
                {
                    continue;
                }

                current.Append(buffer, start, i - start);
                yield return TrimLeadingNewlines(current);
                current.Clear();
                start = i + 1;
            }

            current.Append(buffer, start, read - start);
        }

        if (current.Length > 0)
        {
            yield return TrimLeadingNewlines(current);
        }
    }

    private static string TrimLeadingNewlines(StringBuilder text)
    {
        var skip = 0;
        while (skip < text.Length && text[skip] == '\n')
        {
            skip++;
        }

        return text.ToString(skip, text.Length - skip);
    }

    private static FileChange? ParsePath(string token) => token.Length == 0 ? null : new FileChange(token, 0, 0);

    private static FileChange? ParseNumstat(string token)
    {
        var firstTab = token.IndexOf('\t', StringComparison.Ordinal);
        var secondTab = firstTab < 0 ? -1 : token.IndexOf('\t', firstTab + 1);
        if (secondTab < 0 || secondTab == token.Length - 1)
        {
            return null;
        }

        // Binary files show '-' for both counts.
        var added = int.TryParse(token.AsSpan(0, firstTab), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        var deleted = int.TryParse(token.AsSpan(firstTab + 1, secondTab - firstTab - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return new FileChange(token[(secondTab + 1)..], added, deleted);
    }

    private static GitCommit ToCommit(string[] header, List<FileChange> files)
    {
        string Field(int index) => index < header.Length ? header[index] : string.Empty;
        var parents = Field(1).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var date = DateTimeOffset.TryParse(Field(4), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : DateTimeOffset.MinValue;
        return new GitCommit(Field(0), Field(2), Field(3), date, Field(5), parents, files);
    }
}
