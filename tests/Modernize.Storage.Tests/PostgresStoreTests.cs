using Modernize.Model;
using Modernize.Storage.Postgres;
using Modernize.Storage.Tests.Backends;
using Modernize.Testing.Scans;

namespace Modernize.Storage.Tests;

/// <summary>What only the PostgreSQL backend has: addresses, password redaction, environment variables, server errors.</summary>
public sealed class PostgresStoreTests
{
    [Fact]
    public void A_url_gives_every_setting_and_a_location_without_the_password()
    {
        var address = PostgresConnectionString.Parse("postgres://ci%40corp:p%3As%2Fs@db.example:6543/arch?sslmode=require&search_path=modernize&application_name=nightly");

        Assert.Equal("db.example", address.Builder.Host);
        Assert.Equal(6543, address.Builder.Port);
        Assert.Equal("arch", address.Builder.Database);
        Assert.Equal("ci@corp", address.Builder.Username);
        Assert.Equal("p:s/s", address.Builder.Password);
        Assert.Equal(Npgsql.SslMode.Require, address.Builder.SslMode);
        Assert.Equal("modernize", address.Builder.SearchPath);
        Assert.Equal("nightly", address.Builder.ApplicationName);
        Assert.Equal("postgres://ci%40corp@db.example:6543/arch?search_path=modernize", address.Redacted);
        Assert.DoesNotContain("p:s", address.Redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u:p@h/db", true)]
    [InlineData("postgresql://h", true)]
    [InlineData("Host=h;Username=u;Password=p", true)]
    [InlineData("reports/modernize.db", false)]
    [InlineData("Data Source=m.db;Mode=ReadOnly", false)]
    public void Postgres_addresses_are_told_from_sqlite_paths(string value, bool postgres) =>
        Assert.Equal(postgres, PostgresConnectionString.IsPostgres(value));

    [Fact]
    public async Task An_unknown_url_setting_is_an_input_error_that_does_not_echo_the_password()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync("postgres://u:hunter2@127.0.0.1:1/db?colour=blue"));

        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_an_input_error_naming_the_address_without_the_password()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync("postgres://ci:hunter2@127.0.0.1:1/modernize?timeout=5"));

        Assert.StartsWith("postgres://ci@127.0.0.1:1/modernize: cannot connect to the PostgreSQL server", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_environment_variable_is_named_in_the_error()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync("env:MODERNIZE_TEST_NOT_SET_" + Guid.NewGuid().ToString("N")));

        Assert.Contains("is not set", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wrong_password_is_refused_without_echoing_it()
    {
        var server = PostgresConnectionString.Parse(PostgresBackend.ServerAddress()).Builder;
        var url = $"postgres://{server.Username}:not-the-password-x9@{server.Host}:{server.Port}/{server.Database}";

        var error = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenAsync(url));

        Assert.Contains("refused the login", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-x9", error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_environment_variable_holds_the_connection_string_and_reading_an_empty_schema_never_creates_tables()
    {
        using var databases = new PostgresBackend();
        var db = databases.NewDatabase();
        var variable = "MODERNIZE_TEST_DB_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, db);
        try
        {
            var missing = await Assert.ThrowsAsync<InputException>(() => ScanStoreFactory.OpenExistingAsync("env:" + variable));
            Assert.Contains("no Modernize scans here yet", missing.Message, StringComparison.Ordinal);
            Assert.False(databases.HasTable(db, "schema_version"));

            using (var store = await ScanStoreFactory.OpenAsync("env:" + variable))
            {
                Assert.DoesNotContain(":modernize@", store.Location, StringComparison.Ordinal);
                await store.SaveAsync(SyntheticScan.Create(SyntheticShape.Small), CancellationToken.None);
            }

            using var reopened = await ScanStoreFactory.OpenExistingAsync("env:" + variable);
            Assert.Single(await reopened.ListAsync(null, CancellationToken.None));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
