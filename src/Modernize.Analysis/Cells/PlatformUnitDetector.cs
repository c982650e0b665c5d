using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Platform namespaces of a layered solution as tissue units (docs/cells.md, method step 5): a namespace named after a
/// technical concern (SmartStore.Core.Caching, SmartStore.Services.Tasks, SmartStore.Web.Framework) is one unit when many
/// candidate cells use it and it reaches little domain code. Platform code clusters as a whole, across its namespaces, so
/// the clustering test of <see cref="TissueUnitDetector"/> is waived for these names (as for kernel names), and weight into
/// the other platform units still standing does not count as domain fan-out: the units are judged to a fixpoint, as
/// type-level tissue is. A name never makes tissue on its own: the use and fan-out tests always apply. Thresholds and
/// words: <c>proposal.platform</c> (<see cref="Model.Configuration.PlatformUnitSettings"/>; the fan-out ceiling is the
/// namespace-unit one, 0.25 took 68 % of SmartStoreNET's platform but cost 0.03 NMI there, decision 64).
/// </summary>
public static class PlatformUnitDetector
{
    /// <param name="candidateCell">The preliminary community of each type in scope.</param>
    /// <param name="excluded">Types already classed (hosts, tissue units): neither members nor dependents.</param>
    /// <param name="tissue">Of those, the ones that are tissue: weight into them is not domain fan-out.</param>
    public static IReadOnlyList<TissueUnit> Detect(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string> excluded, IReadOnlySet<string> tissue)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidateCell);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(tissue);
        var settings = context.Config.Proposal.Platform;
        var platformWords = settings.WordSet();
        var candidateCount = candidateCell.Values.Distinct().Count();
        var spanNeeded = settings.CellsSpannedNeeded(candidateCount);
        // Type-level tissue among the rest (the root namespace's guards and extension methods) is not domain code either,
        // nor is a type used as tissue is used that fails tissue's fan-out test (SmartStoreNET's Currency): whether the
        // root namespace stood as platform hung on that type's verdict, which flips with the preliminary run (decision 94).
        tissue = tissue.Concat(TissueDetector.NotDomain(context, candidateCell, excluded)).ToHashSet(StringComparer.Ordinal);

        var inbound = context.Dependencies.ToLookup(d => d.To, StringComparer.Ordinal);
        var outbound = context.Dependencies.ToLookup(d => d.From, StringComparer.Ordinal);

        var candidates = new Dictionary<string, (List<TypeNode> Members, int Dependents, int Spanned, string? Word)>(StringComparer.Ordinal);
        var kernelWords = context.Config.Proposal.Modules.KernelWordSet();
        // A kernel-named namespace (Shop.Common) and what is below it are the shared kernel's, judged as such, not platform units.
        var roots = RootNamespaces(context, settings.RootMinNamespaces).Where(root => !root.Split('.').Any(kernelWords.Contains)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in context.Types.Where(t => !excluded.Contains(t.Id)).GroupBy(t => roots.Contains(t.Namespace) ? t.Namespace : UnitOf(t, kernelWords, platformWords), StringComparer.Ordinal).Where(g => g.Key.Length > 0))
        {
            var members = group.ToList();
            var inside = members.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var dependents = members.SelectMany(t => inbound[t.Id]).Select(d => d.From).Where(f => !inside.Contains(f) && !excluded.Contains(f)).Distinct(StringComparer.Ordinal).ToList();
            var spanned = dependents.Select(d => candidateCell[d]).Distinct().Count();
            if (members.Count >= settings.MinTypes && dependents.Count >= settings.MinDependents && spanned >= spanNeeded)
            {
                candidates[group.Key] = (members, dependents.Count, spanned, platformWords.Contains(group.Key.Split('.')[^1]) ? group.Key.Split('.')[^1] : null);
            }
        }

        var unitOf = candidates.SelectMany(c => c.Value.Members.Select(m => (m.Id, c.Key))).ToDictionary(x => x.Id, x => x.Key, StringComparer.Ordinal);
        // A candidate's outgoing weight does not change between rounds; only which targets still count as domain does.
        var outgoingOf = candidates.ToDictionary(
            c => c.Key,
            c => c.Value.Members.SelectMany(t => outbound[t.Id]).Where(d => !excluded.Contains(d.To) || tissue.Contains(d.To)).ToList(),
            StringComparer.Ordinal);
        var fanOut = new Dictionary<string, double>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var name in candidates.Keys.ToList())
            {
                var outgoing = outgoingOf[name];
                var total = outgoing.Sum(d => d.Strength);
                var domain = total <= 0 ? 0 : outgoing.Where(d => !tissue.Contains(d.To) && !(unitOf.TryGetValue(d.To, out var u) && candidates.ContainsKey(u))).Sum(d => d.Strength) / total;
                if (domain > settings.MaxDomainFanOutShare)
                {
                    candidates.Remove(name);
                    changed = true;
                }
                else
                {
                    fanOut[name] = domain;
                }
            }
        }
        while (changed);

        return candidates
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new TissueUnit(c.Key, TissueUnitDetector.NamespaceGrain, c.Value.Members.Select(t => t.Id).ToList(), c.Value.Dependents, c.Value.Spanned, candidateCount, 0, fanOut[c.Key], c.Value.Word)
            {
                Basis = TissueUnitBasis.Platform,
                CellsNeeded = spanNeeded,
                MaxDomainFanOutShare = settings.MaxDomainFanOutShare,
            })
            .ToList();
    }

    /// <summary>
    /// The root namespace of a project whose types spread over several namespaces below it (SmartStore.Core's `SmartStore`:
    /// guards, extension methods, base classes): a library's general-purpose code, judged by use and fan-out like a platform name.
    /// </summary>
    private static HashSet<string> RootNamespaces(CellContext context, int minNamespaces) => context.Types
        .GroupBy(t => t.Project, StringComparer.Ordinal)
        .Select(g => (Root: CommonNamespace(g.Select(t => t.Namespace).ToList()), Namespaces: g.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).Count()))
        .Where(x => x.Root.Length > 0 && x.Namespaces >= minNamespaces)
        .Select(x => x.Root)
        .ToHashSet(StringComparer.Ordinal);

    private static string CommonNamespace(List<string> namespaces) => string.Join('.', namespaces
        .Select(n => n.Split('.'))
        .Aggregate((a, b) => a.Zip(b).TakeWhile(x => x.First == x.Second).Select(x => x.First).ToArray()));

    /// <summary>
    /// The namespace up to its first platform word (never the first segment): SmartStore.Core.Caching.Memory → SmartStore.Core.Caching;
    /// none when a non-technical word follows it (SmartStore.Web.Framework.Localization serves a domain), and none inside a
    /// kernel-named namespace (Shop.Common.Logging is part of the shared kernel Shop.Common, not an element of its own).
    /// </summary>
    private static string UnitOf(TypeNode type, IReadOnlySet<string> kernelWords, IReadOnlySet<string> platformWords)
    {
        var segments = type.Namespace.Split('.');
        for (var i = 1; i < segments.Length; i++)
        {
            if (kernelWords.Contains(segments[i]))
            {
                return string.Empty;
            }

            if (platformWords.Contains(segments[i]))
            {
                var technical = segments.Skip(i + 1).All(x => platformWords.Contains(x) || Signals.DomainWords.Technical.Contains(x));
                return technical ? string.Join('.', segments.Take(i + 1)) : string.Empty;
            }
        }

        return string.Empty;
    }
}
