-- Leases keyed by a name (briefsmith.store.leases.PostgresLeases): the single flight of
-- a brief across processes and hosts when BRIEF_DATABASE_URL is set without Redis.
-- Unlogged: a lease outlives no crash of the server, and needs no WAL.
CREATE UNLOGGED TABLE IF NOT EXISTS leases (
    key        TEXT PRIMARY KEY,
    token      TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
)
