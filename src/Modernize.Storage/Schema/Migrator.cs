using System.Data.Common;
using System.Globalization;
using Dapper;
using Modernize.Model;
using Modernize.Storage.Sql;

namespace Modernize.Storage.Schema;

/// <summary>
/// Brings a database to the current schema: reads its version from <c>schema_version</c>, runs the missing scripts in
/// order inside one write transaction (re-checking under the lock, so concurrent first opens migrate once), and refuses
/// databases written by a newer Modernize or by something else entirely.
/// </summary>
internal static class Migrator
{
    private const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    public static async Task<int> ReadVersionAsync(DbConnection connection, SqlDialect dialect, string location, CancellationToken ct, DbTransaction? transaction = null)
    {
        var hasVersionTable = await HasVersionTableAsync(connection, dialect, transaction, ct).ConfigureAwait(false);
        if (!hasVersionTable)
        {
            var tables = await connection.ExecuteScalarAsync<long>(new CommandDefinition(dialect.CountTablesSql, transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);

            // Each statement may see a newer snapshot (PostgreSQL's read committed): a concurrent first open can commit
            // its migration between the two queries. Look again before calling the database foreign.
            if (tables > 0 && !await HasVersionTableAsync(connection, dialect, transaction, ct).ConfigureAwait(false))
            {
                throw new InputException(location, $"not a Modernize database (it has {tables} tables but no schema_version table)");
            }

            if (tables == 0)
            {
                return 0;
            }
        }

        var version = (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
        if (version > SchemaMigrations.Current)
        {
            throw new InputException(location, $"written by a newer Modernize (schema version {version}; this Modernize knows up to {SchemaMigrations.Current}): upgrade Modernize to use it");
        }

        return version;
    }

    private static async Task<bool> HasVersionTableAsync(DbConnection connection, SqlDialect dialect, DbTransaction? transaction, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(dialect.TableExistsSql, new { name = "schema_version" }, transaction, cancellationToken: ct)).ConfigureAwait(false) > 0;

    /// <summary>Applies the scripts after the database's version up to <paramref name="targetVersion"/>.</summary>
    public static async Task MigrateAsync(DbConnection connection, SqlDialect dialect, string location, int targetVersion, CancellationToken ct)
    {
        if (await ReadVersionAsync(connection, dialect, location, ct).ConfigureAwait(false) >= targetVersion)
        {
            return;
        }

        await WriteRetry.RunAsync(
            dialect,
            async () =>
            {
                await using var transaction = dialect.BeginWrite(connection);
                var version = await ReadVersionAsync(connection, dialect, location, ct, transaction).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(VersionTable, transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
                foreach (var migration in SchemaMigrations.All.Where(m => m.Version > version && m.Version <= targetVersion))
                {
                    await connection.ExecuteAsync(new CommandDefinition(dialect.Expand(migration.Script), transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @at)",
                        new { migration.Version, migration.Description, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                        transaction,
                        cancellationToken: ct)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return 0;
            },
            ct).ConfigureAwait(false);
    }
}
