using System.Data.Common;
using System.Globalization;

namespace Modernize.Storage.Tests.Backends;

/// <summary>
/// A database server the store contract tests run against: each test asks for fresh, empty databases and may look inside
/// them with raw SQL. The same tests run on every backend (theory data <see cref="Names"/>).
/// </summary>
public abstract class StoreBackend : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Theory data: one row per backend.</summary>
    public static TheoryData<string> Names => new() { Sqlite, Postgres };

    /// <summary>The backend called <paramref name="name"/>; skips the test when that server is not available (never under CI).</summary>
    public static StoreBackend Create(string name) => name switch
    {
        Sqlite => new SqliteBackend(),
        Postgres => new PostgresBackend(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown backend"),
    };

    /// <summary>The <c>--db</c> argument of a new, empty database.</summary>
    public abstract string NewDatabase();

    public T Scalar<T>(string db, string sql)
    {
        using var connection = Connect(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Execute(string db, string sql)
    {
        using var connection = Connect(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Whether <paramref name="db"/> has a table called <paramref name="table"/> (a test constant, never user input).</summary>
    public bool HasTable(string db, string table) => Scalar<long>(db, TableExistsSql.Replace("@name", "'" + table + "'", StringComparison.Ordinal)) > 0;

    protected abstract string TableExistsSql { get; }

    /// <summary>An open raw connection to <paramref name="db"/>, outside the store.</summary>
    protected abstract DbConnection Connect(string db);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
