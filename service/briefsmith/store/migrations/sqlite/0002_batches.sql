-- In-process batches (service/batch/state.py, SqliteBatchStore): used when no Redis is
-- configured. With BRIEF_REDIS_URL, batch state lives in Redis, so PostgreSQL has no
-- such tables.
CREATE TABLE IF NOT EXISTS batches (
    id         TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    engine     TEXT,
    owner      TEXT
);
CREATE TABLE IF NOT EXISTS batch_items (
    batch_id   TEXT NOT NULL,
    position   INTEGER NOT NULL,
    item_id    TEXT NOT NULL,
    status     TEXT NOT NULL,
    brief_id   TEXT,
    code       TEXT,
    reason     TEXT,
    input_json TEXT NOT NULL,
    PRIMARY KEY (batch_id, item_id)
);
CREATE INDEX IF NOT EXISTS batch_items_by_status ON batch_items (status, batch_id);
