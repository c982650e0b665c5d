using Modernize.Model;
using Modernize.Reporting;
using Modernize.Reporting.Portfolio;
using Modernize.Scanning.Pipeline;
using Modernize.Storage;
using Modernize.Storage.Portfolio;

namespace Modernize.Scanning.UseCases;

/// <summary>Every solution in a store with its latest KPIs (<c>modernize portfolio</c>), and the portfolio pages (<c>modernize report --portfolio</c>).</summary>
public static class PortfolioUseCase
{
    /// <summary>The solutions of the store, each with its latest scan and the KPI moves since the scan before.</summary>
    public static Task<IReadOnlyList<PortfolioEntry>> ListAsync(IScanStore store, CancellationToken ct) => PortfolioQuery.LoadAsync(store, ct);

    /// <summary>Writes the portfolio page at <paramref name="path"/> and, beside it, the report of each solution's latest scan; returns how many solutions they cover.</summary>
    public static async Task<int> WriteReportsAsync(IScanStore store, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entries = await PortfolioQuery.LoadAsync(store, ct).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            throw new InputException(store.Location, "the store has no scans yet: run modernize scan first");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var solutions = new List<PortfolioSolution>();
        foreach (var entry in entries)
        {
            var file = PortfolioReportWriter.ReportFileName(path, entry.Solution.Identity, entry.Solution.Name);
            var (id, scan) = await StoredScanSelection.LoadAsync(store, entry.Latest.Id, ct).ConfigureAwait(false);
            HtmlReportWriter.Write(await StoredScanSelection.ReportDataAsync(store, id, scan, null, ct).ConfigureAwait(false), Path.Combine(folder, file));
            solutions.Add(new PortfolioSolution(entry.Solution.Identity, entry.Solution.Name, entry.Solution.Scans, entry.Latest, entry.Kpis, file));
        }

        PortfolioReportWriter.Write(solutions, ScanContext.ToolVersion, path);
        return solutions.Count;
    }
}
