namespace Modernize.Model.Kpis;

/// <summary>One headline number of a scan, keyed by a stable name from <see cref="KpiCatalog"/>.</summary>
public sealed record Kpi(string Key, double Value);
