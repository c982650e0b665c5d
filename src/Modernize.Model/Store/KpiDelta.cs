namespace Modernize.Model.Store;

/// <summary>How one KPI moved between two scans.</summary>
/// <param name="Direction"><c>better</c>, <c>worse</c> or <c>same</c>, judged by the KPI's definition.</param>
public sealed record KpiDelta(string Key, double? Before, double? After, double Delta, string Direction);
