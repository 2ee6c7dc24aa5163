"""The LLM strategies side by side: `draft` (the model retypes quotes and figures) against
`select` (it picks numbered candidates), same model, same settings, five seeds.

By default it reads the recorded cassettes: output (completion) tokens and attempts from
each cassette set's manifest, recording wall time from its `llm_ms` (kept since the
select strategy came in; older recordings show –), and the eval scores from replaying
them. With --live it runs both strategies now against BRIEF_BASE_URL (e.g. `brief
local-server`), one after the other, and times them. Prints markdown tables with the
select/draft ratio. Usage:
    PYTHONPATH=$PWD python benches/llm_strategies.py [--model smollm2|gemma3] [--live]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
from pathlib import Path
from typing import Any

from briefsmith.config.settings import Settings
from briefsmith.engines.cassettes import CASSETTES_DIR, read_manifest
from briefsmith.engines.llm import build_llm_engine
from briefsmith.evals.dataset import load_dataset
from briefsmith.evals.results import RunResults
from briefsmith.evals.runner import discover_cassette_sets, replay_engines, run_eval, shared_engine

STRATEGIES = ("draft", "select")
SCORED = (
    "quotes",
    "figures",
    "actors",
    "speaker_precision",
    "speaker_recall",
    "situation",
    "overall",
)


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _fmt(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def _ratio(select: float | None, draft: float | None) -> str:
    return "–" if select is None or not draft else f"{select / draft:.2f}"


async def _scores(engine_for: Any, mode: Any, out: Path) -> RunResults:
    # One article at a time: vcrpy patches the HTTP client process-wide, and a live run
    # is timed per brief.
    return await run_eval(
        load_dataset(),
        engine_for,
        engine_name="openai",
        model=None,
        mode=mode,
        out_dir=out,
        concurrency=1,
    )


def recorded_rows(model: str, out: Path) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for cassettes in discover_cassette_sets(CASSETTES_DIR):
        if cassettes.model != model:
            continue
        entries = read_manifest(cassettes.directory)["cassettes"].values()
        outcomes = [e["outcome"] for e in entries if "usage" in e["outcome"]]
        results = asyncio.run(_scores(replay_engines(cassettes.directory), "replay", out))
        rows[cassettes.strategy] = {
            "where": str(cassettes.directory.relative_to(CASSETTES_DIR.parent)),
            "recorded": sorted(e["recorded_at"][:10] for e in entries)[0],
            "output tokens": _mean([o["usage"]["completion_tokens"] for o in outcomes]),
            "prompt tokens": _mean([o["usage"]["prompt_tokens"] for o in outcomes]),
            "attempts": _mean([o["usage"]["attempts"] for o in outcomes]),
            "latency s": _mean([o["llm_ms"] / 1000 for o in outcomes if o.get("llm_ms")]),
            "median latency s": _median([o["llm_ms"] / 1000 for o in outcomes if o.get("llm_ms")]),
            "failed": results.info.failed,
            **{field: results.summary[field].mean for field in SCORED},
        }
    return rows


def live_rows(model: str, out: Path) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for strategy in STRATEGIES:
        settings = Settings(
            engine="openai", model=model, llm_strategy=strategy, fallback_to_extractive=False
        )
        engine = build_llm_engine(settings)
        results = asyncio.run(_scores(shared_engine(engine), "live", out))
        briefs = [a.brief for a in results.articles if a.brief is not None]
        usages = [b.meta.usage for b in briefs if b.meta.usage]
        rows[strategy] = {
            "where": f"live {settings.base_url}",
            "recorded": "now",
            "output tokens": _mean([u.completion_tokens for u in usages]),
            "prompt tokens": _mean([u.prompt_tokens for u in usages]),
            "attempts": _mean([u.attempts for u in usages]),
            "latency s": _mean([a.latency_ms / 1000 for a in results.articles]),
            "median latency s": _median([a.latency_ms / 1000 for a in results.articles]),
            "failed": results.info.failed,
            **{field: results.summary[field].mean for field in SCORED},
        }
    return rows


def print_table(model: str, rows: dict[str, dict[str, Any]]) -> None:
    draft, select = rows.get("draft", {}), rows.get("select", {})
    print(f"\n### {model}: draft vs select (mean per seed, five seeds)\n")
    print(f"draft: {draft.get('where', '–')} ({draft.get('recorded', '–')}); ", end="")
    print(f"select: {select.get('where', '–')} ({select.get('recorded', '–')})\n")
    print("| measure | draft | select | select / draft |")
    print("| --- | ---: | ---: | ---: |")
    for measure, digits in [
        ("output tokens", 0),
        ("prompt tokens", 0),
        ("attempts", 1),
        ("latency s", 1),
        ("median latency s", 1),
        ("failed", 0),
        *((field, 3) for field in SCORED),
    ]:
        a, b = draft.get(measure), select.get(measure)
        print(f"| {measure} | {_fmt(a, digits)} | {_fmt(b, digits)} | {_ratio(b, a)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=["smollm2", "gemma3"], action="append")
    parser.add_argument("--live", action="store_true", help="run both strategies now")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for model in args.model or ["smollm2", "gemma3"]:
            rows = live_rows(model, Path(tmp)) if args.live else recorded_rows(model, Path(tmp))
            print_table(model, rows)


if __name__ == "__main__":
    main()
