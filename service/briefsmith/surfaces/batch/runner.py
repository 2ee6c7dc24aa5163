"""Running batch items: the one job body every backend calls, and the in-process runner.

`brief_item` briefs one item through `BriefService.brief` (the same cleaning, cache,
single flight, engine gate, deadline and grounding as POST /v1/briefs) and records the
outcome in the batch store. It is idempotent: an item already done is left alone, and
a second run of an item whose brief was stored answers from the brief cache (same
article + engine + model + prompt version), so a retry never stores a second brief.

Without `BRIEF_REDIS_URL`, `InProcessBatches` runs items in the API process,
`Settings.batch_concurrency` at a time, and resumes unfinished batches on start-up.
With it, `briefsmith.surfaces.batch.queue.RedisBatches` queues them for `brief worker` processes.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from typing import Protocol

import structlog

from briefsmith.briefing.briefs import BriefService
from briefsmith.core.errors import BriefsmithError, Overloaded
from briefsmith.core.requests import CorpusItem
from briefsmith.store.batch_state import BatchStore, ItemStatus, SqliteBatchStore

log = structlog.get_logger(__name__)

# An item refused because the engine queue is full waits and tries again this often.
OVERLOADED_RETRIES = 5


def new_batch_id() -> str:
    return uuid.uuid4().hex


async def brief_item(
    service: BriefService,
    store: BatchStore,
    batch_id: str,
    item: CorpusItem,
    *,
    engine: str | None,
    owner: str | None,
) -> None:
    current = await store.item(batch_id, item.id)
    if current is None or current.status == "done":
        return  # an expired or unknown batch, or a retry of an item already done
    await store.mark(batch_id, item.id, "running")
    for attempt in range(OVERLOADED_RETRIES + 1):
        try:
            outcome = await service.brief(
                text=item.text,
                url=item.url,
                title=item.title,
                source=item.source,
                engine=engine,
                owner=owner,
            )
        except Overloaded as error:
            if attempt == OVERLOADED_RETRIES:
                await store.mark(batch_id, item.id, "failed", code=error.code, reason=error.message)
                return
            await asyncio.sleep(error.retry_after_s)
        except BriefsmithError as error:
            await store.mark(batch_id, item.id, "failed", code=error.code, reason=error.message)
            return
        except Exception as error:
            log.exception("batch_item_crashed", batch_id=batch_id, item_id=item.id)
            await store.mark(
                batch_id,
                item.id,
                "failed",
                code="internal-error",
                reason=f"unexpected {type(error).__name__}; it has been logged",
            )
            return
        else:
            await store.mark(batch_id, item.id, "done", brief_id=outcome.id)
            return


class BatchRunner(Protocol):
    @property
    def store(self) -> BatchStore: ...

    async def submit(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        """Record the batch (every item queued) and have its items briefed."""

    async def start(self) -> None: ...

    async def check(self) -> None:
        """Raise QueueUnavailable when the queue cannot be reached (readiness probe)."""

    async def aclose(self) -> None: ...


class InProcessBatches:
    """Items of every batch in one queue, `concurrency` worker tasks in this process."""

    def __init__(self, service: BriefService, store: SqliteBatchStore, concurrency: int):
        self.service = service
        self.store = store
        self.concurrency = concurrency
        # (batch id, engine, owner, item, resumed after a restart)
        self._queue: asyncio.Queue[tuple[str, str | None, str | None, CorpusItem, bool]] = (
            asyncio.Queue()
        )
        self._workers: list[asyncio.Task[None]] = []

    def _ensure_workers(self) -> None:
        if not self._workers:
            self._workers = [asyncio.create_task(self._work()) for _ in range(self.concurrency)]

    async def _work(self) -> None:
        while True:
            batch_id, engine, owner, item, resumed = await self._queue.get()
            try:
                # Claimed first, so processes sharing the file (`brief serve --workers N`)
                # never both take a queued item. A resumed item left running by a stopped
                # process is taken as well: that is what resuming is for.
                statuses: tuple[ItemStatus, ...] = ("queued", "running") if resumed else ("queued",)
                if await self.store.claim(batch_id, item.id, statuses):
                    await brief_item(
                        self.service, self.store, batch_id, item, engine=engine, owner=owner
                    )
            finally:
                self._queue.task_done()

    def _enqueue(
        self,
        batch_id: str,
        owner: str | None,
        engine: str | None,
        items: Sequence[CorpusItem],
        *,
        resumed: bool = False,
    ) -> None:
        self._ensure_workers()
        for item in items:
            self._queue.put_nowait((batch_id, engine, owner, item, resumed))

    async def submit(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        await self.store.create(batch_id, owner, engine, items)
        self._enqueue(batch_id, owner, engine, items)

    async def start(self) -> None:
        """Resume what a stopped process left queued or running."""
        for batch_id, engine, owner, items in await self.store.unfinished():
            log.info("batch_resumed", batch_id=batch_id, items=len(items))
            self._enqueue(batch_id, owner, engine, items, resumed=True)

    async def check(self) -> None:
        """In-process: nothing to reach (the SQLite file is the store's, checked there)."""

    async def drain(self) -> None:
        """Wait until every queued item is briefed (tests, `brief batch`-like callers)."""
        await self._queue.join()

    async def aclose(self) -> None:
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []
        await self.store.aclose()
