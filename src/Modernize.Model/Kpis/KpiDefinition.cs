namespace Modernize.Model.Kpis;

/// <summary>What a KPI means and which way is better (definitions in docs/kpis.md).</summary>
public sealed record KpiDefinition(string Key, string Title, string Description, bool HigherIsBetter, string Format);
