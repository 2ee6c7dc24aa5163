"""Hostile input and hostile clients: the heavy half of the adversarial suite. Prints
figures; asserts nothing (tests/test_adversarial_*.py assert the behaviour).

    python benches/adversarial_load.py [--phase shapes|load|kill9|all] [--seconds 20]

- shapes: for each synthetic hostile shape (tests/adversarial_inputs.py), seconds of the
  whole in-process pipeline (cleaning, extractive engine, grounding) at 100 KB and 1 MB,
  and their ratio (a linear pipeline gives about 10 for 10x the input).
- load: `brief serve` (extractive engine, default engine slots and per-client limit) on
  127.0.0.1 with 33 API keys. 32 well-behaved clients, one key each, post seed articles
  one after another (fresh=true) for `--seconds`: requests/s and p50/p99 latency. Then
  the same while a hostile client (its own key) keeps 4 posts of
  `'"Yes," said Smith. ' * 50000` (950 KB) in flight without pause: what the hostile
  client gets (status counts, seconds to an answer) and what the others still get.
- kill9: 200 concurrent writers against `brief serve`, kill -9 once 20 writes are
  acknowledged; then PRAGMA integrity_check and how many acknowledged briefs are missing.

The load generator shares this 2-core machine with the server, so the figures include
the client's own CPU use.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine

from tests.adversarial_inputs import SHAPES

SEEDS = sorted((REPO / "seeds").glob("*.txt"))
HOSTILE_TEXT = '"Yes," said Smith. ' * 50_000
CLIENTS = 32
HOSTILE_IN_FLIGHT = 4


# --- shapes ----------------------------------------------------------------------------


def pipeline_seconds(text: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        result = asyncio.run(make_brief(ArticleInput(text=text), ExtractiveEngine()))
        outcome = f"brief ({len(result.brief.meta.warnings)} warnings)"
    except BriefsmithError as error:
        outcome = error.code
    return time.perf_counter() - started, outcome


def bench_shapes() -> None:
    print("\n## Hostile shapes, whole pipeline in process (seconds)\n")
    print("| shape | 100 KB | 1 MB | ratio (10x input) | outcome at 1 MB |")
    print("|---|---:|---:|---:|---|")
    for name, make in SHAPES.items():
        small, _ = pipeline_seconds(make(100_000))
        large, outcome = pipeline_seconds(make(990_000))
        print(f"| {name} | {small:.2f} | {large:.2f} | {large / small:.1f} | {outcome} |")


# --- a served instance -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(workdir: Path, **env: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env={
            **os.environ,
            "PYTHONPATH": str(REPO),
            "BRIEF_ENGINE": "extractive",
            "BRIEF_DB_PATH": str(workdir / "bench.db"),
            "BRIEF_LOG_LEVEL": "WARNING",
            **env,
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=workdir,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                return process, base_url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("brief serve did not come up")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else 0


# --- load ------------------------------------------------------------------------------


async def well_behaved(base_url: str, key: str, stop_at: float, latencies: list, statuses):
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base_url, timeout=120, headers=headers) as client:
        n = 0
        while time.monotonic() < stop_at:
            text = f"{texts[n % len(texts)]}\n\nUpdate {key} {n}."
            started = time.perf_counter()
            response = await client.post("/v1/briefs", json={"text": text, "fresh": True})
            latencies.append(time.perf_counter() - started)
            statuses[response.status_code] += 1
            n += 1


async def hostile(base_url: str, key: str, stop_at: float, answers: list, statuses):
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base_url, timeout=120, headers=headers) as client:

        async def one_slot() -> None:
            while time.monotonic() < stop_at:
                started = time.perf_counter()
                # fresh: a cache hit would spare the server the work the attack is after.
                response = await client.post(
                    "/v1/briefs", json={"text": HOSTILE_TEXT, "fresh": True}
                )
                answers.append((response.status_code, time.perf_counter() - started))
                statuses[response.status_code] += 1

        await asyncio.gather(*(one_slot() for _ in range(HOSTILE_IN_FLIGHT)))


async def one_worst_post(base_url: str, key: str, delay_s: float, answers: list, statuses):
    """One post of the worst shape, once the others are in full swing."""
    await asyncio.sleep(delay_s)
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base_url, timeout=300, headers=headers) as client:
        started = time.perf_counter()
        response = await client.post("/v1/briefs", json={"text": HOSTILE_TEXT, "fresh": True})
        answers.append((response.status_code, time.perf_counter() - started))
        statuses[response.status_code] += 1


async def load_phase(
    base_url: str, keys: list[str], seconds: float, with_hostile: bool, single: bool = False
):
    latencies: list[float] = []
    statuses: collections.Counter[int] = collections.Counter()
    hostile_answers: list[tuple[int, float]] = []
    hostile_statuses: collections.Counter[int] = collections.Counter()
    started = time.monotonic()
    stop_at = started + seconds
    tasks = [well_behaved(base_url, key, stop_at, latencies, statuses) for key in keys[:CLIENTS]]
    if with_hostile:
        tasks.append(hostile(base_url, keys[CLIENTS], stop_at, hostile_answers, hostile_statuses))
    if single:
        tasks.append(
            one_worst_post(base_url, keys[CLIENTS], seconds / 4, hostile_answers, hostile_statuses)
        )
    await asyncio.gather(*tasks)
    wall = time.monotonic() - started
    return {
        "rate": len(latencies) / wall,
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "statuses": dict(statuses),
        "hostile_statuses": dict(hostile_statuses),
        "hostile_answer_s": [s for _, s in hostile_answers],
    }


def single_hostile_post(base_url: str, key: str) -> tuple[int, float]:
    started = time.perf_counter()
    response = httpx.post(
        f"{base_url}/v1/briefs",
        json={"text": HOSTILE_TEXT},
        headers={"Authorization": f"Bearer {key}"},
        timeout=300,
    )
    return response.status_code, time.perf_counter() - started


def bench_load(seconds: float) -> None:
    keys = [f"bench-key-{n:02d}" for n in range(CLIENTS + 1)]
    with tempfile.TemporaryDirectory() as workdir:
        process, base_url = start_server(Path(workdir), BRIEF_API_KEYS=",".join(keys))
        try:
            status, alone_s = single_hostile_post(base_url, keys[CLIENTS])
            print("\n## The worst shape through POST /v1/briefs\n")
            print(
                f"`'\"Yes,\" said Smith. ' * 50000` ({len(HOSTILE_TEXT.encode()):,} bytes) "
                f"on an idle server: HTTP {status} in {alone_s:.2f} s"
            )
            calm = asyncio.run(load_phase(base_url, keys, seconds, with_hostile=False))
            stormy = asyncio.run(load_phase(base_url, keys, seconds, with_hostile=True))
            single = asyncio.run(
                load_phase(base_url, keys, seconds, with_hostile=False, single=True)
            )
        finally:
            process.terminate()
            process.wait(timeout=60)
    print(f"\n## Load held: {CLIENTS} concurrent clients for {seconds:g} s each\n")
    print("| | requests/s | p50 s | p99 s | statuses (others) | hostile client got |")
    print("|---|---:|---:|---:|---|---|")
    for label, figures in (
        ("without a hostile client", calm),
        ("with a hostile client", stormy),
        ("with one post of the worst shape", single),
    ):
        print(
            f"| {label} | {figures['rate']:.1f} | {figures['p50']:.2f} | {figures['p99']:.2f} "
            f"| {figures['statuses']} | {figures['hostile_statuses'] or '-'} |"
        )
    answered = stormy["hostile_answer_s"]
    if answered:
        print(
            f"\nHostile posts answered: {len(answered)}; seconds to an answer: median "
            f"{statistics.median(answered):.2f}, max {max(answered):.2f} "
            "(201 = brief made, 429 = over its per-client limit)."
        )
    print(f"p99 ratio with/without hostile client: {stormy['p99'] / calm['p99']:.2f}")
    for status, seconds_taken in [
        (s, t) for s, t in zip(single["hostile_statuses"], single["hostile_answer_s"], strict=False)
    ]:
        print(
            f"One post of the worst shape amid {CLIENTS} busy clients: HTTP {status} "
            f"in {seconds_taken:.2f} s"
        )


# --- kill -9 ---------------------------------------------------------------------------


def bench_kill9() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        process, base_url = start_server(
            Path(workdir), BRIEF_QUEUE_LIMIT="400", BRIEF_CLIENT_MAX_IN_FLIGHT="400"
        )
        acknowledged: list[str] = []
        lock = threading.Lock()
        enough = threading.Event()

        def write(n: int) -> None:
            try:
                response = httpx.post(
                    f"{base_url}/v1/briefs",
                    json={
                        "text": f"{SEEDS[n % len(SEEDS)].read_text()}\n\nWrite {n}.",
                        "fresh": True,
                    },
                    timeout=120,
                )
            except httpx.HTTPError:
                return
            if response.status_code == 201:
                with lock:
                    acknowledged.append(response.json()["id"])
                    if len(acknowledged) >= 20:
                        enough.set()

        threads = [threading.Thread(target=write, args=(n,)) for n in range(200)]
        for thread in threads:
            thread.start()
        enough.wait(timeout=300)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for thread in threads:
            thread.join()
        with sqlite3.connect(Path(workdir) / "bench.db") as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            stored = {row[0] for row in db.execute("SELECT id FROM briefs")}
    lost = len(set(acknowledged) - stored)
    print("\n## kill -9 during 200 concurrent writes\n")
    print(
        f"acknowledged before the kill: {len(acknowledged)}; rows on disk: {len(stored)}; "
        f"integrity_check: {integrity}; acknowledged briefs lost: {lost}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["shapes", "load", "kill9", "all"], default="all")
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}; load average at start: {os.getloadavg()[0]:.1f}")
    if args.phase in ("shapes", "all"):
        bench_shapes()
    if args.phase in ("load", "all"):
        bench_load(args.seconds)
    if args.phase in ("kill9", "all"):
        bench_kill9()


if __name__ == "__main__":
    main()
