namespace Modernize.Storage.Schema;

/// <summary>
/// The ordered schema scripts. Never edit a released script: add the next version instead, so that an old database
/// upgrades in place by running the scripts it lacks (docs/store.md).
/// </summary>
public static class SchemaMigrations
{
    private const string V1 = """
        CREATE TABLE solutions (
            id {id},
            identity TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );
        CREATE TABLE blobs (
            hash TEXT NOT NULL PRIMARY KEY,
            encoding TEXT NOT NULL,
            raw_size BIGINT NOT NULL,
            data {binary} NOT NULL
        );
        CREATE TABLE scans (
            id {id},
            solution_id BIGINT NOT NULL REFERENCES solutions (id),
            started_at TEXT NOT NULL,
            started_at_ms BIGINT NOT NULL,
            duration_ms BIGINT NOT NULL,
            git_commit TEXT NULL,
            git_branch TEXT NULL,
            tool_version TEXT NOT NULL,
            safe_mode INTEGER NOT NULL,
            root TEXT NOT NULL,
            document_version INTEGER NOT NULL
        );
        CREATE INDEX ix_scans_solution ON scans (solution_id, started_at_ms);
        CREATE TABLE scan_sections (
            scan_id BIGINT NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
            section TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            part TEXT NOT NULL,
            blob_hash TEXT NOT NULL REFERENCES blobs (hash),
            PRIMARY KEY (scan_id, section, ordinal)
        );
        CREATE TABLE scan_kpis (
            scan_id BIGINT NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kpi_key TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (scan_id, kpi_key)
        );
        """;

    private const string V2 = """
        CREATE TABLE extraction_cache (
            solution_id BIGINT NOT NULL REFERENCES solutions (id),
            document_path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            blob_hash TEXT NOT NULL REFERENCES blobs (hash),
            PRIMARY KEY (solution_id, document_path)
        );
        """;

    private const string V3 = """
        ALTER TABLE scans ADD COLUMN input_fingerprint TEXT NULL;
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "solutions, scans, KPI rows and content-addressed section blobs", V1),
        new(2, "incremental extraction cache: (solution, document path) -> content hash and payload blob", V2),
        new(3, "the input fingerprint of each scan as a column, so check --db decides on reuse without decoding a scan", V3),
    ];

    /// <summary>The schema version this Modernize writes.</summary>
    public static int Current => All[^1].Version;
}
