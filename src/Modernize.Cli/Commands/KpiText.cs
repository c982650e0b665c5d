using System.Globalization;
using Modernize.Model.Comparison;
using Modernize.Model.Kpis;
using Modernize.Model.Store;

namespace Modernize.Cli.Commands;

/// <summary>How KPI values and movements are written, coloured on a terminal and in words when redirected.</summary>
internal static class KpiText
{
    /// <summary>Plain text when output goes to a file or pipe (CI logs), markup on a terminal.</summary>
    public static bool Plain => Console.IsOutputRedirected;

    public static string Value(string key, double? value) =>
        value is { } v ? v.ToString(KpiCatalog.Find(key).Format, CultureInfo.InvariantCulture) : "-";

    public static string Delta(KpiDelta delta)
    {
        var sign = delta.Delta > 0 ? "+" : string.Empty;
        return delta.Direction == KpiDirection.Unknown ? "n/a" : sign + delta.Delta.ToString(KpiCatalog.Find(delta.Key).Format, CultureInfo.InvariantCulture);
    }

    /// <summary>An arrow for the move (up or down), coloured by whether that is better or worse for this KPI.</summary>
    public static string Arrow(KpiDelta? delta)
    {
        if (delta is null)
        {
            return string.Empty;
        }

        if (delta.Direction is KpiDirection.Same or KpiDirection.Unknown)
        {
            return Plain ? string.Empty : "[grey]=[/]";
        }

        var arrow = delta.Delta > 0 ? "↑" : "↓";
        if (Plain)
        {
            return arrow + (delta.Direction == KpiDirection.Better ? " better" : " worse");
        }

        return delta.Direction == KpiDirection.Better ? $"[green]{arrow}[/]" : $"[red]{arrow}[/]";
    }
}
