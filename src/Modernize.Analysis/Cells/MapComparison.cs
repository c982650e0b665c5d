using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Cells;

/// <summary>Sentences saying where the declared product map and the proposal agree, and what breaks the declared map.</summary>
public static class MapComparison
{
    private const int MaxListed = 5;

    public static IReadOnlyList<string> Compare(CellContext context, IReadOnlyDictionary<string, string> assignment, CellsResult declared, CellsResult proposal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(proposal);
        var lines = new List<string>();
        var unmapped = context.Types.Select(t => t.Id).Where(id => !assignment.ContainsKey(id)).ToList();
        if (unmapped.Count > 0)
        {
            lines.Add(CellScorer.Text($"{unmapped.Count} of {context.Types.Count} types are claimed by no declared cell or tissue: {CellScorer.Sample(unmapped)}."));
        }

        var kindOf = declared.Cells.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal);
        var cellSeams = declared.Seams.Where(s => kindOf.GetValueOrDefault(s.From) == CellKind.Cell).ToList();
        var tissueSeams = declared.Seams.Where(s => kindOf.GetValueOrDefault(s.From) == CellKind.Tissue).ToList();
        lines.Add(cellSeams.Count == 0
            ? "No dependency crosses between declared cells."
            : CellScorer.Text($"{cellSeams.Sum(s => s.Dependencies.Count)} type dependencies (weight {cellSeams.Sum(s => s.Weight)}) cross between declared cells over {cellSeams.Count} seams."));
        lines.AddRange(cellSeams.Take(MaxListed).Select(s => CellScorer.Text($"Breaks the map: {s.From} ↔ {s.To}, weight {s.Weight}: {Heaviest(s)}.")));
        lines.AddRange(tissueSeams.Take(MaxListed).Select(s => CellScorer.Text($"Tissue depends on a cell: {s.From} → {s.To}, weight {s.Weight}: {Heaviest(s)}.")));

        var proposedCell = proposal.Cells.Where(c => c.Kind == CellKind.Cell).SelectMany(c => c.Members.Select(m => (m, c.Name))).ToDictionary(x => x.m, x => x.Name, StringComparer.Ordinal);
        var proposedTissue = proposal.Cells.Where(c => c.Kind == CellKind.Tissue).SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var declaredCell = declared.Cells.Where(c => c.Kind == CellKind.Cell).SelectMany(c => c.Members.Select(m => (m, c.Name))).ToDictionary(x => x.m, x => x.Name, StringComparer.Ordinal);
        var both = declaredCell.Keys.Count(proposedCell.ContainsKey);
        var nmi = NormalizedMutualInformation.Of(declaredCell, proposedCell);
        lines.Add(CellScorer.Text($"Agreement between declared and proposed cells: NMI {nmi:0.00} over the {both} types both put in cells (1 = the same partition)."));
        lines.Add(CellScorer.Text(
            $"Quality, declared vs proposed: modularity {declared.Quality.Modularity:0.00} vs {proposal.Quality.Modularity:0.00}, inter-partition call percentage {declared.Quality.InterPartitionCallPercentage * 100:0.#}% vs {proposal.Quality.InterPartitionCallPercentage * 100:0.#}%, interface number {declared.Quality.InterfaceNumber:0.#} vs {proposal.Quality.InterfaceNumber:0.#}."));

        foreach (var cell in declared.Cells.Where(c => c.Kind == CellKind.Cell))
        {
            lines.Add(DeclaredCellLine(cell, proposedCell, proposedTissue));
        }

        foreach (var tissue in declared.Cells.Where(c => c.Kind == CellKind.Tissue && c.Members.Count > 0))
        {
            var agreed = tissue.Members.Count(proposedTissue.Contains);
            lines.Add(CellScorer.Text($"Declared tissue {tissue.Name} ({CellScorer.Count(tissue.Members.Count, "type")}): {agreed} also proposed as tissue."));
        }

        var undeclaredTissue = proposedTissue.Where(t => !assignment.TryGetValue(t, out var name) || kindOf.GetValueOrDefault(name) != CellKind.Tissue).Order(StringComparer.Ordinal).ToList();
        if (undeclaredTissue.Count > 0)
        {
            lines.Add(CellScorer.Text($"Proposed as tissue but not declared so: {CellScorer.Sample(undeclaredTissue)}."));
        }

        return lines;
    }

    private static string DeclaredCellLine(Cell cell, Dictionary<string, string> proposedCell, HashSet<string> proposedTissue)
    {
        if (cell.Members.Count == 0)
        {
            return CellScorer.Text($"Declared {cell.Name}: no type matches its declaration.");
        }

        string Where(string type) => proposedCell.TryGetValue(type, out var name) ? name : proposedTissue.Contains(type) ? "tissue" : "(excluded)";
        var groups = cell.Members.GroupBy(Where, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var main = groups[0];
        var text = CellScorer.Text($"Declared {cell.Name} ({CellScorer.Count(cell.Members.Count, "type")}): {main.Count()} ({100.0 * main.Count() / cell.Members.Count:0}%) in proposed {main.Key}");
        if (groups.Count == 1)
        {
            return text + ", all of them.";
        }

        var disagree = groups.Skip(1).Select(g => CellScorer.Text($"{CellScorer.Sample(g.ToList(), 3)} → {g.Key}"));
        return text + "; disagreeing: " + string.Join("; ", disagree) + ".";
    }

    private static string Heaviest(Seam seam)
    {
        var d = seam.Dependencies[0];
        var kind = d.Kinds.OrderByDescending(k => k.Value).Select(k => k.Key.ToString()).FirstOrDefault() ?? "reference";
        var at = d.Samples.Count > 0 ? " at " + d.Samples[0] : string.Empty;
        return CellScorer.Text($"heaviest {d.From} → {d.To} ({kind}, weight {d.Weight}){at}");
    }
}
