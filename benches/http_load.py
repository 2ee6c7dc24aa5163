"""HTTP load bench: the real server (uvicorn) on 127.0.0.1 against calling the engine in-process.

    python benches/http_load.py [--requests 1000] [--concurrency 16]

For each engine (a zero-latency synthetic engine, then the extractive engine) it starts
`uvicorn` in a subprocess on a free loopback port with a fresh SQLite file, then:

- loads POST /v1/briefs with `--concurrency` concurrent httpx clients (fresh=true, so
  every request runs the engine and writes a row): requests/s, p50, p99;
- sends the same requests one at a time: p50, p99 of a single request's latency;
- calls the pipeline directly in this process (briefsmith.briefing.pipeline.make_brief: cleaning,
  engine, grounding; no HTTP, parsing, storage or metrics): calls/s, p50, p99;
- prints the overhead ratio of the HTTP path against the direct call (sequential p50 over
  direct p50, and direct calls/s over loaded HTTP req/s).

All figures come from one run. The load generator shares the machine with the server, so
on a small machine the client's own CPU use is part of what is measured.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from briefsmith.core.schema import ArticleInput, Brief, BriefMeta, CleanArticle

SEEDS = sorted((REPO / "seeds").glob("*.txt"))
ENGINES = ("synthetic-zero", "extractive")


class SyntheticZeroLatencyEngine:
    """Synthetic engine for the bench: answers at once with a one-sentence placeholder, so
    what is measured is the service around the engine."""

    name = "synthetic-zero"
    model = None
    prompt_version = None

    async def summarize(self, article: CleanArticle) -> Brief:
        return Brief(
            situation=f"A synthetic brief of {len(article.text)} characters.",
            meta=BriefMeta(engine=self.name),
        )

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"

    async def aclose(self) -> None:
        """Holds nothing."""


def build_bench_engine(name: str):
    if name == "synthetic-zero":
        return SyntheticZeroLatencyEngine()
    from briefsmith.engines.extractive import ExtractiveEngine

    return ExtractiveEngine()


# --- server role -----------------------------------------------------------------------


def serve(engine_name: str, port: int, db_path: str) -> None:
    import uvicorn
    from briefsmith.config.logging import configure_logging
    from briefsmith.config.settings import Settings
    from briefsmith.surfaces.http import create_app

    settings = Settings(
        _env_file=None, db_path=db_path, queue_limit=100_000, llm_max_concurrency=64
    )
    configure_logging(settings.log_level, settings.log_json)
    engine = build_bench_engine(engine_name)
    app = create_app(settings, engine_factory=lambda _settings, _name: engine)
    uvicorn.run(app, host="127.0.0.1", port=port, log_config=None, access_log=False)


# --- load role -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(latencies_s: list[float], wall_s: float) -> dict[str, float]:
    return {
        "rate": len(latencies_s) / wall_s,
        "p50_ms": percentile(latencies_s, 0.50) * 1000,
        "p99_ms": percentile(latencies_s, 0.99) * 1000,
    }


def bodies(count: int) -> list[dict]:
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    return [{"text": texts[n % len(texts)], "fresh": True} for n in range(count)]


async def load(base_url: str, payloads: list[dict], concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    queue = list(reversed(payloads))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:

        async def worker() -> None:
            while queue:
                payload = queue.pop()
                started = time.perf_counter()
                response = await client.post("/v1/briefs", json=payload)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 201:
                    raise RuntimeError(f"unexpected {response.status_code}: {response.text}")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return summary(latencies, time.perf_counter() - started)


async def direct(engine_name: str, payloads: list[dict]) -> dict[str, float]:
    from briefsmith.briefing.pipeline import make_brief

    engine = build_bench_engine(engine_name)
    latencies: list[float] = []
    started = time.perf_counter()
    for payload in payloads:
        call_started = time.perf_counter()
        await make_brief(ArticleInput(text=payload["text"]), engine)
        latencies.append(time.perf_counter() - call_started)
    return summary(latencies, time.perf_counter() - started)


def wait_until_up(base_url: str, process: subprocess.Popen, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("server did not come up")


def bench_engine(
    engine_name: str, requests: int, concurrency: int, workdir: Path
) -> dict[str, dict[str, float]]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = workdir / f"{engine_name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "serve",
                "--engine",
                engine_name,
                "--port",
                str(port),
                "--db",
                str(workdir / f"{engine_name}.db"),
            ],
            stdout=log,
            stderr=log,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        try:
            wait_until_up(base_url, process)
            asyncio.run(load(base_url, bodies(50), concurrency))  # warm-up
            loaded = asyncio.run(load(base_url, bodies(requests), concurrency))
            sequential = asyncio.run(load(base_url, bodies(max(requests // 4, 50)), 1))
        finally:
            process.terminate()
            process.wait(timeout=10)
    asyncio.run(direct(engine_name, bodies(50)))  # warm-up
    in_process = asyncio.run(direct(engine_name, bodies(requests)))
    return {"http_loaded": loaded, "http_sequential": sequential, "direct": in_process}


def report(results: dict[str, dict[str, dict[str, float]]], requests: int, concurrency: int) -> str:
    lines = [
        (
            f"requests per engine: {requests}; load concurrency: {concurrency}; "
            f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}"
        ),
        "",
        "| engine | path | req/s | p50 ms | p99 ms |",
        "|---|---|---:|---:|---:|",
    ]
    labels = {
        "http_loaded": f"HTTP, {concurrency} concurrent",
        "http_sequential": "HTTP, one at a time",
        "direct": "direct in-process (make_brief)",
    }
    for engine, paths in results.items():
        for path, label in labels.items():
            figures = paths[path]
            lines.append(
                f"| {engine} | {label} | {figures['rate']:.0f} | "
                f"{figures['p50_ms']:.2f} | {figures['p99_ms']:.2f} |"
            )
    lines.append("")
    for engine, paths in results.items():
        latency_ratio = paths["http_sequential"]["p50_ms"] / paths["direct"]["p50_ms"]
        throughput_ratio = paths["direct"]["rate"] / paths["http_loaded"]["rate"]
        added_ms = paths["http_sequential"]["p50_ms"] - paths["direct"]["p50_ms"]
        lines.append(
            f"- {engine}: HTTP p50 / direct p50 = {latency_ratio:.1f}x "
            f"(+{added_ms:.2f} ms per request); direct calls/s / HTTP req/s = "
            f"{throughput_ratio:.2f}x"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="role")
    server = sub.add_parser("serve", help="(internal) run one bench server")
    server.add_argument("--engine", choices=ENGINES, required=True)
    server.add_argument("--port", type=int, required=True)
    server.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    if args.role == "serve":
        serve(args.engine, args.port, args.db)
        return
    with tempfile.TemporaryDirectory(prefix="briefsmith-bench-") as workdir:
        results = {
            engine: bench_engine(engine, args.requests, args.concurrency, Path(workdir))
            for engine in ENGINES
        }
    print(report(results, args.requests, args.concurrency))


if __name__ == "__main__":
    main()
