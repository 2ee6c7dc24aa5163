"""Cleaning and the situation/outlook on hostile page-shaped inputs. Prints figures;
asserts nothing.

Each input is built at two sizes (100 kB and 1 MB); the ratio column says how the cost
grows with a tenfold input (about 10 means linear; 100 would mean quadratic).

    python benches/cleaning_furniture.py
"""

from __future__ import annotations

import time

from briefsmith.core.cleaning import clean_article
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.core.schema import ArticleInput
from rich.console import Console
from rich.table import Table

UNITS = {
    "one run-on paragraph": "word ",
    "all-caps dateline-like": "LONDON ",
    "lone-period pieces": "By . Jane Roe . the council met today . ",
    "share-button row": "Share Tweet ",
    "timestamp stamps": "PUBLISHED: 07:04 EST, 12 May 2014 ",
    "byline-like names": "By Jane Roe, ",
    "unbalanced quotes": "“He said it would rain ",
}


def cost(text: str) -> tuple[float, float]:
    started = time.perf_counter()
    try:
        article = clean_article(ArticleInput(text=text + " The end is here."))
    except BriefsmithError:
        return time.perf_counter() - started, 0.0
    cleaned = time.perf_counter()
    _, lead = situation(article.text)
    outlook(article.text, lead)
    return cleaned - started, time.perf_counter() - cleaned


def main() -> None:
    table = Table(title="cleaning + situation/outlook on hostile inputs")
    for column in ("input", "clean 100 kB", "clean 1 MB", "ratio", "summary 1 MB"):
        table.add_column(column, justify="left" if column == "input" else "right")
    for name, unit in UNITS.items():
        small_clean, _ = cost(unit * (100_000 // len(unit)))
        large_clean, large_summary = cost(unit * (1_000_000 // len(unit)))
        ratio = large_clean / small_clean if small_clean else float("nan")
        table.add_row(
            name,
            f"{small_clean:.3f} s",
            f"{large_clean:.3f} s",
            f"{ratio:.1f}x",
            f"{large_summary:.3f} s",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
