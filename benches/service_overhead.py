"""The service's own cost, side by side in one run (paired samples, medians of 3 rounds):

    python benches/service_overhead.py --label after [--requests 20]

- HTTP overhead: POST /v1/briefs (fresh) to a real `brief serve` on SQLite against a
  direct `make_brief` call in this process, alternately, request by request; the
  extractive engine on the five seed articles, and a zero-latency synthetic LLM
  (tests/synthetic_llm_server.py in its own process: not a model) on the synthetic
  article its draft is grounded in;
- cache hit: a seed article again over HTTP against `BriefService.brief` in-process;
- CPU per LLM brief: the server process's CPU (from /proc) per fresh LLM brief, and the
  part of it that is the shared text analysis (cleaning, candidates, grounding: timed
  here on the same article), the rest being the service's own;
- throughput with N processes: `brief serve --workers N`, N = 1 and 2 (the core count
  here), 100 concurrent LLM briefs with a 0.5 s synthetic LLM;
- start-up: `brief --help` and `python -c pass`.

Run it with main's code on PYTHONPATH (`--label before`) and this branch's (`--label
after`); benches/results/ keeps each JSON, docs/benches.md is generated from them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for entry in (str(REPO / "benches"), str(REPO)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import httpx
from bench_results import brief_process, child_env, median, save
from briefsmith.briefing.briefs import BriefService
from briefsmith.briefing.pipeline import make_brief
from briefsmith.config.settings import Settings
from briefsmith.core.cleaning import clean_article
from briefsmith.core.grounding import Grounder, enforce_grounding
from briefsmith.core.schema import ArticleInput, BriefMeta
from briefsmith.engines import build_engine
from briefsmith.engines.llm_draft import BriefDraft

from tests.llm_synthetic import GROUNDED_DRAFT
from tests.pg_server import free_port
from tests.synthetic_llm_server import synthetic_llm_article
from tests.synthetic_llm_server import synthetic_llm_env as _synthetic_llm_env


def synthetic_llm_env(base_url: str) -> dict[str, str]:
    # The synthetic server answers with a draft (tests/llm_synthetic.py), so the draft
    # strategy: a select answer would be invalid and take the repair path instead.
    return {**_synthetic_llm_env(base_url), "BRIEF_LLM_STRATEGY": "draft"}


SEEDS = REPO / "seeds"
LLM_SERVER = """
import sys, time
from http.server import ThreadingHTTPServer
ThreadingHTTPServer.request_queue_size = 1024  # 100 callers at once: a longer backlog
from tests.synthetic_llm_server import synthetic_llm_server
with synthetic_llm_server(delay_s=float(sys.argv[1])) as (url, _):
    print(url, flush=True)
    time.sleep(3600)
"""


def llm_server(delay_s: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-c", LLM_SERVER, str(delay_s)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def serve(env: dict[str, str], work: Path, workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = brief_process(
        ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        env,
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit("brief serve did not come up")


def cpu_s(pid: int) -> float:
    """User + system CPU of a process and its children so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


async def overhead(args: argparse.Namespace, work: Path) -> dict[str, object]:
    llm, base_url = llm_server(0.0)
    llm_env = synthetic_llm_env(base_url)
    env = child_env(
        BRIEF_DB_PATH=str(work / "serve.db"),
        BRIEF_CLIENT_MAX_IN_FLIGHT="1000",
        **llm_env,
    )
    server, base = serve(env, work)
    settings = Settings(_env_file=None, db_path=work / "direct.db", **_settings_of(llm_env))
    engines = {
        "extractive": build_engine(settings, "extractive"),
        "openai": build_engine(settings, "openai"),
    }
    service = BriefService(settings)
    figures: dict[str, object] = {}
    try:
        async with httpx.AsyncClient(timeout=120) as client:

            async def http(body: dict[str, object], *expected: int) -> float:
                started = time.perf_counter()
                response = await client.post(f"{base}/v1/briefs", json=body)
                elapsed = time.perf_counter() - started
                if response.status_code not in expected:
                    raise SystemExit(f"{response.status_code}: {response.text[:300]}")
                return elapsed

            async def direct(text: str, engine: str) -> float:
                started = time.perf_counter()
                await make_brief(ArticleInput(text=text), engines[engine])
                return time.perf_counter() - started

            async def hit_in_process(text: str) -> float:
                started = time.perf_counter()
                outcome = await service.brief(text=text, engine="extractive")
                assert outcome.cache_hit
                return time.perf_counter() - started

            seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]

            def article(engine: str, n: int) -> str:
                # The seeds for the extractive engine and the cache (real article sizes);
                # the synthetic article the synthetic LLM's draft is grounded in for it.
                return seeds[n % len(seeds)] if engine == "extractive" else synthetic_llm_article(n)

            for engine in engines:  # warm up: imports, connections, first requests
                await http({"text": article(engine, 0), "engine": engine, "fresh": True}, 201)
                await direct(article(engine, 0), engine)
            for text in seeds:  # each seed stored in both stores: the cache hits below
                await http({"text": text, "engine": "extractive"}, 200, 201)
                await service.brief(text=text, engine="extractive")
            for engine in engines:
                rounds = []
                for _ in range(3):
                    pairs = []
                    for n in range(args.requests):
                        text = article(engine, n)
                        body = {"text": text, "engine": engine, "fresh": True}
                        if n % 2:
                            pairs.append((await direct(text, engine), await http(body, 201)))
                        else:
                            h = await http(body, 201)
                            pairs.append((await direct(text, engine), h))
                    rounds.append((median([p[0] for p in pairs]), median([p[1] for p in pairs])))
                d, h = median([r[0] for r in rounds]), median([r[1] for r in rounds])
                figures[f"fresh_{engine}"] = _pair(d, h, rounds)
            rounds = []
            for _ in range(3):
                pairs = []
                for n in range(args.requests):
                    text = seeds[n % len(seeds)]
                    pairs.append(
                        (
                            await hit_in_process(text),
                            await http({"text": text, "engine": "extractive"}, 200),
                        )
                    )
                rounds.append((median([p[0] for p in pairs]), median([p[1] for p in pairs])))
            figures["cache_hit"] = _pair(
                median([r[0] for r in rounds]), median([r[1] for r in rounds]), rounds
            )
            # CPU of the server per fresh LLM brief, one request at a time.
            rounds_cpu = []
            for round_ in range(3):
                before = cpu_s(server.pid)
                for n in range(args.requests):
                    body = {
                        "text": synthetic_llm_article(100 + n),
                        "engine": "openai",
                        "fresh": True,
                    }
                    await http(body, 201)
                rounds_cpu.append((cpu_s(server.pid) - before) / args.requests)
                del round_
            figures["server_cpu_ms_per_llm_brief"] = round(median(rounds_cpu) * 1000, 1)
    finally:
        await service.aclose()
        stop(server)
        stop(llm)
    # The shared text analysis of the same articles, timed here: cleaning, the draft's
    # grounding check (the engine's re-ask test) and the final grounding, as the server
    # runs them for each brief; the rest of the server's CPU is the service's own.
    draft = BriefDraft.model_validate(GROUNDED_DRAFT)
    brief = draft.to_brief(BriefMeta(engine="openai"))
    shared = []
    for _ in range(3):
        started = time.process_time()
        for n in range(args.requests):
            article = clean_article(ArticleInput(text=synthetic_llm_article(100 + n)))
            Grounder(article.text).check(draft)
            enforce_grounding(brief, article.text)
        shared.append((time.process_time() - started) / args.requests)
    figures["shared_analysis_cpu_ms_per_brief"] = round(median(shared) * 1000, 1)
    figures["service_own_cpu_ms_per_llm_brief"] = round(
        float(figures["server_cpu_ms_per_llm_brief"]) - median(shared) * 1000,
        1,  # type: ignore[arg-type]
    )
    figures["spacy_parse_ms_per_brief"] = _parse_ms(args.requests)
    return figures


def _parse_ms(requests: int) -> float | None:
    """The spaCy parse of the linguistic layer (part of the shared analysis), when this
    code has one; None before it."""
    try:
        from briefsmith.engines.linguistic import (  # type: ignore[import-not-found,unused-ignore]
            analysis_of as analyse,
        )
    except ImportError:
        return None
    analyse(synthetic_llm_article(1))
    started = time.process_time()
    for n in range(requests):
        analyse(synthetic_llm_article(200 + n))
    return round((time.process_time() - started) / requests * 1000, 1)


def _settings_of(env: dict[str, str]) -> dict[str, object]:
    names = {f"BRIEF_{name.upper()}": name for name in Settings.model_fields}
    return {names[key]: value for key, value in env.items() if key in names}


def _pair(direct_s: float, http_s: float, rounds: list[tuple[float, float]]) -> dict[str, object]:
    return {
        "direct_ms": round(direct_s * 1000, 2),
        "http_ms": round(http_s * 1000, 2),
        "overhead_ms": round((http_s - direct_s) * 1000, 2),
        "ratio": round(http_s / direct_s, 3),
        "rounds_ms": [[round(d * 1000, 2), round(h * 1000, 2)] for d, h in rounds],
    }


async def throughput(work: Path, processes: int, requests: int) -> float:
    """Briefs per second of `brief serve --workers N` for `requests` concurrent LLM briefs."""
    llm, base_url = llm_server(0.5)
    env = child_env(
        BRIEF_DB_PATH=str(work / f"tp{processes}-{time.time_ns()}.db"),
        BRIEF_LLM_MAX_CONCURRENCY="200",
        BRIEF_QUEUE_LIMIT="1000",
        BRIEF_CLIENT_MAX_IN_FLIGHT="1000",
        **synthetic_llm_env(base_url),
    )
    server, base = serve(env, work, workers=processes)
    try:
        async with httpx.AsyncClient(
            timeout=300, limits=httpx.Limits(max_connections=requests)
        ) as client:
            await client.post(f"{base}/v1/briefs", json={"text": synthetic_llm_article(0)})
            salt = time.time_ns()
            started = time.perf_counter()
            responses = await asyncio.gather(
                *(
                    client.post(
                        f"{base}/v1/briefs",
                        json={"text": f"{synthetic_llm_article(n)} Run {salt}.", "fresh": True},
                    )
                    for n in range(requests)
                )
            )
            elapsed = time.perf_counter() - started
        failed = [r.status_code for r in responses if r.status_code != 201]
        if failed:
            raise SystemExit(f"throughput: {len(failed)} failed: {failed[:5]}")
        return requests / elapsed
    finally:
        stop(server)
        stop(llm)


def startup(runs: int = 5) -> dict[str, float]:
    env = child_env()

    def timed(command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=REPO, check=True, capture_output=True)
        return time.perf_counter() - started

    python = [timed([sys.executable, "-c", "pass"]) for _ in range(runs)]
    help_ = [
        timed([sys.executable, "-m", "briefsmith.surfaces.cli.main", "--help"]) for _ in range(runs)
    ]
    return {
        "python_s": round(median(python), 3),
        "brief_help_s": round(median(help_), 3),
        "brief_help_beyond_python_s": round(median(help_) - median(python), 3),
    }


async def run(args: argparse.Namespace) -> None:
    from briefsmith.config.logging import configure_command_logging

    configure_command_logging()  # warnings only: this process's log lines are not measured
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        figures = await overhead(args, work)
        rates = {1: [], 2: []}  # type: dict[int, list[float]]
        for _ in range(3):
            for processes in rates:
                rates[processes].append(await throughput(work, processes, 100))
        one, two = median(rates[1]), median(rates[2])
        figures["throughput"] = {
            "one_process_per_s": round(one, 1),
            "two_processes_per_s": round(two, 1),
            "scaling": round(two / one, 2),
            "rounds_per_s": {str(k): [round(v, 1) for v in vs] for k, vs in rates.items()},
        }
        figures["startup"] = startup()
    save("service_overhead", args.label, figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True, help="before or after")
    parser.add_argument("--requests", type=int, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
