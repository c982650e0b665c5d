using System.Globalization;
using System.Text;

namespace Modernize.Reporting.Exports;

/// <summary>
/// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, records end with CRLF.
/// Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe.
/// </summary>
public static class Csv
{
    public static void WriteRecord(TextWriter output, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fields);
        output.Write(string.Join(',', fields));
        output.Write("\r\n");
    }

    /// <summary>A text cell: neutralised against formula injection, then quoted when needed.</summary>
    public static string Text(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return Quote(text);
    }

    /// <summary>A number cell written by Modernize itself (never from scanned text), in the invariant culture.</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text)
    {
        if (text.IndexOfAny([',', '"', '\r', '\n']) < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
