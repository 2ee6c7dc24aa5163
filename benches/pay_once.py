"""Pay once, recover fast: engine calls per distinct article across two workers, and the
time a SIGKILLed worker's items take to be done by another. One run, medians of 3.

    python benches/pay_once.py --label after [--rounds 3] [--deadline 20]

Real servers on loopback (tests/redis_server.py, tests/pg_server.py: `bash .ci/setup`),
a synthetic OpenAI-compatible LLM that counts calls (tests/synthetic_llm_server.py; not a
model), real `brief worker` processes running the code on PYTHONPATH (run it once with
main's code, `--label before`, once with this branch's). benches/results/ keeps each
run's JSON; docs/benches.md is generated from them.

- single flight: 5 distinct synthetic articles x 8 items in one batch, two workers
  (--concurrency 4 each), PostgreSQL store + Redis queue; counts the LLM calls and the
  briefs stored (goal: 5 and 5).
- recovery: a worker takes 4 items (their LLM calls hang), a second worker is up; the
  first is killed with SIGKILL; seconds from the kill until all 4 are done. At default
  settings unless --deadline sets BRIEF_REQUEST_DEADLINE_S (the old recovery time was
  the deadline + 15 s).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for path in (str(REPO / "benches"), str(REPO)):
    if path not in sys.path:
        sys.path.insert(0, path)

import psycopg
from bench_results import brief_process, child_env, median, save
from briefsmith.config.settings import Settings
from briefsmith.core.requests import CorpusItem
from briefsmith.surfaces.batch.queue import RedisBatches

from tests.pg_server import start_postgres
from tests.redis_server import redis_binary, running_redis
from tests.synthetic_llm_server import (
    synthetic_llm_article,
    synthetic_llm_env,
    synthetic_llm_server,
)

HANG_GUARD_S = 600.0


def start_workers(env: dict[str, str], count: int, logs: Path) -> list[subprocess.Popen[bytes]]:
    started = []
    for n in range(count):
        log = (logs / f"worker-{n}-{time.monotonic_ns()}.log").open("wb")
        started.append(
            brief_process(
                ["worker", "--concurrency", "4"],
                {**env, "BRIEF_LOG_LEVEL": "INFO"},
                stdout=subprocess.DEVNULL,
                stderr=log,
                cwd=REPO,
            )
        )
        started[-1].log_path = Path(log.name)  # type: ignore[attr-defined]
    return started


async def until_started(processes: list[subprocess.Popen[bytes]]) -> None:
    async with asyncio.timeout(HANG_GUARD_S):
        for process in processes:
            while "worker_started" not in process.log_path.read_text(errors="replace"):  # type: ignore[attr-defined]
                await asyncio.sleep(0.05)


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def until_done(batches: RedisBatches, batch_id: str, count: int) -> None:
    async with asyncio.timeout(HANG_GUARD_S):
        while True:
            state = await batches.store.get(batch_id)
            if state is not None and state.counts()["done"] + state.counts()["failed"] == count:
                return
            await asyncio.sleep(0.05)


def stored_briefs(database_url: str) -> int:
    with psycopg.connect(database_url) as connection:
        exists = connection.execute("SELECT to_regclass('briefs')").fetchone()
        if not exists or exists[0] is None:  # no worker has opened the store yet
            return 0
        row = connection.execute("SELECT count(*) FROM briefs").fetchone()
        return int(row[0]) if row else 0


async def single_flight(
    round_: int, redis_url: str, database_url: str, work: Path
) -> tuple[int, int, int]:
    """(LLM calls, briefs stored, items done) for 5 articles x 8 items on 2 workers."""
    with synthetic_llm_server(delay_s=0.5) as (base_url, llm):
        env = child_env(
            BRIEF_REDIS_URL=redis_url,
            BRIEF_DATABASE_URL=database_url,
            **synthetic_llm_env(base_url),
        )
        workers = start_workers(env, 2, work)
        settings = Settings(_env_file=None, redis_url=redis_url, db_path=work / "unused.db")
        batches = RedisBatches(settings)
        try:
            await until_started(workers)
            before = stored_briefs(database_url)
            articles = [synthetic_llm_article(1000 * round_ + n) for n in range(5)]
            items = [
                CorpusItem(f"a{a}-{copy}", text=articles[a]) for copy in range(8) for a in range(5)
            ]
            batch_id = f"single-flight-{round_}-{time.time_ns()}"
            await batches.submit(batch_id, None, None, items)
            await until_done(batches, batch_id, len(items))
            state = await batches.store.get(batch_id)
            done = state.counts()["done"] if state else 0
            return llm.requests, stored_briefs(database_url) - before, done
        finally:
            await batches.aclose()
            stop(workers)


async def recovery(round_: int, redis_url: str, deadline: float | None, work: Path) -> float:
    """Seconds from the SIGKILL of a worker holding 4 items until they are done."""
    with synthetic_llm_server(delay_s=120.0) as (base_url, llm):
        extra = {"BRIEF_REQUEST_DEADLINE_S": str(deadline)} if deadline else {}
        env = child_env(BRIEF_REDIS_URL=redis_url, **synthetic_llm_env(base_url), **extra)
        settings = Settings(_env_file=None, redis_url=redis_url, db_path=work / "unused.db")
        batches = RedisBatches(settings)
        db = {"BRIEF_DB_PATH": str(work / f"r{round_}.db")}
        # Both workers up first; the second frozen (SIGSTOP) while the first takes the
        # 4 items, so it is ready, not starting, when the first is killed.
        second = start_workers({**env, **db}, 1, work)
        first = start_workers({**env, **db}, 1, work)
        try:
            await until_started(first + second)
            second[0].send_signal(signal.SIGSTOP)
            items = [
                CorpusItem(f"r{n}", text=synthetic_llm_article(9000 + 10 * round_ + n))
                for n in range(4)
            ]
            batch_id = f"recovery-{round_}-{time.time_ns()}"
            await batches.submit(batch_id, None, None, items)
            async with asyncio.timeout(HANG_GUARD_S):
                while llm.in_flight < 4:
                    await asyncio.sleep(0.02)
            llm.delay_s = 0.2
            second[0].send_signal(signal.SIGCONT)
            killed = time.monotonic()
            first[0].send_signal(signal.SIGKILL)
            await until_done(batches, batch_id, len(items))
            state = await batches.store.get(batch_id)
            if state is None or state.counts()["done"] != len(items):
                raise SystemExit(f"recovery round {round_}: not all done: {state}")
            return time.monotonic() - killed
        finally:
            await batches.aclose()
            stop(first + second)


async def run(args: argparse.Namespace) -> None:
    binary = redis_binary()
    postgres = start_postgres()
    if binary is None or postgres is None:
        raise SystemExit("Redis and PostgreSQL are needed: bash .ci/setup")
    with (
        tempfile.TemporaryDirectory() as work_dir,
        running_redis(binary, Path(work_dir)) as redis_url,
    ):
        work = Path(work_dir)
        try:
            flights = []
            for round_ in range(args.rounds):
                flights.append(
                    await single_flight(round_, redis_url, postgres.create_database(), work)
                )
                print(f"single flight round {round_ + 1}: calls, stored, done = {flights[-1]}")
            recoveries = []
            for round_ in range(args.rounds):
                recoveries.append(await recovery(round_, redis_url, args.deadline, work))
                print(f"recovery round {round_ + 1}: {recoveries[-1]:.1f} s")
        finally:
            postgres.stop()
    save(
        "pay_once" + (f"-deadline{args.deadline:g}" if args.deadline else ""),
        args.label,
        {
            "distinct_articles": 5,
            "items": 40,
            "llm_calls": median([f[0] for f in flights]),
            "briefs_stored": median([f[1] for f in flights]),
            "items_done": median([f[2] for f in flights]),
            "llm_calls_rounds": [f[0] for f in flights],
            "recovery_s": round(median(recoveries), 1),
            "recovery_s_rounds": [round(r, 1) for r in recoveries],
            "deadline_s": args.deadline or Settings.model_fields["request_deadline_s"].default,
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True, help="before or after")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--deadline", type=float, default=None)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
