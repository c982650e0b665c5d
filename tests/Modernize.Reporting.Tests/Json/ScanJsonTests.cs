using Modernize.Model;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;
using Modernize.Model.Scan;
using Modernize.Reporting.Json;

namespace Modernize.Reporting.Tests.Json;

public sealed class ScanJsonTests
{
    private static ScanDocument Sample()
    {
        var kinds = new SortedDictionary<DependencyKind, int> { [DependencyKind.MethodCall] = 2, [DependencyKind.Inheritance] = 1 };
        var sample = new SourceLocation("src/A.cs", 12);
        var graph = new CodeGraph(
            [new ProjectInfo("A", "src/A.csproj", "C#", ["net48"], ProjectStyle.Legacy, new ProjectFidelity(LoadMode.Fallback, 3, 1, 90, 10, ["System.Web"], ["sdk missing"]), [new PackageReferenceInfo("Newtonsoft.Json", "13.0.3", "packages.config", true)], ["System.Web"], [])],
            [new TypeNode("A.Orders", "Orders", TypeKind.Class, "src/A.csproj", "A", "src/A.cs", 3, false, false, new TypeMetrics(4, 2, 1, 80, 30, 12, 3, 1), ["src/A.Part.cs"])],
            [new Dependency("A.Orders", "A.Customer", 3, kinds, [sample])],
            [new ExternalUse("A.Orders", "System.Web.HttpContext", "System.Web", 2, ["Current"], [sample])],
            [new DataAccess("A.Orders", "dbo.Orders", DataAccessKind.SqlLiteral, "read", sample)],
            [new SourceFile("src/A.cs", "src/A.csproj", 40, false, "abc")],
            ["global.json pins 6.0.100"]);
        var analysis = new AnalysisResult(
            [new PackageMetrics(PackageLevel.Namespace, "A", 2, 1, 1, 1, 0.5, 0.5, 0, 1)],
            [new Cycle(PackageLevel.Namespace, ["A", "B"], 4, [new CycleCut("A", "B", 1, kinds, [sample])])],
            [new Finding("cyclic-dependency", Severity.Warning, "cycle", ["A", "B"], [sample], "f1")],
            [new LegacyBlocker("src/A.csproj", "system-web", "System.Web", "move to ASP.NET Core", 7, 2, [new BlockerIncident("HttpContext.Current", sample)])],
            [new Hotspot(PackageLevel.File, "src/A.cs", 5, 100, 4, 2, 1.0)],
            [new ChangeCoupling(PackageLevel.File, "src/A.cs", "src/B.cs", 3, 4, 5, 0.66)],
            [new FileChangeStats("src/A.cs", 5, 100, ["x@example.com"])]);
        var cell = new Cell("Ordering", CellKind.Cell, CellOrigin.Proposed, "team", ["A.Orders"], 75, new CellScore(0.8, 2, 1, 0, 0, 0.1, 30, 7), ["why"]);
        var cells = new CellsResult(CellOrigin.Proposed, [cell], [new Seam("Ordering", "Platform", 3, 0.2, [new SeamDependency("A.Orders", "A.Customer", 3, kinds, [sample])])], [new ExtractionStep(1, "Ordering", 75, "easy")], [new SharedTable("dbo.Orders", ["Ordering", "Billing"], ["A.Orders"])], new DecompositionQuality(0.4, 0.3, 0.2, 1, 0.9), ["agree"]);
        return new ScanDocument(
            new ScanInfo("github.com/x/y:shop.sln", "Shop.sln", "/tmp/shop", "0.1.0", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), TimeSpan.FromSeconds(12.5), "abc", "main", true, new SortedDictionary<string, string> { ["safe"] = "true" }),
            graph,
            analysis,
            cells,
            cells with { Origin = CellOrigin.Declared },
            [new Violation("no-new-system-web", "deny", Severity.Error, "A.Orders", "System.Web.HttpContext", "methodCall", sample, "msg", "fp")],
            [new Kpi(KpiCatalog.Types, 1)]);
    }

    [Fact]
    public void The_whole_document_round_trips()
    {
        var original = Sample();
        var json = ScanJsonWriter.Write(original);
        var back = ScanJsonReader.Read(json);
        Assert.Equal(json, ScanJsonWriter.Write(back));
        Assert.Equal(original.Info.Duration, back.Info.Duration);
        Assert.Equal(original.Graph.Dependencies[0].Kinds, back.Graph.Dependencies[0].Kinds);
        Assert.Equal(CellOrigin.Declared, back.DeclaredCells!.Origin);
        Assert.Equal(original.Graph.Projects[0].Fidelity.ResolvedRatio, back.Graph.Projects[0].Fidelity.ResolvedRatio);
    }

    [Fact]
    public void A_cells_sub_cells_are_written_and_read_back()
    {
        var original = Sample();
        var split = original.Cells.Cells[0] with { SubCells = [new SubCell("Checkout", ["A.Orders"], 0.8, 2.5)] };
        original = original with { Cells = original.Cells with { Cells = [split] } };

        var json = ScanJsonWriter.Write(original);
        var back = ScanJsonReader.Read(json);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var written = document.RootElement.GetProperty("cells")[0].GetProperty("subCells")[0];
        Assert.Equal("Checkout", written.GetProperty("name").GetString());
        Assert.Equal(2.5, written.GetProperty("siblingWeight").GetDouble());
        var sub = Assert.Single(back.Cells.Cells[0].SubCells);
        Assert.Equal(["A.Orders"], sub.Members);
        Assert.Equal(0.8, sub.Cohesion);
    }

    [Fact]
    public void A_file_without_sub_cells_reads_back_with_none()
    {
        var json = ScanJsonWriter.Write(Sample());
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["cells"]![0]!.AsObject().Remove("subCells");

        Assert.Empty(ScanJsonReader.Read(node.ToJsonString()).Cells.Cells[0].SubCells);
    }

    [Fact]
    public void The_top_level_properties_are_the_catalogue_sections_in_order()
    {
        var json = ScanJsonWriter.Write(Sample());
        using var document = System.Text.Json.JsonDocument.Parse(json);
        string[] expected = ["schemaVersion", .. ScanSectionCatalogue.All.Select(s => s.JsonName).OfType<string>()];
        Assert.Equal(expected, document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected.Length, expected.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_format_is_flat_camel_case_with_string_enums_and_no_computed_members()
    {
        var json = ScanJsonWriter.Write(Sample());
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(ScanDocument.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        string[] sections = ["scan", "projects", "types", "dependencies", "externalUses", "dataAccess", "warnings", "metrics", "cycles", "findings", "blockers", "hotspots", "changeCoupling", "cells", "seams", "extractionOrder", "sharedData", "quality", "declaredCells", "violations", "kpis"];
        Assert.All(sections, s => Assert.True(root.TryGetProperty(s, out _), s));
        var project = root.GetProperty("projects")[0];
        Assert.Equal("legacy", project.GetProperty("style").GetString());
        Assert.Equal("fallback", project.GetProperty("fidelity").GetProperty("mode").GetString());
        Assert.False(project.GetProperty("fidelity").TryGetProperty("resolvedRatio", out _));
        var kinds = root.GetProperty("dependencies")[0].GetProperty("kinds");
        Assert.Equal(["inheritance", "methodCall"], kinds.EnumerateObject().Select(p => p.Name));
        Assert.False(root.GetProperty("types")[0].TryGetProperty("allFiles", out _));
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 99 }")]
    [InlineData("not json")]
    public void Unsupported_or_malformed_json_is_bad_input(string text) =>
        Assert.Throws<InputException>(() => ScanJsonReader.Read(text, "x.json"));
}
