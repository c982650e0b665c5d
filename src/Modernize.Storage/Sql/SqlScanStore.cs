using System.Data.Common;
using System.Globalization;
using Dapper;
using Modernize.Model.Comparison;
using Modernize.Model.Kpis;
using Modernize.Model.Scan;
using Modernize.Model.Store;
using Modernize.Storage.Serialization;

namespace Modernize.Storage.Sql;

/// <summary>
/// The store over any ADO.NET connection, in portable SQL; the <see cref="SqlDialect"/> holds the differences.
/// A scan is written in one write transaction; its sections are content-addressed blobs, so unchanged parts are stored once.
/// One instance serves one caller at a time.
/// </summary>
public sealed class SqlScanStore : IScanStore
{
    private readonly DbConnection connection;
    private readonly SqlDialect dialect;

    internal SqlScanStore(DbConnection connection, SqlDialect dialect, string location)
    {
        this.connection = connection;
        this.dialect = dialect;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Runs inside the write transaction just before commit. Tests use it to kill a writer mid-transaction.</summary>
    internal Func<CancellationToken, Task>? BeforeCommit { get; set; }

    public Task<long> SaveAsync(ScanDocument scan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return Guard(async () =>
        {
            // All CPU work happens before the write lock is taken, so concurrent writers wait only for the inserts.
            var parts = ScanSections.Split(scan);
            var encoded = new Dictionary<string, (string Encoding, byte[] Data, int RawSize)>(StringComparer.Ordinal);
            var known = await ExistingBlobsAsync(parts.Select(p => p.Hash), null, ct).ConfigureAwait(false);
            var missing = parts.Where(p => !known.Contains(p.Hash)).DistinctBy(p => p.Hash).ToList();
            foreach (var (hash, blob) in missing.AsParallel().Select(p => (p.Hash, Encode(p.Json))).ToList())
            {
                encoded[hash] = blob;
            }

            return await WriteRetry.RunAsync(dialect, () => WriteScanAsync(scan, parts, encoded, ct), ct).ConfigureAwait(false);
        });
    }

    public Task<ScanDocument?> LoadAsync(long scanId, CancellationToken ct) => Guard(async () =>
    {
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM scans WHERE id = @scanId", new { scanId }, cancellationToken: ct)).ConfigureAwait(false);
        if (exists == 0)
        {
            return null;
        }

        var rows = (await connection.QueryAsync<(string Section, long Ordinal, string Encoding, byte[] Data)>(new CommandDefinition(
            """
            SELECT s.section, s.ordinal, b.encoding, b.data
            FROM scan_sections s JOIN blobs b ON b.hash = s.blob_hash
            WHERE s.scan_id = @scanId
            ORDER BY s.section, s.ordinal
            """,
            new { scanId },
            cancellationToken: ct)).ConfigureAwait(false)).ToList();
        var decoded = rows.AsParallel().AsOrdered().Select(r => (r.Section, Json: BlobCodec.Decode(r.Encoding, r.Data))).ToList();
        var sections = decoded.GroupBy(r => r.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<byte[]>)g.Select(r => r.Json).ToList(), StringComparer.Ordinal);
        var kpis = await KpisAsync("WHERE k.scan_id = @scanId", new { scanId }, ct).ConfigureAwait(false);
        return (ScanDocument?)ScanSections.Assemble(sections, kpis.GetValueOrDefault(scanId, []));
    });

    public async Task<StoredScan?> GetAsync(long scanId, CancellationToken ct) =>
        (await Guard(() => ScansAsync("WHERE sc.id = @scanId", new { scanId }, ct)).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<StoredScan>> ListAsync(string? solutionIdentity, CancellationToken ct) =>
        Guard(() => solutionIdentity is null
            ? ScansAsync(string.Empty, null, ct)
            : ScansAsync("WHERE so.identity = @solutionIdentity", new { solutionIdentity }, ct));

    public async Task<StoredScan?> LatestAsync(string solutionIdentity, CancellationToken ct)
    {
        var scans = await ListAsync(solutionIdentity, ct).ConfigureAwait(false);
        return scans.Count == 0 ? null : scans[^1];
    }

    public Task<IReadOnlyList<StoredScan>> ListLatestAsync(int perSolution, CancellationToken ct) =>
        Guard(() => ScansAsync(
            """
            WHERE sc.id IN (
                SELECT ranked.id FROM (
                    SELECT id, ROW_NUMBER() OVER (PARTITION BY solution_id ORDER BY started_at_ms DESC, id DESC) AS position FROM scans
                ) ranked
                WHERE ranked.position <= @perSolution)
            """,
            new { perSolution = Math.Max(1, perSolution) },
            ct));

    public Task<IReadOnlyList<StoredSolution>> ListSolutionsAsync(CancellationToken ct) => Guard(async () =>
    {
        var rows = await connection.QueryAsync<(string Identity, string Name, long Scans, long LastMs)>(new CommandDefinition(
            """
            SELECT so.identity, so.name, COUNT(sc.id), MAX(sc.started_at_ms)
            FROM solutions so JOIN scans sc ON sc.solution_id = so.id
            GROUP BY so.identity, so.name
            ORDER BY MAX(sc.started_at_ms)
            """,
            cancellationToken: ct)).ConfigureAwait(false);
        return (IReadOnlyList<StoredSolution>)rows.Select(r => new StoredSolution(r.Identity, r.Name, (int)r.Scans, DateTimeOffset.FromUnixTimeMilliseconds(r.LastMs))).ToList();
    });

    public async Task<ScanDiff?> DiffAsync(long before, long after, CancellationToken ct)
    {
        var beforeScan = await GetAsync(before, ct).ConfigureAwait(false);
        var afterScan = await GetAsync(after, ct).ConfigureAwait(false);
        if (beforeScan is null || afterScan is null)
        {
            return null;
        }

        var beforeDocument = await LoadAsync(before, ct).ConfigureAwait(false);
        var afterDocument = await LoadAsync(after, ct).ConfigureAwait(false);
        return ScanComparer.Compare(beforeScan, beforeDocument!, afterScan, afterDocument!);
    }

    public Task<IReadOnlyDictionary<string, byte[]>> GetCachedExtractionsAsync(string solutionIdentity, IReadOnlyDictionary<string, string> contentHashByPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contentHashByPath);
        return Guard(async () =>
        {
            var rows = await CachedRowsAsync(solutionIdentity, string.Empty, ct).ConfigureAwait(false);
            return (IReadOnlyDictionary<string, byte[]>)rows
                .Where(r => contentHashByPath.TryGetValue(r.Path, out var wanted) && wanted == r.ContentHash)
                .ToDictionary(r => r.Path, r => BlobCodec.Decode(r.Encoding, r.Data), StringComparer.Ordinal);
        });
    }

    public Task<IReadOnlyList<CachedExtraction>> GetCachedEntriesAsync(string solutionIdentity, string keyPrefix, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        return Guard(async () =>
        {
            var rows = await CachedRowsAsync(solutionIdentity, keyPrefix, ct).ConfigureAwait(false);
            return (IReadOnlyList<CachedExtraction>)[.. rows.Select(r => new CachedExtraction(r.Path, r.ContentHash, BlobCodec.Decode(r.Encoding, r.Data)))];
        });
    }

    /// <summary>The solution's cache rows whose key starts with <paramref name="keyPrefix"/> (every row for an empty prefix).</summary>
    private Task<IEnumerable<(string Path, string ContentHash, string Encoding, byte[] Data)>> CachedRowsAsync(string solutionIdentity, string keyPrefix, CancellationToken ct) =>
        connection.QueryAsync<(string Path, string ContentHash, string Encoding, byte[] Data)>(new CommandDefinition(
            """
            SELECT c.document_path, c.content_hash, b.encoding, b.data
            FROM extraction_cache c
            JOIN solutions so ON so.id = c.solution_id
            JOIN blobs b ON b.hash = c.blob_hash
            WHERE so.identity = @solutionIdentity AND substr(c.document_path, 1, length(@keyPrefix)) = @keyPrefix
            """,
            new { solutionIdentity, keyPrefix },
            cancellationToken: ct));

    public Task PutCachedExtractionsAsync(string solutionIdentity, IReadOnlyList<CachedExtraction> entries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Guard(async () =>
        {
            var blobs = entries.Select(e => (Entry: e, Raw: e.Payload.ToArray())).Select(x => (x.Entry, Hash: BlobCodec.Hash(x.Raw), Blob: Encode(x.Raw))).ToList();
            return await WriteRetry.RunAsync(
                dialect,
                async () =>
                {
                    await using var transaction = dialect.BeginWrite(connection);
                    var solutionId = await UpsertSolutionAsync(solutionIdentity, null, transaction, ct).ConfigureAwait(false);
                    await InsertBlobsAsync(blobs.Select(b => (b.Hash, b.Blob)), transaction, ct).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(
                        """
                        INSERT INTO extraction_cache (solution_id, document_path, content_hash, blob_hash)
                        VALUES (@solutionId, @path, @contentHash, @hash)
                        ON CONFLICT (solution_id, document_path) DO UPDATE SET content_hash = excluded.content_hash, blob_hash = excluded.blob_hash
                        """,
                        blobs.Select(b => new { solutionId, path = b.Entry.DocumentPath, contentHash = b.Entry.ContentHash, hash = b.Hash }),
                        transaction,
                        cancellationToken: ct)).ConfigureAwait(false);
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                    return 0;
                },
                ct).ConfigureAwait(false);
        });
    }

    public void Dispose() => connection.Dispose();

    private static (string Encoding, byte[] Data, int RawSize) Encode(byte[] raw)
    {
        var (encoding, data) = BlobCodec.Encode(raw);
        return (encoding, data, raw.Length);
    }

    private async Task<long> WriteScanAsync(ScanDocument scan, IReadOnlyList<SectionPart> parts, Dictionary<string, (string Encoding, byte[] Data, int RawSize)> encoded, CancellationToken ct)
    {
        await using var transaction = dialect.BeginWrite(connection);
        var info = scan.Info;
        var solutionId = await UpsertSolutionAsync(info.SolutionIdentity, info.SolutionName, transaction, ct).ConfigureAwait(false);

        // Re-checked under the lock: another writer may have stored some of the same blobs meanwhile.
        var present = await ExistingBlobsAsync(parts.Select(p => p.Hash), transaction, ct).ConfigureAwait(false);
        var toInsert = parts.Where(p => !present.Contains(p.Hash)).DistinctBy(p => p.Hash)
            .Select(p => (p.Hash, Blob: encoded.TryGetValue(p.Hash, out var blob) ? blob : Encode(p.Json)));
        await InsertBlobsAsync(toInsert, transaction, ct).ConfigureAwait(false);

        var scanId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO scans (solution_id, started_at, started_at_ms, duration_ms, git_commit, git_branch, tool_version, safe_mode, root, document_version, input_fingerprint)
            VALUES (@solutionId, @startedAt, @startedAtMs, @durationMs, @gitCommit, @gitBranch, @toolVersion, @safeMode, @root, @documentVersion, @inputFingerprint)
            RETURNING id
            """,
            new
            {
                solutionId,
                startedAt = info.StartedAt.ToString("O", CultureInfo.InvariantCulture),
                startedAtMs = info.StartedAt.ToUnixTimeMilliseconds(),
                durationMs = (long)info.Duration.TotalMilliseconds,
                gitCommit = info.GitCommit,
                gitBranch = info.GitBranch,
                toolVersion = info.ToolVersion,
                inputFingerprint = info.InputFingerprint,
                safeMode = info.SafeMode ? 1 : 0,
                root = info.Root,
                documentVersion = ScanDocument.CurrentSchemaVersion,
            },
            transaction,
            cancellationToken: ct)).ConfigureAwait(false);

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO scan_sections (scan_id, section, ordinal, part, blob_hash) VALUES (@scanId, @Section, @Ordinal, @Part, @Hash)",
            parts.Select(p => new { scanId, p.Section, p.Ordinal, p.Part, p.Hash }),
            transaction,
            cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO scan_kpis (scan_id, ordinal, kpi_key, value) VALUES (@scanId, @ordinal, @key, @value)",
            scan.Kpis.DistinctBy(k => k.Key).Select((k, i) => new { scanId, ordinal = i, key = k.Key, value = k.Value }),
            transaction,
            cancellationToken: ct)).ConfigureAwait(false);

        if (BeforeCommit is not null)
        {
            await BeforeCommit(ct).ConfigureAwait(false);
        }

        ct.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return scanId;
    }

    private async Task<long> UpsertSolutionAsync(string identity, string? name, DbTransaction transaction, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            name is null
                ? "INSERT INTO solutions (identity, name) VALUES (@identity, @identity) ON CONFLICT (identity) DO UPDATE SET name = solutions.name RETURNING id"
                : "INSERT INTO solutions (identity, name) VALUES (@identity, @name) ON CONFLICT (identity) DO UPDATE SET name = excluded.name RETURNING id",
            new { identity, name },
            transaction,
            cancellationToken: ct)).ConfigureAwait(false);

    private async Task<HashSet<string>> ExistingBlobsAsync(IEnumerable<string> hashes, DbTransaction? transaction, CancellationToken ct)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in hashes.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            present.UnionWith(await connection.QueryAsync<string>(new CommandDefinition("SELECT hash FROM blobs WHERE " + dialect.InList("hash", "batch"), new { batch }, transaction, cancellationToken: ct)).ConfigureAwait(false));
        }

        return present;
    }

    private Task<int> InsertBlobsAsync(IEnumerable<(string Hash, (string Encoding, byte[] Data, int RawSize) Blob)> blobs, DbTransaction transaction, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO blobs (hash, encoding, raw_size, data) VALUES (@hash, @encoding, @rawSize, @data) ON CONFLICT (hash) DO NOTHING",
            blobs.Select(b => new { hash = b.Hash, encoding = b.Blob.Encoding, rawSize = (long)b.Blob.RawSize, data = b.Blob.Data }),
            transaction,
            cancellationToken: ct));

    private async Task<IReadOnlyList<StoredScan>> ScansAsync(string where, object? parameters, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(long Id, string Identity, string Name, string StartedAt, string? Commit, string? Branch, string ToolVersion, string? InputFingerprint)>(new CommandDefinition(
            $"""
            SELECT sc.id, so.identity, so.name, sc.started_at, sc.git_commit, sc.git_branch, sc.tool_version, sc.input_fingerprint
            FROM scans sc JOIN solutions so ON so.id = sc.solution_id
            {where}
            ORDER BY sc.started_at_ms, sc.id
            """,
            parameters,
            cancellationToken: ct)).ConfigureAwait(false);
        var kpis = await KpisAsync(where, parameters, ct).ConfigureAwait(false);
        return rows.Select(r => new StoredScan(
            r.Id,
            r.Identity,
            r.Name,
            DateTimeOffset.Parse(r.StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            r.Commit,
            r.Branch,
            r.ToolVersion,
            kpis.GetValueOrDefault(r.Id, [])) { InputFingerprint = r.InputFingerprint }).ToList();
    }

    /// <summary>KPI rows of the scans selected by <paramref name="where"/> (over aliases sc, so, k), grouped by scan id.</summary>
    private async Task<Dictionary<long, IReadOnlyList<Kpi>>> KpisAsync(string where, object? parameters, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(long ScanId, string Key, double Value)>(new CommandDefinition(
            $"""
            SELECT k.scan_id, k.kpi_key, k.value
            FROM scan_kpis k JOIN scans sc ON sc.id = k.scan_id JOIN solutions so ON so.id = sc.solution_id
            {where}
            ORDER BY k.scan_id, k.ordinal
            """,
            parameters,
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.GroupBy(r => r.ScanId).ToDictionary(g => g.Key, g => (IReadOnlyList<Kpi>)g.Select(r => new Kpi(r.Key, r.Value)).ToList());
    }

    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.Translate(e, Location) is { } translated)
        {
            throw translated;
        }
    }
}
