using Modernize.Cli.Tests.Scan;
using Modernize.Storage;
using Modernize.Testing;
using Modernize.Testing.Scans;

namespace Modernize.Cli.Tests.Commands;

/// <summary>
/// <c>modernize db copy</c>, <c>portfolio</c> and <c>report --portfolio</c> as a user runs them. With MODERNIZE_TEST_POSTGRES
/// set (always in CI), the history goes through PostgreSQL, addressed as env:NAME so the password is never on the command line.
/// </summary>
public sealed class PortfolioAndDbCommandTests
{
    [Fact]
    public async Task History_copied_between_stores_shows_in_the_portfolio_table_and_page()
    {
        using var temp = new TempDirectory();
        var sqlite = temp.Combine("local.db");
        var day = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
        using (var store = await ScanStoreFactory.OpenAsync(sqlite))
        {
            Task<long> Save(string name, int revision)
            {
                var scan = SyntheticScan.Create(SyntheticShape.Small, "repo::" + name, revision, day.AddDays(revision));
                return store.SaveAsync(scan with { Info = scan.Info with { SolutionName = name } }, CancellationToken.None);
            }

            await Save("Billing.sln", 0);
            await Save("Billing.sln", 1);
            await Save("Shop.sln", 2);
        }

        var target = TargetStore(temp);
        var copy = ModernizeCli.Run(temp.Path, "db", "copy", "--from", sqlite, "--to", target);
        Assert.True(copy.ExitCode == 0, copy.Output);
        Assert.Contains("3 scans copied", copy.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(":modernize@", copy.Output, StringComparison.Ordinal);
        var again = ModernizeCli.Run(temp.Path, "db", "copy", "--from", sqlite, "--to", target);
        Assert.Contains("0 scans copied", again.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("3 were already there", again.StandardOutput, StringComparison.Ordinal);

        var portfolio = ModernizeCli.Run(temp.Path, "portfolio", "--db", target);
        Assert.True(portfolio.ExitCode == 0, portfolio.Output);
        var billing = portfolio.StandardOutput.Split('\n').Single(l => l.StartsWith("Billing.sln", StringComparison.Ordinal));
        Assert.Contains("2025-06-02", billing, StringComparison.Ordinal);
        Assert.Matches(@"\d+ better, \d+ worse|unchanged", billing);
        Assert.Contains("first scan", portfolio.StandardOutput.Split('\n').Single(l => l.StartsWith("Shop.sln", StringComparison.Ordinal)), StringComparison.Ordinal);

        var page = temp.Combine("out", "portfolio.html");
        var report = ModernizeCli.Run(temp.Path, "report", "--portfolio", "--db", target, "--out", page);
        Assert.True(report.ExitCode == 0, report.Output);
        var html = await File.ReadAllTextAsync(page);
        var linked = Directory.GetFiles(temp.Combine("out"), "portfolio-*.html").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, linked.Count);
        Assert.All(linked, f => Assert.Contains("\"report\":\"" + f + "\"", html, StringComparison.Ordinal));
        Assert.Contains("Modernize report: Billing.sln", await File.ReadAllTextAsync(temp.Combine("out", linked.Single(f => f!.Contains("billing", StringComparison.Ordinal))!)), StringComparison.Ordinal);
    }

    /// <summary>A fresh PostgreSQL schema named through an environment variable when a server is configured, else a second SQLite file.</summary>
    private static string TargetStore(TempDirectory temp)
    {
        var server = Environment.GetEnvironmentVariable("MODERNIZE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false", "MODERNIZE_TEST_POSTGRES must be set in CI");
            return temp.Combine("team.db");
        }

        var schema = "cli_" + Guid.NewGuid().ToString("N")[..12];
        var builder = Storage.Postgres.PostgresConnectionString.Parse(server).Builder;
        using (var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var command = new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        builder.SearchPath = schema;
        Environment.SetEnvironmentVariable("MODERNIZE_CLI_TEST_DB", builder.ConnectionString);
        return "env:MODERNIZE_CLI_TEST_DB";
    }
}
