using System.Diagnostics;
using System.Globalization;
using Modernize.Model.Kpis;
using Modernize.Storage;
using Modernize.Storage.Portfolio;
using Modernize.Testing;
using Modernize.Testing.Scans;
using Npgsql;

/// <summary>
/// The team figures of docs/team.md: time to store a 300k-line scan in PostgreSQL, and the portfolio query over
/// 100 solutions x 50 scans on SQLite and PostgreSQL.
/// dotnet run -c Release --project benchmarks/Modernize.Storage.Benchmarks -- team postgres://user:pass@127.0.0.1:55432/postgres
/// </summary>
internal static class TeamBenchmark
{
    private const int Solutions = 100;
    private const int ScansPerSolution = 50;

    public static async Task RunAsync(string server)
    {
        var schemas = new List<string>();
        try
        {
            // Warm-up: JIT, pool, first connection.
            using (var warm = await ScanStoreFactory.OpenAsync(NewSchema(server, schemas)))
            {
                await warm.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), CancellationToken.None);
            }

            var large = SyntheticScan.Create(SyntheticShape.Large);
            var saves = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                using var store = await ScanStoreFactory.OpenAsync(NewSchema(server, schemas));
                var clock = Stopwatch.StartNew();
                await store.SaveAsync(large, CancellationToken.None);
                saves.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"postgres: first save of the {large.Graph.Types.Sum(t => t.Metrics.SourceLines):N0}-line scan: median {Median(saves):F0} ms ({Join(saves)})");

            using (var store = await ScanStoreFactory.OpenAsync(NewSchema(server, schemas)))
            {
                await store.SaveAsync(large, CancellationToken.None);
                var incremental = new List<double>();
                for (var revision = 1; revision <= 5; revision++)
                {
                    var scan = SyntheticScan.Create(SyntheticShape.Large, revision: revision);
                    var clock = Stopwatch.StartNew();
                    await store.SaveAsync(scan, CancellationToken.None);
                    incremental.Add(clock.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"postgres: incremental save (one project changed): median {Median(incremental):F0} ms ({Join(incremental)})");
            }

            using var temp = new TempDirectory("modernize-team-bench");
            await PortfolioAsync("sqlite", temp.Combine("portfolio.db"));
            await PortfolioAsync("postgres", NewSchema(server, schemas));
        }
        finally
        {
            using var connection = new NpgsqlConnection(Modernize.Storage.Postgres.PostgresConnectionString.Parse(server).Builder.ConnectionString);
            connection.Open();
            foreach (var schema in schemas)
            {
                using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
                drop.ExecuteNonQuery();
            }
        }
    }

    private static async Task PortfolioAsync(string backend, string db)
    {
        var seeding = Stopwatch.StartNew();
        using var store = await ScanStoreFactory.OpenAsync(db);
        var template = SyntheticScan.Create(SyntheticShape.Small);
        var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var s = 0; s < Solutions; s++)
        {
            for (var n = 0; n < ScansPerSolution; n++)
            {
                var info = template.Info with { SolutionIdentity = $"repo{s:D3}::App.sln", SolutionName = $"App{s:D3}.sln", StartedAt = day.AddDays(n), GitCommit = $"{s:x8}{n:x32}" };
                var kpis = KpiCatalog.All.Select((d, i) => new Kpi(d.Key, (s * 7 + n * 3 + i) % 97)).ToList();
                await store.SaveAsync(template with { Info = info, Kpis = kpis }, CancellationToken.None);
            }
        }

        Console.WriteLine($"{backend}: seeded {Solutions} solutions x {ScansPerSolution} scans in {seeding.Elapsed.TotalSeconds:F0} s");
        await PortfolioQuery.LoadAsync(store, CancellationToken.None);
        var runs = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var portfolio = await PortfolioQuery.LoadAsync(store, CancellationToken.None);
            runs.Add(clock.Elapsed.TotalMilliseconds);
            if (portfolio.Count != Solutions)
            {
                throw new InvalidOperationException($"portfolio has {portfolio.Count} solutions, expected {Solutions}");
            }
        }

        Console.WriteLine($"{backend}: portfolio query over {Solutions} x {ScansPerSolution} scans: median {Median(runs):F1} ms ({Join(runs)})");
    }

    private static string NewSchema(string server, List<string> schemas)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        var builder = Modernize.Storage.Postgres.PostgresConnectionString.Parse(server).Builder;
        using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }

        schemas.Add(schema);
        builder.SearchPath = schema;
        return builder.ConnectionString;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));
}
