"""Batch throughput (articles/s) on Redis with 1, 2 and 4 `brief worker` processes.

Two workloads, one run, side by side:
- `llm-0.5s`: the openai engine against a synthetic OpenAI-compatible server on loopback
  that answers every call after 0.5 s (tests/synthetic_llm_server.py; no real model).
  Each worker runs 4 items at once; the shared LLM limit (BRIEF_LLM_SHARED_CONCURRENCY)
  is 8, so throughput should grow near-linearly from 1 to 2 workers (4 -> 8 calls in
  flight) and stay flat at 4 workers (capped at 8 by the limit).
- `extractive`: the extractive engine (CPU only, not under the LLM limit).

Each run: a fresh SQLite file and an empty Redis, the workers started and warmed up on
a small batch, then one timed batch of distinct articles queued through RedisBatches
(as POST /v1/batches does), timed until every item is done. Usage:

    PYTHONPATH=$PWD python benches/batch_throughput.py [--items-llm 64] [--items-extractive 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis
from briefsmith.config.settings import Settings
from briefsmith.core.requests import CorpusItem
from briefsmith.surfaces.batch.queue import RedisBatches
from briefsmith.surfaces.batch.runner import new_batch_id

from tests.redis_server import redis_binary, running_redis
from tests.synthetic_llm_server import (
    synthetic_llm_article,
    synthetic_llm_env,
    synthetic_llm_server,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
WORKER_COUNTS = (1, 2, 4)
WORKER_CONCURRENCY = 4
LLM_DELAY_S = 0.5
SHARED_LLM_LIMIT = 8


def worker_env(redis_url: str, db_path: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "OPENAI_"))}
    env.update(
        {
            "PYTHONPATH": str(REPO),
            "BRIEF_REDIS_URL": redis_url,
            "BRIEF_DB_PATH": str(db_path),
            "BRIEF_LOG_LEVEL": "WARNING",
            "BRIEF_LLM_MAX_CONCURRENCY": str(WORKER_CONCURRENCY),
            "BRIEF_LLM_SHARED_CONCURRENCY": str(SHARED_LLM_LIMIT),
            **extra,
        }
    )
    return env


async def run_batch(batches: RedisBatches, items: list[CorpusItem]) -> float:
    batch_id = new_batch_id()
    started = time.perf_counter()
    await batches.submit(batch_id, None, None, items)
    while True:
        state = await batches.store.get(batch_id)
        if state is not None and state.finished:
            elapsed = time.perf_counter() - started
            failed = state.counts()["failed"]
            if failed:
                reasons = {item.reason for item in state.items if item.status == "failed"}
                raise SystemExit(f"{failed} items failed: {reasons}")
            return elapsed
        await asyncio.sleep(0.05)


async def measure(
    redis_url: str, tmp: Path, workers: int, env_extra: dict[str, str], items: list[CorpusItem]
) -> float:
    redis.Redis.from_url(redis_url).flushall()
    db_path = tmp / f"briefs-{time.monotonic_ns()}.db"
    env = worker_env(redis_url, db_path, env_extra)
    settings = Settings(_env_file=None, redis_url=redis_url, db_path=db_path)
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "briefsmith.surfaces.cli.main",
                "worker",
                "--concurrency",
                str(WORKER_CONCURRENCY),
            ],
            env=env,
            cwd=REPO,
        )
        for _ in range(workers)
    ]
    batches = RedisBatches(settings)
    try:
        warm_up = [
            CorpusItem(f"warm-{n}", text=f"{text} Warm-up note {n}.")
            for n, text in enumerate(item.text or "" for item in items[: workers * 2])
        ]
        await run_batch(batches, warm_up)
        return await run_batch(batches, items)
    finally:
        await batches.aclose()
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items-llm", type=int, default=64)
    parser.add_argument("--items-extractive", type=int, default=200)
    args = parser.parse_args()
    binary = redis_binary()
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    seeds = [path.read_text(encoding="utf-8") for path in SEEDS]
    extractive_items = [
        CorpusItem(f"x{n}", text=f"{seeds[n % len(seeds)]}\n\nBench copy {n}.")
        for n in range(args.items_extractive)
    ]
    llm_items = [CorpusItem(f"l{n}", text=synthetic_llm_article(n)) for n in range(args.items_llm)]
    rows: list[tuple[str, int, int, float]] = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_redis(binary, Path(tmp)) as redis_url,
        synthetic_llm_server(delay_s=LLM_DELAY_S) as (base_url, llm),
    ):
        workloads = [
            (f"llm-{LLM_DELAY_S}s", synthetic_llm_env(base_url), llm_items),
            ("extractive", {"BRIEF_ENGINE": "extractive"}, extractive_items),
        ]
        for name, env_extra, items in workloads:
            for workers in WORKER_COUNTS:
                seconds = asyncio.run(measure(redis_url, Path(tmp), workers, env_extra, items))
                rows.append((name, workers, len(items), seconds))
                print(
                    f"{name}: {workers} worker(s), {len(items)} items in {seconds:.2f} s",
                    file=sys.stderr,
                )
        peak, calls = llm.max_in_flight, llm.requests
    print(
        f"\nworkers x {WORKER_CONCURRENCY} items at once; shared LLM limit {SHARED_LLM_LIMIT}; "
        f"synthetic LLM {LLM_DELAY_S} s per call ({calls} calls, at most {peak} at once)\n"
    )
    print("| workload | workers | items | time (s) | articles/s | vs 1 worker |")
    print("|---|---:|---:|---:|---:|---:|")
    base: dict[str, float] = {}
    for name, workers, count, seconds in rows:
        rate = count / seconds
        base.setdefault(name, rate)
        print(
            f"| {name} | {workers} | {count} | {seconds:.2f} | {rate:.1f} | "
            f"{rate / base[name]:.2f}x |"
        )


if __name__ == "__main__":
    main()
