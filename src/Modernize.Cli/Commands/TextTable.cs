using System.Text;
using Spectre.Console;

namespace Modernize.Cli.Commands;

/// <summary>
/// Writes a table: a Spectre.Console table on a terminal, a left-aligned plain-text table when redirected (CI logs),
/// where box drawing and colour only get in the way. Cells are Spectre markup on a terminal; pass text from scanned
/// code through <see cref="Text"/>.
/// </summary>
internal static class TextTable
{
    /// <summary>Text that is shown as is: escaped for markup on a terminal.</summary>
    public static string Text(string text) => KpiText.Plain ? text : Markup.Escape(text);

    public static void Write(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (KpiText.Plain)
        {
            Console.Out.Write(Render(headers, rows));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(c => new Markup(c)).ToArray());
        }

        AnsiConsole.Write(table);
    }

    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToList();
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(headers);
        Line(widths.Select(w => new string('-', w)));
        foreach (var row in rows)
        {
            Line(row);
        }

        return text.ToString();
    }

    /// <summary>A heading line above a table or list.</summary>
    public static void Heading(string markup, string plain)
    {
        if (KpiText.Plain)
        {
            Console.Out.WriteLine(plain);
        }
        else
        {
            AnsiConsole.MarkupLine(markup);
        }
    }
}
