using System.Data.Common;
using Modernize.Storage.Postgres;
using Npgsql;

namespace Modernize.Storage.Tests.Backends;

/// <summary>
/// PostgreSQL: the server named by MODERNIZE_TEST_POSTGRES (.ci/postgres.sh starts one); every database is a new schema,
/// which is fast and lets tests run in parallel, dropped at the end. Without the variable the test skips, except under CI.
/// </summary>
public sealed class PostgresBackend : StoreBackend
{
    public const string Variable = "MODERNIZE_TEST_POSTGRES";
    private readonly List<string> schemas = [];

    public PostgresBackend()
    {
        Server = ServerAddress();
    }

    /// <summary>The test server's URL (an administrator role).</summary>
    public string Server { get; }

    /// <summary>The server's URL, or a skip (a failure under CI) when none is configured.</summary>
    public static string ServerAddress()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.False(
                IsCi,
                $"{Variable} is not set but CI is: PostgreSQL store tests must run in CI (.ci/run sources .ci/postgres.sh to start a server)");
            Skip.If(true, $"PostgreSQL store tests need a server: set {Variable}=postgres://user:pass@127.0.0.1:55432/postgres (source .ci/postgres.sh starts one)");
        }

        return server!;
    }

    private static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    public override string NewDatabase()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = Open(Server))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE SCHEMA {schema}";
            command.ExecuteNonQuery();
        }

        lock (schemas)
        {
            schemas.Add(schema);
        }

        return WithSearchPath(Server, schema);
    }

    /// <summary><paramref name="url"/> with its tables in <paramref name="schema"/>.</summary>
    public static string WithSearchPath(string url, string schema)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema;
    }

    public static NpgsqlConnection Open(string db)
    {
        var connection = new NpgsqlConnection(PostgresConnectionString.Parse(db).Builder.ConnectionString);
        connection.Open();
        return connection;
    }

    protected override string TableExistsSql => PostgresDialect.Instance.TableExistsSql;

    protected override DbConnection Connect(string db) => Open(db);

    protected override void Dispose(bool disposing)
    {
        if (!disposing || schemas.Count == 0)
        {
            return;
        }

        using var connection = Open(Server);
        using var command = connection.CreateCommand();
        command.CommandText = string.Join(";", schemas.Select(s => $"DROP SCHEMA IF EXISTS {s} CASCADE"));
        command.ExecuteNonQuery();
    }
}
