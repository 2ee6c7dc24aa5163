"""SQLite brief store: the embedded default, one file at `Settings.db_path`.

sqlite3 is blocking, so calls run in worker threads, each thread with its own long-lived
connection (opening and closing a WAL connection per call costs a checkpoint each time).
Writes go through ONE writer thread per store, so writers in a process queue in order
instead of spinning on SQLite's busy lock; each write is one transaction. WAL mode lets
readers proceed while the writer commits. Across processes (several uvicorn workers, a
second app), SQLite's file locking with a busy timeout serialises writers. With
synchronous=FULL a committed brief survives a crash of the process or of the machine.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from briefsmith.core.errors import StoreUnavailable
from briefsmith.core.schema import BriefResult
from briefsmith.store.base import CacheKey, StoredBrief, article_hash, stored_brief
from briefsmith.store.migrations import migrations, statements

# Before schema_migrations, files were versioned by PRAGMA user_version: 2 added
# slack_deliveries, 3 added briefs.owner and the stories table. Migration 0001 is the
# schema of version 3; a file from before 3 gets the owner column before it runs.
# How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_S = 30.0
READER_THREADS = 4
WAL_SWITCH_RETRY_S = 0.02

T = TypeVar("T")


class SQLiteBriefStore:
    """The BriefStore on one SQLite file. Safe to share across tasks and app instances."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._initialized = False
        self._init_lock = asyncio.Lock()
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="briefsmith-db-writer")
        self._readers = ThreadPoolExecutor(
            READER_THREADS, thread_name_prefix="briefsmith-db-reader"
        )
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA synchronous=FULL")
            self._local.connection = connection
            with self._connections_lock:
                self._connections.append(connection)
        return connection

    async def _run(self, executor: ThreadPoolExecutor, call: Callable[..., T], *args: Any) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, call, *args)
        except sqlite3.DatabaseError as error:
            if type(error) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
                raise  # an integrity or programming error is a bug, not an outage
            # A locked, read-only, full or vanished file: not the caller's fault, retryable.
            raise StoreUnavailable(
                f"the SQLite store (BRIEF_DB_PATH) cannot be used: {error}"
            ) from error

    def _create_schema(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreUnavailable(
                f"the SQLite store (BRIEF_DB_PATH) cannot be created: {error.strerror}"
            ) from error
        apply_migrations(self._connection())

    async def initialize(self) -> None:
        """Create the file and schema once. Every public method calls it, so an app works
        without a lifespan (test clients that skip it) and a new file appears on first use."""
        if self._initialized:
            return
        async with self._init_lock:
            if not self._initialized:
                await self._run(self._writer, self._create_schema)
                self._initialized = True

    async def aclose(self) -> None:
        """Finish pending work and close every connection."""
        await asyncio.to_thread(self._shutdown)

    def _shutdown(self) -> None:
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        with self._connections_lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()

    def _insert(self, row: dict[str, object]) -> None:
        connection = self._connection()
        with connection:  # one transaction: the row is there entirely or not at all
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "INSERT INTO briefs (id, created_at, article_hash, engine, model,"
                " prompt_version, fallback_from, brief_json, article_json, usage_json,"
                " timings_json, owner) VALUES (:id, :created_at, :article_hash, :engine,"
                " :model, :prompt_version, :fallback_from, :brief_json, :article_json,"
                " :usage_json, :timings_json, :owner)",
                row,
            )

    def _select_one(self, sql: str, parameters: tuple[object, ...]) -> sqlite3.Row | None:
        return self._connection().execute(sql, parameters).fetchone()

    def _select_stored(self, sql: str, parameters: tuple[object, ...]) -> StoredBrief | None:
        """The brief a query finds, decoded here in the reader thread (parsing a long
        article's JSON is CPU work the event loop should not do)."""
        row = self._select_one(sql, parameters)
        return _row_to_stored(row) if row else None

    async def save(self, result: BriefResult, owner: str | None = None) -> StoredBrief:
        """Store a brief; `owner` is the owner_id of the API key that asked for it."""
        await self.initialize()
        # Hashing and serialising a long article is CPU work: done in the writer thread
        # with the insert, not on the event loop.
        return await self._run(self._writer, self._save_in_thread, result, owner)

    def _save_in_thread(self, result: BriefResult, owner: str | None) -> StoredBrief:
        meta = result.brief.meta
        stored = StoredBrief(
            id=uuid.uuid4().hex,
            created_at=datetime.now(UTC),
            article_hash=article_hash(result.article),
            result=result,
            owner=owner,
        )
        self._insert(
            {
                "id": stored.id,
                "created_at": stored.created_at.isoformat(),
                "article_hash": stored.article_hash,
                "engine": meta.engine,
                "model": meta.model,
                "prompt_version": meta.prompt_version,
                "fallback_from": meta.fallback_from,
                "brief_json": result.brief.model_dump_json(),
                "article_json": result.article.model_dump_json(),
                "usage_json": meta.usage.model_dump_json() if meta.usage else None,
                "timings_json": json.dumps(meta.timings_ms),
                "owner": owner,
            }
        )
        return stored

    async def get(self, brief_id: str, owner: str | None = None) -> StoredBrief | None:
        """The brief with this id; with an `owner`, only if that owner made it."""
        await self.initialize()
        sql = "SELECT * FROM briefs WHERE id = ?"
        parameters: tuple[str, ...] = (brief_id,)
        if owner is not None:
            sql, parameters = sql + " AND owner = ?", (brief_id, owner)
        return await self._run(self._readers, self._select_stored, sql, parameters)

    async def find_cached(self, key: CacheKey) -> StoredBrief | None:
        """The newest brief of this article by this engine, model and prompt version.

        Briefs that an engine made only after another engine failed are not reused:
        they answer for a degraded moment, not for the engine that was asked.
        """
        await self.initialize()
        return await self._run(
            self._readers,
            self._select_stored,
            "SELECT * FROM briefs WHERE article_hash = ? AND engine = ? AND model IS ?"
            " AND prompt_version IS ? AND fallback_from IS NULL"
            " ORDER BY created_at DESC LIMIT 1",
            (key.article_hash, key.engine, key.model, key.prompt_version),
        )

    # --- story briefs (service/story): one row per story, its JSON as made -------------
    def _insert_story(self, story_id: str, story_json: str, owner: str | None) -> None:
        connection = self._connection()
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "INSERT INTO stories (id, created_at, story_json, owner) VALUES (?, ?, ?, ?)",
                (story_id, datetime.now(UTC).isoformat(), story_json, owner),
            )

    async def save_story(self, story_id: str, story_json: str, owner: str | None = None) -> None:
        await self.initialize()
        await self._run(self._writer, self._insert_story, story_id, story_json, owner)

    async def get_story(self, story_id: str, owner: str | None = None) -> str | None:
        """The story's JSON; with an `owner`, only if that owner made it."""
        await self.initialize()
        sql = "SELECT story_json FROM stories WHERE id = ?"
        parameters: tuple[str, ...] = (story_id,)
        if owner is not None:
            sql, parameters = sql + " AND owner = ?", (story_id, owner)
        row = await self._run(self._readers, self._select_one, sql, parameters)
        return row["story_json"] if row else None

    async def check(self) -> None:
        """Raise if the store cannot be read (readiness probe)."""
        await self.initialize()
        await self._run(self._readers, self._select_one, "SELECT 1 FROM briefs LIMIT 1", ())


def enable_wal(connection: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting out other processes doing the same (workers that
    start together on a new file). The switch needs an exclusive lock and SQLite answers
    SQLITE_BUSY at once instead of calling the busy handler, so wait here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.DatabaseError as error:
            if type(error) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
                raise  # an integrity or programming error is a bug, not an outage
            if error.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(WAL_SWITCH_RETRY_S)


def _row_to_stored(row: sqlite3.Row) -> StoredBrief:
    return stored_brief(
        id=row["id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        article_hash=row["article_hash"],
        owner=row["owner"],
        brief=row["brief_json"],
        article=row["article_json"],
    )


def apply_migrations(connection: sqlite3.Connection) -> None:
    """Apply the SQLite migrations this file lacks, in one IMMEDIATE transaction: the
    write lock makes a second process starting on the same file wait, then find them
    applied. Used by the brief store and the Slack delivery claims alike."""
    enable_wal(connection)
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        applied = {row[0] for row in connection.execute("SELECT version FROM schema_migrations")}
        _add_legacy_owner_column(connection)
        for migration in migrations("sqlite"):
            if migration.version in applied:
                continue
            for statement in statements(migration.sql):
                if not _adds_an_existing_column(connection, statement):
                    connection.execute(statement)
            connection.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat()),
            )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


_ADD_COLUMN = re.compile(r"^ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.IGNORECASE)


def _adds_an_existing_column(connection: sqlite3.Connection, statement: str) -> bool:
    """Whether the statement adds a column the table already has. SQLite has no
    `ADD COLUMN IF NOT EXISTS`; a file adopted from before migrations were tracked may
    have the column already (its schema_migrations is new), so the migration skips it."""
    code = "\n".join(line for line in statement.splitlines() if not line.startswith("--"))
    match = _ADD_COLUMN.match(code.strip())
    if match is None:
        return False
    columns = {row[1] for row in connection.execute(f"PRAGMA table_info({match[1]})")}
    return match[2] in columns


def _add_legacy_owner_column(connection: sqlite3.Connection) -> None:
    """A file from before user_version 3 has briefs without `owner`; 0001 assumes it."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(briefs)")}
    if columns and "owner" not in columns:
        connection.execute("ALTER TABLE briefs ADD COLUMN owner TEXT")


class SQLiteThread:
    """One connection to the store's file, owned by one thread and opened (migrations
    applied) on first use: the home of the small tables next to the briefs (batch state,
    Slack delivery claims), whose calls are few and short. `run(function, *args)` runs
    `function(*args)` in that thread, where `connection()` is that thread's connection;
    each write is one transaction, and across processes the file's lock serialises them."""

    def __init__(self, path: Path | str, *, name: str):
        self.path = Path(path)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix=name)
        self._connection: sqlite3.Connection | None = None
        self._closed = False

    def connection(self) -> sqlite3.Connection:
        """The connection; only inside a function given to `run`."""
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA synchronous=FULL")
            apply_migrations(connection)
            self._connection = connection
        return self._connection

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, function, *args)

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    async def aclose(self) -> None:
        """Finish pending calls and close the connection."""
        if self._closed:
            return
        self._closed = True
        await self.run(self._close)
        await asyncio.to_thread(self._thread.shutdown, wait=True)
