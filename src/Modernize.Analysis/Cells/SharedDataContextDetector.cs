using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Finds the data contexts of a shared database: a type whose entity sets (<see cref="DependencyKind.DbContextEntity"/>
/// wiring) map entities of several candidate cells, as the one EF DbContext of a layered monolith maps every domain's
/// tables. Such a context is tissue (common data), not a member of whichever domain it happened to cluster with: left in,
/// its sets tie every domain's entities to it, and the repository base classes using it reach "domain" code and fail the
/// tissue tests. A context whose entities sit in fewer candidate cells (a module's own context) stays with its module, and
/// so does one whose entities are about one noun (CatalogItem, CatalogBrand, CatalogType: one domain's data, split apart
/// only because a small solution's candidate cells are small; the noun test of <see cref="SameDomainMerger"/>).
/// The span needed is the tissue rule's (<see cref="Model.Configuration.TissueSettings.CellsSpannedNeeded"/>).
/// </summary>
public static class SharedDataContextDetector
{
    public const string Grain = "Data context";

    /// <param name="candidateCell">The preliminary community of each type in scope.</param>
    /// <param name="excluded">Types already classed (hosts).</param>
    /// <param name="naming">Knows the product's own words, which are no domain's noun.</param>
    public static IReadOnlyList<TissueUnit> Detect(CellContext context, IReadOnlyDictionary<string, int> candidateCell, IReadOnlySet<string> excluded, CellNaming naming)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidateCell);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(naming);
        var nounShare = context.Config.Proposal.Modules.SameDomainNounShare;
        var settings = context.Config.Proposal.Tissue;
        var candidateCount = candidateCell.Values.Distinct().Count();
        var needed = settings.CellsSpannedNeeded(candidateCount, hint: false);
        var shared = context.Wiring
            .Where(w => w.Kinds.ContainsKey(DependencyKind.DbContextEntity) && !excluded.Contains(w.From) && !excluded.Contains(w.To))
            .GroupBy(w => w.From, StringComparer.Ordinal)
            .Select(g => (Context: g.Key, Entities: g.Select(w => w.To).Distinct(StringComparer.Ordinal).ToList()))
            .Select(c => (c.Context, c.Entities, Spanned: c.Entities.Select(e => candidateCell[e]).Distinct().Count()))
            .Where(c => c.Spanned >= needed && SameDomainMerger.NounsOf(c.Entities.Select(e => context.TypeById[e]).ToList(), naming, nounShare).Count == 0)
            .OrderBy(c => c.Context, StringComparer.Ordinal)
            .ToList();
        // Dependents only of the few contexts found: most solutions have none, and none needs a lookup of every dependency.
        var contexts = shared.Select(c => c.Context).ToHashSet(StringComparer.Ordinal);
        var dependents = context.Dependencies.Where(d => contexts.Contains(d.To)).ToLookup(d => d.To, StringComparer.Ordinal);
        return shared
            .Select(c => new TissueUnit(
                c.Context,
                Grain,
                [c.Context],
                dependents[c.Context].Select(d => d.From).Distinct(StringComparer.Ordinal).Count(),
                c.Spanned,
                candidateCount,
                0,
                0,
                null)
            {
                Basis = TissueUnitBasis.SharedData,
                CellsNeeded = needed,
                MappedEntities = c.Entities.Count,
            })
            .ToList();
    }
}
