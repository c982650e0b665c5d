using System.Globalization;
using Modernize.Analysis.Cells.Community;
using Modernize.Analysis.Cells.Sizing;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Signals;

/// <summary>Where a module key is read from: namespace segments, folders below the scanned root, or the project name.</summary>
public enum LayoutSource
{
    Namespace,
    Folder,
    Project,
}

/// <summary>The module key the code's own organisation suggests, and how much of the dependency graph's structure it explains.</summary>
/// <param name="Keys">Per node, its key (null: none at this position).</param>
/// <param name="Fit">Modularity of the key partition ÷ modularity of Leiden's partition of the same graph, 0..1.</param>
public sealed record LayoutChoice(LayoutSource Source, int Depth, double Modularity, double Fit, IReadOnlyList<string?> Keys)
{
    /// <summary>Keys that are the product's own word (<see cref="LayoutSignal.ProductWords"/>): one project's folder named after the product groups its types, but is the application, not a module.</summary>
    public IReadOnlySet<string> ProductKeys { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Source.ToString().ToLowerInvariant()} key of depth {Depth} ({Keys.Where(k => k is not null).Distinct(StringComparer.Ordinal).Count()} groups, modularity {Modularity:0.00}, {Fit * 100:0}% of Leiden's)");
}

/// <summary>
/// A structural prior from the code's own organisation (docs/cells.md). Each type gets candidate module keys: the first
/// one or two domain segments of its namespace, of its folders and of its project name, after skipping the leading
/// segments most of the solution shares (the company prefix, <c>src</c>) and layer or technical words
/// (<see cref="DomainWords.Technical"/>: <c>Shop.Web.Orders</c> and <c>Shop.Business.Ordering</c> both give <c>order</c>).
/// The candidate whose induced partition has the highest modularity on the structural and wiring graph, among those with
/// no more groups than a solution has cells (or, when none has, no more team-sized groups), is chosen per solution; its fit (that modularity over Leiden's on the same graph) scales an edge between types sharing a key, so
/// the prior is evidence in proportion to how well the organisation explains the dependencies, never a rule.
/// </summary>
public static class LayoutSignal
{
    /// <summary>Leading segments shared by at least this share of the types are the solution's prefix, not a module.</summary>
    public const double PrefixShare = 0.6;

    public const int MaxDepth = 2;

    /// <summary>Chooses the key; null when no candidate groups anything or explains no structure.</summary>
    /// <param name="structure">The damped structure and wiring graph over the same nodes.</param>
    /// <param name="maxGroups">Keys grouping two or more types into more groups than this are not candidates: a module key is owned by a team (the size rule's maximum number of cells).</param>
    /// <param name="teamSize">When no key passes that count, keys with at most <paramref name="maxGroups"/> groups of this many types are.</param>
    /// <param name="communities">Where the reference Leiden run is reused from when the graph is unchanged; none: computed.</param>
    /// <param name="modules">When a technical segment names a module (<see cref="ModuleGrainSettings"/>); none: the defaults.</param>
    public static LayoutChoice? Choose(IReadOnlyList<TypeNode> members, IReadOnlyDictionary<string, string> projectNames, WeightedGraph structure, int seed, int maxGroups, CommunityCache? communities = null, ModuleGrainSettings? modules = null, int teamSize = CellSizeRule.TeamSizedCell)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(projectNames);
        ArgumentNullException.ThrowIfNull(structure);
        if (members.Count < 3 || structure.TotalWeight <= 0)
        {
            return null;
        }

        var options = new LeidenOptions(1.0, seed);
        var reference = Modularity.Of(structure, communities?.Detect("layout-reference", structure, options) ?? Leiden.Detect(structure, options), 1.0);
        if (reference <= 0)
        {
            return null;
        }

        // Counted strictly first (every group of two or more types); only when no key fits, counting the groups a cell
        // could be made of: a solution of forty one-project modules, a dozen of them a few types each, still has a layout.
        var candidates = new List<(LayoutChoice Choice, int Groups, int TeamSizedGroups)>();
        var product = ProductWords(members);
        foreach (var source in Enum.GetValues<LayoutSource>())
        {
            var segments = Segments(members, projectNames, source, modules, product);
            for (var depth = 1; depth <= MaxDepth; depth++)
            {
                var keys = segments.Select(s => s.Count == 0 ? null : string.Join('/', s.Take(depth))).ToList();
                var sizes = keys.Where(k => k is not null).GroupBy(k => k, StringComparer.Ordinal).Select(g => g.Count()).ToList();
                var modularity = Modularity.Of(structure, Partition(keys), 1.0);
                if (modularity > 0)
                {
                    candidates.Add((new LayoutChoice(source, depth, modularity, Math.Min(1, modularity / reference), keys) { ProductKeys = product }, sizes.Count(n => n > 1), sizes.Count(n => n >= teamSize)));
                }
            }
        }

        return Best(candidates.Where(c => c.Groups <= maxGroups)) ?? Best(candidates.Where(c => c.TeamSizedGroups <= maxGroups));
    }

    /// <summary>The candidate of the highest modularity, the first of equals (sources and depths in their fixed order).</summary>
    private static LayoutChoice? Best(IEnumerable<(LayoutChoice Choice, int Groups, int TeamSizedGroups)> candidates)
    {
        LayoutChoice? best = null;
        foreach (var (choice, _, _) in candidates)
        {
            if (best is null || choice.Modularity > best.Modularity + 1e-9)
            {
                best = choice;
            }
        }

        return best;
    }

    /// <summary>Edges among types sharing a key: a type's layout degree is about <paramref name="budget"/> × fit.</summary>
    public static Dictionary<(int A, int B), double> Edges(LayoutChoice choice, double budget, int seed)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var edges = new Dictionary<(int, int), double>();
        var random = new Random(seed);
        var groups = choice.Keys
            .Select((key, node) => (Key: key, Node: node))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            GroupLinks.Add(edges, group.Select(x => x.Node).ToList(), (_, _) => budget * choice.Fit, random);
        }

        return edges;
    }

    /// <summary>Per type, its domain segments from <paramref name="source"/>, the solution's leading common segments skipped.</summary>
    /// <param name="product">The solution's product words (<see cref="ProductWords"/>) when the caller has them; none: computed.</param>
    public static List<List<string>> Segments(IReadOnlyList<TypeNode> members, IReadOnlyDictionary<string, string> projectNames, LayoutSource source, ModuleGrainSettings? modules = null, IReadOnlySet<string>? product = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(projectNames);
        var paths = members.Select(t => Raw(t, projectNames, source).ToArray()).ToList();
        var slices = ModuleSlices(paths, modules ?? new ModuleGrainSettings());
        var raw = paths.Select(path => path
                .Select((segment, i) => Reduce(segment) ?? (slices.Contains(string.Join('/', path.Take(i + 1))) ? DomainWords.Stem(segment.ToLowerInvariant()) : null))
                .Where(s => s is not null)
                .Select(s => s!)
                .ToList())
            .ToList();
        var share = raw.SelectMany(s => s.Distinct(StringComparer.Ordinal)).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() / (double)members.Count, StringComparer.Ordinal);
        // The product's word (by namespace) leading the folders of several projects is the product, not one module of it:
        // mojoPortal's business, data-provider and feature projects beside its Web/. One project's folder named after the
        // product (Greenshot/, the application itself) stays a key.
        product ??= ProductWords(members);
        var spread = raw.Select((s, i) => (Leading: s.FirstOrDefault(), members[i].Project))
            .Where(x => x.Leading is not null && product.Contains(x.Leading))
            .GroupBy(x => x.Leading!, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Project).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return raw.Select(s => s.SkipWhile(segment => share[segment] >= PrefixShare || spread.Contains(segment)).Distinct(StringComparer.Ordinal).ToList()).ToList();
    }

    /// <summary>
    /// The product's own words: the leading namespace segments most types share (ShareX in <c>ShareX.UploadersLib</c>),
    /// reduced as layout keys are. Folder names are not split at dots, so a folder named after the product alone
    /// (<c>ShareX/</c>) and one whose other words are technical (<c>ShareX.HelpersLib/</c>) both reduce to that word:
    /// a key naming the product names no module.
    /// </summary>
    public static HashSet<string> ProductWords(IReadOnlyList<TypeNode> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var paths = types.Select(t => t.Namespace.Split('.')).ToList();
        for (var depth = 0; ; depth++)
        {
            var leading = paths.Where(p => p.Length > depth).GroupBy(p => p[depth], StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault();
            if (leading is null || leading.Count() < PrefixShare * types.Count)
            {
                break;
            }

            if (Reduce(leading.Key) is { } word)
            {
                words.Add(word);
            }
        }

        words.UnionWith(ProjectRoots(types).Select(Reduce).OfType<string>());
        return words;
    }

    /// <summary>
    /// The namespace segments the solution's own projects start from: each project's root namespace (the longest prefix
    /// <see cref="PrefixShare"/> of its types share) is read segment by segment, and a segment that at least
    /// <see cref="PrefixShare"/> of the projects, and two at least, reach by the same path is the product's. It finds the
    /// product when a vendored library beside it holds as many types: BugNET's sixteen <c>BugNET.*</c> projects next to
    /// one <c>LumiSoft.Net</c> of the same size, where no segment leads most types.
    /// </summary>
    public static HashSet<string> ProjectRoots(IReadOnlyList<TypeNode> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var roots = types.GroupBy(t => t.Project, StringComparer.Ordinal)
            .Select(project => DominantPath(project.Select(t => t.Namespace.Split('.')).ToList(), (count, total) => count >= PrefixShare * total))
            .ToList();
        return DominantPath(roots, (count, total) => count >= 2 && count >= PrefixShare * total).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The path most of <paramref name="paths"/> follow from their start: at each depth the most common next segment among the
    /// paths still on it (the first of equals by ordinal order), while <paramref name="enough"/> accepts how many paths
    /// take it out of all of them; an empty segment (the global namespace) ends it.
    /// </summary>
    private static string[] DominantPath(List<string[]> paths, Func<int, int, bool> enough)
    {
        var path = new List<string>();
        var reaching = paths;
        for (var depth = 0; ; depth++)
        {
            var leading = reaching.Where(p => p.Length > depth).GroupBy(p => p[depth], StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
            if (leading is null || leading.Key.Length == 0 || !enough(leading.Count(), paths.Count))
            {
                return [.. path];
            }

            path.Add(leading.Key);
            reaching = leading.ToList();
        }
    }

    /// <summary>
    /// Technical words that name a module here (paths joined by '/'): a technical segment (<c>Contracts</c>) whose siblings are
    /// mostly domain words (<c>Offers</c>, <c>Passes</c>, <c>Reports</c>) and whose own sub-segments are mostly domain words
    /// too (a slice of features: <c>PrepareContract</c>, <c>SignContract</c>, <c>Data</c>) is a module named with a technical
    /// word. A layer has technical sub-segments (<c>Web</c>: <c>Controllers</c>, <c>Pages</c>, <c>Services</c>) or technical
    /// siblings (<c>Business</c>, <c>Data</c>), and a bucket (<c>Controllers</c> beside domain folders) holds types, not
    /// sub-segments, so all stay skipped.
    /// </summary>
    private static HashSet<string> ModuleSlices(List<string[]> paths, ModuleGrainSettings modules)
    {
        var children = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var i = 0; i < path.Length; i++)
            {
                var parent = string.Join('/', path.Take(i));
                if (!children.TryGetValue(parent, out var set))
                {
                    children[parent] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(path[i]);
            }
        }

        var slices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parent, siblings) in children)
        {
            if (!MostlyDomain(siblings, modules))
            {
                continue;
            }

            foreach (var segment in siblings.Where(segment => Reduce(segment) is null))
            {
                var path = parent.Length == 0 ? segment : parent + "/" + segment;
                if (children.TryGetValue(path, out var own) && MostlyDomain(own, modules))
                {
                    slices.Add(path);
                }
            }
        }

        return slices;
    }

    /// <summary>At least <see cref="ModuleGrainSettings.SliceMinDomainWords"/> domain words, making at least <see cref="ModuleGrainSettings.SliceDomainShare"/> of the segments.</summary>
    private static bool MostlyDomain(HashSet<string> segments, ModuleGrainSettings modules)
    {
        var domain = segments.Count(segment => Reduce(segment) is not null && !KernelWords.Contains(segment));
        return domain >= modules.SliceMinDomainWords && domain >= modules.SliceDomainShare * segments.Count;
    }

    private static IEnumerable<string> Raw(TypeNode type, IReadOnlyDictionary<string, string> projectNames, LayoutSource source) => source switch
    {
        LayoutSource.Namespace => type.Namespace.Split('.'),
        LayoutSource.Folder => type.File.Split('/').SkipLast(1).TakeWhile(folder => !BuildOutputFolders.Contains(folder)),
        _ => projectNames.GetValueOrDefault(type.Project, Path.GetFileNameWithoutExtension(type.Project)).Split('.'),
    };

    /// <summary>Generated sources under a build's output (gRPC stubs in obj/Debug/net9.0/Protos) sit where the tool put them, not where the authors did.</summary>
    private static readonly HashSet<string> BuildOutputFolders = new(StringComparer.OrdinalIgnoreCase) { "obj", "bin" };

    /// <summary>Shared-kernel folder names stay keys although naming treats them as technical: a kernel is a unit of its own.</summary>
    private static readonly HashSet<string> KernelWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Common", "Shared" };

    /// <summary>A segment's domain words, joined and stemmed (<c>BasketAggregate</c> → <c>basket</c>); null when it has none.</summary>
    internal static string? Reduce(string segment)
    {
        if (KernelWords.Contains(segment))
        {
            return segment.ToLowerInvariant();
        }

        // A technology is technical as a whole (EntityFramework), whatever its words are alone; a folder is not split at dots,
        // so a technology part of one (mojoPortal.Data.MySql) is dropped whole too.
        var words = segment.Split('.').Where(part => !DomainWords.Technologies.Contains(part))
            .SelectMany(DomainWords.SplitWords)
            .Where(w => w.Length > 1 && !DomainWords.Technical.Contains(w) && !w.All(char.IsDigit))
            .ToList();
        return words.Count == 0 ? null : DomainWords.Stem(string.Concat(words));
    }

    private static int[] Partition(List<string?> keys)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            result[i] = keys[i] is { } key ? ids.TryGetValue(key, out var id) ? id : ids[key] = ids.Count : -1 - i;
        }

        var offset = ids.Count;
        for (var i = 0; i < keys.Count; i++)
        {
            if (result[i] < 0)
            {
                result[i] = offset + i; // a type without a key is a group of its own
            }
        }

        return result;
    }
}
