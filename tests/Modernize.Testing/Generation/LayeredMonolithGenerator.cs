using Modernize.Model.Graph;

namespace Modernize.Testing.Generation;

/// <summary>A generated monolith and the truth planted in it.</summary>
/// <param name="DomainOf">The true domain of every type; utilities map to <see cref="LayeredMonolithGenerator.Utilities"/>.</param>
/// <param name="SharedTable">The table planted in the first two domains' data access.</param>
public sealed record GeneratedMonolith(CodeGraph Graph, IReadOnlyDictionary<string, string> DomainOf, IReadOnlyList<string> UtilityTypes, string SharedTable);

/// <summary>
/// Layered monoliths whose business domains cut across technical projects: every domain has controllers in Shop.Web,
/// services in Shop.Services and repositories/entities in Shop.Data, and all lean on a Shop.Common utilities project.
/// Each reference a domain type makes goes, with probability <c>mixing</c>, to a type of another domain (respecting the
/// layering: web → web/services, services → services/data, data → data), else to its own domain. Half the domains put
/// their types in per-domain namespaces (Shop.Web.Ordering), the other half in layer namespaces only (Shop.Web.Controllers),
/// so names alone cannot give the answer away.
/// </summary>
public static class LayeredMonolithGenerator
{
    public const string Utilities = "Utilities";

    public static readonly string[] DomainNames = ["Ordering", "Catalog", "Billing", "Shipping", "Customers", "Inventory", "Reviews", "Marketing"];

    private static readonly (string Layer, string Project, string[] Roles)[] Layers =
    [
        ("Web", "src/Shop.Web/Shop.Web.csproj", ["Controller", "AdminController", "ViewModel"]),
        ("Services", "src/Shop.Services/Shop.Services.csproj", ["Service", "Validator", "Calculator", "Policy", "Workflow"]),
        ("Data", "src/Shop.Data/Shop.Data.csproj", ["Repository", "Record", "Query", "Mapper"]),
    ];

    private static readonly string[] UtilityNames = ["Logger", "Guard", "StringExtensions", "Clock", "CacheHelper", "ConfigReader", "JsonHelper", "Retry"];

    private static readonly (DependencyKind Kind, double Share)[] KindMix =
    [
        (DependencyKind.MethodCall, 0.55), (DependencyKind.ObjectCreation, 0.1), (DependencyKind.ParameterType, 0.1),
        (DependencyKind.FieldType, 0.1), (DependencyKind.PropertyType, 0.05), (DependencyKind.ReturnType, 0.05), (DependencyKind.LocalVariable, 0.05),
    ];

    public static GeneratedMonolith Generate(int seed, double mixing, int domains = 6, int referencesPerType = 8, double utilityUse = 0.3)
    {
        var random = new Random(seed);
        var types = new List<TypeNode>();
        var layerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var domainOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var d = 0; d < domains; d++)
        {
            var domain = DomainNames[d];
            for (var l = 0; l < Layers.Length; l++)
            {
                var (layer, project, roles) = Layers[l];
                var ns = d % 2 == 0 ? $"Shop.{layer}.{domain}" : $"Shop.{layer}.{(l == 0 ? "Controllers" : l == 1 ? "Logic" : "Repositories")}";
                foreach (var role in roles)
                {
                    var type = Type(ns, domain + role, project, random);
                    types.Add(type);
                    layerOf[type.Id] = l;
                    domainOf[type.Id] = domain;
                }
            }
        }

        var utilities = UtilityNames.Select(u => Type(u == "Logger" ? "Shop.Common.Logging" : "Shop.Common", u, "src/Shop.Common/Shop.Common.csproj", random)).ToList();
        foreach (var utility in utilities)
        {
            domainOf[utility.Id] = Utilities;
        }

        var domainTypes = types.ToList();
        var references = new Dictionary<(string From, string To), Dictionary<DependencyKind, int>>();
        foreach (var from in domainTypes)
        {
            var layer = layerOf[from.Id];
            for (var r = 0; r < referencesPerType; r++)
            {
                var crossing = random.NextDouble() < mixing;
                var targets = domainTypes.Where(t => t.Id != from.Id
                    && (crossing ? domainOf[t.Id] != domainOf[from.Id] : domainOf[t.Id] == domainOf[from.Id])
                    && (layerOf[t.Id] == layer || layerOf[t.Id] == layer + 1)).ToList();
                if (targets.Count > 0)
                {
                    Add(references, from.Id, targets[random.Next(targets.Count)].Id, random);
                }
            }

            foreach (var utility in utilities.Where(_ => random.NextDouble() < utilityUse))
            {
                Add(references, from.Id, utility.Id, random);
            }
        }

        // Utilities lean on each other (the logger reads the clock, helpers guard their arguments), never on domain code.
        Add(references, utilities[0].Id, utilities[3].Id, random);
        Add(references, utilities[4].Id, utilities[1].Id, random);
        Add(references, utilities[6].Id, utilities[1].Id, random);
        Add(references, utilities[7].Id, utilities[0].Id, random);

        var all = types.Concat(utilities).ToList();
        var byId = all.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var dependencies = references
            .OrderBy(r => r.Key.From, StringComparer.Ordinal).ThenBy(r => r.Key.To, StringComparer.Ordinal)
            .Select(r => new Dependency(
                r.Key.From,
                r.Key.To,
                r.Value.Values.Sum(),
                r.Value,
                [new SourceLocation(byId[r.Key.From].File, 10 + random.Next(200))]))
            .ToList();

        var sharedTable = "dbo.Customers";
        var dataAccesses = new List<DataAccess>();
        foreach (var type in domainTypes.Where(t => t.Name.EndsWith("Repository", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal)))
        {
            var domain = domainOf[type.Id];
            dataAccesses.Add(new DataAccess(type.Id, $"dbo.{domain}", DataAccessKind.SqlLiteral, "read", new SourceLocation(type.File, 20)));
            dataAccesses.Add(new DataAccess(type.Id, $"dbo.{domain}Items", DataAccessKind.SqlLiteral, "write", new SourceLocation(type.File, 30)));
            if ((domain == DomainNames[0] || domain == DomainNames[1]) && type.Name.EndsWith("Repository", StringComparison.Ordinal))
            {
                dataAccesses.Add(new DataAccess(type.Id, sharedTable, DataAccessKind.SqlLiteral, "read", new SourceLocation(type.File, 40)));
            }
        }

        var projects = Layers.Select(l => l.Project).Append("src/Shop.Common/Shop.Common.csproj")
            .Select(p => new ProjectInfo(System.IO.Path.GetFileNameWithoutExtension(p), p, "C#", ["net48"], ProjectStyle.Legacy,
                new ProjectFidelity(LoadMode.MsBuild, 0, 0, 0, 0, [], []), [], [], []))
            .ToList();
        var files = all.Select(t => new SourceFile(t.File, t.Project, t.Metrics.SourceLines, false, t.Id)).ToList();
        var graph = new CodeGraph(projects, all, dependencies, [], dataAccesses, files, []);
        return new GeneratedMonolith(graph, domainOf, utilities.Select(u => u.Id).ToList(), sharedTable);
    }

    private static TypeNode Type(string ns, string name, string project, Random random)
    {
        var folder = project[..project.LastIndexOf('/')];
        var lines = 20 + random.Next(280);
        return new TypeNode($"{ns}.{name}", name, TypeKind.Class, project, ns, $"{folder}/{ns.Split('.')[^1]}/{name}.cs", 5, false, false,
            TypeMetrics.Empty with { SourceLines = lines, Methods = 1 + (lines / 30) }, []);
    }

    private static void Add(Dictionary<(string, string), Dictionary<DependencyKind, int>> references, string from, string to, Random random)
    {
        if (!references.TryGetValue((from, to), out var kinds))
        {
            kinds = [];
            references[(from, to)] = kinds;
        }

        var draw = random.NextDouble();
        var kind = KindMix[^1].Kind;
        foreach (var (k, share) in KindMix)
        {
            draw -= share;
            if (draw <= 0)
            {
                kind = k;
                break;
            }
        }

        kinds[kind] = kinds.GetValueOrDefault(kind) + 1 + random.Next(3);
    }
}
