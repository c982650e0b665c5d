using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Tissue units that are, together, everything in one folder are that folder's modules, not its kernel. ABP's
/// modular-monolith-demo keeps four modules under <c>modules/</c>, each clustering on its own, using no other module's
/// internals and used by the applications under <c>app/</c> that compose them: each passed the unit tests, and all four were
/// tissue, leaving the applications as the only cells. A kernel is shared by modules beside it; when every module of a
/// folder passes, nothing beside them is left to share them. A unit named as a kernel (its own name or its folder's:
/// <c>Shared/</c>, <c>BuildingBlocks/</c>, <c>Foo.Logging</c>) keeps its verdict, and so do units of the other kinds
/// (shared data contexts, hosting libraries, kernel folders, namespaces).
/// </summary>
public static class ModuleFolderUnits
{
    /// <summary>Share of a folder's types in scope the units must hold between them for the folder to be read as modules.</summary>
    public const double WholeFolderShare = 0.9;

    /// <summary>The units found, less those that hold, two or more together, nearly every type in scope of their parent folder.</summary>
    public static IReadOnlyList<TissueUnit> Without(IReadOnlyList<TissueUnit> found, CellContext context, IReadOnlySet<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(excluded);
        var byParent = found
            .Where(u => u.Grain is TissueUnitDetector.ModuleGrain or TissueUnitDetector.ProjectGrain
                && u.Basis is TissueUnitBasis.Clusters or TissueUnitBasis.Anonymous
                && !NamedAsKernel(u.Unit))
            .Select(u => (Unit: u, Parent: ParentFolder(u.Members.Select(id => context.TypeById[id].File))))
            .Where(x => x.Parent is { Length: > 0 } parent && !NamedAsKernel(parent.Split('/')[^1]))
            .GroupBy(x => x.Parent!, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2);
        var dropped = new HashSet<TissueUnit>();
        foreach (var group in byParent)
        {
            var prefix = group.Key + "/";
            var inFolder = context.Types.Count(t => !excluded.Contains(t.Id) && t.File.StartsWith(prefix, StringComparison.Ordinal));
            var held = group.Sum(x => x.Unit.Members.Count);
            if (inFolder > 0 && held >= WholeFolderShare * inFolder)
            {
                dropped.UnionWith(group.Select(x => x.Unit));
            }
        }

        return dropped.Count == 0 ? found : found.Where(u => !dropped.Contains(u)).ToList();
    }

    private static bool NamedAsKernel(string name) => name.Split('.', '/').Any(TissueDetector.TissueWords.Contains);

    /// <summary>The folder above the deepest folder holding every file: <c>modules</c> for <c>modules/shop.catalog/**</c>; null at the root.</summary>
    private static string? ParentFolder(IEnumerable<string> files)
    {
        var common = SegmentPrefix.Of(files.Select(file => file.Split('/')[..^1]));
        return common.Length >= 2 ? string.Join('/', common[..^1]) : null;
    }
}
