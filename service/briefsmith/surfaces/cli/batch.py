"""The `brief batch` command's body: progress bar and summary around run_batch."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from briefsmith.briefing.briefs import BriefService
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.requests import BadLine, duplicate_id_problems, is_article_object, parse_line
from briefsmith.surfaces.batch.corpus import BatchSummary, done_ids, read_corpus, run_batch
from briefsmith.surfaces.cli.support import fail, load_settings


class _HeldLogs(logging.Handler):
    """A batch's log records, held while its progress bar is drawn and then summed up
    under it (one line per kind, with its count), so per-brief lines (retries, fallbacks)
    never run through the bar. Each brief's own warnings are in the output file."""

    def __init__(self, formatter: logging.Formatter | None) -> None:
        super().__init__()
        if formatter is not None:
            self.setFormatter(formatter)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.first: dict[tuple[str, str], str] = {}

    def emit(self, record: logging.LogRecord) -> None:
        event = record.msg.get("event") if isinstance(record.msg, dict) else record.msg
        key = (record.levelname, str(event))
        self.counts[key] += 1
        if key not in self.first:
            self.first[key] = self.format(record)

    def lines(self) -> list[str]:
        return [
            self.first[key] + (f" (×{count}, the first shown)" if count > 1 else "")
            for key, count in self.counts.items()
        ]


@contextmanager
def _logs_held(console: Console) -> Iterator[None]:
    root = logging.getLogger()
    saved = root.handlers[:]
    held = _HeldLogs(saved[0].formatter if saved else None)
    root.handlers = [held]
    try:
        yield
    finally:
        root.handlers = saved
        for line in held.lines():
            console.print(line, markup=False, highlight=False, soft_wrap=True)


def _print_summary(console: Console, summary: BatchSummary, out_path: Path) -> None:
    table = Table(title=f"brief batch → {out_path}", show_header=False)
    table.add_row("done", f"{summary.done} ({summary.cache_hits} from cache)")
    table.add_row("skipped (done before)", str(summary.skipped))
    table.add_row("failed", str(len(summary.failed)))
    table.add_row("tokens", str(summary.tokens))
    table.add_row("time", f"{summary.elapsed_s:.1f} s")
    console.print(table)
    for reason, count in summary.failure_reasons().most_common(10):
        console.print(f"  failed ×{count}: {reason}")


NAMED_BAD_ITEMS = 5  # as POST /v1/batches names them


def _check_corpus(corpus_path: Path) -> int:
    """The number of articles, after refusing in one line a file that is not JSONL (an
    article's text given by mistake) and a corpus that uses an id twice, exactly as
    POST /v1/batches refuses it. Reads the file once, keeping only the ids."""
    total = objects = 0
    ids: list[str] = []
    with corpus_path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                entry = parse_line(number, raw)
            except (RecursionError, ValueError):  # nesting or integers Python will not parse
                entry = BadLine(f"line-{number}", "a JSON value Python cannot parse")
            if entry is None:
                continue
            total += 1
            objects += is_article_object(entry)
            ids.append(entry.id)
    if total and not objects:
        fail(
            f"{corpus_path} is not a JSONL corpus (no line is a JSON object such as "
            '{"id": "a1", "text": "…"}); to brief one article, run '
            f"`brief summarize {corpus_path}`"
        )
    problems = duplicate_id_problems(ids)
    if problems:
        more = len(problems) - NAMED_BAD_ITEMS
        detail = "; ".join(problems[:NAMED_BAD_ITEMS]) + (f"; and {more} more" if more > 0 else "")
        fail(f"{len(problems)} bad item(s): {detail}")
    return total


def run_batch_command(
    corpus_path: Path, out_path: Path, concurrency: int, engine: str | None
) -> BatchSummary:
    if not corpus_path.is_file():
        fail(f"no such file: {corpus_path}")
    if concurrency < 1:
        fail("--concurrency must be at least 1")
    settings = load_settings()
    total = _check_corpus(corpus_path)
    skip = done_ids(out_path)
    console = Console(stderr=True)

    async def go() -> BatchSummary:
        service = BriefService(settings)
        try:
            service.engine(engine)
            await service.store.check()  # an unreachable database stops here, not per item
            with (
                _logs_held(console),
                corpus_path.open(encoding="utf-8", errors="replace") as lines,
                out_path.open("a", encoding="utf-8") as out,
                Progress(
                    TextColumn("briefing"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    console=console,
                ) as progress,
            ):
                task = progress.add_task("briefs", total=total)
                return await run_batch(
                    service,
                    read_corpus(lines),
                    out,
                    concurrency=concurrency,
                    engine=engine,
                    skip_ids=skip,
                    on_item=lambda: progress.advance(task),
                )
        finally:
            await service.aclose()

    try:
        summary = asyncio.run(go())
    except BriefsmithError as error:
        fail(error.message)
    _print_summary(console, summary, out_path)
    if summary.failed:
        raise typer.Exit(1)
    return summary
