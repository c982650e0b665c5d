using System.Data.Common;

namespace Modernize.Storage.Sql;

/// <summary>
/// Everything that differs between database backends, kept in one small place; the rest of the store speaks portable SQL
/// (ON CONFLICT, RETURNING, standard types), which SQLite 3.35+ and PostgreSQL both understand.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>Column definition of an auto-numbered primary key.</summary>
    protected abstract string IdentityColumn { get; }

    /// <summary>Column type of binary payloads.</summary>
    protected abstract string BinaryType { get; }

    /// <summary>Counts the user tables of the database (the schema_version probe and the "not ours" check).</summary>
    public abstract string CountTablesSql { get; }

    /// <summary>Whether a table named <c>@name</c> exists; returns a count.</summary>
    public abstract string TableExistsSql { get; }

    /// <summary>
    /// A condition that <paramref name="column"/> is one of the array parameter <paramref name="parameter"/>: Dapper expands
    /// lists for SQLite, while Npgsql binds them as one array parameter.
    /// </summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Fills a migration script's type placeholders.</summary>
    public string Expand(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return script.Replace("{id}", IdentityColumn, StringComparison.Ordinal).Replace("{binary}", BinaryType, StringComparison.Ordinal);
    }

    /// <summary>Per-connection settings (locking, journaling, foreign keys).</summary>
    public abstract Task ConfigureAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Starts a transaction that holds the write lock from its first statement, so two writers never deadlock mid-way.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Whether the failure is another writer holding the lock: worth retrying after a pause.</summary>
    public abstract bool IsBusy(Exception exception);

    /// <summary>A user-facing error for a database failure, or null when it is not one the user can act on.</summary>
    public abstract Exception? Translate(Exception exception, string location);
}
