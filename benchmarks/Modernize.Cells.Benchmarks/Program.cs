using System.Globalization;
using Modernize.Analysis;
using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Quality;
using Modernize.Cells.Benchmarks;
using Modernize.Loading.History;
using Modernize.Model.Analysis;
using Modernize.Model.Cells;
using Modernize.Model.Configuration;
using Modernize.Testing.Generation;

// dotnet run --project benchmarks/Modernize.Cells.Benchmarks -c Release -- [--ext /work/ext] [--manifest other.json] [--only folder,folder] [--rescan] [--history] [--history-days n] [--change-coupling w] [--min-cell-size n] [--named-use share] [--noun-share share]
var ext = Argument("--ext") ?? "/work/ext";
var only = Argument("--only");
var rescan = args.Contains("--rescan");
// The git history of each clone up to its pinned commit, as a scan reads it (decision 104: change coupling measured as a weight).
var withHistory = args.Contains("--history");
var changeCoupling = Argument("--change-coupling") is { } changeCouplingWeight ? double.Parse(changeCouplingWeight, CultureInfo.InvariantCulture) : ModernizeConfig.Default.Proposal.ChangeCouplingWeight;
var manifest = Manifest.Load(Argument("--manifest") ?? Path.Combine(AppContext.BaseDirectory, "manifest.json"));
var resolution = Argument("--resolution") is { } fixedResolution ? double.Parse(fixedResolution, CultureInfo.InvariantCulture) : (double?)null;
var layout = Argument("--layout") is { } layoutWeight ? double.Parse(layoutWeight, CultureInfo.InvariantCulture) : new ProposalSettings().LayoutWeight;
var naming = Argument("--naming") is { } namingWeight ? double.Parse(namingWeight, CultureInfo.InvariantCulture) : new ProposalSettings().NamingWeight;
var minCellSize = Argument("--min-cell-size") is { } fixedMinCellSize ? int.Parse(fixedMinCellSize, CultureInfo.InvariantCulture) : (int?)null;
var defaults = ModernizeConfig.Default.Proposal;
var namedUse = Argument("--named-use") is { } namedUseShare ? double.Parse(namedUseShare, CultureInfo.InvariantCulture) : defaults.Tissue.MaxNamedUseShare;
var unclusteredNamedUse = Argument("--unclustered-named-use") is { } unclusteredShare ? double.Parse(unclusteredShare, CultureInfo.InvariantCulture) : defaults.Tissue.UnitMaxNamedUseShareUnclustered;
var nounShare = Argument("--noun-share") is { } sameDomainNounShare ? double.Parse(sameDomainNounShare, CultureInfo.InvariantCulture) : defaults.Modules.SameDomainNounShare;
var maxCells = Argument("--max-cells") is { } fixedMaxCells ? int.Parse(fixedMaxCells, CultureInfo.InvariantCulture) : defaults.MaxCells;
var seed = Argument("--seed") is { } fixedSeed ? int.Parse(fixedSeed, CultureInfo.InvariantCulture) : defaults.Seed;
// Other seeds to run the whole proposal with, for the spread of its figures (the table above is one seed's).
var spreadSeeds = Argument("--seeds") is { } seedList ? seedList.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList() : [];
var historyDays = Argument("--history-days") is { } days ? int.Parse(days, CultureInfo.InvariantCulture) : ModernizeConfig.Default.History.WindowDays;
var config = ModernizeConfig.Default with
{
    History = ModernizeConfig.Default.History with { WindowDays = historyDays },
    Proposal = defaults with
    {
        Resolution = resolution,
        Seed = seed,
        NamingWeight = naming,
        LayoutWeight = layout,
        ChangeCouplingWeight = changeCoupling,
        MinCellSize = minCellSize,
        MaxCells = maxCells,
        Tissue = defaults.Tissue with { MaxNamedUseShare = namedUse, UnitMaxNamedUseShareUnclustered = unclusteredNamedUse },
        Modules = defaults.Modules with { SameDomainNounShare = nounShare },
    },
};
var rows = new List<RecoveryRow>();
var spread = new List<(RecoveryRow Default, List<RecoveryRow> Others)>();
foreach (var solution in manifest.Solutions.Where(s => only is null || only.Split(',').Contains(s.Folder, StringComparer.OrdinalIgnoreCase)))
{
    if (!Directory.Exists(Path.Combine(ext, solution.Folder)))
    {
        Console.Error.WriteLine($"{solution.Name}: clone {solution.Repository} at {solution.Commit} into {Path.Combine(ext, solution.Folder)} first; skipped.");
        continue;
    }

    Console.Error.WriteLine($"{solution.Name}: scanning...");
    var graph = await GraphCache.GetAsync(solution, ext, rescan, CancellationToken.None);
    var analysis = AnalysisResult.Empty;
    if (withHistory)
    {
        var history = GitHistoryReader.Read(solution.Root(ext), config.History);
        analysis = ArchitectureAnalyzer.Analyze(graph, history, config);
        Console.Error.WriteLine($"  history: {history.Commits.Count} commits since {history.Since:yyyy-MM-dd}{(history.ChurnUnknown ? " (without line counts)" : string.Empty)}, {analysis.FileChanges.Count} files changed, {analysis.ChangeCoupling.Count(c => c.Level == PackageLevel.Type)} coupled type pairs");
    }

    rows.Add(ModuleRecovery.Measure(solution, graph, analysis, config));
    if (spreadSeeds.Count > 0)
    {
        spread.Add((rows[^1], spreadSeeds.Select(s => ModuleRecovery.Measure(solution, graph, analysis, config with { Proposal = config.Proposal with { Seed = s } })).ToList()));
    }
}

Console.WriteLine("| solution (shape) | types / modules | NMI proposal | NMI label = project | NMI plain Louvain | MoJoFM proposal / project / Louvain | cells | largest cell | in cells ≥ 10 | in team-sized cells (≥ n) | shared kernel as tissue | tissue elements | hosts | γ | layout key |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var r in rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} ({r.Shape}) | {r.Types} / {r.Modules} | **{r.Nmi:0.000}** | {r.ProjectNmi:0.00} | {r.LouvainNmi:0.00} | {r.MoJoFm:0} / {r.ProjectMoJoFm:0} / {r.LouvainMoJoFm:0} | {r.Size.Cells} | {r.Size.LargestShare:P0} | {r.Size.InTenTypeCells:P0} | {r.Size.InTeamSizedCells:P0} (≥ {r.Size.TeamSize}){(r.Size.OneTeamSolution ? ", one-team solution" : string.Empty)} | {(double.IsNaN(r.TissueRecall) ? "-" : r.TissueRecall.ToString("P0", CultureInfo.InvariantCulture))} | {r.TissueElements} | {r.Hosts} | {r.Resolution:0.##} | {r.Layout} |"));
}

if (spread.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"| solution | NMI proposal at seed {seed} | min / mean / max over seeds {string.Join(", ", spreadSeeds)} and {seed} | proposal − plain Louvain, smallest | seeds with NMI ≥ 0.80 | shared kernel as tissue, min–max | cells, min–max |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var (first, others) in spread)
    {
        var all = others.Prepend(first).ToList();
        var recall = all.Where(r => !double.IsNaN(r.TissueRecall)).Select(r => r.TissueRecall).DefaultIfEmpty(double.NaN).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {first.Name} | {first.Nmi:0.000} | {all.Min(r => r.Nmi):0.000} / {all.Average(r => r.Nmi):0.000} / {all.Max(r => r.Nmi):0.000} | {all.Min(r => r.Nmi - r.LouvainNmi):+0.00;-0.00} | {all.Count(r => r.Nmi >= 0.8)} of {all.Count} | {(double.IsNaN(recall[0]) ? "-" : $"{recall.Min():P0}–{recall.Max():P0}")} | {all.Min(r => r.Size.Cells)}–{all.Max(r => r.Size.Cells)} |"));
    }
}

if (args.Contains("--no-generator"))
{
    return;
}

Console.WriteLine();
Console.WriteLine("| generator mixing | mean NMI (10 seeds) | min | mean NMI, naming off |");
Console.WriteLine("|---|---|---|---|");
foreach (var mixing in new[] { 0.15, 0.30, 0.40 })
{
    var withNaming = Enumerable.Range(1, 10).Select(seed => Planted(seed, mixing, config)).ToList();
    var withoutNaming = Enumerable.Range(1, 10).Select(seed => Planted(seed, mixing, config with { Proposal = config.Proposal with { NamingWeight = 0 } })).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mixing:P0} | {withNaming.Average():0.000} | {withNaming.Min():0.000} | {withoutNaming.Average():0.000} |"));
}

string? Argument(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static double Planted(int seed, double mixing, ModernizeConfig config)
{
    var monolith = LayeredMonolithGenerator.Generate(seed, mixing, 8, 4);
    var proposal = CellProposer.Propose(monolith.Graph, AnalysisResult.Empty, config);
    var truth = monolith.DomainOf.Where(x => x.Value != LayeredMonolithGenerator.Utilities).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
    var proposed = proposal.Cells.SelectMany(c => c.Members.Select(m => (m, c.Kind == CellKind.Cell ? c.Name : "(other)"))).GroupBy(x => x.m).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
    return NormalizedMutualInformation.Of(truth, proposed);
}
