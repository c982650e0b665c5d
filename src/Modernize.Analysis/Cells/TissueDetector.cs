using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Finds tissue before the final community detection: types used from many candidate cells that reach little domain code
/// themselves (loggers, guards, extension methods, framework glue, a shared kernel). The candidate cells come from a
/// preliminary Leiden run on the whole type graph; the final run leaves the tissue out so it cannot glue domains together.
/// Rules and thresholds are in docs/cells.md.
/// </summary>
public static class TissueDetector
{
    /// <summary>Namespace or project segments that hint at tissue. A hint lowers the thresholds; it never makes tissue on its own.</summary>
    public static readonly IReadOnlySet<string> TissueWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Common", "Shared", "Infrastructure", "Utilities", "Utility", "Utils", "Util", "Logging", "Log", "Extensions",
        "Helpers", "Helper", "Framework", "Core", "Kernel", "SharedKernel", "Diagnostics", "Caching", "Configuration", "Security", "Platform",
    };

    public const int MinDependents = 3;
    public const int MinCellsSpanned = 3;
    public const double CellsSpannedShare = 0.3;
    public const double MinForeignInboundShare = 0.5;
    public const double MinForeignInboundShareWithHint = 0.34;
    public const double MaxDomainFanOutShare = 0.25;

    /// <param name="candidateCell">The preliminary community of each type in scope.</param>
    public static IReadOnlyList<TissueVerdict> Detect(CellContext context, IReadOnlyDictionary<string, int> candidateCell)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidateCell);
        var candidateCount = candidateCell.Values.Distinct().Count();
        var spanNeeded = Math.Max(MinCellsSpanned, (int)Math.Ceiling(CellsSpannedShare * candidateCount));
        var inbound = context.Dependencies.ToLookup(d => d.To, StringComparer.Ordinal);
        var outbound = context.Dependencies.ToLookup(d => d.From, StringComparer.Ordinal);
        var projectNames = context.Graph.Projects.ToDictionary(p => p.Path, p => p.Name, StringComparer.Ordinal);

        var candidates = new Dictionary<string, TissueVerdict>(StringComparer.Ordinal);
        foreach (var type in context.Types)
        {
            var incoming = inbound[type.Id].ToList();
            if (incoming.Count < MinDependents)
            {
                continue;
            }

            var own = candidateCell[type.Id];
            var spanned = incoming.Select(d => candidateCell[d.From]).Distinct().Count();
            var total = incoming.Sum(d => d.Strength);
            var foreign = total <= 0 ? 0 : incoming.Where(d => candidateCell[d.From] != own).Sum(d => d.Strength) / total;
            var hint = NameHint(type, projectNames);
            var needed = hint is null ? spanNeeded : Math.Max(2, spanNeeded - 1);
            var foreignNeeded = hint is null ? MinForeignInboundShare : MinForeignInboundShareWithHint;
            if (spanned >= needed && foreign >= foreignNeeded)
            {
                candidates[type.Id] = new TissueVerdict(type.Id, incoming.Count, spanned, candidateCount, foreign, 0, hint);
            }
        }

        // Tissue may lean on other tissue, not on domain code: drop candidates reaching domain code until none does.
        bool changed;
        do
        {
            changed = false;
            foreach (var id in candidates.Keys.ToList())
            {
                var outgoing = outbound[id].ToList();
                var total = outgoing.Sum(d => d.Strength);
                var domain = total <= 0 ? 0 : outgoing.Where(d => !candidates.ContainsKey(d.To)).Sum(d => d.Strength) / total;
                if (domain > MaxDomainFanOutShare)
                {
                    candidates.Remove(id);
                    changed = true;
                }
                else
                {
                    candidates[id] = candidates[id] with { DomainFanOutShare = domain };
                }
            }
        }
        while (changed);

        return candidates.Values.OrderBy(v => v.Type, StringComparer.Ordinal).ToList();
    }

    private static string? NameHint(TypeNode type, Dictionary<string, string> projectNames)
    {
        var segments = type.Namespace.Split('.')
            .Concat(projectNames.GetValueOrDefault(type.Project, string.Empty).Split('.'));
        return segments.FirstOrDefault(TissueWords.Contains);
    }
}
