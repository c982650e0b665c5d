using System.Text.RegularExpressions;
using Modernize.Model;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing;
using Modernize.Testing.Scans;
using Npgsql;

namespace Modernize.Storage.Tests;

/// <summary>The least-privilege roles of docs/team.md, created by running docs/postgres/*.sql itself.</summary>
public sealed class PostgresRoleTests
{
    [SkippableFact]
    public async Task The_ci_role_adds_scans_and_the_reader_role_can_only_read()
    {
        var server = PostgresBackend.ServerAddress();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (owner, ci, reader, schema) = ($"mo_owner_{suffix}", $"mo_ci_{suffix}", $"mo_reader_{suffix}", $"mo_{suffix}");
        string Named(string sql) => Regex.Replace(
            sql.Replace("modernize_owner", owner, StringComparison.Ordinal).Replace("modernize_ci", ci, StringComparison.Ordinal).Replace("modernize_reader", reader, StringComparison.Ordinal),
            @"\bmodernize\b",
            schema);
        string As(string role) => new NpgsqlConnectionStringBuilder(Postgres.PostgresConnectionString.Parse(server).Builder.ConnectionString)
        {
            Username = role,
            Password = "change-me-" + role.Split('_')[1],
            SearchPath = schema,
        }.ConnectionString;

        Admin(server, Named(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "postgres", "roles.sql"))));
        try
        {
            using (await ScanStoreFactory.OpenAsync(As(owner)))
            {
                // The owner's first open creates the tables (what 'modernize db migrate' does).
            }

            Admin(server, Named(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "postgres", "grants-after-migrate.sql"))));

            long id;
            using (var store = await ScanStoreFactory.OpenAsync(As(ci)))
            {
                Assert.DoesNotContain("change-me", store.Location, StringComparison.Ordinal);
                id = await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "sln", 0), CancellationToken.None);
                await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "sln", 1), CancellationToken.None);
                await store.PutCachedExtractionsAsync("sln", [new("a.cs", "h1", new byte[] { 1 })], CancellationToken.None);
                await store.PutCachedExtractionsAsync("sln", [new("a.cs", "h2", new byte[] { 2 })], CancellationToken.None);
                Assert.Equal(2, (await store.ListAsync("sln", CancellationToken.None)).Count);
            }

            Assert.Equal("42501", Assert.Throws<PostgresException>(() => Raw(As(ci), "DELETE FROM scans")).SqlState);

            using (var store = await ScanStoreFactory.OpenExistingAsync(As(reader)))
            {
                Assert.Equal(2, (await store.ListAsync("sln", CancellationToken.None)).Count);
                Assert.NotNull(await store.LoadAsync(id, CancellationToken.None));
                var error = await Assert.ThrowsAsync<InputException>(() => store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small, "sln", 2), CancellationToken.None));
                Assert.Contains("permission denied", error.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("change-me", error.Message, StringComparison.Ordinal);
                await Assert.ThrowsAsync<InputException>(() => store.PutCachedExtractionsAsync("sln", [new("b.cs", "h", new byte[] { 3 })], CancellationToken.None));
                Assert.Equal(2, (await store.ListAsync("sln", CancellationToken.None)).Count);
            }

            Assert.Equal("42501", Assert.Throws<PostgresException>(() => Raw(As(reader), "DELETE FROM scan_kpis")).SqlState);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP OWNED BY {owner}, {ci}, {reader}; DROP ROLE {owner}, {ci}, {reader};");
        }
    }

    private static void Admin(string server, string sql)
    {
        using var connection = PostgresBackend.Open(server);
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static void Raw(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
