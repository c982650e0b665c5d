using Microsoft.Data.Sqlite;
using Modernize.Model;
using Modernize.Storage.Postgres;
using Modernize.Storage.Schema;
using Modernize.Storage.Sql;
using Modernize.Storage.Sqlite;

namespace Modernize.Storage;

/// <summary>
/// Opens the store named by <c>--db</c>: a SQLite file path (created when missing) or SQLite connection string, a PostgreSQL
/// URL or key/value connection string, or <c>env:NAME</c> to read any of those from an environment variable (docs/team.md).
/// </summary>
public static class ScanStoreFactory
{
    /// <summary>Where scans go when no <c>--db</c> is given, relative to the current folder.</summary>
    public const string DefaultPath = "reports/modernize.db";

    /// <summary>Opens (creating it and its folder when missing) and upgrades the database for reading and writing.</summary>
    public static Task<IScanStore> OpenAsync(string dbPathOrConnection, CancellationToken ct = default) =>
        OpenCoreAsync(dbPathOrConnection, mustExist: false, null, ct);

    /// <summary><see cref="OpenAsync(string, CancellationToken)"/> with <paramref name="writeHook"/> run inside every scan's write transaction.</summary>
    public static Task<IScanStore> OpenAsync(string dbPathOrConnection, IStoreWriteHook? writeHook, CancellationToken ct) =>
        OpenCoreAsync(dbPathOrConnection, mustExist: false, writeHook, ct);

    /// <summary>Opens a database that must already exist (trend, diff): a missing file is an input error, never created.</summary>
    public static Task<IScanStore> OpenExistingAsync(string dbPathOrConnection, CancellationToken ct = default) =>
        OpenCoreAsync(dbPathOrConnection, mustExist: true, null, ct);

    /// <summary>Synchronous form of <see cref="OpenAsync"/>.</summary>
    public static IScanStore Open(string dbPathOrConnection) => OpenAsync(dbPathOrConnection).GetAwaiter().GetResult();

    private static async Task<IScanStore> OpenCoreAsync(string dbPathOrConnection, bool mustExist, IStoreWriteHook? writeHook, CancellationToken ct)
    {
        var store = await OpenStoreAsync(dbPathOrConnection, mustExist, ct).ConfigureAwait(false);
        if (writeHook is not null)
        {
            store.BeforeCommit = writeHook.BeforeCommitAsync;
        }

        return store;
    }

    private static async Task<SqlScanStore> OpenStoreAsync(string dbPathOrConnection, bool mustExist, CancellationToken ct)
    {
        dbPathOrConnection = DatabaseArgument.Resolve(dbPathOrConnection);
        if (PostgresConnectionString.IsPostgres(dbPathOrConnection))
        {
            return await PostgresStoreOpener.OpenAsync(PostgresConnectionString.Parse(dbPathOrConnection), mustExist, ct).ConfigureAwait(false);
        }

        var builder = dbPathOrConnection.Contains('=', StringComparison.Ordinal) && dbPathOrConnection.Contains("Data Source", StringComparison.OrdinalIgnoreCase)
            ? new SqliteConnectionStringBuilder(dbPathOrConnection)
            : new SqliteConnectionStringBuilder { DataSource = dbPathOrConnection };
        var path = Path.GetFullPath(builder.DataSource);
        var location = builder.DataSource;
        SqliteFileCheck.EnsureUsable(path);
        var exists = File.Exists(path);
        if (!exists && mustExist)
        {
            throw new InputException(location, "no Modernize database here yet; run 'modernize scan' first (or give --db)");
        }

        if (!exists)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        builder.DataSource = path;
        builder.Pooling = false;
        var askedReadOnly = builder.Mode == SqliteOpenMode.ReadOnly;
        builder.Mode = exists && (askedReadOnly || IsReadOnly(path)) ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate;
        builder.DefaultTimeout = 30;

        var connection = new SqliteConnection(builder.ConnectionString);
        var store = new SqlScanStore(connection, SqliteDialect.Instance, location);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await WriteRetry.RunAsync(SqliteDialect.Instance, async () => { await SqliteDialect.Instance.ConfigureAsync(connection, ct).ConfigureAwait(false); return 0; }, ct).ConfigureAwait(false);
            if (builder.Mode == SqliteOpenMode.ReadOnly)
            {
                var version = await Migrator.ReadVersionAsync(connection, SqliteDialect.Instance, location, ct).ConfigureAwait(false);
                if (version != SchemaMigrations.Current)
                {
                    throw new InputException(location, $"the database is read-only and has schema version {version}; open it once writable to upgrade it to {SchemaMigrations.Current}");
                }
            }
            else
            {
                await Migrator.MigrateAsync(connection, SqliteDialect.Instance, location, SchemaMigrations.Current, ct).ConfigureAwait(false);
            }

            return store;
        }
        catch (SqliteException e) when (SqliteDialect.Instance.Translate(e, location) is { } translated)
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

    private static bool IsReadOnly(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
