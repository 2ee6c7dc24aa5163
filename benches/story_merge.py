"""Does merging dominate a story brief? Prints figures; asserts nothing.

For the five seed articles (one story): the extractive brief of each article, their
sum, and the merge step (actors, quotes, figures, extractive situation and outlook)
over the five briefs, as medians of `--repeat` runs in one process, side by side, with
the merge's share of the briefs' cost as a ratio. A second row set repeats the seed
briefs as 10 and 20 articles, to show how the merge grows with the items; a third is a
synthetic worst case where every item shares every blocking key.

    python benches/story_merge.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.schema import (
    Actor,
    ArticleInput,
    Brief,
    BriefMeta,
    BriefResult,
    CleanArticle,
    Figure,
    Quote,
)
from briefsmith.core.story.merge import merge_story
from briefsmith.engines.extractive import ExtractiveEngine


def median_ms(action, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def hostile_briefs(articles: int, items: int) -> list[tuple[str, BriefResult]]:
    """Synthetic worst case (not news): every item shares words, surnames and a measure
    with every other, so only the blocking caps keep the merge near-linear."""
    briefs = []
    for a in range(articles):
        brief = Brief(
            situation="The committee met again.",
            actors=[Actor(name=f"Member{a}x{i} Smith", kind="person") for i in range(items)],
            quotes=[
                Quote(text=f"the committee said the budget would rise by {i} again")
                for i in range(items)
            ],
            figures=[Figure(text=str(i), value=i, measures="budget rise") for i in range(items)],
            meta=BriefMeta(engine="synthetic"),
        )
        briefs.append((f"hostile{a}", BriefResult(brief=brief, article=CleanArticle(text="x"))))
    return briefs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    engine = ExtractiveEngine()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = {path.stem[:3]: path.read_text(encoding="utf-8") for path in seeds}

    def brief(text: str):
        return asyncio.run(make_brief(ArticleInput(text=text), engine))

    briefs = [(stem, brief(text)) for stem, text in texts.items()]
    brief_ms = {stem: median_ms(lambda t=text: brief(t), repeat) for stem, text in texts.items()}
    merge_ms = median_ms(lambda: merge_story(briefs), repeat)
    total = sum(brief_ms.values())

    table = Table(title=f"story merge vs extractive briefs (median of {repeat} runs, ms)")
    table.add_column("step")
    table.add_column("ms", justify="right")
    table.add_column("items", justify="right")
    for stem, result in briefs:
        items = len(result.brief.actors) + len(result.brief.quotes) + len(result.brief.figures)
        table.add_row(f"brief {stem}", f"{brief_ms[stem]:.1f}", str(items))
    all_items = sum(
        len(r.brief.actors) + len(r.brief.quotes) + len(r.brief.figures) for _, r in briefs
    )
    table.add_row("[bold]sum of the 5 briefs[/bold]", f"{total:.1f}", str(all_items))
    table.add_row("[bold]merge of the 5 briefs[/bold]", f"{merge_ms:.2f}", str(all_items))
    table.add_row("merge / sum of briefs", f"{merge_ms / total:.3f}", "")
    for copies in (2, 4):
        many = [(f"{stem}-{n}", r) for n in range(copies) for stem, r in briefs]
        many_ms = median_ms(lambda m=many: merge_story(m), max(3, repeat // 4))
        table.add_row(
            f"merge of {len(many)} briefs (seeds x{copies})",
            f"{many_ms:.2f}",
            str(all_items * copies),
        )
    for articles, items in ((2, 1000), (2, 4000)):
        hostile = hostile_briefs(articles, items)
        hostile_ms = median_ms(lambda h=hostile: merge_story(h), 3)
        table.add_row(
            f"synthetic worst case: {articles} x {items} items of each kind",
            f"{hostile_ms:.0f}",
            str(articles * items * 3),
        )
    Console().print(table)


if __name__ == "__main__":
    main()
