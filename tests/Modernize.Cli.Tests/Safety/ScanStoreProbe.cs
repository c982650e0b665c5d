using Microsoft.Data.Sqlite;

namespace Modernize.Cli.Tests.Safety;

/// <summary>Looks into a scan database with plain SQLite, as the next run would open it (a hot journal is rolled back): which scans it holds and whether it is intact.</summary>
internal static class ScanStoreProbe
{
    public static IReadOnlyList<long> ScanIds(string database) =>
        Query(database, "SELECT id FROM scans ORDER BY id", r => r.GetInt64(0));

    /// <summary>How many rows of the store's cache table (extraction, project models, analysis) have keys starting with <paramref name="prefix"/>.</summary>
    public static long CacheEntries(string database, string prefix) =>
        Query(database, "SELECT count(*) FROM extraction_cache WHERE substr(document_path, 1, length(@p)) = @p", r => r.GetInt64(0), ("@p", prefix)).Single();

    public static string IntegrityCheck(string database) =>
        string.Join("; ", Query(database, "PRAGMA integrity_check", r => r.GetString(0)));

    private static List<T> Query<T>(string database, string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(read(reader));
        }

        return result;
    }
}
