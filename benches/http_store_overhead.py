"""HTTP latency per brief on the SQLite store against the PostgreSQL store, one run.

    python benches/http_store_overhead.py [--requests 200]

Starts a throwaway PostgreSQL on loopback (tests/pg_server.py: needs the server binaries,
`bash .ci/setup`), then two `brief serve` processes on the extractive engine: one on a
fresh SQLite file, one on a fresh PostgreSQL database. Against each, one request at a
time:
- `write`: POST /v1/briefs with fresh=true (the engine runs, a row is written);
- `cache hit`: POST the same article again (a lookup, no engine, no write).
Prints p50/p90 per store and the PostgreSQL/SQLite ratio. The two servers are measured
alternately, request by request, so machine noise falls on both alike.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.pg_server import free_port, start_postgres

SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def serve(env_extra: dict[str, str], cwd: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "BRIEF_ENGINE": "extractive", "BRIEF_LOG_LEVEL": "WARNING", **env_extra}
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
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"server with {sorted(env_extra)} did not become ready")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed_post(client: httpx.Client, base: str, body: dict, expected: int) -> float:
    started = time.perf_counter()
    response = client.post(f"{base}/v1/briefs", json=body)
    elapsed = time.perf_counter() - started
    if response.status_code != expected:
        raise SystemExit(f"{base}: {response.status_code} {response.text[:200]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    postgres = start_postgres()
    if postgres is None:
        raise SystemExit("PostgreSQL is not installed; run `bash .ci/setup`")
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    with tempfile.TemporaryDirectory() as work:
        stores = {
            "SQLite": {"BRIEF_DB_PATH": str(Path(work) / "bench.db")},
            "PostgreSQL": {"BRIEF_DATABASE_URL": postgres.create_database()},
        }
        servers = {name: serve(env, work) for name, env in stores.items()}
        samples: dict[tuple[str, str], list[float]] = {
            (name, kind): [] for name in stores for kind in ("write", "cache hit")
        }
        try:
            with httpx.Client(timeout=60) as client:
                for _process, base in servers.values():  # warm up: first connections, imports
                    timed_post(client, base, {"text": texts[0], "fresh": True}, 201)
                for n in range(args.requests):
                    text = texts[n % len(texts)]
                    for name, (_, base) in servers.items():
                        samples[name, "write"].append(
                            timed_post(client, base, {"text": text, "fresh": True}, 201)
                        )
                        samples[name, "cache hit"].append(
                            timed_post(client, base, {"text": text}, 200)
                        )
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(timeout=15)
            postgres.stop()

    print(f"{args.requests} requests each, one at a time, extractive engine, seeds in turn\n")
    print("| request | SQLite p50 | PostgreSQL p50 | ratio | SQLite p90 | PostgreSQL p90 |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in ("write", "cache hit"):
        sqlite, postgres_ms = samples["SQLite", kind], samples["PostgreSQL", kind]
        s50, p50 = percentile(sqlite, 0.5) * 1000, percentile(postgres_ms, 0.5) * 1000
        s90, p90 = percentile(sqlite, 0.9) * 1000, percentile(postgres_ms, 0.9) * 1000
        print(
            f"| {kind} | {s50:.1f} ms | {p50:.1f} ms | {p50 / s50:.2f}x "
            f"| {s90:.1f} ms | {p90:.1f} ms |"
        )


if __name__ == "__main__":
    main()
