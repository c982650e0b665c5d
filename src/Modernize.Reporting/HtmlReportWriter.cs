using System.Net;
using System.Text.RegularExpressions;
using Modernize.Reporting.Html;

namespace Modernize.Reporting;

/// <summary>
/// Writes the self-contained HTML report: one file with every script, style and datum inline, no network request of any kind.
/// The data travels as escaped JSON in a <c>&lt;script type="application/json"&gt;</c> element; report.js renders it with textContent only.
/// </summary>
public static partial class HtmlReportWriter
{
    /// <summary>Id of the element that carries the report's data.</summary>
    public const string DataElementId = "modernize-data";

    public static void Write(ReportData data, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModelBuilder.Build(data);
        var title = "Modernize report: " + data.Current.Info.SolutionName;

        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

        // Defence in depth: the page may load nothing from anywhere, and only its own inline code runs.
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'\">\n");
        output.Write("<meta name=\"generator\" content=\"Modernize " + WebUtility.HtmlEncode(data.Current.Info.ToolVersion) + "\">\n");
        output.Write("<title>" + WebUtility.HtmlEncode(title) + "</title>\n");
        output.Write("<style>\n" + ReportAssets.Read("web/report.css") + "\n</style>\n</head>\n<body>\n");
        output.Write("<noscript><p class=\"noscript\">This report draws its content with JavaScript; enable it to read the report.</p></noscript>\n");
        output.Write("<div id=\"app\"></div>\n");
        output.Write("<script type=\"application/json\" id=\"" + DataElementId + "\">");
        output.Write(ScriptJson.Serialize(model));
        output.Write("</script>\n");
        foreach (var (package, resource) in ReportAssets.Libraries)
        {
            WriteScript(output, package, ReportAssets.Read(resource));
        }

        WriteScript(output, "report", ReportAssets.Read("web/report.js"));
        output.Write("</body>\n</html>\n");
    }

    /// <summary>Writes the report to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(ReportData data, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(data, writer);
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
