using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Modernize.Model;
using Modernize.Storage.Sql;

namespace Modernize.Storage.Sqlite;

/// <summary>SQLite: WAL journal (readers never block the writer), a busy timeout, foreign keys, BEGIN IMMEDIATE for writes.</summary>
public sealed class SqliteDialect : SqlDialect
{
    private const int BusyTimeoutMilliseconds = 10_000;

    public static SqliteDialect Instance { get; } = new();

    protected override string IdentityColumn => "INTEGER PRIMARY KEY";

    protected override string BinaryType => "BLOB";

    public override string CountTablesSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    public override string TableExistsSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public override async Task ConfigureAsync(DbConnection connection, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;", cancellationToken: ct)).ConfigureAwait(false);
        if (((SqliteConnection)connection).ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Persistent once set; a no-op read on later opens.
        await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct)).ConfigureAwait(false);
    }

    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override bool IsBusy(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public override Exception? Translate(Exception exception, string location) => exception switch
    {
        SqliteException { SqliteErrorCode: 11 or 26 } e => new InputException(location, $"not a Modernize database (damaged: {e.Message.TrimEnd('.')})"),
        SqliteException { SqliteErrorCode: 8 } => new InputException(location, "cannot write: the database file or its folder is read-only"),
        SqliteException { SqliteErrorCode: 13 } => new InputException(location, "cannot write: the disk is full; nothing was stored"),
        SqliteException { SqliteErrorCode: 14 } => new InputException(location, "cannot open the database file (does its folder exist and is it writable?)"),
        SqliteException { SqliteErrorCode: 3 or 23 } => new InputException(location, "cannot open the database file: permission denied"),
        SqliteException { SqliteErrorCode: 10 } e => new InputException(location, $"cannot read or write the database: I/O error ({e.Message.TrimEnd('.')})"),
        SqliteException { SqliteErrorCode: 5 or 6 } => new InputException(location, "the database stayed locked by another writer; try again"),
        _ => null,
    };
}
