"""The linguistic layer's cost, from one run (issue 21).

1. Throughput on the same texts (the seeds and the general eval set, cleaned): spaCy's
   own `nlp.pipe` over the article's parse pieces (what the layer parses), next to the
   extractive engine end to end (that parse, then analysis, extraction and the brief).
   The engine's own work on top of the parse is timed in the same round as the parse,
   round after round, and reported as the median ratio (goal: at most 30%).
2. Peak memory (max RSS, each in a fresh process) of a whole brief (cleaning, parse,
   analysis, extraction, grounding) on the hostile shapes of the adversarial suite at
   `--chars` characters (default 1 MB; goal: at most 600 MB), the highest of `--repeat`
   fresh processes per shape.

    python benches/linguistic_layer.py [--rounds 3] [--chars 1000000] [--shapes 'a|b'] [--repeat 3]

Prints a markdown table per part. Timing belongs here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MEMORY_CHILD = r"""
import asyncio, json, resource, sys, time
sys.path[:0] = [{root!r} + "/service", {root!r}]
from briefsmith.engines.linguistic import preload
preload()
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from tests.adversarial_inputs import SHAPES
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
text = SHAPES[{shape!r}]({chars})
started = time.perf_counter()
try:
    article = ArticleInput(text=text)
    result = asyncio.run(make_brief(article, ExtractiveEngine(), max_input_bytes=4_000_000))
    outcome = f"{{len(result.brief.quotes)}} quotes, {{len(result.brief.actors)}} actors"
except BriefsmithError as error:
    outcome = "refused: " + error.message[:60]
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
row = {{"loaded_mb": loaded / 1024, "peak_mb": peak / 1024, "seconds": seconds}}
print(json.dumps({{**row, "outcome": outcome}}))
"""


def _texts() -> list[str]:
    sys.path[:0] = [str(ROOT / "service"), str(ROOT)]
    from briefsmith.core.cleaning import clean_article
    from briefsmith.core.schema import ArticleInput

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "evals" / "general").rglob("*.txt")
    )
    return [clean_article(ArticleInput(text=p.read_text(encoding="utf-8"))).text for p in paths]


def throughput(rounds: int) -> None:
    from briefsmith.core.analysis import analyze
    from briefsmith.engines.extractive import build_brief
    from briefsmith.engines.linguistic import get_linguist

    texts = _texts()
    linguist = get_linguist()
    words = sum(len(t.split()) for t in texts)

    for text in texts:  # warm up
        linguist.parse(text)
    # Each round times spaCy's parse of every text (the very pieces and nlp.pipe batches
    # the layer parses), then the engine's own work on those parses (analysis,
    # extraction, brief). Interleaving the two in one round, and taking the median of the
    # rounds' ratios, keeps a busy machine from favouring one side: the two halves of a
    # round see the same load.
    parse_times: list[float] = []
    own_times: list[float] = []
    for _ in range(rounds):
        started = time.perf_counter()
        parses = [linguist.parse(text) for text in texts]
        parse_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for text, parse in zip(texts, parses, strict=True):
            build_brief(text, analysis=analyze(text, parse))
        own_times.append(time.perf_counter() - started)
    ratios = sorted(own / parse for own, parse in zip(own_times, parse_times, strict=True))
    median = ratios[len(ratios) // 2]
    parse, own = min(parse_times), min(own_times)
    print(f"## Throughput ({len(texts)} articles, {words:,} words; {rounds} interleaved rounds)\n")
    print("| | seconds (best round) | articles/s | words/s |")
    print("|---|---:|---:|---:|")
    for label, seconds in (
        ("spaCy nlp.pipe (parse only)", parse),
        ("extractive engine (parse + own work)", parse + own),
    ):
        print(f"| {label} | {seconds:.2f} | {len(texts) / seconds:.1f} | {words / seconds:,.0f} |")
    spread = ", ".join(f"{r:+.0%}" for r in ratios)
    print(
        f"\nThe engine's own work on top of the parse: {median:+.0%} (median of the rounds: "
        f"{spread}; goal: at most +30%)\n"
    )


def memory(chars: int, shapes: list[str], repeat: int) -> None:
    # One shape's peak varies by up to about 140 MB from process to process on the same
    # code (the parser's allocations, not the engine's), so each shape runs `repeat`
    # times in fresh processes and the highest peak is the figure held to the goal.
    print(f"## Peak memory of one brief on hostile shapes ({chars:,} characters)\n")
    print(
        f"| shape | pipeline loaded (MB) | peak (MB), highest of {repeat} | peaks (MB) "
        "| seconds | outcome |"
    )
    print("|---|---:|---:|---|---:|---|")
    for shape in shapes:
        code = _MEMORY_CHILD.format(root=str(ROOT), shape=shape, chars=chars)
        rows = []
        for _ in range(repeat):
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
            )
            if done.returncode != 0:
                break
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if len(rows) < repeat:
            failure = done.stderr.strip().splitlines()[-1][:80]
            print(f"| {shape} | – | – | – | – | failed: {failure} |")
            continue
        peaks = ", ".join(f"{row['peak_mb']:.0f}" for row in rows)
        highest = max(rows, key=lambda row: row["peak_mb"])
        print(
            f"| {shape} | {highest['loaded_mb']:.0f} | {highest['peak_mb']:.0f} | {peaks} | "
            f"{highest['seconds']:.1f} | {highest['outcome']} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--shapes", default="", help="|-separated; default: all")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per shape")
    args = parser.parse_args()
    throughput(args.rounds)
    if not args.skip_memory:
        sys.path[:0] = [str(ROOT)]
        from tests.adversarial_inputs import SHAPES

        shapes = [s for s in args.shapes.split("|") if s] or list(SHAPES)
        memory(args.chars, shapes, args.repeat)


if __name__ == "__main__":
    main()
