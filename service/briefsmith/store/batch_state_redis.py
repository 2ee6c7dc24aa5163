"""Batch state in Redis (when `BRIEF_REDIS_URL` is set): every API process and every
`brief worker`, on any host, reads and moves the same items.

Keys, all expiring `Settings.batch_expiry_s` after the batch was made (7 days by
default; each update pushes the expiry on):

- `briefsmith:batch:<id>`: a hash of created_at, engine, owner;
- `briefsmith:batch:<id>:items`: item id -> JSON `{position, status, brief_id, code, reason}`;
- `briefsmith:batch:<id>:inputs`: item id -> the article (text or URL, title, source),
  read by the worker that briefs it, so queued jobs carry only ids (arq logs job
  arguments; article text stays out of the logs).

A done item never moves again: the update is one Lua script that checks first.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from briefsmith.core.errors import QueueUnavailable
from briefsmith.core.requests import CorpusItem
from briefsmith.store.batch_state import (
    BatchState,
    ItemState,
    ItemStatus,
    item_from_json,
    item_input_json,
)

KEY_PREFIX = "briefsmith:batch:"

# KEYS: meta, items, inputs. ARGV: item id, new state JSON, expiry seconds.
_MARK = """
local current = redis.call('HGET', KEYS[2], ARGV[1])
if not current then return 0 end
if cjson.decode(current)['status'] == 'done' then return 0 end
local state = cjson.decode(ARGV[2])
state['position'] = cjson.decode(current)['position']
redis.call('HSET', KEYS[2], ARGV[1], cjson.encode(state))
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
return 1
"""


@contextmanager
def queue_errors() -> Iterator[None]:
    """Redis down or unreachable: QueueUnavailable (503), not a 500 with a traceback."""
    try:
        yield
    except (RedisError, OSError) as error:
        raise QueueUnavailable(
            f"the batch queue (Redis) cannot be reached ({type(error).__name__}); retry later"
        ) from None


def _keys(batch_id: str) -> tuple[str, str, str]:
    base = KEY_PREFIX + batch_id
    return base, base + ":items", base + ":inputs"


def _serialised(items: Sequence[CorpusItem]) -> tuple[dict[str, str], dict[str, str]]:
    """Each item's first state and its input, as the JSON the hashes hold."""
    states = {
        item.id: json.dumps({"position": position, "status": "queued"})
        for position, item in enumerate(items)
    }
    return states, {item.id: item_input_json(item) for item in items}


class RedisBatchStore:
    def __init__(self, redis: Redis, expiry_s: int):
        self.redis = redis
        self.expiry_s = expiry_s
        self._mark = redis.register_script(_MARK)

    async def create(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        meta, states, inputs = _keys(batch_id)
        with queue_errors():
            await self._create(meta, states, inputs, items, owner, engine)

    async def _create(
        self,
        meta: str,
        states: str,
        inputs: str,
        items: Sequence[CorpusItem],
        owner: str | None,
        engine: str | None,
    ) -> None:
        # Serialising every item (up to BRIEF_BATCH_MAX_BYTES of text) is CPU work: off
        # the event loop.
        state_map, input_map = await asyncio.to_thread(_serialised, items)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                meta,
                mapping={
                    "created_at": datetime.now(UTC).isoformat(),
                    "engine": engine or "",
                    "owner": owner or "",
                },
            )
            pipe.hset(states, mapping=state_map)
            pipe.hset(inputs, mapping=input_map)
            for key in (meta, states, inputs):
                pipe.expire(key, self.expiry_s)
            await pipe.execute()

    async def mark(
        self,
        batch_id: str,
        item_id: str,
        status: ItemStatus,
        *,
        brief_id: str | None = None,
        code: str | None = None,
        reason: str | None = None,
    ) -> None:
        state = {"status": status, "brief_id": brief_id, "code": code, "reason": reason}
        fields = {name: value for name, value in state.items() if value is not None}
        await self._mark(keys=_keys(batch_id), args=[item_id, json.dumps(fields), self.expiry_s])

    async def item(self, batch_id: str, item_id: str) -> ItemState | None:
        raw = await self.redis.hget(_keys(batch_id)[1], item_id)  # type: ignore[misc]  # redis-py types sync|async
        return _item_state(item_id, json.loads(raw)) if raw is not None else None

    async def item_input(self, batch_id: str, item_id: str) -> CorpusItem | None:
        raw = await self.redis.hget(_keys(batch_id)[2], item_id)  # type: ignore[misc]  # redis-py types sync|async
        return item_from_json(item_id, _text(raw)) if raw is not None else None

    async def get(self, batch_id: str, owner: str | None = None) -> BatchState | None:
        with queue_errors():
            return await self._get(batch_id, owner)

    async def _get(self, batch_id: str, owner: str | None) -> BatchState | None:
        meta_key, states_key, _ = _keys(batch_id)
        meta = {_text(k): _text(v) for k, v in (await self.redis.hgetall(meta_key)).items()}  # type: ignore[misc]  # redis-py types sync|async
        if not meta or (owner is not None and meta.get("owner") != owner):
            return None
        states = [
            (_text(item_id), json.loads(raw))
            for item_id, raw in (await self.redis.hgetall(states_key)).items()  # type: ignore[misc]  # redis-py types sync|async
        ]
        states.sort(key=lambda pair: pair[1]["position"])
        return BatchState(
            id=batch_id,
            created_at=datetime.fromisoformat(meta["created_at"]),
            engine=meta.get("engine") or None,
            owner=meta.get("owner") or None,
            items=[_item_state(item_id, state) for item_id, state in states],
        )

    async def aclose(self) -> None:
        """The connection belongs to whoever made it (the queue or the worker)."""


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _item_state(item_id: str, state: dict[str, Any]) -> ItemState:
    return ItemState(
        id=item_id,
        status=state["status"],
        brief_id=state.get("brief_id"),
        code=state.get("code"),
        reason=state.get("reason"),
    )
