using Modernize.Model.Store;

namespace Modernize.Reporting.Portfolio;

/// <summary>One solution on the portfolio page.</summary>
/// <param name="Scans">How many scans the store holds for it.</param>
/// <param name="Latest">Its newest scan, with that scan's KPIs.</param>
/// <param name="Kpis">Each KPI's move since the scan before the newest (direction "unknown" without one).</param>
/// <param name="ReportFile">File name of the solution's own report, relative to the portfolio page (see <see cref="PortfolioReportWriter.ReportFileName"/>).</param>
public sealed record PortfolioSolution(string Identity, string Name, int Scans, StoredScan Latest, IReadOnlyList<KpiDelta> Kpis, string ReportFile);
