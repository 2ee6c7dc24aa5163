"""How fast and how small is the embedded default? Prints its figures; asserts nothing.

For each seed, side by side in one run: cleaning alone, the whole pipeline (cleaning,
extraction, grounding), peak Python memory of one brief, and the `brief summarize`
process end to end (interpreter start-up and loading the spaCy pipeline included). The
ratio column compares the pipeline with the one-second budget the issue sets for the
main job. The layer keeps the last few parses by text, so each timed run first forgets
them: the pipeline column is a cold brief, the article parsed every time.

    python benches/extractive_speed.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import get_linguist
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 1.0


def median_seconds(action, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    engine = ExtractiveEngine()
    linguist = get_linguist()

    def cold_brief(article: ArticleInput) -> None:
        linguist.clear_cache()
        asyncio.run(make_brief(article, engine))

    table = Table(title=f"extractive engine, median of {args.repeat} runs")
    for column in (
        "seed",
        "chars",
        "clean ms",
        "pipeline ms",
        "peak KiB",
        "CLI process ms",
        "pipeline / 1 s budget",
    ):
        table.add_column(column, justify="right")
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = ArticleInput(text=path.read_text(encoding="utf-8"))
        clean_s = median_seconds(lambda a=article: clean_article(a), args.repeat)
        pipeline_s = median_seconds(lambda a=article: cold_brief(a), args.repeat)
        tracemalloc.start()
        cold_brief(article)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        cli_s = median_seconds(
            lambda p=path: subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "briefsmith.surfaces.cli.main",
                    "summarize",
                    str(p),
                    "--engine",
                    "extractive",
                ],
                check=True,
                capture_output=True,
            ),
            max(3, args.repeat // 5),
        )
        table.add_row(
            path.stem[:3],
            f"{len(article.text):,}",
            f"{clean_s * 1000:.2f}",
            f"{pipeline_s * 1000:.1f}",
            f"{peak / 1024:,.0f}",
            f"{cli_s * 1000:.0f}",
            f"{pipeline_s / BUDGET_S:.3f}",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
