"""The issue-25 table of docs/benches.md, rendered from the committed bench results
(benches/results/*.json, written by benches/pay_once.py and benches/service_overhead.py)
so the page always says what the last recorded runs printed. Standard library only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parents[3] / "benches" / "results"
NOT_RUN = "not run"


def _load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    if not path.is_file():
        return None
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return record


def _figures(name: str) -> dict[str, Any]:
    record = _load(name)
    return record["figures"] if record else {}


def _overhead(figures: dict[str, Any], kind: str) -> str:
    pair = figures.get(kind)
    if not pair:
        return NOT_RUN
    return (
        f"{pair['http_ms']:.1f} vs {pair['direct_ms']:.1f} ms: "
        f"{pair['overhead_ms']:+.1f} ms ({pair['ratio']:.2f}x)"
    )


def _calls(figures: dict[str, Any]) -> str:
    if not figures:
        return NOT_RUN
    return (
        f"{figures['llm_calls']:g} engine calls, {figures['briefs_stored']:g} briefs stored, "
        f"{figures['items_done']:g}/{figures['items']} done (rounds: "
        f"{', '.join(str(c) for c in figures['llm_calls_rounds'])})"
    )


def _recovery(figures: dict[str, Any]) -> str:
    if not figures:
        return NOT_RUN
    rounds = ", ".join(f"{r:g}" for r in figures["recovery_s_rounds"])
    return f"{figures['recovery_s']:g} s (rounds: {rounds})"


def _cpu(figures: dict[str, Any]) -> str:
    if "server_cpu_ms_per_llm_brief" not in figures:
        return NOT_RUN
    parse = figures.get("spacy_parse_ms_per_brief")
    parse_text = f"; spaCy parse {parse:g} ms" if parse is not None else "; no spaCy parse yet"
    return (
        f"{figures['server_cpu_ms_per_llm_brief']:g} ms in all: shared analysis "
        f"{figures['shared_analysis_cpu_ms_per_brief']:g} ms{parse_text}; the service's own "
        f"{figures['service_own_cpu_ms_per_llm_brief']:g} ms"
    )


def _throughput(figures: dict[str, Any]) -> str:
    rates = figures.get("throughput")
    if not rates:
        return NOT_RUN
    return (
        f"{rates['one_process_per_s']:g} -> {rates['two_processes_per_s']:g} briefs/s: "
        f"{rates['scaling']:.2f}x with 2 processes"
    )


def _startup(figures: dict[str, Any]) -> str:
    times = figures.get("startup")
    if not times:
        return NOT_RUN
    return (
        f"{times['brief_help_s']:.2f} s (`python -c pass`: {times['python_s']:.2f} s; "
        f"+{times['brief_help_beyond_python_s']:.2f} s)"
    )


def _load_average(*names: str) -> str:
    parts = []
    for name in names:
        record = _load(name)
        if record:
            one_minute = record["machine"]["load_average"][0]
            parts.append(f"`{name}` {one_minute:g}")
    return ", ".join(parts) or NOT_RUN


def issue25_table() -> str:
    """Before (main's code) and after (this code), one row per figure of issue 25."""
    before, after = _figures("service_overhead-before"), _figures("service_overhead-after")
    rows = [
        (
            "same article in concurrent items on 2 workers (5 articles x 8 items, "
            "PostgreSQL + Redis)",
            _calls(_figures("pay_once-deadline20-before")),
            _calls(_figures("pay_once-after")),
            "5 calls",
        ),
        (
            "worker SIGKILLed mid-batch, 20 s deadline: kill to all 4 items done",
            _recovery(_figures("pay_once-deadline20-before")),
            _recovery(_figures("pay_once-deadline20-after")),
            "<= 30 s",
        ),
        (
            "the same at default settings (200 s deadline)",
            "deadline + 15 s = 215 s (arq's in-progress key; not re-run)",
            _recovery(_figures("pay_once-after")),
            "<= 30 s",
        ),
        (
            "HTTP vs direct `make_brief`, fresh, extractive (p50)",
            _overhead(before, "fresh_extractive"),
            _overhead(after, "fresh_extractive"),
            "<= 2 ms, <= 1.05x",
        ),
        (
            "HTTP vs direct `make_brief`, fresh, zero-latency LLM (p50)",
            _overhead(before, "fresh_openai"),
            _overhead(after, "fresh_openai"),
            "<= 2 ms, <= 1.05x",
        ),
        (
            "cache hit over HTTP vs in-process (p50)",
            _overhead(before, "cache_hit"),
            _overhead(after, "cache_hit"),
            "<= 1.2x",
        ),
        (
            "server CPU per zero-latency LLM brief",
            _cpu(before),
            _cpu(after),
            "own <= 10 ms",
        ),
        (
            "100 concurrent LLM briefs (0.5 s LLM), `brief serve --workers 1` vs 2",
            _throughput(before),
            _throughput(after),
            ">= 1.8x",
        ),
        ("`brief --help`", _startup(before), _startup(after), "<= 0.3 s"),
    ]
    lines = [
        "| figure | before (main) | after | goal |",
        "| --- | --- | --- | --- |",
        *(f"| {' | '.join(row)} |" for row in rows),
        "",
        "One-minute load average at the end of each run (2 cores): "
        + _load_average(
            "pay_once-deadline20-before",
            "pay_once-after",
            "pay_once-deadline20-after",
            "service_overhead-before",
            "service_overhead-after",
        )
        + ".",
    ]
    return "\n".join(lines) + "\n"
