"""Batch state in a real Redis (service/briefsmith/store/batch_state_redis.py): owner scoping, the
documented expiry, done items that never move again, and an item whose workers keep
dying marked `worker-lost` instead of being retried for ever."""

from __future__ import annotations

from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.core.requests import CorpusItem
from briefsmith.store.batch_state_redis import RedisBatchStore
from briefsmith.surfaces.batch.queue import brief_batch_item
from redis.asyncio import Redis

ITEMS = [
    CorpusItem("budget", text="The county board passed a 2.1 billion dollar budget on Friday."),
    CorpusItem("match", url="https://example.org/sport/final", title="Final", source="Wire"),
]
WEEK_S = 7 * 24 * 3600


async def test_state_is_scoped_to_its_owner_and_expires(redis_url):
    redis = Redis.from_url(redis_url)
    store = RedisBatchStore(redis, WEEK_S)
    await store.create("b1", "owner-one", "extractive", ITEMS)
    assert await store.get("b1", "owner-two") is None
    state = await store.get("b1", "owner-one")
    assert state is not None and [item.id for item in state.items] == ["budget", "match"]
    assert state.engine == "extractive" and state.counts()["queued"] == 2
    for key in ("briefsmith:batch:b1", "briefsmith:batch:b1:items", "briefsmith:batch:b1:inputs"):
        assert 0 < await redis.ttl(key) <= WEEK_S
    assert await store.item_input("b1", "match") == ITEMS[1]
    await redis.aclose()


async def test_a_done_item_never_moves_again(redis_url):
    redis = Redis.from_url(redis_url)
    store = RedisBatchStore(redis, WEEK_S)
    await store.create("b2", None, None, ITEMS)
    await store.mark("b2", "budget", "running")
    await store.mark("b2", "budget", "done", brief_id="brief-1")
    await store.mark("b2", "budget", "running")
    await store.mark("b2", "budget", "failed", code="engine-failed", reason="late retry")
    item = await store.item("b2", "budget")
    assert item is not None and (item.status, item.brief_id, item.code) == (
        "done",
        "brief-1",
        None,
    )
    await store.mark("b2", "no-such-item", "done", brief_id="x")  # ignored, not created
    assert await store.item("b2", "no-such-item") is None
    await redis.aclose()


async def test_an_item_whose_workers_keep_dying_is_failed_as_worker_lost(tmp_path, redis_url):
    settings = Settings(
        _env_file=None, db_path=tmp_path / "briefs.db", redis_url=redis_url, batch_max_tries=2
    )
    redis = Redis.from_url(redis_url)
    store = RedisBatchStore(redis, WEEK_S)
    await store.create("b3", None, "extractive", ITEMS[:1])
    await store.mark("b3", "budget", "running")  # as the last worker left it when it died
    service = BriefService(settings)
    # arq's third try of an item allowed two: it is not briefed, it is failed.
    # What arq gives a job: its Redis and job id too (the item's lease is arq's mark).
    context = {
        "service": service,
        "store": store,
        "job_try": 3,
        "redis": redis,
        "job_id": "brief-item:b3:budget",
    }
    await brief_batch_item(context, "b3", "budget", "extractive", None)
    item = await store.item("b3", "budget")
    assert item is not None and (item.status, item.code) == ("failed", "worker-lost")
    assert item.brief_id is None
    # Within the allowed tries it is briefed.
    await store.create("b4", None, "extractive", ITEMS[:1])
    retried = {**context, "job_try": 2, "job_id": "brief-item:b4:budget"}
    await brief_batch_item(retried, "b4", "budget", "extractive", None)
    item = await store.item("b4", "budget")
    assert item is not None and item.status == "done" and item.brief_id
    await service.aclose()
    await redis.aclose()
