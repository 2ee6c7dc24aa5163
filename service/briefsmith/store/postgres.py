"""PostgreSQL brief store (`BRIEF_DATABASE_URL=postgresql://…`): psycopg 3, async, one
connection pool per store.

Several API processes, hosts and batch workers share one database, so a brief made by
one is a cache hit for all. Each write is one transaction (the pool commits when the
block ends without error); migrations are applied under a transaction-scoped advisory
lock, so processes starting together apply each one exactly once. Connection problems
surface as StoreUnavailable with a message naming the setting, never the URL (it may
hold a password).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from briefsmith.core.errors import StoreUnavailable
from briefsmith.core.schema import BriefResult
from briefsmith.store.base import CacheKey, StoredBrief, article_hash, stored_brief
from briefsmith.store.migrations import migrations, statements

# Any number below 2**63: the lock serialises migrations across every process on the DB.
MIGRATION_LOCK_ID = 0x62726965665F6D67  # "brief_mg"
CONNECT_TIMEOUT_S = 10.0

Connection = psycopg.AsyncConnection[dict[str, Any]]


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://…"
    host, port, name = info.get("host", ""), info.get("port", ""), info.get("dbname", "")
    return f"postgresql://{host}{':' + str(port) if port else ''}/{name}"


async def apply_migrations(connection: Connection) -> None:
    """Apply the PostgreSQL migrations the database lacks, in one transaction."""
    async with connection.transaction():
        await connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_ID,))
        await connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
        )
        cursor = await connection.execute("SELECT version FROM schema_migrations")
        applied = {row["version"] for row in await cursor.fetchall()}
        for migration in migrations("postgres"):
            if migration.version in applied:
                continue
            for statement in statements(migration.sql):
                await connection.execute(statement)
            await connection.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, %s)",
                (migration.version, migration.name, datetime.now(UTC)),
            )


class PostgresPool:
    """One lazily opened pool with migrations applied; the brief store and the Slack
    delivery claims of a process share it when given the same instance."""

    def __init__(self, url: str, *, size: int = 10, connect_timeout_s: float = CONNECT_TIMEOUT_S):
        self.url = url
        self.size = size
        self.connect_timeout_s = connect_timeout_s
        self._pool: AsyncConnectionPool[Connection] | None = None
        self._open_lock = asyncio.Lock()

    async def _opened(self) -> AsyncConnectionPool[Connection]:
        if self._pool is not None:
            return self._pool
        async with self._open_lock:
            if self._pool is not None:
                return self._pool
            pool: AsyncConnectionPool[Connection] = AsyncConnectionPool(
                self.url,
                min_size=1,
                max_size=self.size,
                open=False,
                kwargs={
                    "row_factory": dict_row,
                    "connect_timeout": max(1, round(self.connect_timeout_s)),
                },
                # A connection dropped by a server restart is replaced, not handed out.
                check=AsyncConnectionPool.check_connection,
                timeout=self.connect_timeout_s,
            )
            try:
                await pool.open(wait=True, timeout=self.connect_timeout_s)
                async with pool.connection() as connection:
                    await apply_migrations(connection)
            except (psycopg.OperationalError, PoolTimeout) as error:
                await pool.close()  # the next call tries again from scratch
                raise _unavailable(self.url, error) from error
            self._pool = pool
            return pool

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[Connection]:
        """A pooled connection; its transaction commits when the block ends cleanly."""
        pool = await self._opened()
        try:
            async with pool.connection() as connection:
                yield connection
        except (psycopg.OperationalError, PoolTimeout) as error:
            raise _unavailable(self.url, error) from error

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None


def _unavailable(url: str, error: Exception) -> StoreUnavailable:
    kind = "timed out" if isinstance(error, PoolTimeout) else "failed"
    return StoreUnavailable(
        f"PostgreSQL at BRIEF_DATABASE_URL ({redacted(url)}) cannot be used: connection {kind}"
    )


class PostgresBriefStore:
    """The BriefStore on PostgreSQL."""

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 10,
        pool: PostgresPool | None = None,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
    ):
        self.pool = pool or PostgresPool(url, size=pool_size, connect_timeout_s=connect_timeout_s)

    async def initialize(self) -> None:
        async with self.pool.connection():
            pass

    async def aclose(self) -> None:
        await self.pool.aclose()

    async def save(self, result: BriefResult, owner: str | None = None) -> StoredBrief:
        meta = result.brief.meta
        stored = StoredBrief(
            id=uuid.uuid4().hex,
            created_at=datetime.now(UTC),
            article_hash=await asyncio.to_thread(article_hash, result.article),  # CPU: off the loop
            result=result,
            owner=owner,
        )
        async with self.pool.connection() as connection:
            await connection.execute(
                "INSERT INTO briefs (id, created_at, article_hash, engine, model,"
                " prompt_version, fallback_from, brief_json, article_json, usage_json,"
                " timings_json, owner) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    stored.id,
                    stored.created_at,
                    stored.article_hash,
                    meta.engine,
                    meta.model,
                    meta.prompt_version,
                    meta.fallback_from,
                    Jsonb(result.brief.model_dump(mode="json")),
                    Jsonb(result.article.model_dump(mode="json")),
                    Jsonb(meta.usage.model_dump(mode="json")) if meta.usage else None,
                    Jsonb(meta.timings_ms),
                    owner,
                ),
            )
        return stored

    async def _one(self, sql: str, parameters: tuple[object, ...]) -> dict[str, Any] | None:
        async with self.pool.connection() as connection:
            cursor = await connection.execute(sql, parameters)
            return await cursor.fetchone()

    async def get(self, brief_id: str, owner: str | None = None) -> StoredBrief | None:
        if owner is None:
            row = await self._one("SELECT * FROM briefs WHERE id = %s", (brief_id,))
        else:
            row = await self._one(
                "SELECT * FROM briefs WHERE id = %s AND owner = %s", (brief_id, owner)
            )
        return _row_to_stored(row) if row else None

    async def find_cached(self, key: CacheKey) -> StoredBrief | None:
        row = await self._one(
            "SELECT * FROM briefs WHERE article_hash = %s AND engine = %s"
            " AND model IS NOT DISTINCT FROM %s AND prompt_version IS NOT DISTINCT FROM %s"
            " AND fallback_from IS NULL ORDER BY created_at DESC LIMIT 1",
            (key.article_hash, key.engine, key.model, key.prompt_version),
        )
        return _row_to_stored(row) if row else None

    async def save_story(self, story_id: str, story_json: str, owner: str | None = None) -> None:
        async with self.pool.connection() as connection:
            await connection.execute(
                "INSERT INTO stories (id, created_at, story_json, owner) VALUES (%s, %s, %s, %s)",
                (story_id, datetime.now(UTC), story_json, owner),
            )

    async def get_story(self, story_id: str, owner: str | None = None) -> str | None:
        """The story's JSON; with an `owner`, only if that owner made it."""
        if owner is None:
            row = await self._one("SELECT story_json FROM stories WHERE id = %s", (story_id,))
        else:
            row = await self._one(
                "SELECT story_json FROM stories WHERE id = %s AND owner = %s", (story_id, owner)
            )
        return row["story_json"] if row else None

    async def check(self) -> None:
        await self._one("SELECT 1 AS ok", ())


def _row_to_stored(row: dict[str, Any]) -> StoredBrief:
    return stored_brief(
        id=row["id"],
        created_at=row["created_at"],
        article_hash=row["article_hash"],
        owner=row["owner"],
        brief=row["brief_json"],
        article=row["article_json"],
    )
