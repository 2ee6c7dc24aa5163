"""The LLM concurrency limit across processes and hosts: a counting semaphore in Redis
whose holders have leases that expire, so a holder that dies (kill -9, a lost host)
frees its place within `LEASE_S` instead of holding it for ever. While Redis cannot be
reached, calls go ahead under each process's own gate only (and a warning is logged).

Used by BriefService for LLM engine calls when `BRIEF_REDIS_URL` is set: at most
`BRIEF_LLM_SHARED_CONCURRENCY` (default `BRIEF_LLM_MAX_CONCURRENCY`) calls at once across
every API process and `brief worker` sharing that Redis, on top of each process's own
engine gate. The extractive engine runs on local CPU and is not counted.

The semaphore is one sorted set: member = a holder's random token, score = when its
lease ends (Redis server time, so hosts' clocks do not matter). Acquiring is one Lua
script (drop ended leases, count, add); a holder renews its lease every `LEASE_S / 3`
while it runs and removes it when done. Waiters poll every `POLL_S` (with jitter).
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = structlog.get_logger(__name__)

LEASE_S = 30.0
POLL_S = 0.05
LLM_SLOTS_KEY = "briefsmith:llm-slots"

# KEYS[1]: the set. ARGV: limit, lease ms, token.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
    redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
    redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
    return 1
end
return 0
"""

# KEYS[1]: the set. ARGV: lease ms, token. 0 when the lease had already ended.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ends = redis.call('ZSCORE', KEYS[1], ARGV[2])
if not ends or tonumber(ends) <= now then return 0 end
redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) * 2)
return 1
"""


class SharedLimit:
    """At most `limit` holders at once across every process using `key` on this Redis."""

    def __init__(
        self,
        redis: Redis,
        limit: int,
        *,
        key: str = LLM_SLOTS_KEY,
        lease_s: float = LEASE_S,
        poll_s: float = POLL_S,
    ):
        self.redis = redis
        self.limit = limit
        self.key = key
        self.lease_ms = int(lease_s * 1000)
        self.poll_s = poll_s
        self._acquire = redis.register_script(_ACQUIRE)
        self._renew = redis.register_script(_RENEW)

    async def try_acquire(self, token: str) -> bool:
        return bool(await self._acquire(keys=[self.key], args=[self.limit, self.lease_ms, token]))

    async def release(self, token: str) -> None:
        await self.redis.zrem(self.key, token)

    async def _keep_renewed(self, token: str) -> None:
        while True:
            await asyncio.sleep(self.lease_ms / 3000)
            if not await self._renew(keys=[self.key], args=[self.lease_ms, token]):
                log.warning("shared_limit_lease_lost", key=self.key)
                return

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """A place under the limit, held while the body runs. When Redis cannot be
        reached the body runs anyway, under the process's own engine gate only (logged):
        an outage of the queue must not stop single briefs."""
        token = uuid.uuid4().hex
        try:
            while not await self.try_acquire(token):
                await asyncio.sleep(self.poll_s * (0.5 + random.random()))
        except (RedisError, OSError) as error:
            log.warning("shared_limit_unavailable", key=self.key, error_type=type(error).__name__)
            token = ""
        renewer = asyncio.create_task(self._keep_renewed(token)) if token else None
        try:
            yield
        finally:
            if renewer is not None:
                renewer.cancel()
                with suppress(asyncio.CancelledError, RedisError, OSError):
                    await renewer
                # Shielded: a cancelled holder still gives its place back at once.
                with suppress(RedisError, OSError):
                    await asyncio.shield(self.release(token))

    async def aclose(self) -> None:
        await self.redis.aclose()


def shared_llm_limit(redis_url: str, limit: int, *, lease_s: float = LEASE_S) -> SharedLimit:
    """The LLM limit on the Redis at `redis_url` (connects on first use); a holder that
    dies frees its place `lease_s` (BRIEF_LEASE_S) after its last renewal."""
    return SharedLimit(Redis.from_url(redis_url), limit, lease_s=lease_s)
