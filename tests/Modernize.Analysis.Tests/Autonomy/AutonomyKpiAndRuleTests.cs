using Modernize.Analysis.Autonomy;
using Modernize.Analysis.Kpis;
using Modernize.Analysis.Rules;
using Modernize.Model.Autonomy;
using Modernize.Model.Configuration;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;
using Modernize.Testing;

namespace Modernize.Analysis.Tests.Autonomy;

/// <summary>The autonomy figures of the scripted shop as KPIs and as the <c>thresholds.crossCellChangeRatio</c> check.</summary>
public sealed class AutonomyKpiAndRuleTests : IClassFixture<AutonomyAnalyzerTests.Repository>
{
    private readonly AutonomyResult autonomy;

    public AutonomyKpiAndRuleTests(AutonomyAnalyzerTests.Repository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        autonomy = AutonomyAnalyzer.Analyze(repository.History, ShopHistory.Graph(), ShopHistory.Config, ShopHistory.Proposal(), ShopHistory.AsOf)!;
    }

    private static ScanDocument Scan(AutonomyResult? result) => new ScanBuilder().Build() with { Graph = ShopHistory.Graph(), Autonomy = result };

    [Fact]
    public void Kpis_take_the_declared_figures()
    {
        var kpis = KpiCalculator.Compute(Scan(autonomy)).ToDictionary(k => k.Key, k => k.Value);

        Assert.Equal(2 / 9.0, kpis[KpiCatalog.CrossCellChangeRatio], 12);
        Assert.Equal(1 / 9.0, kpis[KpiCatalog.TouchesTissueRatio], 12);
        Assert.Equal(0.5, kpis[KpiCatalog.CrossCellPullRequestRatio], 12);
        Assert.Equal(0.7, kpis[KpiCatalog.OwnershipAlignment], 12);
    }

    [Fact]
    public void Without_history_the_autonomy_kpis_are_absent_not_zero()
    {
        var kpis = KpiCalculator.Compute(Scan(null)).Select(k => k.Key).ToList();

        Assert.DoesNotContain(KpiCatalog.CrossCellChangeRatio, kpis);
        Assert.DoesNotContain(KpiCatalog.OwnershipAlignment, kpis);
        Assert.Contains(KpiCatalog.Types, kpis);
    }

    [Fact]
    public void Threshold_gives_a_violation_per_cell_above_the_max_with_the_numbers()
    {
        // Ordering 2/5 = 0.4 and Billing 1/2 = 0.5 exceed 0.35; Catalog 1/3 does not, nor does tissue.
        var config = ShopHistory.Config with { Thresholds = ShopHistory.Config.Thresholds with { CrossCellChangeRatio = 0.35 } };

        var violations = RuleEngine.Evaluate(Scan(autonomy), config);

        Assert.Equal(["Billing", "Ordering"], violations.Select(v => v.From));
        var ordering = violations.Single(v => v.From == "Ordering");
        Assert.Equal(CrossCellChangeRule.RuleId, ordering.RuleId);
        Assert.Equal("cell Ordering: 2 of 5 commits in the last 90 days (40.0%) also changed other cells (Billing 1, Catalog 1), above the max 35.0%", ordering.Message);
        Assert.NotEqual(ordering.Fingerprint, violations.Single(v => v.From == "Billing").Fingerprint);
    }

    [Fact]
    public void No_threshold_or_no_history_means_no_violation()
    {
        Assert.Empty(RuleEngine.Evaluate(Scan(autonomy), ShopHistory.Config with { Thresholds = new Thresholds() }));
        Assert.Empty(RuleEngine.Evaluate(Scan(null), ShopHistory.Config));
    }

    [Fact]
    public void The_yaml_threshold_reads_max_and_window()
    {
        Assert.Equal((0.2, 90), (ShopHistory.Config.Thresholds.CrossCellChangeRatio, ShopHistory.Config.Thresholds.CrossCellChangeWindowDays));
        Assert.Equal(["Billing", "Catalog", "Ordering"], RuleEngine.Evaluate(Scan(autonomy), ShopHistory.Config).Select(v => v.From)); // all three cells exceed 0.2; tissue is never judged
    }
}
