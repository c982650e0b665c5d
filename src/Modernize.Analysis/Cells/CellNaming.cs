using Modernize.Analysis.Cells.Naming;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells;

/// <summary>
/// Names a proposed cell after the namespace segment most of its members share, skipping technical layer words
/// (<see cref="DomainWords.Technical"/>), names set by a tool's or framework's convention (App_Start, Connected Services, VB's My,
/// NamespaceDoc: <see cref="ConventionalNames"/>) and the company/product prefix that most of the solution shares; otherwise after the
/// domain word most of its type names share (Order from Order, OrderLine and OrderController, even when the namespaces only say
/// Controllers and Maps; the product's own name, NorthwindDbContext's Northwind, is no such word), then to "Cell". Names are made
/// unique with a numeric suffix only as a last resort.
/// </summary>
public sealed class CellNaming
{
    private readonly HashSet<string> prefixSegments;
    private readonly Dictionary<string, int> projectSizes;

    /// <summary>Per namespace or folder segment, how many types of the solution carry it; null for sub-cell naming (parts of one cell).</summary>
    private readonly Dictionary<string, int>? segmentTypes;
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> takenStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> excluded = new(StringComparer.Ordinal);

    /// <param name="allTypes">Every type in scope, to learn which segments are the shared prefix rather than a domain.</param>
    /// <param name="notNames">Names never proposed, nor their singular/plural twins (a sub-cell is never named after its cell).</param>
    public CellNaming(IReadOnlyList<TypeNode> allTypes, IReadOnlyList<string>? notNames = null)
        : this(allTypes, SegmentTypes(allTypes), notNames)
    {
    }

    private CellNaming(IReadOnlyList<TypeNode> allTypes, Dictionary<string, int> segmentTypes, IReadOnlyList<string>? notNames)
        : this(SharedPrefix(allTypes, segmentTypes), allTypes.GroupBy(t => t.Project, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase), notNames, segmentTypes)
    {
    }

    private CellNaming(HashSet<string> prefixSegments, Dictionary<string, int> projectSizes, IReadOnlyList<string>? notNames, Dictionary<string, int>? segmentTypes)
    {
        this.prefixSegments = prefixSegments;
        this.projectSizes = projectSizes;
        this.segmentTypes = segmentTypes;
        foreach (var name in notNames ?? [])
        {
            taken.Add(name);
            takenStems.Add(DomainWords.Stem(name));
            excluded.Add(DomainWords.Stem(name));
        }
    }

    /// <summary>
    /// A fresh naming over the same solution (its shared prefix is learned once, not per cell), with nothing taken but
    /// <paramref name="notNames"/>: the parts of one cell are named apart from every other cell's parts.
    /// </summary>
    public CellNaming Fresh(IReadOnlyList<string> notNames) => new(prefixSegments, projectSizes, notNames, null);

    private static Dictionary<string, int> SegmentTypes(IReadOnlyList<TypeNode> allTypes) => allTypes
        .SelectMany(t => Segments(t).Distinct(StringComparer.OrdinalIgnoreCase))
        .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Segments(TypeNode type) => BorrowedNamespaces.OwnSegments(type).Concat(FolderSegments(type));

    /// <summary>
    /// Whether a segment is the cell's own rather than a word of the whole solution: the cell holds at least
    /// <see cref="OwnSegmentShare"/> of the solution's types that carry it. Jellyfin's root namespace leads 593 types in
    /// every cell; the cell of its database entities holds 159 of them and is named after them, not after the product.
    /// </summary>
    private bool IsOwnSegment(string segment, int inCell) =>
        segmentTypes is null || !segmentTypes.TryGetValue(segment, out var all) || inCell >= OwnSegmentShare * all;

    /// <param name="segmentTypes">Per segment, how many of <paramref name="allTypes"/> carry it (<see cref="SegmentTypes"/>).</param>
    private static HashSet<string> SharedPrefix(IReadOnlyList<TypeNode> allTypes, Dictionary<string, int> segmentTypes)
    {
        ArgumentNullException.ThrowIfNull(allTypes);
        var segments = segmentTypes
            .Where(s => s.Value > allTypes.Count / 2)
            .Select(s => s.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        segments.UnionWith(LayoutSignal.ProjectRoots(allTypes));
        // A compound product name's leading word is the product's too: mojoPortal names its types mojoBasePage, mojoSetup.
        var leadingWords = segments
            .Select(s => DomainWords.SplitWords(s).ToList())
            .Where(words => words.Count > 1 && words[0].Length >= 3 && !DomainWords.Technical.Contains(words[0]))
            .Select(words => words[0])
            .ToList();
        segments.UnionWith(leadingWords);
        return segments;
    }

    /// <summary>Whether a word is the product's own (a namespace or folder segment most of the solution shares: eShopWeb, Northwind), which names no domain.</summary>
    public bool IsProductWord(string word) => prefixSegments.Contains(word);

    /// <summary>Reserves a name (for example a tissue element's) so no cell takes it.</summary>
    public void Reserve(string name) => taken.Add(name);

    /// <summary>Reserves a name if no one holds it yet; false when it is taken (a tissue unit and type-level tissue of one namespace).</summary>
    public bool TryReserve(string name) => taken.Add(name);

    /// <summary>
    /// Reserves and returns the first of <paramref name="stems"/> + <paramref name="suffix"/> no one holds; when all are
    /// held, the last stem numbered (<c>Shop types in Orders 2 (tissue)</c>): every element of a proposal needs a name of its
    /// own, and real solutions repeat one root namespace over many projects (NuGetGallery).
    /// </summary>
    public string ReserveFirstFree(string suffix, params string[] stems)
    {
        ArgumentNullException.ThrowIfNull(suffix);
        ArgumentNullException.ThrowIfNull(stems);
        foreach (var stem in stems)
        {
            if (TryReserve(stem + suffix))
            {
                return stem + suffix;
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stems[^1]} {n}{suffix}");
            if (TryReserve(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary>Names one cell, after the names already given.</summary>
    public string Name(IReadOnlyList<TypeNode> members) => NameAll([members])[0];

    /// <summary>
    /// Names several cells at once. The cell a candidate speaks for best gets it first (Order goes to the cell whose type names
    /// are mostly about orders, not to a larger cell that names a few orders), so no cell takes another's name by going first.
    /// </summary>
    public IReadOnlyList<string> NameAll(IReadOnlyList<IReadOnlyList<TypeNode>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var candidates = cells.Select(Candidates).ToList();
        var names = new string?[cells.Count];
        for (var named = 0; named < cells.Count; named++)
        {
            // Among unnamed cells, the one whose best free candidate covers the largest share of its members is named next.
            var next = Enumerable.Range(0, cells.Count)
                .Where(i => names[i] is null)
                .Select(i => (Cell: i, Best: candidates[i].FirstOrDefault(c => IsFree(c.Name))))
                .OrderByDescending(x => x.Best.Name is null ? -1 : x.Best.Share)
                .ThenBy(x => x.Cell)
                .First();
            names[next.Cell] = next.Best.Name is { } free && TryTake(free) ? free : Fallback(candidates[next.Cell]);
        }

        return names!;
    }

    /// <summary>Domain segments of namespaces, folders and project names, then domain words of type names, each with its share.</summary>
    private List<(string Name, double Share)> Candidates(IReadOnlyList<TypeNode> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        // A layer's compound name (ApplicationCore, ClientApp) names no domain, but it does name a cell that is that project;
        // the product's own name (Greenshot/Greenshot.csproj) names a cell that is the whole of that project when no domain
        // word speaks for it (eShopLegacyMVC's one cell is Catalog).
        var home = members.GroupBy(t => t.Project, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= WholeProjectShare * members.Count)
            .Select(g => (Name: Path.GetFileNameWithoutExtension(g.Key).Split('.')[^1], CoversProject: g.Count() >= WholeProjectShare * projectSizes.GetValueOrDefault(g.Key, int.MaxValue)))
            .FirstOrDefault();
        var segments = members
            .SelectMany(t => Segments(t).Where(s => IsDomainSegment(s) || (IsLayerCompound(s) && string.Equals(s, home.Name, StringComparison.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First(), Share: (double)g.Count() / members.Count, Own: IsOwnSegment(g.Key, g.Count())))
            .OrderByDescending(g => g.Share)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        // Each distinct type name counts once: one name repeated across namespaces (a per-namespace convention such as
        // NamespaceDoc) is no vocabulary of a domain.
        var typeNames = members
            .Select(t => t.Name.Split('`')[0])
            .Where(name => !ConventionalNames.IsConventional(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var words = typeNames
            .SelectMany(name => DomainWords.OfTypeNameAsWritten(name).Where(w => !KindWords.Contains(w.Word) && !prefixSegments.Contains(w.Word) && IsNameWord(w.Word)).DistinctBy(w => w.Stem))
            .GroupBy(w => w.Stem, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => (Name: WrittenForms.MostCommon(g.Select(w => w.Word)), Share: (double)g.Count() / members.Count))
            .OrderByDescending(g => g.Share)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

        // Whole type names without their role suffix (UpdateContributor from UpdateContributorCommand and ...Handler), when
        // two different names share one: they tell apart cells whose words are all the same (one entity, a cell per use case).
        var stems = typeNames
            .GroupBy(TypeNameStem, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Count() > 1)
            .Select(g => (Name: g.Key, Share: (double)g.Count() / members.Count))
            .OrderByDescending(g => g.Share)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

        // A name must cover a fair share of the members to speak for them: a shared segment first, then a shared word of the
        // type names; below that share, the best few words, stems and segments. A numbered suffix is the last resort, and a
        // lone type name only where nothing is shared at all.
        List<(string Name, double Share)> product = home.CoversProject && prefixSegments.Contains(home.Name ?? string.Empty) ? [(home.Name!, 1.0)] : [];
        var candidates = segments.Where(g => g.Share >= FairShare && g.Own).Select(g => (g.Name, g.Share))
            .Concat(words.Where(g => g.Share >= FairShare))
            .Concat(product)
            .Concat(words.Take(3))
            .Concat(stems.Take(3))
            .Concat(segments.Take(3).Select(g => (g.Name, g.Share)))
            .DistinctBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => excluded.Count == 0 || !excluded.Contains(DomainWords.Stem(g.Name)))
            .ToList();
        return candidates.Count > 0 || typeNames.Count == 0 ? candidates : [(TypeNameStem(typeNames.Order(StringComparer.Ordinal).First()), 0)];
    }

    private string Fallback(List<(string Name, double Share)> candidates)
    {
        if (candidates.Count >= 2 && taken.Add(candidates[0].Name + "." + candidates[1].Name))
        {
            return candidates[0].Name + "." + candidates[1].Name;
        }

        return Unique(candidates.Count > 0 ? candidates[0].Name : "Cell");
    }

    /// <summary>A word with a digit in it is an API's or a version's (Greenshot's <c>D3D11_MAP</c> and <c>ID3D11Device</c> gave a cell named D11; Win10, Utf8), never a domain's name.</summary>
    private static bool IsNameWord(string word) => word.All(char.IsLetter);

    private bool IsFree(string name) => !taken.Contains(name) && !takenStems.Contains(DomainWords.Stem(name));

    /// <summary>Takes a name unless it or its singular/plural twin is taken: Connection and Connections side by side read as one cell named twice.</summary>
    private bool TryTake(string name)
    {
        if (!IsFree(name) || !taken.Add(name))
        {
            return false;
        }

        takenStems.Add(DomainWords.Stem(name));
        return true;
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }

    /// <summary>The folders of a type's file, up to a build output folder: a generated source under <c>obj/Debug/</c> is named by its project, not by <c>Debug</c>.</summary>
    private static IEnumerable<string> FolderSegments(TypeNode type)
    {
        var folders = type.File.Split('/');
        return folders.Take(Math.Max(0, folders.Length - 1)).TakeWhile(f => f is not ("obj" or "bin")).SelectMany(f => f.Split('.'));
    }

    /// <summary>A compound of technical words (ApplicationCore), not one on the list itself.</summary>
    private bool IsLayerCompound(string segment) =>
        segment.Length > 1 && !DomainWords.Technical.Contains(segment) && DomainWords.IsTechnicalSegment(segment) && !prefixSegments.Contains(segment) && char.IsLetter(segment[0]);

    private bool IsDomainSegment(string segment) =>
        segment.Length > 1 && !DomainWords.IsTechnicalSegment(segment) && !KindWords.Contains(segment) && !ConventionalNames.IsConventional(segment) && !prefixSegments.Contains(segment)
        && !segment.All(char.IsDigit) && char.IsLetter(segment[0]) && !IsApiVersion(segment);

    /// <summary>An API version folder (V1, v2_1): booking's slices sit under Features/&lt;UseCase&gt;/V1/ in every module, and it named a sub-cell.</summary>
    private static bool IsApiVersion(string segment) =>
        segment.Length > 1 && segment[0] is 'V' or 'v' && segment[1..].All(c => char.IsDigit(c) || c is '_' or '.') && char.IsDigit(segment[1]);

    /// <summary>
    /// A type name without an I prefix and its role suffixes, stacked ones too: UpdateContributor from UpdateContributorHandler,
    /// DeleteCustomer from DeleteCustomerCommandHandler and DeleteCustomerCommandTests (one use case, not three).
    /// </summary>
    private static string TypeNameStem(string typeName)
    {
        var name = typeName.Length > 1 && typeName[0] == 'I' && char.IsUpper(typeName[1]) ? typeName[1..] : typeName;
        while (RoleSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
        {
            name = name[..^suffix.Length];
        }

        return name;
    }

    private static readonly string[] RoleSuffixes =
    [
        "Controller", "Service", "Services", "Repository", "Manager", "Provider", "Handler", "Validator", "Mapper", "ViewModel",
        "Model", "Dto", "Entity", "Dao", "Factory", "Facade", "Helper", "Page", "View", "Form", "Client", "Query", "Command",
        "Request", "Response", "Config", "Configuration", "Tests", "Test", "Vm",
    ];

    /// <summary>
    /// Words that say what kind of type it is (a form's frm/dlg prefix, event arguments) rather than what it serves. They stay
    /// evidence in the naming signal, where they tie a screen's or an event's types together (taking them out of
    /// <see cref="DomainWords.Technical"/> moved SmartStoreNET's NMI 0.80 → 0.76), but they never name a cell.
    /// </summary>
    /// <remarks>
    /// Also the layer word <c>Presentation</c> (SmartStoreNET's <c>src/Presentation/</c> folder named its Orders cell and six
    /// of its sub-cells) and <c>Invalid</c>, the adjective of exception names (InvalidSeatNumberException named booking's
    /// exceptions sub-cell): naming only, for the same reason.
    /// </remarks>
    private static readonly HashSet<string> KindWords = new(StringComparer.OrdinalIgnoreCase) { "Args", "EventArgs", "Frm", "Dlg", "Presentation", "Invalid" };

    /// <summary>The share of a cell's members a segment or word must cover to name it outright.</summary>
    private const double FairShare = 0.3;

    private const double OwnSegmentShare = 0.4;

    /// <summary>The share of a cell's members one project must hold for the cell to be that project (named after it even when its name is a layer's).</summary>
    private const double WholeProjectShare = 0.8;
}
