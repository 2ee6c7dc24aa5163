"""`brief batch`: brief every article of a JSONL corpus through BriefService.

Each input line is `{"id"?, "text"|"url", "title"?, "source"?}`. Each output line is
either `{"id", "status": "done", "brief_id", "cache_hit", "brief"}` or
`{"id", "status": "failed", "code", "reason"}`; a line that is not valid JSON or has no
text/url becomes a failed item with the reason, never a traceback and never dropped.
Output is appended and flushed per item, so a rerun skips the ids already done (failed
items are tried again). Items without an id are named `line-<n>` (1-based).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from briefsmith.briefing.briefs import BriefService
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.requests import BadLine, CorpusItem, parse_line


@dataclass
class BatchSummary:
    done: int = 0
    cache_hits: int = 0
    skipped: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    tokens: int = 0
    elapsed_s: float = 0.0

    def failure_reasons(self) -> Counter[str]:
        return Counter(self.failed.values())


def read_corpus(lines: Iterable[str]) -> Iterator[CorpusItem | BadLine]:
    for number, raw in enumerate(lines, start=1):
        parsed = parse_line(number, raw)
        if parsed is not None:
            yield parsed


def done_ids(out_path: Path) -> set[str]:
    """Ids already briefed in an earlier run's output (a torn last line is ignored)."""
    if not out_path.exists():
        return set()
    done: set[str] = set()
    with out_path.open(encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            try:
                record = json.loads(raw)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("status") == "done":
                done.add(str(record.get("id")))
    return done


async def run_batch(
    service: BriefService,
    entries: Iterable[CorpusItem | BadLine],
    out: IO[str],
    *,
    concurrency: int,
    engine: str | None = None,
    skip_ids: set[str] | frozenset[str] = frozenset(),
    on_item: Callable[[], None] = lambda: None,
) -> BatchSummary:
    """Brief every item with at most `concurrency` in flight; write one line per item."""
    summary = BatchSummary()
    started = time.perf_counter()
    queue: asyncio.Queue[CorpusItem | BadLine | None] = asyncio.Queue(maxsize=concurrency * 2)

    def write(record: dict[str, Any]) -> None:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()

    def failed(item_id: str, code: str, reason: str) -> None:
        summary.failed[item_id] = reason
        write({"id": item_id, "status": "failed", "code": code, "reason": reason})

    async def brief_one(item: CorpusItem) -> None:
        try:
            outcome = await service.brief(
                text=item.text, url=item.url, title=item.title, source=item.source, engine=engine
            )
        except BriefsmithError as error:
            failed(item.id, error.code, error.message)
            return
        except Exception as error:  # noqa: BLE001 - one item's failure must not end the corpus
            failed(item.id, "internal-error", f"{type(error).__name__}: {error}")
            return
        summary.done += 1
        summary.cache_hits += outcome.cache_hit
        usage = outcome.result.brief.meta.usage
        if usage is not None and not outcome.cache_hit:
            summary.tokens += usage.prompt_tokens + usage.completion_tokens
        write(
            {
                "id": item.id,
                "status": "done",
                "brief_id": outcome.id,
                "cache_hit": outcome.cache_hit,
                "brief": outcome.result.model_dump(mode="json"),
            }
        )

    async def worker() -> None:
        while (entry := await queue.get()) is not None:
            if isinstance(entry, BadLine):
                failed(entry.id, "invalid-line", entry.reason)
            else:
                await brief_one(entry)
            on_item()

    async def feed() -> None:
        for entry in entries:
            if entry.id in skip_ids:
                summary.skipped += 1
                on_item()
            else:
                await queue.put(entry)
        for _ in range(concurrency):
            await queue.put(None)

    # A worker that fails ends the run with its error instead of leaving the feed waiting.
    async with asyncio.TaskGroup() as group:
        group.create_task(feed())
        for _ in range(concurrency):
            group.create_task(worker())
    summary.elapsed_s = time.perf_counter() - started
    return summary
