-- Least-privilege roles for a team's Modernize store (docs/team.md). Run once as a superuser or database owner:
--   psql "postgres://admin@db.example/modernize" -v ON_ERROR_STOP=1 -f docs/postgres/roles.sql
-- then create the tables once as modernize_owner: modernize db migrate --db env:MODERNIZE_OWNER_DB
-- The test PostgresRoleTests runs this very file (with the names made unique) and checks what each role may do.

-- Owns the schema and runs migrations; no one logs in with it day to day.
CREATE ROLE modernize_owner LOGIN PASSWORD 'change-me-owner';
-- CI jobs: add scans and cache entries; may not delete or alter anything.
CREATE ROLE modernize_ci LOGIN PASSWORD 'change-me-ci';
-- Dashboards, reports, portfolio, trend: read only.
CREATE ROLE modernize_reader LOGIN PASSWORD 'change-me-reader';

CREATE SCHEMA modernize AUTHORIZATION modernize_owner;
GRANT USAGE ON SCHEMA modernize TO modernize_ci, modernize_reader;

-- Tables the owner creates now and in later migrations: readers select; CI also inserts, and updates the two upserted
-- tables (a solution's display name, a document's cached extraction).
ALTER DEFAULT PRIVILEGES FOR ROLE modernize_owner IN SCHEMA modernize GRANT SELECT ON TABLES TO modernize_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE modernize_owner IN SCHEMA modernize GRANT SELECT, INSERT ON TABLES TO modernize_ci;
ALTER DEFAULT PRIVILEGES FOR ROLE modernize_owner IN SCHEMA modernize GRANT USAGE ON SEQUENCES TO modernize_ci;

-- Grants that name a table need it to exist: run after the first 'modernize db migrate' (psql -f docs/postgres/grants-after-migrate.sql).
