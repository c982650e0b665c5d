using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Modernize.Model.Kpis;
using Modernize.Reporting.Html;

namespace Modernize.Reporting.Portfolio;

/// <summary>
/// Writes the portfolio page: every solution of a store side by side (latest KPIs, moves, charts per KPI), each linking to
/// its own report written beside it. Same shell, styles and chart library as the scan report; no network access.
/// </summary>
public static class PortfolioReportWriter
{
    private static readonly (string Package, string Resource)[] Libraries = [.. ReportAssets.Libraries.Where(l => l.Package == "echarts")];

    /// <summary>
    /// The documented naming scheme of the per-solution reports: <c>&lt;portfolio stem&gt;-&lt;solution name&gt;-&lt;8 hex of the identity's SHA-256&gt;.html</c>,
    /// lower case, anything but letters and digits turned into '-': stable across runs, distinct for solutions with the same name.
    /// </summary>
    public static string ReportFileName(string portfolioPath, string identity, string name)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(name);
        var stem = Path.GetFileNameWithoutExtension(portfolioPath);
        var slug = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(name).ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..8];
        var cleaned = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"{stem}-{(cleaned.Length == 0 ? "solution" : cleaned)}-{hash}.html";
    }

    public static void Write(IReadOnlyList<PortfolioSolution> solutions, string toolVersion, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(solutions);
        var model = new
        {
            generatedAt = DateTimeOffset.UtcNow,
            toolVersion,
            kpis = KpiCatalog.All.Select(d => new { key = d.Key, title = d.Title, description = d.Description, higherIsBetter = d.HigherIsBetter }),
            solutions = solutions.Select(s => new
            {
                identity = s.Identity,
                name = s.Name,
                scans = s.Scans,
                latest = new { id = s.Latest.Id, startedAt = s.Latest.StartedAt, commit = s.Latest.GitCommit, branch = s.Latest.GitBranch },
                report = s.ReportFile,
                kpis = s.Kpis.ToDictionary(
                    k => k.Key,
                    k => new { value = k.After, text = k.After is { } v ? v.ToString(KpiCatalog.Find(k.Key).Format, CultureInfo.InvariantCulture) : "-", delta = k.Delta, direction = k.Direction }),
            }),
        };
        HtmlPage.Write(output, "Modernize portfolio", toolVersion, ScriptJson.Serialize(model), Libraries, "portfolio", PageScripts.Portfolio);
    }

    /// <summary>Writes the page to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(IReadOnlyList<PortfolioSolution> solutions, string toolVersion, string path)
    {
        using var writer = HtmlPage.Create(path);
        Write(solutions, toolVersion, writer);
    }
}
