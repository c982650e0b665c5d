using Modernize.Cli.Pipeline;
using Modernize.Reporting;
using Modernize.Reporting.Portfolio;
using Modernize.Storage;
using Modernize.Storage.Portfolio;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize report --portfolio</c>: the portfolio page and, beside it, the report of each solution's latest scan.</summary>
internal static class PortfolioReport
{
    /// <summary>Writes the pages and returns how many solutions they cover.</summary>
    public static async Task<int> WriteAsync(IScanStore store, string path, CancellationToken ct)
    {
        var entries = await PortfolioQuery.LoadAsync(store, ct).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            throw new Model.InputException(store.Location, "the store has no scans yet: run modernize scan first");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var solutions = new List<PortfolioSolution>();
        foreach (var entry in entries)
        {
            var file = PortfolioReportWriter.ReportFileName(path, entry.Solution.Identity, entry.Solution.Name);
            var (id, scan) = await StoredScanSelection.LoadAsync(store, entry.Latest.Id, ct).ConfigureAwait(false);
            HtmlReportWriter.Write(await StoredScanSelection.ReportDataAsync(store, id, scan, ct).ConfigureAwait(false), Path.Combine(folder, file));
            solutions.Add(new PortfolioSolution(entry.Solution.Identity, entry.Solution.Name, entry.Solution.Scans, entry.Latest, entry.Kpis, file));
        }

        PortfolioReportWriter.Write(solutions, ScanPipeline.ToolVersion, path);
        return solutions.Count;
    }
}
