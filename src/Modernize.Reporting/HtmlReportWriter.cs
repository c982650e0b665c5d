using Modernize.Reporting.Html;

namespace Modernize.Reporting;

/// <summary>
/// Writes the self-contained HTML report: one file with every script, style and datum inline, no network request of any kind.
/// The data travels as escaped JSON in a <c>&lt;script type="application/json"&gt;</c> element; the page scripts (web/report, <see cref="PageScripts.Report"/>) render it with text nodes only.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Id of the element that carries the report's data.</summary>
    public const string DataElementId = "modernize-data";

    public static void Write(ReportData data, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var model = ReportModelBuilder.Build(data);
        HtmlPage.Write(output, "Modernize report: " + data.Current.Info.SolutionName, data.Current.Info.ToolVersion, ScriptJson.Serialize(model), ReportAssets.Libraries, "report", PageScripts.Report);
    }

    /// <summary>Writes the report to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(ReportData data, string path)
    {
        using var writer = HtmlPage.Create(path);
        Write(data, writer);
    }
}
