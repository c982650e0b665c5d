using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.History;

namespace Modernize.Analysis.Tests.Architecture;

public class SmellTests
{
    private static AnalysisResult Analyze(CodeGraph graph, Thresholds? thresholds = null) =>
        ArchitectureAnalyzer.Analyze(graph, GitHistory.None, ModernizeConfig.Default with { Thresholds = thresholds ?? new Thresholds() });

    private static List<Finding> Of(AnalysisResult result, string rule) => result.Findings.Where(f => f.RuleId == rule).ToList();

    [Fact]
    public void Namespace_cycle_becomes_a_cycle_finding_naming_the_cut()
    {
        var result = Analyze(new GraphBuilder()
            .Types("S.A.X", "S.B.Y")
            .Depends("S.A.X", "S.B.Y", 10)
            .Depends("S.B.Y", "S.A.X", 1)
            .Build());

        var finding = Assert.Single(Of(result, RuleIds.NamespaceCycle));
        Assert.Equal(["S.A", "S.B"], finding.Symbols);
        Assert.Contains("S.B -> S.A (1)", finding.Message, StringComparison.Ordinal);
        Assert.Single(Of(result, RuleIds.TypeCycle));
        Assert.Equal([PackageLevel.Namespace, PackageLevel.Type], result.Cycles.Select(c => c.Level));
    }

    [Fact]
    public void Hub_like_namespace_is_found_and_ordinary_ones_are_not()
    {
        var builder = new GraphBuilder().Types("Hub.Core.Center");
        for (var i = 0; i < 4; i++)
        {
            builder.Types($"In{i}.User").Depends($"In{i}.User", "Hub.Core.Center");
            builder.Types($"Out{i}.Service").Depends("Hub.Core.Center", $"Out{i}.Service");
        }

        var result = Analyze(builder.Build(), new Thresholds(HubDegree: 4));

        var finding = Assert.Single(Of(result, RuleIds.HubLike));
        Assert.Equal(["Hub.Core"], finding.Symbols);
        Assert.Empty(Of(Analyze(builder.Build(), new Thresholds(HubDegree: 5)), RuleIds.HubLike));
    }

    [Fact]
    public void Unstable_dependency_is_a_stable_namespace_depending_on_a_less_stable_one()
    {
        // I: App 1, Domain 1/2, Infra 2/3, Ext 0; only Domain -> Infra goes towards a less stable namespace.
        var result = Analyze(new GraphBuilder()
            .Types("App.Ui", "Domain.Order", "Infra.Db", "Ext.A", "Ext.B")
            .Depends("App.Ui", "Domain.Order")
            .Depends("Domain.Order", "Infra.Db")
            .Depends("Infra.Db", "Ext.A")
            .Depends("Infra.Db", "Ext.B")
            .Build());

        var finding = Assert.Single(Of(result, RuleIds.UnstableDependency));
        Assert.Equal(["Domain", "Infra"], finding.Symbols);
    }

    [Fact]
    public void God_class_needs_size_and_coupling()
    {
        var result = Analyze(new GraphBuilder()
            .Type("S.Big.OrderManager", lines: 800, methods: 10, coupling: 40)
            .Type("S.Big.ManyMethods", lines: 100, methods: 30, coupling: 30)
            .Type("S.Big.LargeButAlone", lines: 2000, methods: 90, coupling: 5)
            .Type("S.Big.Small", lines: 50, methods: 3, coupling: 60)
            .Build());

        Assert.Equal(["S.Big.ManyMethods", "S.Big.OrderManager"], Of(result, RuleIds.GodClass).SelectMany(f => f.Symbols).Order());
    }

    [Fact]
    public void God_component_by_type_count_or_lines()
    {
        var builder = new GraphBuilder();
        for (var i = 0; i < 6; i++)
        {
            builder.Type($"Many.T{i}");
        }

        builder.Type("Long.Only", lines: 300).Type("Fine.One").Type("Fine.Two");

        var result = Analyze(builder.Build(), new Thresholds(GodComponentTypes: 6, GodComponentLines: 300));

        Assert.Equal(["Long", "Many"], Of(result, RuleIds.GodComponent).SelectMany(f => f.Symbols).Order());
    }

    [Fact]
    public void Dense_structure_needs_five_namespaces_and_density_above_threshold()
    {
        var names = new[] { "N1", "N2", "N3", "N4", "N5" };
        var builder = new GraphBuilder().Types(names.Select(n => n + ".T").ToArray());
        var edges = 0;
        foreach (var from in names)
        {
            foreach (var to in names.Where(to => string.CompareOrdinal(from, to) < 0))
            {
                builder.Depends(from + ".T", to + ".T");
                edges++;
            }
        }

        // 10 of 20 possible edges: density 0.5, not above 0.5; one more tips it over.
        Assert.Equal(10, edges);
        Assert.Empty(Of(Analyze(builder.Build()), RuleIds.DenseStructure));
        builder.Depends("N5.T", "N1.T");
        Assert.Single(Of(Analyze(builder.Build()), RuleIds.DenseStructure));

        var four = new GraphBuilder().Types("A.T", "B.T", "C.T", "D.T")
            .Depends("A.T", "B.T").Depends("B.T", "C.T").Depends("C.T", "D.T").Depends("D.T", "A.T").Depends("A.T", "C.T").Depends("B.T", "D.T").Depends("C.T", "A.T")
            .Build();
        Assert.Empty(Of(Analyze(four), RuleIds.DenseStructure));
    }

    [Fact]
    public void Threshold_findings_for_coupling_complexity_and_distance()
    {
        var result = Analyze(new GraphBuilder()
            .Type("Core.Heavy", coupling: 96, complexity: 101)
            .Type("Core.AtLimit", coupling: 95, complexity: 100)
            .Type("Ui.Page")
            .Depends("Ui.Page", "Core.Heavy")
            .Build());

        Assert.Equal(["Core.Heavy"], Of(result, RuleIds.ClassCoupling).SelectMany(f => f.Symbols));
        Assert.Equal(["Core.Heavy"], Of(result, RuleIds.CyclomaticComplexity).SelectMany(f => f.Symbols));

        // Core: concrete and only depended upon, D = 1 (zone of pain); Ui: I = 1, A = 0, D = 0.
        var distance = Assert.Single(Of(result, RuleIds.Distance));
        Assert.Equal(["Core"], distance.Symbols);
        Assert.Contains("zone of pain", distance.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_types_are_left_out_of_structure_and_smells()
    {
        var result = Analyze(new GraphBuilder()
            .Type("S.Gen.Reference", generated: true, lines: 5000, methods: 200, coupling: 200, complexity: 500)
            .Types("S.App.User")
            .Depends("S.App.User", "S.Gen.Reference")
            .Depends("S.Gen.Reference", "S.App.User")
            .Build());

        Assert.Empty(result.Findings);
        Assert.Empty(result.Cycles);
        Assert.DoesNotContain(result.Metrics, m => m.Name == "S.Gen");
    }
}
