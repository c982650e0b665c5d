using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Scan;

namespace Modernize.Analysis.Tests.Rules;

/// <summary>Builds small scans by hand, shaped like fixtures/legacy-shop, for rule tests that need no MSBuild.</summary>
internal sealed class ShopScan
{
    private readonly List<TypeNode> types = [];
    private readonly List<Dependency> dependencies = [];
    private readonly List<ExternalUse> externalUses = [];
    private readonly List<PackageMetrics> metrics = [];

    public ShopScan Type(string id, int classCoupling = 5, int complexity = 3)
    {
        var dot = id.LastIndexOf('.');
        var ns = id[..dot];
        var file = id.Replace('.', '/') + ".cs";
        types.Add(new TypeNode(id, id[(dot + 1)..], TypeKind.Class, ns.Split('.')[0] + "." + ns.Split('.')[1] + ".csproj", ns, file, 7, false, false,
            TypeMetrics.Empty with { ClassCoupling = classCoupling, CyclomaticComplexity = complexity }, []));
        return this;
    }

    public ShopScan Depends(string from, string to, DependencyKind kind = DependencyKind.MethodCall, int count = 1, int line = 10)
    {
        var file = from.Replace('.', '/') + ".cs";
        dependencies.Add(new Dependency(from, to, count, new Dictionary<DependencyKind, int> { [kind] = count }, [new SourceLocation(file, line)]));
        return this;
    }

    public ShopScan Uses(string from, string api, int line = 12)
    {
        externalUses.Add(new ExternalUse(from, api, api.Split('.')[0], 1, ["Current"], [new SourceLocation(from.Replace('.', '/') + ".cs", line)]));
        return this;
    }

    public ShopScan Distance(string ns, double distance)
    {
        metrics.Add(new PackageMetrics(PackageLevel.Namespace, ns, 1, 0, 1, 1, 0.5, 0, distance, 1));
        return this;
    }

    public ScanDocument Build() => new(
        new ScanInfo("test", "Shop", "/tmp/shop", "0.1.0", DateTimeOffset.UnixEpoch, TimeSpan.Zero, null, null, false, new Dictionary<string, string>()),
        new CodeGraph([], types, dependencies, externalUses, [], [], []),
        AnalysisResult.Empty with { Metrics = metrics },
        CellsResult.Empty,
        null,
        [],
        []);
}
