using System.Data.Common;
using Microsoft.Data.Sqlite;
using Modernize.Testing;

namespace Modernize.Storage.Tests.Backends;

/// <summary>SQLite: every database is a new file in a temporary folder.</summary>
public sealed class SqliteBackend : StoreBackend
{
    private readonly TempDirectory temp = new();
    private int count;

    public override string NewDatabase() => temp.Combine($"m{Interlocked.Increment(ref count)}.db");

    protected override string TableExistsSql => Modernize.Storage.Sqlite.SqliteDialect.Instance.TableExistsSql;

    protected override DbConnection Connect(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            temp.Dispose();
        }
    }
}
