using Modernize.Testing.Generation;
using System.Globalization;
using System.Text;
using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Xunit.Abstractions;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// The measurements behind the tables of docs/cells.md: how well the proposal recovers planted domains as more calls cross them,
/// and which resolution recovers them best. Print the tables with:
/// dotnet test tests/Modernize.Analysis.Tests --filter "Category=Measurement" --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Measurement")]
public sealed class NmiByMixingTests(ITestOutputHelper output)
{
    private const int Domains = 8;
    private const int References = 4;
    private static readonly double[] Mixings = [0.05, 0.10, 0.15, 0.20, 0.30, 0.40];
    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Nmi_stays_high_as_mixing_grows_while_structure_alone_falls()
    {
        var table = new StringBuilder("| mixing | mean NMI | min NMI | mean cells (8 planted) | utilities classed as tissue | domain types classed as tissue |\n|---|---|---|---|---|---|\n");
        var means = new Dictionary<double, double>();
        foreach (var mixing in Mixings)
        {
            var runs = Seeds.Select(seed => Run(seed, mixing, ModernizeConfig.Default)).ToList();
            means[mixing] = runs.Average(r => r.Nmi);
            table.Append(CultureInfo.InvariantCulture,
                $"| {mixing:P0} | {runs.Average(r => r.Nmi):0.000} | {runs.Min(r => r.Nmi):0.000} | {runs.Average(r => r.Cells):0.0} | {runs.Average(r => r.Utilities):P0} | {runs.Average(r => r.DomainAsTissue):0.0} |\n");
        }

        output.WriteLine(table.ToString());
        Assert.True(means[0.15] >= 0.95, $"mean NMI at 15% mixing is {means[0.15]:0.000}\n{table}");
        Assert.True(means[0.30] >= 0.90, $"mean NMI at 30% mixing is {means[0.30]:0.000}\n{table}");
        Assert.True(means[0.40] >= 0.80, $"mean NMI at 40% mixing is {means[0.40]:0.000}\n{table}");
        // The mixing is real: on structure alone (naming off) recovery falls as it grows, however well naming restores it.
        var structureOnly = ModernizeConfig.Default with { Proposal = ModernizeConfig.Default.Proposal with { NamingWeight = 0 } };
        var low = Seeds.Average(seed => Run(seed, 0.05, structureOnly).Nmi);
        var high = Seeds.Average(seed => Run(seed, 0.40, structureOnly).Nmi);
        Assert.True(low > high + 0.1, $"structure alone: NMI {low:0.000} at 5% mixing, {high:0.000} at 40%\n{table}");
    }

    [Fact]
    public void The_resolution_chosen_by_stability_is_as_good_as_the_best_fixed_one()
    {
        var table = new StringBuilder("| resolution γ | NMI 15% | NMI 30% | NMI 40% | cells at 15% (8 planted) |\n|---|---|---|---|---|\n");
        var at15 = new Dictionary<double, double>();
        foreach (var resolution in new double?[] { null, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0 })
        {
            var config = ModernizeConfig.Default with { Proposal = new ProposalSettings(Resolution: resolution) };
            var runs = new[] { 0.15, 0.30, 0.40 }.ToDictionary(m => m, m => Seeds.Take(5).Select(seed => Run(seed, m, config)).ToList());
            at15[resolution ?? 0] = runs[0.15].Average(r => r.Nmi);
            table.Append(CultureInfo.InvariantCulture,
                $"| {(resolution is null ? "chosen by stability" : resolution)} | {at15[resolution ?? 0]:0.000} | {runs[0.30].Average(r => r.Nmi):0.000} | {runs[0.40].Average(r => r.Nmi):0.000} | {runs[0.15].Average(r => r.Cells):0.0} |\n");
        }

        output.WriteLine(table.ToString());
        Assert.True(at15[0] >= at15.Values.Max() - 0.02, $"the chosen resolution falls behind the best fixed one\n{table}");
    }

    private static (double Nmi, int Cells, double Utilities, int DomainAsTissue) Run(int seed, double mixing, ModernizeConfig config)
    {
        var monolith = LayeredMonolithGenerator.Generate(seed, mixing, Domains, References);
        var proposal = CellProposer.Propose(monolith.Graph, AnalysisResult.Empty, config);
        var tissue = proposal.Cells.Where(c => c.Kind == CellKind.Tissue).SelectMany(c => c.Members).ToHashSet();
        return (PlantedAgreement.Nmi(monolith, proposal),
            proposal.Cells.Count(c => c.Kind == CellKind.Cell),
            monolith.UtilityTypes.Count(tissue.Contains) / (double)monolith.UtilityTypes.Count,
            tissue.Count(t => !monolith.UtilityTypes.Contains(t)));
    }
}
