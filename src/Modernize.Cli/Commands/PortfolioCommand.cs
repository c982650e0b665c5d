using System.CommandLine;
using System.Globalization;
using Modernize.Model.Kpis;
using Modernize.Scanning.UseCases;
using Modernize.Storage;
using Modernize.Storage.Portfolio;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize portfolio [--db]</c>: every solution in the store with its latest KPIs and which way they moved (docs/team.md).</summary>
internal static class PortfolioCommand
{
    /// <summary>The KPIs that fit in one terminal row; <c>modernize trend</c> and the HTML portfolio show them all.</summary>
    private static readonly string[] Columns =
    [
        KpiCatalog.CrossCellDependencies, KpiCatalog.CycleCount, KpiCatalog.TissueShare, KpiCatalog.Modularity, KpiCatalog.BlockerPoints, KpiCatalog.Findings, KpiCatalog.SourceLines,
    ];

    public static Command Create()
    {
        var db = StoreOptions.Database();
        var command = new Command("portfolio", "List every solution in the store with its latest KPIs and their move since the scan before (modernize report --portfolio draws them).")
        {
            db,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await ScanStoreFactory.OpenExistingAsync(parse.GetValue(db)!, ct).ConfigureAwait(false);
            var portfolio = await PortfolioUseCase.ListAsync(store, ct).ConfigureAwait(false);
            if (portfolio.Count == 0)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{store.Location}: no scans yet; run 'modernize scan' first.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            TextTable.Heading($"[bold]Portfolio[/] [grey]({portfolio.Count} solutions in {TextTable.Text(store.Location)})[/]", $"Portfolio ({portfolio.Count} solutions in {store.Location})");
            var headers = new List<string> { "Solution", "Scans", "Last scan", "Trend" };
            headers.AddRange(Columns.Select(k => KpiCatalog.Find(k).Title));
            var shared = portfolio.GroupBy(e => e.Solution.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            TextTable.Write(headers, portfolio.Select(e => (IReadOnlyList<string>)Row(e, shared.Contains(e.Solution.Name))).ToList());
            return ExitCodes.Success;
        });
        return command;
    }

    /// <param name="nameIsShared">Another solution has the same name: show the identity so the rows can be told apart.</param>
    private static List<string> Row(PortfolioEntry entry, bool nameIsShared)
    {
        var (better, worse) = entry.Trend;
        var trend = entry.Previous is null ? "first scan" : better + worse == 0 ? "unchanged" : $"{better} better, {worse} worse";
        var cells = new List<string>
        {
            TextTable.Text(nameIsShared ? entry.Solution.Identity : entry.Solution.Name),
            entry.Solution.Scans.ToString(CultureInfo.InvariantCulture),
            entry.Latest.StartedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (entry.Latest.GitCommit is { Length: >= 7 } sha ? " " + sha[..7] : string.Empty),
            KpiText.Plain || entry.Previous is null ? trend : $"[green]{better}↑[/] [red]{worse}↓[/]",
        };
        cells.AddRange(Columns.Select(key => entry.Kpis.FirstOrDefault(k => k.Key == key) is { } delta
            ? (KpiText.Value(key, delta.After) + " " + KpiText.Arrow(delta)).TrimEnd()
            : "-"));
        return cells;
    }
}
