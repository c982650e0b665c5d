using Modernize.Analysis.Rules;
using Modernize.Model;
using Modernize.Model.Graph;
using Modernize.Model.Rules;

namespace Modernize.Analysis.Guardrails;

/// <summary>
/// The questions a coding agent asks about the architecture (docs/guardrails.md): where does this belong, may this use
/// that, what does a cell offer the others, what is broken. Pure: the product map and the stored scan in, answers out.
/// Bad questions throw <see cref="ArgumentException"/> with a message meant for the asker.
/// </summary>
public sealed class GuardrailQueries
{
    private const int MaxListed = 200;
    private readonly Lazy<IReadOnlyList<Violation>> violations;
    private readonly Lazy<ILookup<string, Dependency>> dependenciesTo;
    private readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> cellGraph;

    public GuardrailQueries(ProductMapIndex index)
    {
        Index = index ?? throw new ArgumentNullException(nameof(index));
        violations = new(() => index.Scan is null ? [] : RuleEngine.Evaluate(index.Scan, index.Config));
        dependenciesTo = new(() => (index.Scan?.Graph.Dependencies ?? []).ToLookup(d => d.To, StringComparer.Ordinal));
        cellGraph = new(BuildCellGraph);
    }

    public ProductMapIndex Index { get; }

    /// <summary>Which cells depend on which in the latest scan (cell names; tissue and unclaimed types left out).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> CellGraph => cellGraph.Value;

    private bool HasScan => Index.Scan is not null;

    /// <summary>Computes ahead what the first questions would otherwise wait for: every type's element, the cell graph, the violations.</summary>
    public void Warm()
    {
        foreach (var type in Index.AllTypes)
        {
            Index.ClaimOf(type);
        }

        _ = cellGraph.Value;
        _ = dependenciesTo.Value;
        _ = violations.Value;
    }

    /// <summary>The cell or tissue of a file (relative to the scanned root) or of a type, namespace or simple type name.</summary>
    public CellOfAnswer CellOf(string pathOrType)
    {
        var query = Required(pathOrType, "path or type");
        if (LooksLikePath(query))
        {
            var file = ProductMapIndex.NormalisePath(query);
            var types = Index.TypesInFile(file).ToList();
            if (types.Count > 0)
            {
                return new CellOfAnswer(query, types.Select(t => Index.Describe(t, file)).ToList(), null);
            }

            return new CellOfAnswer(query, [], HasScan
                ? $"no type of the latest scan is declared in '{file}'; ask with the type or namespace the file declares"
                : "no stored scan: files cannot be mapped; ask with a type or namespace, or run 'modernize scan --db STORE' first");
        }

        var exact = Index.TypeById(query);
        if (exact is not null)
        {
            return new CellOfAnswer(query, [Index.Describe(exact, exact.File)], null);
        }

        var named = Index.TypesNamed(query).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            return new CellOfAnswer(query, named.Select(t => Index.Describe(t, t.File)).ToList(), named.Count > 1 ? "several types have that name; each is listed" : null);
        }

        // A namespace, or a type that does not exist yet: decided by the name globs alone.
        var isNamespace = Index.Namespaces.Contains(query);
        var hypothetical = ProductMapIndex.Hypothetical(isNamespace ? query + ".NewType" : query);
        var match = Index.Describe(hypothetical) with { Type = query };
        return new CellOfAnswer(query, [match], isNamespace
            ? "a namespace: where a new type in it would belong"
            : "not a type of the latest scan: where a type of that name would belong, by the name globs");
    }

    /// <summary>Whether <paramref name="from"/> may depend on <paramref name="to"/> (types, namespaces, <c>cell:NAME</c>, <c>tissue:NAME</c> or external APIs).</summary>
    public MayDependAnswer MayDepend(string from, string to)
    {
        var source = Resolve(Required(from, "from"), "from");
        var targetText = Required(to, "to");
        var target = Resolve(targetText, "to");
        var external = IsExternal(targetText, target);
        var found = DependencyJudge.Judge(
            Index,
            external ? [source] : [source, target],
            external || source.Id == target.Id ? [] : [(source.Id, target.Id, null)],
            external || !HasScan ? [(source.Id, target.Id, null)] : []);
        var broken = found.Select(DependencyJudge.ToBroken).ToList();
        var fromMatch = Index.Describe(source) with { Type = from.Trim() };
        var toMatch = external ? new ElementMatch(targetText, null, null, null, "an external API (not a type of the scan)") : Index.Describe(target) with { Type = targetText };
        string reason;
        if (broken.Count > 0)
        {
            reason = string.Join("; ", broken.Select(b => $"rule '{b.RuleId}' ({b.Severity}): {b.Rule}"));
        }
        else if (fromMatch.Element is not null && fromMatch.Element == toMatch.Element)
        {
            reason = $"both are in {fromMatch.Kind} {fromMatch.Element}: dependencies inside one element are always allowed";
        }
        else
        {
            var rules = Index.Config.Rules.Where(RuleEngine.IsEdgeRule).Select(r => r.Id).ToList();
            reason = rules.Count == 0 ? "modernize.yml has no dependency or deny-api rule" : $"none of the rules [{string.Join(", ", rules)}] forbids it";
        }

        return new MayDependAnswer(broken.Count == 0, fromMatch, toMatch, broken, reason);
    }

    /// <summary>The types of <paramref name="cell"/> that types outside it use, most used first, with their callers.</summary>
    public CellInterfaceAnswer CellInterface(string cell)
    {
        var declaration = Element(Required(cell, "cell"));
        var scan = Index.Scan ?? throw new ArgumentException("no stored scan of this solution: run 'modernize scan --db STORE' first, then ask again");
        var members = scan.Graph.Types.Where(t => Index.ClaimOf(t)?.Declaration.Name == declaration.Name).ToList();
        var surface = new List<InterfaceType>();
        foreach (var type in members)
        {
            var callers = dependenciesTo.Value[type.Id]
                .Where(d => d.From != d.To && Index.TypeById(d.From) is { } caller && Index.ClaimOf(caller)?.Declaration.Name != declaration.Name)
                .OrderByDescending(d => d.Weight).ThenBy(d => d.From, StringComparer.Ordinal)
                .ToList();
            if (callers.Count == 0)
            {
                continue;
            }

            surface.Add(new InterfaceType(type.Id, type.File, callers.Count, callers.Take(20)
                .Select(d => new InterfaceCaller(d.From, Index.ClaimOf(Index.TypeById(d.From)!)?.Declaration.Name, d.Weight, (d.Samples.Count > 0 ? d.Samples[0].ToString() : null)))
                .ToList()));
        }

        var ordered = surface.OrderByDescending(s => s.Callers).ThenBy(s => s.Type, StringComparer.Ordinal).Take(MaxListed).ToList();
        var kind = Index.Config.Cells.Contains(declaration) ? "cell" : "tissue";
        return new CellInterfaceAnswer(declaration.Name, kind, declaration.Owner, members.Count, ordered,
            $"{surface.Count} of its {members.Count} types are used from outside it{(surface.Count > MaxListed ? $"; the {MaxListed} most used are listed" : string.Empty)}; at most 20 callers per type");
    }

    /// <summary>The current violations of the rules in the latest scan, optionally only those from or to <paramref name="cell"/>.</summary>
    public ViolationsAnswer Violations(string? cell)
    {
        var scan = Index.Scan ?? throw new ArgumentException("no stored scan of this solution: run 'modernize scan --db STORE' first, then ask again");
        var name = string.IsNullOrWhiteSpace(cell) ? null : Element(cell).Name;
        var selected = violations.Value
            .Where(v => name is null || ElementName(v.From) == name || ElementName(v.To) == name)
            .ToList();
        var items = selected.Take(MaxListed)
            .Select(v => new ViolationItem(v.RuleId, v.Severity.ToString().ToLowerInvariant(), v.From, v.To, v.Kind, v.Location?.ToString(), v.Message))
            .ToList();
        var note = $"from the scan of {scan.Info.StartedAt:yyyy-MM-dd HH:mm} UTC, before any uncommitted change; {selected.Count} violation(s)"
            + (selected.Count > MaxListed ? $", the first {MaxListed} listed" : string.Empty);
        return new ViolationsAnswer(name, selected.Count, items, note);
    }

    /// <summary>The declared cell or tissue element named by <paramref name="text"/> (<c>Ordering</c>, <c>cell:Ordering</c>, <c>tissue:Platform</c>).</summary>
    public Model.Configuration.CellDeclaration Element(string text)
    {
        var name = Required(text, "cell");
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var bare = colon < 0 ? name : name[(colon + 1)..].Trim();
        var all = Index.Config.Cells.Concat(Index.Config.Tissue).ToList();
        return all.FirstOrDefault(d => string.Equals(d.Name, bare, StringComparison.Ordinal))
            ?? all.FirstOrDefault(d => string.Equals(d.Name, bare, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(all.Count == 0
                ? $"'{name}' is not declared: modernize.yml declares no cells or tissue"
                : $"'{name}' is not a declared cell or tissue (declared: {string.Join(", ", all.Select(d => d.Name))})");
    }

    /// <summary>A type standing for <paramref name="text"/>: a scanned type, a type by simple name, or a hypothetical type of a cell, tissue or namespace.</summary>
    private TypeNode Resolve(string text, string argument)
    {
        if (text.StartsWith("cell:", StringComparison.Ordinal) || text.StartsWith("tissue:", StringComparison.Ordinal)
            || (Index.TypeById(text) is null && !Index.TypesNamed(text).Any() && Index.Config.Cells.Concat(Index.Config.Tissue).Any(d => d.Name == text)))
        {
            return Representative(Element(text));
        }

        if (Index.TypeById(text) is { } exact)
        {
            return exact;
        }

        var named = Index.TypesNamed(text).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count > 1)
        {
            throw new ArgumentException($"'{argument}': several types are named '{text}' ({string.Join(", ", named.Take(5).Select(t => t.Id))}); give the full name");
        }

        if (LooksLikePath(text))
        {
            var inFile = Index.TypesInFile(text).FirstOrDefault()
                ?? throw new ArgumentException($"'{argument}': no type of the latest scan is declared in '{text}'");
            return inFile;
        }

        return ProductMapIndex.Hypothetical(Index.Namespaces.Contains(text) ? text + ".NewType" : text);
    }

    /// <summary>A type that stands for a whole element: one of its scanned types outside contracts, or a name its globs claim.</summary>
    private TypeNode Representative(Model.Configuration.CellDeclaration declaration)
    {
        foreach (var glob in declaration.Include)
        {
            var name = glob.Replace("**", "Any", StringComparison.Ordinal).Replace("*", "Any", StringComparison.Ordinal);
            var candidate = ProductMapIndex.Hypothetical(name.EndsWith("Any", StringComparison.Ordinal) ? name : name + ".Any");
            if (Index.ClaimOf(candidate.Id, candidate.Namespace, null)?.Declaration == declaration)
            {
                return candidate;
            }
        }

        var scanned = Index.AllTypes.Where(t => Index.ClaimOf(t)?.Declaration == declaration).OrderBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault();
        if (scanned is not null)
        {
            return scanned;
        }

        foreach (var glob in declaration.Projects)
        {
            var project = glob.Replace("**", "any", StringComparison.Ordinal).Replace("*", "any", StringComparison.Ordinal);
            var candidate = ProductMapIndex.Hypothetical("Any.Any", "Any", project);
            if (Index.ClaimOf(candidate)?.Declaration == declaration)
            {
                return candidate;
            }
        }

        throw new ArgumentException($"no type can stand for '{declaration.Name}': its globs claim no name and the latest scan has none of its types");
    }

    /// <summary>An external API: not a scanned type, not in a scanned namespace, claimed by no element (with a scan to tell).</summary>
    private bool IsExternal(string text, TypeNode target) =>
        HasScan && Index.TypeById(target.Id) is null && !text.Contains(':', StringComparison.Ordinal)
        && Index.ClaimOf(target) is null && !Index.Namespaces.Contains(target.Namespace) && !Index.Namespaces.Contains(text);

    private Dictionary<string, HashSet<string>> BuildCellGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var dependency in Index.Scan?.Graph.Dependencies ?? [])
        {
            if (Index.TypeById(dependency.From) is { } from && Index.TypeById(dependency.To) is { } to
                && Index.ClaimOf(from) is { IsCell: true } a && Index.ClaimOf(to) is { IsCell: true } b && a.Declaration != b.Declaration)
            {
                if (!graph.TryGetValue(a.Declaration.Name, out var targets))
                {
                    graph[a.Declaration.Name] = targets = new HashSet<string>(StringComparer.Ordinal);
                }

                targets.Add(b.Declaration.Name);
            }
        }

        return graph;
    }

    private string? ElementName(string typeId) =>
        Index.TypeById(typeId) is { } type ? Index.ClaimOf(type)?.Declaration.Name : null;

    internal static bool LooksLikePath(string text) =>
        text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)
        || text.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".vb", StringComparison.OrdinalIgnoreCase);

    private static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"'{what}' is required") : value.Trim();
}
