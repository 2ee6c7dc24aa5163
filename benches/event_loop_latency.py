"""/healthz latency while a large text/plain article is briefed (issue 23, item 10).
Prints figures; asserts nothing (tests/test_adversarial_event_loop.py asserts the
behaviour: no cleaning, decoding or parsing on the event loop).

    python benches/event_loop_latency.py [--posts 3] [--lines 100000]

Starts `brief serve` (extractive engine, SQLite in a temporary directory) on 127.0.0.1,
then posts a synthetic text/plain body of `--lines` short lines (about 600 KB for
100,000) `--posts` times, one after another, while another thread polls /healthz every
10 ms. Prints the POST times and the /healthz latency (p50, p99, max) during the posts.
The client shares this 2-core machine with the server, so the figures include its CPU.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "briefsmith.surfaces.cli.main"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(work: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "BRIEF_ENGINE": "extractive",
        "BRIEF_DB_PATH": str(Path(work) / "bench.db"),
        "BRIEF_MAX_INPUT_BYTES": "2000000",
        "BRIEF_REQUEST_DEADLINE_S": "600",
    }
    process = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3)
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    body = "\n".join(f"Ok {n % 100}." for n in range(args.lines)).encode()

    with tempfile.TemporaryDirectory() as work:
        process, base = serve(work)
        latencies: list[float] = []
        posting = threading.Event()
        done = threading.Event()

        def poll() -> None:
            with httpx.Client(timeout=60) as client:
                while not done.is_set():
                    started = time.perf_counter()
                    client.get(f"{base}/healthz")
                    if posting.is_set():
                        latencies.append(time.perf_counter() - started)
                    time.sleep(0.01)

        poller = threading.Thread(target=poll)
        poller.start()
        post_seconds = []
        statuses = []
        try:
            with httpx.Client(timeout=600) as client:
                for _ in range(args.posts):
                    posting.set()
                    started = time.perf_counter()
                    response = client.post(
                        f"{base}/v1/briefs?fresh=true",
                        content=body,
                        headers={"Content-Type": "text/plain"},
                    )
                    post_seconds.append(time.perf_counter() - started)
                    posting.clear()
                    statuses.append(response.status_code)
        finally:
            done.set()
            poller.join()
            process.terminate()
            process.wait(timeout=15)

    print(f"body: {len(body):,} bytes, {args.lines:,} lines; {args.posts} posts; {statuses}")
    print(f"POST seconds: {', '.join(f'{s:.2f}' for s in post_seconds)}")
    if latencies:
        print(
            f"/healthz during the posts ({len(latencies)} polls): "
            f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
            f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms, "
            f"max {max(latencies) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
