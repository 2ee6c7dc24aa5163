"""Claims on Slack deliveries: one row per event Slack sent, so a retry of it is
recognised by whichever process, worker or host it reaches.

The claims live in the same database as the briefs (the SQLite file at `BRIEF_DB_PATH`,
or PostgreSQL at `BRIEF_DATABASE_URL`), in their own table, behind their own small
interface: the Slack bot is given a `DeliveryClaims` and never reaches into the brief
store. Each claim is one transaction that sweeps a bounded batch of expired claims and
inserts the new one if absent, so exactly one caller wins a given id: on SQLite the
file's write lock serialises claims across processes; on PostgreSQL the primary key
does (INSERT … ON CONFLICT DO NOTHING).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefsmith.store.sqlite import SQLiteThread

if TYPE_CHECKING:
    from briefsmith.config.settings import Settings
    from briefsmith.store.postgres import PostgresPool

# Expired claims removed per claim: bounds the claim's transaction while still removing
# expired rows faster than claims add them.
EXPIRED_CLAIMS_PER_SWEEP = 100


class DeliveryClaims(Protocol):
    async def claim(self, delivery_id: str, ttl_s: float) -> bool:
        """True for exactly one caller per id within `ttl_s` seconds, across every
        instance, process, worker and host on this database; durable once this returns.

        A claim older than `ttl_s` no longer counts: the next caller gets the id again.
        Each call also deletes a bounded batch of expired claims, so the table stays
        about as large as the claims made within one TTL.
        """
        ...

    async def aclose(self) -> None:
        """Finish pending claims and close connections."""
        ...


def open_delivery_claims(settings: Settings) -> DeliveryClaims:
    """Claims in the database `settings` name: PostgreSQL with BRIEF_DATABASE_URL."""
    if settings.database_url is not None:
        from briefsmith.store.postgres import PostgresPool

        return PostgresDeliveryClaims(
            PostgresPool(
                settings.database_url.get_secret_value(),
                size=2,
                connect_timeout_s=settings.database_connect_timeout_s,
            )
        )
    return SQLiteDeliveryClaims(settings.db_path)


class SQLiteDeliveryClaims:
    def __init__(self, path: Path | str, *, clock: Callable[[], float] = time.time):
        self.path = Path(path)
        # Wall-clock seconds: claims are compared across processes.
        self._clock = clock
        self._db = SQLiteThread(path, name="briefsmith-slack-claims")

    def _claim(self, delivery_id: str, now: float, ttl_s: float) -> bool:
        connection = self._db.connection()
        expired_before = now - ttl_s
        with connection:  # one transaction: sweep and claim commit together
            connection.execute("BEGIN IMMEDIATE")
            # This id's own expired claim first: the batch below may not reach it.
            connection.execute(
                "DELETE FROM slack_deliveries WHERE id = ? AND claimed_at < ?",
                (delivery_id, expired_before),
            )
            connection.execute(
                "DELETE FROM slack_deliveries WHERE id IN (SELECT id FROM slack_deliveries"
                " WHERE claimed_at < ? ORDER BY claimed_at LIMIT ?)",
                (expired_before, EXPIRED_CLAIMS_PER_SWEEP),
            )
            inserted = connection.execute(
                "INSERT OR IGNORE INTO slack_deliveries (id, claimed_at) VALUES (?, ?)",
                (delivery_id, now),
            )
            return inserted.rowcount == 1

    async def claim(self, delivery_id: str, ttl_s: float) -> bool:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        return await self._db.run(self._claim, delivery_id, self._clock(), ttl_s)

    async def aclose(self) -> None:
        await self._db.aclose()


class PostgresDeliveryClaims:
    def __init__(self, pool: PostgresPool, *, clock: Callable[[], float] = time.time):
        self.pool = pool
        self._clock = clock  # wall-clock seconds: claims are compared across hosts

    async def claim(self, delivery_id: str, ttl_s: float) -> bool:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        now = self._clock()
        expired_before = now - ttl_s
        async with self.pool.connection() as connection, connection.transaction():
            await connection.execute(
                "DELETE FROM slack_deliveries WHERE id = %s AND claimed_at < %s",
                (delivery_id, expired_before),
            )
            await connection.execute(
                "DELETE FROM slack_deliveries WHERE id IN (SELECT id FROM slack_deliveries"
                " WHERE claimed_at < %s ORDER BY claimed_at LIMIT %s"
                " FOR UPDATE SKIP LOCKED)",
                (expired_before, EXPIRED_CLAIMS_PER_SWEEP),
            )
            inserted = await connection.execute(
                "INSERT INTO slack_deliveries (id, claimed_at) VALUES (%s, %s)"
                " ON CONFLICT (id) DO NOTHING",
                (delivery_id, now),
            )
            return inserted.rowcount == 1

    async def aclose(self) -> None:
        await self.pool.aclose()
