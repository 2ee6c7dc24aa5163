"""Load behaviour: concurrent requests overlap, the engine-concurrency bound holds, and
the store stays whole under concurrent writers (including a second app on the file)."""

from __future__ import annotations

import asyncio
import sqlite3

from briefsmith.surfaces.http import create_app

from tests.api_synthetic import (
    SYNTHETIC_ARTICLE,
    SyntheticEngine,
    api_client,
    make_settings,
    synthetic_factory,
)

REQUESTS = 50
ENGINE_DELAY_S = 0.5
CONCURRENCY_BOUND = 10


async def test_50_concurrent_requests_overlap_and_respect_the_bound(tmp_path):
    # Synthetic engine sleeping 0.5 s; the first calls wait until the bound is reached at
    # once, so the overlap does not depend on how fast a loaded machine gets them there.
    engine = SyntheticEngine(delay_s=ENGINE_DELAY_S, hold_until=CONCURRENCY_BOUND)
    settings = make_settings(tmp_path, llm_max_concurrency=CONCURRENCY_BOUND, queue_limit=REQUESTS)
    app = create_app(settings, engine_factory=synthetic_factory(engine))
    async with api_client(app) as client:
        responses = await asyncio.gather(
            *(
                client.post("/v1/briefs", json={"text": f"{SYNTHETIC_ARTICLE} Update number {n}."})
                for n in range(REQUESTS)
            )
        )
    assert [response.status_code for response in responses] == [201] * REQUESTS
    assert len({response.json()["id"] for response in responses}) == REQUESTS
    assert engine.calls == REQUESTS
    # The requests overlapped up to the bound and never beyond it. How long that takes is
    # measured by benches/http_load.py, not asserted here.
    assert engine.max_in_flight == CONCURRENCY_BOUND


async def test_concurrent_writers_from_two_apps_never_corrupt_the_store(tmp_path):
    settings = make_settings(tmp_path, llm_max_concurrency=8, queue_limit=200)
    apps = [
        create_app(settings, engine_factory=synthetic_factory(SyntheticEngine())) for _ in range(2)
    ]
    async with api_client(apps[0]) as first, api_client(apps[1]) as second:
        responses = await asyncio.gather(
            *(
                (first if n % 2 else second).post(
                    "/v1/briefs", json={"text": f"{SYNTHETIC_ARTICLE} Item {n}.", "fresh": True}
                )
                for n in range(60)
            )
        )
        ids = [response.json()["id"] for response in responses]
        fetched = await asyncio.gather(*(first.get(f"/v1/briefs/{brief_id}") for brief_id in ids))
    assert all(response.status_code == 201 for response in responses)
    assert all(response.status_code == 200 for response in fetched)
    with sqlite3.connect(settings.db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT COUNT(*) FROM briefs").fetchone() == (60,)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


async def test_identical_concurrent_requests_cost_one_engine_call(tmp_path):
    engine = SyntheticEngine(delay_s=0.3)  # synthetic slow engine
    app = create_app(make_settings(tmp_path), engine_factory=synthetic_factory(engine))
    async with api_client(app) as client:
        responses = await asyncio.gather(
            *(client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE}) for _ in range(6))
        )
        metrics = (await client.get("/metrics")).text
    assert engine.calls == 1
    assert sorted(r.status_code for r in responses) == [200] * 5 + [201]
    assert sorted(r.headers["x-brief-cache"] for r in responses) == ["hit"] * 5 + ["miss"]
    assert len({r.json()["id"] for r in responses}) == 1
    assert 'briefsmith_briefs_total{engine="synthetic",outcome="made"} 1.0' in metrics
    assert 'briefsmith_briefs_total{engine="synthetic",outcome="cache_hit"} 5.0' in metrics


async def test_a_brief_abandoned_at_the_deadline_is_stopped_not_kept(tmp_path):
    engine = SyntheticEngine(delay_s=0.5)  # synthetic engine slower than the deadline
    settings = make_settings(tmp_path, request_deadline_s=0.2)
    app = create_app(settings, engine_factory=synthetic_factory(engine))
    async with api_client(app) as client:
        late = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        # Nobody waits for that brief any more: its making was cancelled, not left running.
        assert engine.in_flight == 0
        retry = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        assert engine.in_flight == 0
    assert (late.status_code, retry.status_code) == (504, 504)
    # The retry started the brief afresh: nothing half-made was kept running to join.
    assert engine.calls == 2
