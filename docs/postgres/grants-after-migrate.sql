-- Column-level UPDATE for the two upserts Modernize does (docs/team.md). Run once after the first 'modernize db migrate'.
GRANT UPDATE (name) ON modernize.solutions TO modernize_ci;
GRANT UPDATE (content_hash, blob_hash) ON modernize.extraction_cache TO modernize_ci;
