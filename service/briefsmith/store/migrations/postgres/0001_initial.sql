CREATE TABLE IF NOT EXISTS briefs (
    id             TEXT PRIMARY KEY,
    created_at     TIMESTAMPTZ NOT NULL,
    article_hash   TEXT NOT NULL,
    engine         TEXT NOT NULL,
    model          TEXT,
    prompt_version TEXT,
    fallback_from  TEXT,
    brief_json     JSONB NOT NULL,
    article_json   JSONB NOT NULL,
    usage_json     JSONB,
    timings_json   JSONB NOT NULL,
    owner          TEXT
);
CREATE INDEX IF NOT EXISTS briefs_by_article
    ON briefs (article_hash, engine, model, prompt_version, created_at);
CREATE TABLE IF NOT EXISTS stories (
    id         TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    story_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS slack_deliveries (
    id         TEXT PRIMARY KEY,
    claimed_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_deliveries_by_claimed_at ON slack_deliveries (claimed_at);
