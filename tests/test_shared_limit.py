"""The LLM limit across processes (service/briefsmith/briefing/shared_limit.py) on a real Redis: a
counting
semaphore with expiring leases, and two `brief worker` processes that together never
send the synthetic LLM server more calls at once than the shared limit."""

from __future__ import annotations

import asyncio

from briefsmith.briefing.shared_limit import SharedLimit
from briefsmith.surfaces.http import create_app
from redis.asyncio import Redis

from tests.api_synthetic import api_client
from tests.synthetic_llm_server import (
    synthetic_llm_article,
    synthetic_llm_env,
    synthetic_llm_server,
)
from tests.test_batch_queue import (
    HANG_GUARD_S,
    _no_brief_environment,  # noqa: F401 - autouse fixture
    queue_settings,
    wait_finished,
    worker_env,
    workers,
)


async def test_the_semaphore_counts_holders_and_frees_a_place_on_release(redis_url):
    limit = SharedLimit(Redis.from_url(redis_url), 2, key="test:slots")
    assert await limit.try_acquire("one")
    assert await limit.try_acquire("two")
    assert not await limit.try_acquire("three")
    await limit.release("one")
    assert await limit.try_acquire("three")
    async with asyncio.timeout(HANG_GUARD_S):
        entered = asyncio.Event()

        async def holder() -> None:
            async with limit.slot():
                entered.set()

        waiting = asyncio.create_task(holder())
        await asyncio.sleep(0)
        assert not entered.is_set()
        await limit.release("two")
        await waiting
    assert await limit.redis.zcard("test:slots") == 1  # the slot() holder gave its place back
    await limit.aclose()


async def test_a_dead_holders_lease_expires(redis_url):
    # A holder that stops renewing (its process died) holds its place only until its
    # lease ends; a short lease here so the test does not wait long.
    limit = SharedLimit(Redis.from_url(redis_url), 1, key="test:slots", lease_s=0.3)
    assert await limit.try_acquire("dead-holder")
    assert not await limit.try_acquire("next")
    async with asyncio.timeout(HANG_GUARD_S), limit.slot():
        members = await limit.redis.zrange("test:slots", 0, -1)
    assert b"dead-holder" not in members
    await limit.aclose()


async def test_two_workers_with_four_slots_each_keep_to_a_shared_limit_of_two(
    tmp_path,
    redis_url,
):
    with synthetic_llm_server(delay_s=0.3) as (base_url, llm):
        settings = queue_settings(tmp_path, redis_url)
        app = create_app(settings)
        await app.state.batches.start()
        env = worker_env(
            tmp_path,
            redis_url,
            BRIEF_LLM_MAX_CONCURRENCY="4",
            BRIEF_LLM_SHARED_CONCURRENCY="2",
            **synthetic_llm_env(base_url),
        )
        articles = [{"id": f"n{n}", "text": synthetic_llm_article(n)} for n in range(12)]
        with workers(env, count=2, concurrency=4):
            async with api_client(app) as client:
                accepted = await client.post("/v1/batches", json={"articles": articles})
                body = await wait_finished(client, accepted.headers["location"])
        assert body["counts"]["done"] == 12, body
        assert llm.requests == 12
        assert 1 <= llm.max_in_flight <= 2
    await app.state.batches.aclose()
