using Modernize.Model.Store;

namespace Modernize.Storage.Portfolio;

/// <summary>One solution of the portfolio: its latest scan, and each KPI's move since the scan before (direction "unknown" when there is none).</summary>
public sealed record PortfolioEntry(StoredSolution Solution, StoredScan Latest, StoredScan? Previous, IReadOnlyList<KpiDelta> Kpis)
{
    /// <summary>How many KPIs got better and worse since the previous scan: the solution's trend in two numbers.</summary>
    public (int Better, int Worse) Trend =>
        (Kpis.Count(k => k.Direction == Model.Kpis.KpiDirection.Better), Kpis.Count(k => k.Direction == Model.Kpis.KpiDirection.Worse));
}
