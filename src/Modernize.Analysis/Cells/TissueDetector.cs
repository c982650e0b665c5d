using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Finds tissue before the final community detection: types used from many candidate cells that reach little domain code
/// themselves (loggers, guards, extension methods, framework glue, a shared kernel). The candidate cells come from a
/// preliminary Leiden run on the whole type graph; the final run leaves the tissue out so it cannot glue domains together.
/// Rules are in docs/cells.md; thresholds under <c>proposal.tissue</c> (<see cref="Model.Configuration.TissueSettings"/>).
/// </summary>
public static class TissueDetector
{
    /// <summary>Namespace or project segments that hint at tissue. A hint lowers the thresholds; it never makes tissue on its own.</summary>
    public static readonly IReadOnlySet<string> TissueWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Common", "Shared", "Infrastructure", "Utilities", "Utility", "Utils", "Util", "Logging", "Log", "Extensions",
        "Helpers", "Helper", "Framework", "Core", "Kernel", "SharedKernel", "Diagnostics", "Caching", "Configuration", "Security", "Platform",
        "BuildingBlocks", "BuildingBlock", "CrossCutting", "Interop", "Toolkit", "Foundation", "SeedWork", "Seedwork",
    };

    /// <param name="candidateCell">The preliminary community of each type in scope.</param>
    /// <param name="excluded">Types already classed as host or tissue units: they are neither candidates nor counted as domain code.</param>
    public static IReadOnlyList<TissueVerdict> Detect(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidateCell);
        return Judge(context, candidateCell, excluded ?? new HashSet<string>()).Verdicts;
    }

    /// <summary>
    /// What a platform unit's fan-out does not count as domain code (decision 94): the tissue types, and every type used
    /// as tissue is used (from enough candidate cells, mostly from outside its own, not mostly by types named after it),
    /// whatever it reaches itself, as SmartStoreNET's Currency.
    /// </summary>
    public static IReadOnlySet<string> NotDomain(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidateCell);
        ArgumentNullException.ThrowIfNull(excluded);
        var (verdicts, broadlyUsed) = Judge(context, candidateCell, excluded);
        return broadlyUsed.Concat(verdicts.Select(v => v.Type)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The tissue verdicts, and the types that passed the use test before parts were added and the fan-out test applied.</summary>
    private static (IReadOnlyList<TissueVerdict> Verdicts, IReadOnlyList<string> BroadlyUsed) Judge(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string> excluded)
    {
        var settings = context.Config.Proposal.Tissue;
        var candidateCount = candidateCell.Values.Distinct().Count();
        var inbound = context.Dependencies.Where(d => !excluded.Contains(d.From)).ToLookup(d => d.To, StringComparer.Ordinal);
        var outbound = context.Dependencies.Where(d => !excluded.Contains(d.To)).ToLookup(d => d.From, StringComparer.Ordinal);

        var candidates = UseCandidates(context, candidateCell, excluded, inbound);
        var broadlyUsed = candidates.Keys.ToList();
        var types = context.Types.Where(t => !excluded.Contains(t.Id)).ToList();
        var namespaceOf = context.Types.ToDictionary(t => t.Id, t => t.Namespace, StringComparer.Ordinal);
        AddParts(types, candidates, inbound, candidateCount, namespaceOf, settings.MinPartInboundShare);

        // Tissue may lean on other tissue, not on domain code: drop candidates reaching domain code until none does
        // (and parts no longer serving mostly tissue once tissue around them was dropped).
        bool changed;
        do
        {
            changed = false;
            foreach (var id in candidates.Keys.ToList())
            {
                var outgoing = outbound[id].ToList();
                var total = outgoing.Sum(d => d.Strength);
                var domain = total <= 0 ? 0 : outgoing.Where(d => !candidates.ContainsKey(d.To)).Sum(d => d.Strength) / total;
                var orphanedPart = candidates[id].TissueInboundShare is not null && TissueInboundShare(id, inbound[id], candidates, namespaceOf) < settings.MinPartInboundShare;
                if (domain > settings.MaxDomainFanOutShare || orphanedPart)
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

        return (candidates.Values.OrderBy(v => v.Type, StringComparer.Ordinal).ToList(), broadlyUsed);
    }

    private static Dictionary<string, TissueVerdict> UseCandidates(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string> excluded, ILookup<string, Dependency> inbound)
    {
        var settings = context.Config.Proposal.Tissue;
        var candidateCount = candidateCell.Values.Distinct().Count();
        var candidates = new Dictionary<string, TissueVerdict>(StringComparer.Ordinal);
        foreach (var type in context.Types.Where(t => !excluded.Contains(t.Id)))
        {
            var incoming = inbound[type.Id].ToList();
            if (incoming.Count < settings.MinDependents)
            {
                continue;
            }

            var own = candidateCell[type.Id];
            var spanned = incoming.Select(d => candidateCell[d.From]).Distinct().Count();
            var total = incoming.Sum(d => d.Strength);
            var foreign = total <= 0 ? 0 : incoming.Where(d => candidateCell[d.From] != own).Sum(d => d.Strength) / total;
            var hint = NameHint(type, context.ProjectNames);
            var needed = settings.CellsSpannedNeeded(candidateCount, hint is not null);
            var foreignNeeded = hint is null ? settings.MinForeignInboundShare : settings.MinForeignInboundShareWithHint;
            if (spanned >= needed && foreign >= foreignNeeded)
            {
                // Used across cells by code named after it (ContributorDto by every Contributor use case): its domain's model.
                var named = Signals.NamedUse.Of(incoming, context.TypeById);
                if (named <= settings.MaxNamedUseShare)
                {
                    candidates[type.Id] = new TissueVerdict(type.Id, incoming.Count, spanned, candidateCount, foreign, 0, hint) { NamedUseShare = named };
                }
            }
        }

        return candidates;
    }

    /// <summary>
    /// Parts of tissue: types that serve mostly the tissue beside them, in their own namespace (a logger's LogLevel enum, a guard's exception).
    /// Too few dependents to be tissue on their own, yet left out they would count as domain code for the tissue using them,
    /// and that tissue would fail the fan-out rule and glue a domain to the platform.
    /// </summary>
    /// The namespace condition keeps a domain from turning into tissue part by part (a service, then its repository).
    private static void AddParts(IReadOnlyList<TypeNode> types, Dictionary<string, TissueVerdict> candidates, ILookup<string, Dependency> inbound, int candidateCount, Dictionary<string, string> namespaceOf, double minPartShare)
    {
        bool added;
        do
        {
            added = false;
            foreach (var type in types)
            {
                if (candidates.ContainsKey(type.Id))
                {
                    continue;
                }

                var incoming = inbound[type.Id].ToList();
                var share = TissueInboundShare(type.Id, incoming, candidates, namespaceOf);
                if (incoming.Count > 0 && share >= minPartShare)
                {
                    candidates[type.Id] = new TissueVerdict(type.Id, incoming.Count, 0, candidateCount, 0, 0, null, share);
                    added = true;
                }
            }
        }
        while (added);
    }

    /// <summary>The share of a type's inbound weight coming from tissue in its own namespace.</summary>
    private static double TissueInboundShare(string id, IEnumerable<Dependency> incoming, Dictionary<string, TissueVerdict> tissue, Dictionary<string, string> namespaceOf)
    {
        var list = incoming.ToList();
        var total = list.Sum(d => d.Strength);
        var own = namespaceOf[id];
        return total <= 0 ? 0 : list.Where(d => tissue.ContainsKey(d.From) && namespaceOf.GetValueOrDefault(d.From) == own).Sum(d => d.Strength) / total;
    }

    /// <summary>The tissue-like segment of the type's namespace or project name, if any.</summary>
    public static string? NameHint(TypeNode type, IReadOnlyDictionary<string, string> projectNames)
    {
        var segments = type.Namespace.Split('.')
            .Concat(projectNames.GetValueOrDefault(type.Project, string.Empty).Split('.'));
        return segments.FirstOrDefault(TissueWords.Contains);
    }
}
