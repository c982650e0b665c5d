using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Storage.Serialization;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

/// <summary>The store's chunk keys come from <see cref="ScanSectionCatalogue"/>: a section added there is stored, and no key is made up here.</summary>
public sealed class ScanSectionsTests
{
    [Fact]
    public void A_full_scan_is_stored_under_exactly_the_catalogue_keys()
    {
        var scan = SyntheticScan.Create(SyntheticShape.Small);
        scan = scan with
        {
            DeclaredCells = scan.Cells with { Origin = CellOrigin.Declared },
            Violations = [new Violation("no-new-system-web", "deny-api: System.Web.*", Severity.Error, "Shop.P01.N00.T001", "System.Web.HttpContext", "MethodCall", new SourceLocation("src/a.cs", 3), "uses System.Web", "abc123")],
            Analysis = scan.Analysis with
            {
                Hotspots = [new Hotspot(PackageLevel.File, "src/a.cs", 12, 300, 40, 3, 0.8)],
                ChangeCoupling = [new ChangeCoupling(PackageLevel.File, "src/a.cs", "src/b.cs", 5, 8, 6, 0.71)],
                FileChanges = [new FileChangeStats("src/a.cs", 12, 300, ["Ann"])],
            },
            Graph = scan.Graph with { Warnings = ["a warning"], Wiring = scan.Graph.Dependencies.Take(1).ToList(), MissingProjects = [new MissingProject("ext/Sub/Sub.csproj", "not on disk")] },
            Autonomy = SampleAutonomy.Create(),
        };

        var keys = ScanSections.Split(scan).Select(p => p.Section).ToHashSet(StringComparer.Ordinal);

        var expected = ScanSectionCatalogue.All
            .Select(s => s.StoreKey)
            .OfType<string>()
            .SelectMany(k => k.StartsWith("cells.", StringComparison.Ordinal) ? [k, k + ".cells", k + ".seams"] : new[] { k })
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        // The keys databases already hold: renaming one would orphan every stored scan's chunks.
        Assert.Contains("graph.dataAccesses", keys);
        Assert.Contains("cells.proposed.cells", keys);
    }

    [Fact]
    public void Missing_projects_read_back_from_the_store()
    {
        // A reused or stored scan of a solution with a submodule not checked out must still say which projects it lacks.
        var scan = SyntheticScan.Create(SyntheticShape.Small);
        scan = scan with { Graph = scan.Graph with { MissingProjects = [new MissingProject("ext/Sub/Sub.csproj", "project file listed in the solution does not exist")] } };
        var sections = ScanSections.Split(scan)
            .GroupBy(p => p.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<byte[]>)g.OrderBy(p => p.Ordinal).Select(p => p.Json).ToList(), StringComparer.Ordinal);

        var read = ScanSections.Assemble(sections, []);

        var missing = Assert.Single(read.Graph.MissingProjects);
        Assert.Equal("ext/Sub/Sub.csproj", missing.Path);
        Assert.Equal("project file listed in the solution does not exist", missing.Reason);
    }
}
