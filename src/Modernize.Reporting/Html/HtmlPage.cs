using System.Net;
using System.Text.RegularExpressions;

namespace Modernize.Reporting.Html;

/// <summary>
/// The shell every Modernize page shares (report, portfolio): one self-contained file, strict CSP, the house CSS, the data
/// as escaped JSON in <c>#modernize-data</c>, then the libraries and the page's own scripts (<see cref="PageScripts"/>) joined
/// into one script element, all inline.
/// </summary>
internal static partial class HtmlPage
{
    public static void Write(TextWriter output, string title, string toolVersion, string scriptJson, IEnumerable<(string Package, string Resource)> libraries, string pageName, IReadOnlyList<string> pageScripts)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

        // Defence in depth: the page may load nothing from anywhere, and only its own inline code runs.
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'\">\n");
        output.Write("<meta name=\"generator\" content=\"Modernize " + WebUtility.HtmlEncode(toolVersion) + "\">\n");
        output.Write("<title>" + WebUtility.HtmlEncode(title) + "</title>\n");
        output.Write("<style>\n" + ReportAssets.Read("web/report.css") + "\n</style>\n</head>\n<body>\n");
        output.Write("<noscript><p class=\"noscript\">This report draws its content with JavaScript; enable it to read the report.</p></noscript>\n");
        output.Write("<div id=\"app\"></div>\n");
        output.Write("<script type=\"application/json\" id=\"" + HtmlReportWriter.DataElementId + "\">");
        output.Write(scriptJson);
        output.Write("</script>\n");
        foreach (var (package, resource) in libraries)
        {
            WriteScript(output, package, ReportAssets.Read(resource));
        }

        WriteScript(output, pageName, PageScripts.Join(pageScripts));
        output.Write("</body>\n</html>\n");
    }

    /// <summary>Opens <paramref name="path"/> for writing UTF-8 without a BOM, creating its folder.</summary>
    public static StreamWriter Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void WriteScript(TextWriter output, string name, string code)
    {
        // A library string containing "</script" would end the element early; "<\/" means the same inside JavaScript strings.
        output.Write("<script data-library=\"" + WebUtility.HtmlEncode(name) + "\">\n");
        output.Write(ScriptEnd().Replace(code, "<\\/$1"));
        output.Write("\n</script>\n");
    }

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptEnd();
}
