using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>Which cell or tissue element each type belongs to, and the kind of each.</summary>
public sealed class Membership
{
    public Membership(IReadOnlyList<CellDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        Drafts = drafts;
        KindOf = drafts.ToDictionary(d => d.Name, d => d.Kind, StringComparer.Ordinal);
        var cellOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            foreach (var member in draft.Members)
            {
                cellOf.TryAdd(member, draft.Name);
            }
        }

        CellOf = cellOf;
    }

    public IReadOnlyList<CellDraft> Drafts { get; }

    public IReadOnlyDictionary<string, string> CellOf { get; }

    public IReadOnlyDictionary<string, CellKind> KindOf { get; }

    public bool IsCell(string name) => KindOf.TryGetValue(name, out var kind) && kind == CellKind.Cell;

    /// <summary>The cell (not tissue) a type belongs to, or null.</summary>
    public string? CellOfType(string type) => CellOf.TryGetValue(type, out var name) && IsCell(name) ? name : null;
}
