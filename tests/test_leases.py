"""Pay once, recover fast, on real servers (tests/pg_server.py, tests/redis_server.py)
with real `brief worker` and `brief serve` processes and a synthetic OpenAI-compatible
LLM on loopback that counts the calls it gets (tests/synthetic_llm_server.py):

- single flight across processes: the same article in 8 concurrent batch items on two
  worker processes costs one engine call; two API processes on one PostgreSQL asked for
  the same article at once make one call;
- a worker killed with SIGKILL frees its items through their lease (BRIEF_LEASE_S,
  default), not arq's job timeout; a live item whose brief outlasts the lease is not
  taken over, because its lease is renewed;
- /readyz is 503 naming the queue when Redis is down.

No wall-clock bounds: the recovery time is measured in benches/recovery.py."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from briefsmith.config.settings import Settings
from briefsmith.surfaces.batch.queue import item_job_id
from briefsmith.surfaces.http import create_app
from redis.asyncio import Redis

from tests.api_synthetic import api_client
from tests.synthetic_llm_server import (
    synthetic_llm_article,
    synthetic_llm_env,
    synthetic_llm_server,
)
from tests.test_api_serve import free_port, wait_for
from tests.test_batch_queue import HANG_GUARD_S, REPO, wait_finished, worker_env

SERVE = [sys.executable, "-m", "briefsmith.surfaces.cli.main", "serve"]
DEFAULT_LEASE_MS = int(Settings.model_fields["lease_s"].default * 1000)


@contextmanager
def logged_workers(
    env: dict[str, str], logs: list[Path], concurrency: int
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """`brief worker` processes logging (INFO, JSON lines) to the given files."""
    started = []
    for log_path in logs:
        with log_path.open("wb") as log_file:
            started.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "briefsmith.surfaces.cli.main",
                        "worker",
                        "--concurrency",
                        str(concurrency),
                    ],
                    env={**env, "BRIEF_LOG_LEVEL": "INFO"},
                    cwd=REPO,
                    stdout=subprocess.DEVNULL,
                    stderr=log_file,
                )
            )
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


async def wait_logged(path: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    async with asyncio.timeout(HANG_GUARD_S):
        while text not in path.read_text(errors="replace"):
            assert process.poll() is None, path.read_text(errors="replace")[-2000:]
            await asyncio.sleep(0.05)


def attempts(log_path: Path) -> dict[str, list[int]]:
    """item id -> the attempt numbers (arq's job_try) a worker's log shows it starting."""
    found: dict[str, list[int]] = {}
    for line in log_path.read_text(errors="replace").splitlines():
        if '"batch_item_started"' in line:
            record = json.loads(line)
            found.setdefault(record["item_id"], []).append(record["attempt"])
    return found


def settings_for(tmp_path: Path, redis_url: str, **overrides: Any) -> Settings:
    return Settings(
        _env_file=None,
        db_path=tmp_path / "briefs.db",
        redis_url=redis_url,
        client_max_in_flight=1_000,
        **overrides,
    )


async def test_the_same_article_in_8_items_on_two_workers_costs_one_engine_call(
    tmp_path, redis_url, postgres_url
):
    with synthetic_llm_server(delay_s=2.0) as (base_url, llm):
        settings = settings_for(tmp_path, redis_url, database_url=postgres_url)
        app = create_app(settings)
        env = worker_env(
            tmp_path, redis_url, BRIEF_DATABASE_URL=postgres_url, **synthetic_llm_env(base_url)
        )
        logs = [tmp_path / "worker-1.log", tmp_path / "worker-2.log"]
        # 4 items at once per worker: the 8 items need both.
        with logged_workers(env, logs, concurrency=4) as started:
            for path, process in zip(logs, started, strict=True):
                await wait_logged(path, "worker_started", process)
            async with api_client(app) as client:
                article = synthetic_llm_article(7)
                items = [{"id": f"copy{n}", "text": article} for n in range(8)]
                accepted = await client.post("/v1/batches", json={"articles": items})
                assert accepted.status_code == 202, accepted.text
                body = await wait_finished(client, accepted.headers["location"])
        await app.state.batches.aclose()
        await app.state.service.aclose()
    assert body["counts"] == {"queued": 0, "running": 0, "done": 8, "failed": 0}
    assert llm.requests == 1
    assert len({item["brief_id"] for item in body["items"]}) == 1
    texts = [path.read_text(errors="replace") for path in logs]
    made = [text.count('"brief_made"') for text in texts]
    assert sorted(made) == [0, 1]
    # The worker that did not make it waited on the other's lease, then read the store.
    assert '"brief_joined_across_processes"' in texts[made.index(0)]


async def test_two_api_processes_on_one_postgres_make_one_brief_of_an_article(
    tmp_path, postgres_url
):
    with synthetic_llm_server(delay_s=1.0) as (base_url, llm):
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "OPENAI_"))},
            **synthetic_llm_env(base_url),
            "BRIEF_DATABASE_URL": postgres_url,
            "BRIEF_LOG_LEVEL": "WARNING",
            "BRIEF_CLIENT_MAX_IN_FLIGHT": "100",
        }
        ports = free_port(), free_port()
        processes = [
            subprocess.Popen(
                [*SERVE, "--host", "127.0.0.1", "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                cwd=tmp_path,  # no developer's .env
            )
            for port in ports
        ]
        try:
            for port, process in zip(ports, processes, strict=True):
                await asyncio.to_thread(wait_for, f"http://127.0.0.1:{port}/healthz", process)
            article = synthetic_llm_article(11)
            async with httpx.AsyncClient(timeout=HANG_GUARD_S) as client:
                answers = await asyncio.gather(
                    *(
                        client.post(
                            f"http://127.0.0.1:{ports[n % 2]}/v1/briefs", json={"text": article}
                        )
                        for n in range(6)
                    )
                )
        finally:
            for process in processes:
                process.terminate()
            stderr = [process.communicate(timeout=30)[1].decode() for process in processes]
    assert [answer.status_code for answer in answers].count(201) == 1, [
        answer.text for answer in answers
    ]
    assert all(answer.status_code in (200, 201) for answer in answers)
    assert len({answer.json()["id"] for answer in answers}) == 1
    assert llm.requests == 1
    assert not any("Traceback" in text for text in stderr), stderr


async def test_a_killed_workers_items_are_freed_by_their_lease_at_default_settings(
    tmp_path, redis_url
):
    # A long first answer: the first worker is surely mid-brief when it is killed.
    with synthetic_llm_server(delay_s=60.0) as (base_url, llm):
        settings = settings_for(tmp_path, redis_url)
        app = create_app(settings)
        env = worker_env(tmp_path, redis_url, **synthetic_llm_env(base_url))
        redis = Redis.from_url(redis_url)
        articles = [synthetic_llm_article(20 + n) for n in range(3)]
        async with api_client(app) as client:
            accepted = await client.post(
                "/v1/batches",
                json={"articles": [{"id": f"a{n}", "text": t} for n, t in enumerate(articles)]},
            )
            batch_id, location = accepted.json()["id"], accepted.headers["location"]
            jobs = [item_job_id(batch_id, f"a{n}") for n in range(3)]
            with logged_workers(env, [tmp_path / "first.log"], concurrency=4) as (first,):
                async with asyncio.timeout(HANG_GUARD_S):
                    while llm.in_flight < 3:  # all three items are being briefed
                        await asyncio.sleep(0.05)
                # The mechanism: arq's in-progress mark is the item's lease, not the job
                # timeout (which is the 200 s deadline + 5 s).
                for job in jobs:
                    left_ms = await redis.pttl(f"arq:in-progress:{job}")
                    assert 0 < left_ms <= DEFAULT_LEASE_MS
                first.send_signal(signal.SIGKILL)
                assert first.wait(timeout=30) == -signal.SIGKILL
            llm.delay_s = 0.2
            with logged_workers(env, [tmp_path / "second.log"], concurrency=4):
                body = await wait_finished(client, location)
        await redis.aclose()
        await app.state.batches.aclose()
    assert body["counts"]["done"] == 3
    # Each item ran once on each worker, no more: the second run was attempt 2.
    assert attempts(tmp_path / "first.log") == {f"a{n}": [1] for n in range(3)}
    assert attempts(tmp_path / "second.log") == {f"a{n}": [2] for n in range(3)}
    assert llm.requests == 6


async def test_a_live_item_briefed_longer_than_its_lease_is_not_taken_over(tmp_path, redis_url):
    # A lease shortened through the setting; the brief takes 2.5 leases.
    with synthetic_llm_server(delay_s=5.0) as (base_url, llm):
        settings = settings_for(tmp_path, redis_url)
        app = create_app(settings)
        env = worker_env(tmp_path, redis_url, BRIEF_LEASE_S="2", **synthetic_llm_env(base_url))
        logs = [tmp_path / "w1.log", tmp_path / "w2.log"]
        async with api_client(app) as client:
            with logged_workers(env, logs, concurrency=2) as started:
                for path, process in zip(logs, started, strict=True):
                    await wait_logged(path, "worker_started", process)
                accepted = await client.post(
                    "/v1/batches",
                    json={"articles": [{"id": "x", "text": synthetic_llm_article(30)}]},
                )
                body = await wait_finished(client, accepted.headers["location"])
        await app.state.batches.aclose()
    assert body["counts"]["done"] == 1
    runs = [attempts(path) for path in logs]
    assert sorted(runs, key=len) == [{}, {"x": [1]}]  # one run, on one worker
    assert llm.requests == 1


async def test_readyz_is_503_naming_the_queue_when_redis_is_down(tmp_path):
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    app = create_app(settings_for(tmp_path, dead, engine="extractive"))
    async with api_client(app) as client:
        ready = await client.get("/readyz")
    await app.state.batches.aclose()
    assert ready.status_code == 503
    assert ready.headers["content-type"].startswith("application/problem+json")
    assert "batch queue (Redis)" in ready.json()["detail"]


async def test_readyz_is_200_with_the_queue_up(tmp_path, redis_url):
    app = create_app(settings_for(tmp_path, redis_url, engine="extractive"))
    async with api_client(app) as client:
        ready = await client.get("/readyz")
    await app.state.batches.aclose()
    assert ready.status_code == 200, ready.text


@pytest.fixture(autouse=True)
def _no_brief_environment(monkeypatch):
    for key in list(os.environ):
        if key.startswith("BRIEF_"):
            monkeypatch.delenv(key)


@pytest.fixture(params=["redis", "postgres"])
async def leases(request, tmp_path):
    """Both lease backends, on real servers, with a short lease."""
    from briefsmith.store.leases import PostgresLeases, RedisLeases
    from briefsmith.store.postgres import PostgresPool

    if request.param == "redis":
        backend: Any = RedisLeases(Redis.from_url(request.getfixturevalue("redis_url")), 1.0)
    else:
        pool = PostgresPool(request.getfixturevalue("postgres_url"), size=2)
        backend = PostgresLeases(pool, 1.0, owns_pool=True)
    yield backend
    await backend.aclose()


async def test_a_lease_has_one_holder_until_released_or_ended(leases):
    assert await leases.try_acquire("brief:a", "first")
    assert not await leases.try_acquire("brief:a", "second")
    assert await leases.try_acquire("brief:b", "second")  # another key is free
    await leases.release("brief:a", "second")  # not the holder: nothing happens
    assert not await leases.try_acquire("brief:a", "third")
    await leases.release("brief:a", "first")
    assert await leases.try_acquire("brief:a", "third")
    # A holder that stops renewing (a dead process) loses the lease once it ends.
    await asyncio.sleep(1.2)
    assert not await leases.renew("brief:a", "third")
    assert await leases.try_acquire("brief:a", "fourth")
    assert await leases.renew("brief:a", "fourth")


async def test_a_held_lease_is_renewed_while_its_body_runs(leases):
    from briefsmith.store.leases import acquire, held

    token = await acquire(leases, "brief:long")
    assert token is not None
    async with held(leases, "brief:long", token):
        await asyncio.sleep(2.5)  # more than two leases: renewed all along
        assert not await leases.try_acquire("brief:long", "other")
    assert await leases.try_acquire("brief:long", "other")  # released at the end
