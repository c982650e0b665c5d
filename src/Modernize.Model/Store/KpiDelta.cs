namespace Modernize.Model.Store;

/// <summary>How one KPI moved between two scans.</summary>
/// <param name="Direction">A <see cref="Kpis.KpiDirection"/> word: better, worse, same or unknown.</param>
public sealed record KpiDelta(string Key, double? Before, double? After, double Delta, string Direction);
