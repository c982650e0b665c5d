using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>Tables and entities touched by more than one cell: each must be owned by one cell or made tissue before the cells can part.</summary>
public static class SharedDataFinder
{
    /// <param name="tissueTables">Tables the product map gives to tissue: shared by design, not a blocker.</param>
    public static IReadOnlyList<SharedTable> Find(CellContext context, Membership membership, IReadOnlySet<string> tissueTables)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(tissueTables);
        return context.DataAccesses
            .Where(a => !tissueTables.Contains(a.Target))
            .Select(a => (a.Target, a.From, a.Operation, Cell: membership.CellOfType(a.From)))
            .Where(x => x.Cell is not null)
            .GroupBy(x => x.Target, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SharedTable(
                g.Key,
                g.Select(x => x.Cell!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(x => x.From).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            {
                Writers = g.Where(x => x.Operation == "write").Select(x => x.Cell!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            })
            .Where(t => t.Cells.Count > 1)
            .OrderByDescending(t => t.Cells.Count)
            .ThenBy(t => t.Table, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
