using Modernize.Model;
using Modernize.Storage.Schema;
using Modernize.Storage.Sql;
using Npgsql;

namespace Modernize.Storage.Postgres;

/// <summary>Connects to a PostgreSQL store and brings its schema to the current version (unless it must already hold scans).</summary>
internal static class PostgresStoreOpener
{
    public static async Task<SqlScanStore> OpenAsync(PostgresConnectionString address, bool mustExist, CancellationToken ct)
    {
        var dialect = PostgresDialect.Instance;
        var location = address.Redacted;
        var connection = new NpgsqlConnection(address.Builder.ConnectionString);
        var store = new SqlScanStore(connection, dialect, location);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var version = await Migrator.ReadVersionAsync(connection, dialect, location, ct).ConfigureAwait(false);
            if (version == 0 && mustExist)
            {
                throw new InputException(location, "no Modernize scans here yet; run 'modernize scan --db ...' first");
            }

            await Migrator.MigrateAsync(connection, dialect, location, SchemaMigrations.Current, ct).ConfigureAwait(false);
            return store;
        }
        catch (NpgsqlException e) when (dialect.Translate(e, location) is { } translated)
        {
            store.Dispose();
            throw translated;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
