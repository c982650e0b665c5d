using System.Globalization;
using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;

namespace Modernize.Analysis.Rules;

/// <summary>
/// <c>thresholds: crossCellChangeRatio: { max, window }</c>: a violation for every cell whose share of commits that also
/// changed other cells exceeds the max, with the numbers. Needs the scan's autonomy figures (history and cells).
/// </summary>
public static class CrossCellChangeRule
{
    public const string RuleId = "cross-cell-change-ratio";

    public static IEnumerable<Violation> Evaluate(ScanDocument scan, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.CrossCellChangeRatio is not { } max || scan.Autonomy is not { Primary: { } figures } autonomy)
        {
            yield break;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"At most {max:0.#%} of a cell's commits over {autonomy.WindowDays} days may also change other cells (thresholds.crossCellChangeRatio)");
        foreach (var cell in figures.Cells.Where(c => c.Kind == CellKind.Cell && c.CrossCellRatio > max).OrderBy(c => c.Cell, StringComparer.Ordinal))
        {
            yield return new Violation(
                RuleId,
                text,
                Severity.Error,
                cell.Cell,
                KpiCatalog.CrossCellChangeRatio,
                "threshold",
                null,
                Message(cell, max, autonomy.WindowDays),
                Fingerprint.Of(RuleId, [cell.Cell, KpiCatalog.CrossCellChangeRatio]));
        }
    }

    private static string Message(CellAutonomy cell, double max, int windowDays)
    {
        var dragged = string.Join(", ", cell.DragsAlong.Where(d => d.Kind == CellKind.Cell).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Cell} {d.Commits}")));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"cell {cell.Cell}: {cell.CrossCellCommits} of {cell.Commits} commits in the last {windowDays} days ({cell.CrossCellRatio:0.0%}) also changed other cells ({dragged}), above the max {max:0.0%}");
    }
}
