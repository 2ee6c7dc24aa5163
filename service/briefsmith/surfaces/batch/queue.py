"""Batches on Redis with arq (when `BRIEF_REDIS_URL` is set): the API queues one job per
item; `brief worker` processes, on any number of hosts, take them.

- One job per item, with a deterministic arq job id `brief-item:<batch>:<item>`: arq
  refuses a second job with an id that is queued, running, or whose result it still
  keeps (kept as long as the batch state, `Settings.batch_expiry_s`), so enqueueing an
  item twice queues it once.
- A job carries only the batch and item ids; the article is read from the batch state
  (service/briefsmith/store/batch_state_redis.py).
- A worker that dies (kill -9, a lost host) leaves its job marked in progress until
  arq's in-progress key expires: the job timeout plus 10 s. The job timeout is the
  brief deadline (`BRIEF_REQUEST_DEADLINE_S`) plus `JOB_TIMEOUT_MARGIN_S`, so a live
  job always ends (done, or failed with `deadline-exceeded`) before arq would give up
  on it. Then another worker runs it again. The re-run is idempotent
  (briefsmith.surfaces.batch.runner.brief_item): a done item is left alone, and a brief stored
  before the crash is found in the brief cache, so no second brief is stored.
- After `Settings.batch_max_tries` runs that all died, the item is marked failed with
  code `worker-lost` instead of being retried for ever.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import structlog
from arq import ArqRedis
from arq.connections import RedisSettings
from arq.worker import Worker, func
from redis.asyncio import ConnectionPool
from redis.exceptions import RedisError

from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.core.requests import CorpusItem
from briefsmith.engines import linguistic
from briefsmith.store.batch_state_redis import RedisBatchStore, queue_errors
from briefsmith.surfaces.batch.runner import brief_item

log = structlog.get_logger(__name__)

QUEUE_NAME = "briefsmith:batch-items"
JOB_NAME = "brief_batch_item"
JOB_TIMEOUT_MARGIN_S = 5.0
# How often an idle-slotted worker looks for new jobs. arq's default (0.5 s) caps a
# worker at `concurrency` jobs per half second whatever the jobs cost (8 extractive
# briefs/s at --concurrency 4; benches/batch_throughput.py); one ZRANGEBYSCORE per poll.
POLL_DELAY_S = 0.05
ENQUEUE_AT_ONCE = 50


def item_job_id(batch_id: str, item_id: str) -> str:
    return f"brief-item:{batch_id}:{item_id}"


def redis_settings(settings: Settings) -> RedisSettings:
    if settings.redis_url is None:
        raise ValueError("BRIEF_REDIS_URL is not set")
    return RedisSettings.from_dsn(settings.redis_url.get_secret_value())


def connect(settings: Settings) -> ArqRedis:
    """A client of the queue's Redis; it connects on first use."""
    if settings.redis_url is None:
        raise ValueError("BRIEF_REDIS_URL is not set")
    pool = ConnectionPool.from_url(settings.redis_url.get_secret_value())
    return ArqRedis(pool, default_queue_name=QUEUE_NAME)


def job_timeout_s(settings: Settings) -> float:
    return settings.request_deadline_s + JOB_TIMEOUT_MARGIN_S


class RedisBatches:
    """The API side: batch state in Redis, one arq job per item. The connection pool
    connects on first use, so the routes work before (or without) the app's start-up."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool = connect(settings)
        self.store = RedisBatchStore(self.pool, settings.batch_expiry_s)

    async def start(self) -> None:
        """Say at start-up when Redis is down; briefs still work, batches answer 503."""
        try:
            await self.pool.ping()
        except (RedisError, OSError) as error:
            log.warning("batch_queue_unreachable", error_type=type(error).__name__)

    async def submit(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        await self.store.create(batch_id, owner, engine, items)
        # Each enqueue is a few round trips (WATCH/MULTI); a bounded number at once keeps
        # a 10,000-item batch to seconds without opening a connection per item.
        for start in range(0, len(items), ENQUEUE_AT_ONCE):
            chunk = items[start : start + ENQUEUE_AT_ONCE]
            await asyncio.gather(
                *(self.enqueue(batch_id, item.id, engine=engine, owner=owner) for item in chunk)
            )

    async def enqueue(
        self, batch_id: str, item_id: str, *, engine: str | None, owner: str | None
    ) -> bool:
        """Queue one item; False when a job for it is already queued, running or done."""
        with queue_errors():
            job = await self.pool.enqueue_job(
                JOB_NAME,
                batch_id,
                item_id,
                engine,
                owner,
                _job_id=item_job_id(batch_id, item_id),
                # The job (queued or retried) is dropped once its batch state has expired.
                _expires=self.settings.batch_expiry_s,
            )
        return job is not None

    async def aclose(self) -> None:
        await self.pool.aclose()


# --- the worker side (`brief worker`) ---------------------------------------------------


async def brief_batch_item(
    ctx: dict[str, Any], batch_id: str, item_id: str, engine: str | None, owner: str | None
) -> None:
    service: BriefService = ctx["service"]
    store: RedisBatchStore = ctx["store"]
    item = await store.item_input(batch_id, item_id)
    if item is None:
        log.warning("batch_item_gone", batch_id=batch_id, item_id=item_id)
        return
    if ctx["job_try"] > service.settings.batch_max_tries:
        await store.mark(
            batch_id,
            item_id,
            "failed",
            code="worker-lost",
            reason=f"the worker briefing it stopped {service.settings.batch_max_tries} times",
        )
        return
    await brief_item(service, store, batch_id, item, engine=engine, owner=owner)


def build_worker(
    settings: Settings, concurrency: int, *, service: BriefService | None = None
) -> Worker:
    """An arq worker taking batch items from the shared queue, `concurrency` at a time."""

    async def startup(ctx: dict[str, Any]) -> None:
        await asyncio.to_thread(linguistic.preload)  # the spaCy pipeline, once per worker
        ctx["service"] = service or BriefService(settings)
        ctx["store"] = RedisBatchStore(ctx["redis"], settings.batch_expiry_s)
        log.info("worker_started", concurrency=concurrency, queue=QUEUE_NAME)

    async def shutdown(ctx: dict[str, Any]) -> None:
        if "service" in ctx:
            await ctx["service"].aclose()

    return Worker(
        # One more arq try than batch_max_tries: the last one marks the item worker-lost.
        functions=[func(brief_batch_item, name=JOB_NAME, max_tries=settings.batch_max_tries + 1)],
        queue_name=QUEUE_NAME,
        redis_settings=redis_settings(settings),
        max_jobs=concurrency,
        job_timeout=job_timeout_s(settings),
        keep_result=settings.batch_expiry_s,
        poll_delay=POLL_DELAY_S,
        on_startup=startup,
        on_shutdown=shutdown,
        handle_signals=True,
    )


def run_worker(settings: Settings, concurrency: int) -> None:
    """Run until SIGINT/SIGTERM (jobs in flight are cancelled and re-queued by arq)."""
    with queue_errors():
        build_worker(settings, concurrency).run()
