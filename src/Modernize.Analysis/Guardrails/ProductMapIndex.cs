using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Analysis.Guardrails;

/// <summary>
/// The product map over a stored scan, indexed for questions asked one at a time: a type by id or simple name, the types
/// of a file, the element of each type and why. Built once per scan; every lookup afterwards is a dictionary read.
/// </summary>
public sealed class ProductMapIndex
{
    private readonly Dictionary<string, TypeNode> typesById;
    private readonly ILookup<string, TypeNode> typesByName;
    private readonly ILookup<string, TypeNode> typesByFile;
    private readonly Dictionary<string, ProductMapClaim?> claims = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ProductMapIndex(ModernizeConfig config, ScanDocument? scan)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        Scan = scan;
        var types = scan?.Graph.Types ?? [];
        typesById = types.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        typesByName = types.ToLookup(t => SimpleName(t.Name), StringComparer.Ordinal);
        typesByFile = types.SelectMany(t => t.AllFiles.Select(f => (File: NormalisePath(f), Type: t))).ToLookup(p => p.File, p => p.Type, StringComparer.OrdinalIgnoreCase);
        Namespaces = types.Select(t => t.Namespace).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    public ModernizeConfig Config { get; }

    public ScanDocument? Scan { get; }

    /// <summary>The namespaces the scan declares types in: names under them are the solution's, not external APIs.</summary>
    public IReadOnlySet<string> Namespaces { get; }

    public TypeNode? TypeById(string id) => typesById.GetValueOrDefault(id);

    /// <summary>Types whose simple name (without generic arity) is <paramref name="name"/>.</summary>
    public IEnumerable<TypeNode> TypesNamed(string name) => typesByName[name];

    public IEnumerable<TypeNode> TypesInFile(string relativePath) => typesByFile[NormalisePath(relativePath)];

    public IEnumerable<TypeNode> AllTypes => typesById.Values;

    /// <summary>The declaration claiming the type (cached: questions come back to the same types).</summary>
    public ProductMapClaim? ClaimOf(string typeId, string @namespace, string? project)
    {
        var key = typeId + "|" + project;
        lock (gate)
        {
            if (claims.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var claim = ProductMapAssignment.Explain(Config, typeId, @namespace, project);
        lock (gate)
        {
            claims[key] = claim;
        }

        return claim;
    }

    public ProductMapClaim? ClaimOf(TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ClaimOf(type.Id, type.Namespace, type.Project.Length == 0 ? null : type.Project);
    }

    public ElementMatch Describe(TypeNode type, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var claim = ClaimOf(type);
        return claim is null
            ? new ElementMatch(type.Id, null, null, null, "no cell or tissue of modernize.yml claims it (cell rules ignore it)", file)
            : new ElementMatch(type.Id, claim.Declaration.Name, claim.Kind, claim.Declaration.Owner, Why(claim), file);
    }

    /// <summary>A stand-in type for a name the scan does not hold (a new type, a namespace, or no scan at all).</summary>
    public static TypeNode Hypothetical(string id, string? @namespace = null, string project = "")
    {
        ArgumentNullException.ThrowIfNull(id);
        var ns = @namespace ?? (id.LastIndexOf('.') is var dot and > 0 ? id[..dot] : string.Empty);
        var name = ns.Length > 0 && id.StartsWith(ns + ".", StringComparison.Ordinal) ? id[(ns.Length + 1)..] : id;
        return new TypeNode(id, name, Model.Graph.TypeKind.Class, project, ns, string.Empty, 0, false, false, TypeMetrics.Empty, []);
    }

    public static string NormalisePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normal = path.Replace('\\', '/').Trim();
        while (normal.StartsWith("./", StringComparison.Ordinal))
        {
            normal = normal[2..];
        }

        return normal.TrimStart('/');
    }

    public static string SimpleName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var dot = name.LastIndexOf('.');
        var simple = dot < 0 ? name : name[(dot + 1)..];
        var tick = simple.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? simple : simple[..tick];
    }

    private static string Why(ProductMapClaim claim) =>
        claim.ByProject
            ? $"its project matches '{claim.Glob}' of {claim.Kind} {claim.Declaration.Name}"
            : $"it matches '{claim.Glob}' of {claim.Kind} {claim.Declaration.Name}";
}
