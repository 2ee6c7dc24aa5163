"""Leases keyed by a name, shared by every process and host on one Redis or PostgreSQL:
at most one holder per key at a time, and a holder that dies (kill -9, a lost host)
loses its lease `lease_s` after its last renewal, so nobody waits on it for ever.

`BriefService` uses them for single flight across processes (one engine call per cache
key: the holder makes the brief, the others wait and then read it from the store);
`RedisLeases` when `BRIEF_REDIS_URL` is set, else `PostgresLeases` when
`BRIEF_DATABASE_URL` is set; without either, single flight is per process only.

A lease's time is the server's (Redis `PX`, PostgreSQL `clock_timestamp()`), so hosts'
clocks do not matter. `hold` renews every `lease_s / 3` while its body runs and releases
when it ends (shielded, so a cancelled holder still lets go at once).
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import TYPE_CHECKING, Protocol

import structlog

from briefsmith.core.errors import StoreUnavailable

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from briefsmith.config.settings import Settings
    from briefsmith.store.postgres import PostgresPool

log = structlog.get_logger(__name__)

POLL_S = 0.05
KEY_PREFIX = "briefsmith:lease:"

# KEYS[1]: the lease. ARGV: token, lease ms. 1 when still ours (and renewed).
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return 1
end
return 0
"""
# KEYS[1]: the lease. ARGV: token. Deletes it only if it is still ours.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class Leases(Protocol):
    lease_s: float

    async def try_acquire(self, key: str, token: str) -> bool:
        """Take the lease on `key` if nobody holds it (or its holder's has ended)."""

    async def renew(self, key: str, token: str) -> bool:
        """Push the lease on; False when it had already ended (someone may hold it now)."""

    async def release(self, key: str, token: str) -> None:
        """Give the lease up if it is still ours."""

    async def aclose(self) -> None: ...


class RedisLeases:
    """One Redis string per held lease: `SET key token NX PX lease`."""

    def __init__(self, redis: Redis, lease_s: float):
        self.redis = redis
        self.lease_s = lease_s
        self._renew = redis.register_script(_RENEW)
        self._release = redis.register_script(_RELEASE)

    @property
    def _ms(self) -> int:
        return int(self.lease_s * 1000)

    async def try_acquire(self, key: str, token: str) -> bool:
        return bool(await self.redis.set(KEY_PREFIX + key, token, nx=True, px=self._ms))

    async def renew(self, key: str, token: str) -> bool:
        return bool(await self._renew(keys=[KEY_PREFIX + key], args=[token, self._ms]))

    async def release(self, key: str, token: str) -> None:
        await self._release(keys=[KEY_PREFIX + key], args=[token])

    async def aclose(self) -> None:
        await self.redis.aclose()


class PostgresLeases:
    """One row per lease in the `leases` table (postgres migration 0003); an ended
    lease's row is taken over by the next `try_acquire`."""

    def __init__(self, pool: PostgresPool, lease_s: float, *, owns_pool: bool = False):
        self.pool = pool
        self.lease_s = lease_s
        self._owns_pool = owns_pool

    async def _changed(self, sql: str, parameters: tuple[object, ...]) -> bool:
        async with self.pool.connection() as connection:
            cursor = await connection.execute(sql, parameters)
            return cursor.rowcount == 1

    async def try_acquire(self, key: str, token: str) -> bool:
        return await self._changed(
            "INSERT INTO leases (key, token, expires_at) VALUES"
            " (%s, %s, clock_timestamp() + %s * interval '1 millisecond')"
            " ON CONFLICT (key) DO UPDATE SET token = EXCLUDED.token,"
            " expires_at = EXCLUDED.expires_at WHERE leases.expires_at < clock_timestamp()",
            (key, token, int(self.lease_s * 1000)),
        )

    async def renew(self, key: str, token: str) -> bool:
        return await self._changed(
            "UPDATE leases SET expires_at = clock_timestamp() + %s * interval '1 millisecond'"
            " WHERE key = %s AND token = %s AND expires_at > clock_timestamp()",
            (int(self.lease_s * 1000), key, token),
        )

    async def release(self, key: str, token: str) -> None:
        await self._changed("DELETE FROM leases WHERE key = %s AND token = %s", (key, token))

    async def aclose(self) -> None:
        if self._owns_pool:
            await self.pool.aclose()


# What a lease backend raises when its server cannot be reached.
def _backend_errors() -> tuple[type[BaseException], ...]:
    from redis.exceptions import RedisError

    return (RedisError, OSError, StoreUnavailable)


async def _keep_renewed(leases: Leases, key: str, token: str) -> None:
    while True:
        await asyncio.sleep(leases.lease_s / 3)
        if not await leases.renew(key, token):
            log.warning("lease_lost", key=key)
            return


@asynccontextmanager
async def held(leases: Leases, key: str, token: str) -> AsyncIterator[None]:
    """Keep an acquired lease renewed while the body runs; release it afterwards."""
    renewer = asyncio.create_task(_keep_renewed(leases, key, token))
    try:
        yield
    finally:
        renewer.cancel()
        with suppress(asyncio.CancelledError, *_backend_errors()):
            await renewer
        with suppress(*_backend_errors()):
            await asyncio.shield(leases.release(key, token))


async def acquire(leases: Leases, key: str, poll_s: float = POLL_S) -> str | None:
    """Wait for the lease on `key`; its token, or None when the backend cannot be reached
    (logged: an outage of Redis or PostgreSQL must not stop single briefs)."""
    token = uuid.uuid4().hex
    try:
        while not await leases.try_acquire(key, token):
            await asyncio.sleep(poll_s * (0.5 + random.random()))
    except _backend_errors() as error:
        log.warning("lease_unavailable", key=key, error_type=type(error).__name__)
        return None
    return token


def flight_key(article_hash: str, engine: str, model: str | None, prompt: str | None) -> str:
    """The lease name of one brief: the cache key's fields."""
    return f"brief:{article_hash}:{engine}:{model or ''}:{prompt or ''}"


def open_leases(settings: Settings, store: object) -> Leases | None:
    """Leases on the Redis at BRIEF_REDIS_URL, else on the PostgreSQL of the store (or at
    BRIEF_DATABASE_URL); None without either (single flight stays per process)."""
    if settings.redis_url is not None:
        from redis.asyncio import Redis

        return RedisLeases(Redis.from_url(settings.redis_url.get_secret_value()), settings.lease_s)
    if settings.database_url is not None:
        from briefsmith.store.postgres import PostgresBriefStore, PostgresPool

        if isinstance(store, PostgresBriefStore):
            return PostgresLeases(store.pool, settings.lease_s)
        pool = PostgresPool(settings.database_url.get_secret_value(), size=2)
        return PostgresLeases(pool, settings.lease_s, owns_pool=True)
    return None
