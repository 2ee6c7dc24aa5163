-- The schema as it stood at SQLite user_version 3, before migrations were tracked: a
-- file made then already has these tables, so every statement is IF NOT EXISTS.
CREATE TABLE IF NOT EXISTS briefs (
    id             TEXT PRIMARY KEY,
    created_at     TEXT NOT NULL,
    article_hash   TEXT NOT NULL,
    engine         TEXT NOT NULL,
    model          TEXT,
    prompt_version TEXT,
    fallback_from  TEXT,
    brief_json     TEXT NOT NULL,
    article_json   TEXT NOT NULL,
    usage_json     TEXT,
    timings_json   TEXT NOT NULL,
    owner          TEXT
);
CREATE INDEX IF NOT EXISTS briefs_by_article
    ON briefs (article_hash, engine, model, prompt_version, created_at);
CREATE TABLE IF NOT EXISTS stories (
    id         TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    story_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS slack_deliveries (
    id         TEXT PRIMARY KEY,
    claimed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_deliveries_by_claimed_at ON slack_deliveries (claimed_at);
