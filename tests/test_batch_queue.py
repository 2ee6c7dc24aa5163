"""Batches on a real Redis (tests/redis_server.py) with real `brief worker` subprocesses:
end to end through the API, a worker killed with SIGKILL mid-job (the job completes
exactly once, on another worker), and idempotent enqueueing. The LLM is a synthetic
OpenAI-compatible server on loopback (tests/synthetic_llm_server.py)."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.surfaces.batch.queue import RedisBatches, item_job_id
from briefsmith.surfaces.batch.runner import brief_item
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client
from tests.synthetic_llm_server import (
    synthetic_llm_article,
    synthetic_llm_env,
    synthetic_llm_server,
)

REPO = Path(__file__).resolve().parent.parent
# These tests start `brief worker` processes with short deadlines: under pytest-xdist
# they run one after another (a lock across workers, tests/conftest.py), not side by side.
pytestmark = pytest.mark.worker_processes
# Only a guard against a hung test: nothing here asserts how long anything takes.
HANG_GUARD_S = 120.0

# Synthetic articles written for these tests, on varied beats.
ARTICLES = [
    "The regional transit board voted 7-2 on Thursday to raise bus fares by 25 cents from "
    "March, its first increase since 2015, the board's chair Lena Park said.",
    "A shipping company based in Rotterdam said on Monday that quarterly profit fell "
    "18 percent as freight rates dropped, and it would cut 400 office jobs.",
    "The home side won the cup final 2-0 in front of 61,000 fans on Sunday, with both "
    "goals coming in the last ten minutes, coach Ruth Adeyemi said.",
    "Astronomers using a Chilean telescope reported a planet about twice the size of "
    "Earth orbiting a nearby red dwarf every 11 days, in a study published on Tuesday.",
]


def queue_settings(tmp_path: Path, redis_url: str, **overrides: Any) -> Settings:
    return Settings(
        _env_file=None,
        db_path=tmp_path / "briefs.db",
        redis_url=redis_url,
        client_max_in_flight=1_000,
        **overrides,
    )


def worker_env(tmp_path: Path, redis_url: str, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BRIEF_", "OPENAI_", "SLACK_"))
    }
    env.update(
        {
            "PYTHONPATH": os.pathsep.join([str(REPO / "service"), str(REPO)]),
            "BRIEF_REDIS_URL": redis_url,
            "BRIEF_DB_PATH": str(tmp_path / "briefs.db"),
            "BRIEF_LOG_LEVEL": "WARNING",
            **extra,
        }
    )
    return env


def start_worker(env: dict[str, str], concurrency: int = 2) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "worker",
            "--concurrency",
            str(concurrency),
        ],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@contextmanager
def workers(env: dict[str, str], count: int, concurrency: int = 2) -> Iterator[list[Any]]:
    started = [start_worker(env, concurrency) for _ in range(count)]
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


async def wait_finished(client: Any, location: str) -> dict[str, Any]:
    async with asyncio.timeout(HANG_GUARD_S):
        while True:
            body = (await client.get(location)).json()
            if body["status"] == "finished":
                return body
            await asyncio.sleep(0.1)


def stored_briefs(db_path: Path) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(connection.execute("SELECT count(*) FROM briefs").fetchone()[0])


async def test_a_batch_through_the_api_is_briefed_by_two_worker_processes(tmp_path, redis_url):
    settings = queue_settings(tmp_path, redis_url, engine="extractive")
    app = create_app(settings)
    await app.state.batches.start()
    articles = [{"id": f"a{n}", "text": text} for n, text in enumerate(ARTICLES)]
    articles.append({"id": "empty", "text": "  "})
    with workers(worker_env(tmp_path, redis_url, BRIEF_ENGINE="extractive"), count=2):
        async with api_client(app) as client:
            accepted = await client.post("/v1/batches", json={"articles": articles})
            assert accepted.status_code == 202, accepted.text
            body = await wait_finished(client, accepted.headers["location"])
            assert body["counts"] == {"queued": 0, "running": 0, "done": 4, "failed": 1}
            failed = [item for item in body["items"] if item["status"] == "failed"]
            assert failed[0]["id"] == "empty" and failed[0]["code"] == "empty-article"
            brief_ids = [item["brief_id"] for item in body["items"] if item["brief_id"]]
            for brief_id in brief_ids:  # the workers stored them where the API reads
                assert (await client.get(f"/v1/briefs/{brief_id}")).status_code == 200
    assert stored_briefs(tmp_path / "briefs.db") == 4
    await app.state.batches.aclose()


async def test_a_worker_killed_mid_job_leaves_it_to_another_which_briefs_it_once(
    tmp_path,
    redis_url,
):
    # The killed worker's item lease (BRIEF_LEASE_S, not the deadline) frees the job;
    # tests/test_leases.py checks the lease itself. The deadline is long enough that a
    # worker on a busy machine (parallel test workers) reaches its LLM call in time.
    deadline = {"request_deadline_s": 10.0}
    with synthetic_llm_server(delay_s=1.0) as (base_url, llm):
        settings = queue_settings(tmp_path, redis_url, **deadline)
        app = create_app(settings)
        await app.state.batches.start()
        env = worker_env(
            tmp_path, redis_url, BRIEF_REQUEST_DEADLINE_S="10", **synthetic_llm_env(base_url)
        )
        async with api_client(app) as client:
            accepted = await client.post(
                "/v1/batches", json={"articles": [{"id": "bus", "text": synthetic_llm_article(1)}]}
            )
            location = accepted.headers["location"]
            first = start_worker(env)
            try:
                # The first worker's LLM call is in flight: the job is mid-way.
                assert await asyncio.to_thread(llm.first_request.wait, HANG_GUARD_S)
                running = (await client.get(location)).json()
                assert running["counts"]["running"] == 1
                first.send_signal(signal.SIGKILL)
                assert first.wait(timeout=30) == -signal.SIGKILL
                with workers(env, count=1):
                    body = await wait_finished(client, location)
            finally:
                if first.poll() is None:
                    first.kill()
                    first.wait()
        assert body["counts"]["done"] == 1
        assert llm.requests == 2  # asked once by each worker: the job really ran again
    assert stored_briefs(tmp_path / "briefs.db") == 1
    await app.state.batches.aclose()


async def test_an_item_enqueued_twice_is_briefed_once(tmp_path, redis_url):
    settings = queue_settings(tmp_path, redis_url, engine="extractive")
    batches = RedisBatches(settings)
    await batches.start()
    app = create_app(settings, batch_runner=batches)
    async with api_client(app) as client:
        accepted = await client.post(
            "/v1/batches", json={"articles": [{"id": "fares", "text": ARTICLES[0]}]}
        )
        batch_id = accepted.json()["id"]
        # Queued already: a second job with the same id is refused by arq.
        assert not await batches.enqueue(batch_id, "fares", engine=None, owner=None)
        assert await batches.pool.zcard("briefsmith:batch-items") == 1
        with workers(worker_env(tmp_path, redis_url, BRIEF_ENGINE="extractive"), count=1):
            body = await wait_finished(client, accepted.headers["location"])
        # Done, and its result kept: still refused.
        assert not await batches.enqueue(batch_id, "fares", engine=None, owner=None)
        assert await batches.pool.exists(f"arq:result:{item_job_id(batch_id, 'fares')}")
    brief_id = body["items"][0]["brief_id"]

    # A run after a crash between storing the brief and marking the item done finds
    # the stored brief in the cache: the same brief, no second one.
    service = BriefService(settings)
    store = batches.store
    await store.redis.hset(
        f"briefsmith:batch:{batch_id}:items", "fares", '{"position": 0, "status": "running"}'
    )
    item = await store.item_input(batch_id, "fares")
    assert item is not None
    await brief_item(service, store, batch_id, item, engine=None, owner=None)
    again = await store.item(batch_id, "fares")
    assert again is not None and (again.status, again.brief_id) == ("done", brief_id)
    # A done item is left alone by any later run.
    await brief_item(service, store, batch_id, item, engine=None, owner=None)
    assert stored_briefs(tmp_path / "briefs.db") == 1
    await service.aclose()
    await batches.aclose()


def test_brief_worker_without_redis_says_what_is_missing(tmp_path):
    env = worker_env(tmp_path, "")
    env.pop("BRIEF_REDIS_URL")
    result = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "worker"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "BRIEF_REDIS_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_brief_worker_with_redis_down_says_so_without_a_traceback(tmp_path):
    env = worker_env(tmp_path, "redis://127.0.0.1:1/0")  # nothing listens on port 1
    result = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "worker"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "error: the batch queue (Redis) cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(autouse=True)
def _no_brief_environment(monkeypatch):
    for key in list(os.environ):
        if key.startswith("BRIEF_"):
            monkeypatch.delenv(key)
