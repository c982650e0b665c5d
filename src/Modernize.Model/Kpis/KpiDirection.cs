namespace Modernize.Model.Kpis;

/// <summary>
/// Which way a KPI moved, judged by its definition (<see cref="KpiDefinition.HigherIsBetter"/>). The one definition used by
/// the console (trend, diff, portfolio), the HTML report and the store's comparisons; the values are the words the
/// report and the portfolio page read.
/// </summary>
public static class KpiDirection
{
    public const string Better = "better";
    public const string Worse = "worse";
    public const string Same = "same";

    /// <summary>One side has no value: the first scan, or a KPI added or dropped by a newer Modernize.</summary>
    public const string Unknown = "unknown";

    /// <summary>Changes smaller than this are rounding noise, not movement.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The direction of a move of <paramref name="delta"/> (after - before) of a KPI.</summary>
    public static string Of(double delta, bool higherIsBetter) =>
        Math.Abs(delta) < Tolerance ? Same : (delta > 0) == higherIsBetter ? Better : Worse;
}
