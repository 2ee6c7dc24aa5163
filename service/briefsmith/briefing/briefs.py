"""BriefService: the transport-agnostic service layer behind the HTTP API and the Slack bot.

Usage (any transport)::

    service = BriefService(settings)                  # or with engine_factory=..., store=...
    outcome = await service.brief(text="...", title=None, source=None,
                                  engine=None, fresh=False)        # or url="https://..."
    outcome.id, outcome.result (BriefResult), outcome.cache_hit
    stored = await service.get(outcome.id)           # StoredBrief | None
    article = await service.ingest_url("https://...")  # guarded fetch -> ArticleInput
    ok, reason = await service.ready()
    await service.aclose()                           # on shutdown

What `brief` does, in order, under one deadline (`Settings.request_deadline_s`):
1. ingests the URL if one is given (SSRF-guarded, see briefsmith.briefing.ingest);
2. cleans the article (briefsmith.core.cleaning);
3. looks up a stored brief of the same article (hash of the cleaned article) by the same
   engine, model and prompt version; unless `fresh`, returns it as a cache hit;
4. joins a brief of the same key already being made for another request (single
   flight: concurrent identical requests cost one engine call; they are cache hits);
5. otherwise starts making it in its own task: wait for an engine slot (at most
   `Settings.llm_max_concurrency` engine calls run at once; when `Settings.queue_limit`
   requests already wait it raises `Overloaded` with `retry_after_s` instead of queueing
   without bound), make the brief through briefsmith.briefing.pipeline (engine, grounding
   enforcement, timings), store it and record metrics. The task is not tied to the
   request, so several requests can wait on it; when the deadline passes the caller gets
   `DeadlineExceeded`, and once no request waits for the brief any more its making is
   cancelled (the extractive engine stops at its next stage), so abandoned work does not
   keep a core busy.

Articles longer than `Settings.large_article_chars` also pass a gate of their own: one
is briefed at a time, with a short queue (more are refused with `Overloaded`).

Per-client fairness: a request that names its client (`client=`, the API key or the
caller's address) is refused with `ClientOverLimit` (429, Retry-After) when that client
already has `Settings.client_limit()` briefs waiting or running, so one client cannot
hold every engine slot and the whole queue.

Errors are the domain errors of briefsmith.core.errors, for each edge to map once:
`InvalidArticle` and its subclasses (EmptyArticle, NotText, ArticleTooLarge, UrlRefused),
`EngineNotConfigured`, `EngineFailed` (also for an engine that crashes), `DeadlineExceeded`,
`Overloaded` and its subclass `ClientOverLimit`.
"""

from __future__ import annotations

import asyncio
import math
import time
import traceback
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

import structlog

from briefsmith.briefing.ingest import UrlFetcher, fetch_article
from briefsmith.briefing.pipeline import brief_clean_article
from briefsmith.config.monitoring import Metrics
from briefsmith.config.settings import Settings
from briefsmith.core.cleaning import clean_article
from briefsmith.core.errors import (
    ArticleTooLarge,
    BriefsmithError,
    ClientOverLimit,
    DeadlineExceeded,
    EngineFailed,
    InvalidArticle,
    Overloaded,
    StoreUnavailable,
    UrlRefused,
)
from briefsmith.core.schema import ArticleInput, BriefResult, CleanArticle
from briefsmith.engines import build_engine, linguistic
from briefsmith.engines.base import Engine
from briefsmith.store import open_brief_store
from briefsmith.store.base import BriefStore, CacheKey, StoredBrief, article_hash

if TYPE_CHECKING:
    from briefsmith.briefing.shared_limit import SharedLimit

log = structlog.get_logger(__name__)

EngineFactory = Callable[[Settings, str | None], Engine]

# Bounds for the Retry-After estimate given to overloaded clients, in seconds.
MIN_RETRY_AFTER_S = 1
MAX_RETRY_AFTER_S = 120
# How long a request that gave up waits for the brief it abandoned to stop.
_CANCEL_GRACE_S = 1.0


@dataclass(frozen=True)
class BriefOutcome:
    id: str
    result: BriefResult
    cache_hit: bool
    owner: str | None = None


class EngineGate:
    """At most `concurrency` engine calls at once; at most `queue_limit` callers waiting.

    A caller that would exceed the queue gets `Overloaded` at once, with a Retry-After
    estimated from recent engine latency and the queue ahead of it.
    """

    def __init__(
        self, concurrency: int, queue_limit: int, metrics: Metrics, *, gauges: bool = True
    ):
        """`gauges=False` for a gate in front of another: the engine gauges count once."""
        self.concurrency = concurrency
        self._gauges = gauges
        self.queue_limit = queue_limit
        self.waiting = 0
        self.in_flight = 0
        self._metrics = metrics
        self._semaphore = asyncio.Semaphore(concurrency)
        self._recent_latency_s = 1.0

    def retry_after_s(self) -> int:
        waves = (self.waiting + self.in_flight) / self.concurrency
        estimate = math.ceil(self._recent_latency_s * max(waves, 1))
        return min(max(estimate, MIN_RETRY_AFTER_S), MAX_RETRY_AFTER_S)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._semaphore.locked() and self.waiting >= self.queue_limit:
            self._metrics.rejected.inc()
            raise Overloaded(
                f"all {self.concurrency} engine slots are busy and {self.waiting} requests "
                "are waiting; retry later",
                retry_after_s=self.retry_after_s(),
            )
        self.waiting += 1
        if self._gauges:
            self._metrics.engine_waiting.inc()
        try:
            await self._semaphore.acquire()
        finally:
            self.waiting -= 1
            if self._gauges:
                self._metrics.engine_waiting.dec()
        self.in_flight += 1
        if self._gauges:
            self._metrics.engine_in_flight.inc()
        started = time.monotonic()
        try:
            yield
        finally:
            self.in_flight -= 1
            if self._gauges:
                self._metrics.engine_in_flight.dec()
            self._semaphore.release()
            # An exponentially weighted average: recent calls matter most.
            self._recent_latency_s = 0.8 * self._recent_latency_s + 0.2 * (
                time.monotonic() - started
            )


class ClientLimiter:
    """At most `limit` briefs in flight per client. Requests without a client (the CLI,
    the Slack bot, which has its own per-channel flow) are not counted."""

    def __init__(self, limit: int, metrics: Metrics):
        self.limit = limit
        self.in_flight: Counter[str] = Counter()
        self._metrics = metrics

    @contextmanager
    def hold(self, client: str | None, retry_after_s: Callable[[], int]) -> Iterator[None]:
        if client is None:
            yield
            return
        if self.in_flight[client] >= self.limit:
            self._metrics.rejected.inc()
            raise ClientOverLimit(
                f"this client already has {self.in_flight[client]} briefs waiting or running "
                f"(the limit is {self.limit}); retry later",
                retry_after_s=retry_after_s(),
            )
        self.in_flight[client] += 1
        try:
            yield
        finally:
            self.in_flight[client] -= 1
            if not self.in_flight[client]:
                del self.in_flight[client]


class BriefService:
    def __init__(
        self,
        settings: Settings,
        *,
        engine_factory: EngineFactory = build_engine,
        store: BriefStore | None = None,
        fetcher: UrlFetcher | None = None,
        metrics: Metrics | None = None,
        shared_limit: SharedLimit | None = None,
    ):
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.store = store or open_brief_store(settings)
        self.fetcher = fetcher or UrlFetcher.from_settings(settings)
        self.gate = EngineGate(settings.llm_max_concurrency, settings.queue_limit, self.metrics)
        # Huge articles cost seconds of CPU each: one at a time, a short queue behind it.
        self.large_gate = EngineGate(1, settings.llm_max_concurrency, self.metrics, gauges=False)
        self.clients = ClientLimiter(settings.client_limit(), self.metrics)
        # LLM calls across every process on the same Redis (briefsmith.briefing.shared_limit).
        if shared_limit is None and settings.redis_url is not None:
            from briefsmith.briefing.shared_limit import shared_llm_limit

            shared_limit = shared_llm_limit(
                settings.redis_url.get_secret_value(),
                settings.llm_shared_concurrency or settings.llm_max_concurrency,
            )
        self.shared_limit = shared_limit
        self._engine_factory = engine_factory
        self._engines: dict[str, Engine] = {}
        self._making: dict[CacheKey, asyncio.Task[BriefOutcome]] = {}
        self._waiting_on: Counter[asyncio.Task[BriefOutcome]] = Counter()

    # --- engines ---------------------------------------------------------------------
    def engine(self, name: str | None = None) -> Engine:
        """The engine for `name` (None or "auto": the configured default), built once."""
        resolved = self.settings.resolve_engine(name)
        if resolved not in self._engines:
            self._engines[resolved] = self._engine_factory(self.settings, resolved)
        return self._engines[resolved]

    async def ready(self, name: str | None = None) -> tuple[bool, str]:
        """Whether a brief could be made now: engine configured and reachable, store open."""
        try:
            engine = self.engine(name)
        except BriefsmithError as error:
            return False, error.message
        ok, reason = await engine.ready()
        if not ok:
            return False, reason
        # Every brief is parsed: the pipeline must have loaded (at start-up, not here).
        parsing, why = linguistic.status()
        if not parsing:
            return False, why
        try:
            await self.store.check()
        except StoreUnavailable as error:
            return False, error.message
        return True, reason

    async def aclose(self) -> None:
        """Cancel briefs still being made, close engines that hold clients, close the store."""
        for task in list(self._making.values()):
            task.cancel()
        await asyncio.gather(*self._making.values(), return_exceptions=True)
        for engine in self._engines.values():
            await engine.aclose()
        self._engines.clear()
        if self.shared_limit is not None:
            await self.shared_limit.aclose()
        await self.store.aclose()

    # --- briefs ----------------------------------------------------------------------
    async def ingest_url(self, url: str) -> ArticleInput:
        """The article at `url`, fetched through the SSRF guard. Raises UrlRefused."""
        return await fetch_article(self.fetcher, url)

    async def get(self, brief_id: str, owner: str | None = None) -> StoredBrief | None:
        """The stored brief; with an `owner` (API keys on), only one that owner made."""
        return await self.store.get(brief_id, owner)

    async def brief(
        self,
        *,
        text: str | None = None,
        url: str | None = None,
        title: str | None = None,
        source: str | None = None,
        engine: str | None = None,
        fresh: bool = False,
        owner: str | None = None,
        client: str | None = None,
    ) -> BriefOutcome:
        """`owner` (storage.owner_id of the caller's API key, None without keys) owns the
        returned id: a brief made or cached for someone else comes back under a new id
        of the caller's, with the same content. `client` names who asks (for the
        per-client limit); None is not limited."""
        if (text is None) == (url is None):
            raise InvalidArticle("give either the article text or a URL, not both or neither")
        chosen = self.engine(engine)
        deadline_s = self.settings.request_deadline_s
        try:
            with self.clients.hold(client, self.gate.retry_after_s):
                async with asyncio.timeout(deadline_s):
                    outcome = await self._brief(
                        chosen,
                        text=text,
                        url=url,
                        title=title,
                        source=source,
                        fresh=fresh,
                        owner=owner,
                    )
                    if outcome.owner != owner and owner is not None:
                        # Shielded: once made, the caller's copy is stored even past the
                        # deadline.
                        mine = await asyncio.shield(self.store.save(outcome.result, owner))
                        outcome = BriefOutcome(mine.id, outcome.result, outcome.cache_hit, owner)
        except TimeoutError:
            self.metrics.briefs.labels(chosen.name, DeadlineExceeded.code).inc()
            raise DeadlineExceeded(
                f"the brief was not ready within the {deadline_s:g}s deadline"
            ) from None
        except BriefsmithError as error:
            self.metrics.briefs.labels(chosen.name, error.code).inc()
            raise
        self.metrics.briefs.labels(chosen.name, "cache_hit" if outcome.cache_hit else "made").inc()
        return outcome

    async def _brief(
        self,
        engine: Engine,
        *,
        text: str | None,
        url: str | None,
        title: str | None,
        source: str | None,
        fresh: bool,
        owner: str | None = None,
    ) -> BriefOutcome:
        article = await self._clean(text=text, url=url, title=title, source=source)
        key = CacheKey(article_hash(article), engine.name, engine.model, engine.prompt_version)
        if not fresh:
            cached = await self._cached(key)
            if cached is not None:
                return cached
        return await self._wait_for(self._start_making(key, engine, article, owner))

    async def _wait_for(self, task: asyncio.Task[BriefOutcome]) -> BriefOutcome:
        """Wait for a brief being made. Shielded, so one request's deadline does not end
        it for others waiting on the same brief; cancelled when the last one gives up."""
        self._waiting_on[task] += 1
        try:
            return await asyncio.shield(task)
        finally:
            self._waiting_on[task] -= 1
            if not self._waiting_on[task]:
                del self._waiting_on[task]
                if not task.done():
                    task.cancel()
                    # Let the cancellation land before answering, within a bound.
                    await asyncio.wait([task], timeout=_CANCEL_GRACE_S)

    async def _cached(self, key: CacheKey) -> BriefOutcome | None:
        """A stored brief for this key, or the outcome of one being made right now."""
        stored = await self.store.find_cached(key)
        pending = self._making.get(key) if stored is None else None
        hit = stored is not None or pending is not None
        self.metrics.cache_lookups.labels(key.engine, "hit" if hit else "miss").inc()
        if stored is not None:
            log.info(
                "brief_cache_hit",
                brief_id=stored.id,
                engine=key.engine,
                article_hash=key.article_hash,
            )
            return BriefOutcome(stored.id, stored.result, cache_hit=True, owner=stored.owner)
        if pending is not None:
            made = await self._wait_for(pending)
            log.info(
                "brief_joined", brief_id=made.id, engine=key.engine, article_hash=key.article_hash
            )
            return BriefOutcome(made.id, made.result, cache_hit=True, owner=made.owner)
        return None

    def _start_making(
        self, key: CacheKey, engine: Engine, article: CleanArticle, owner: str | None
    ) -> asyncio.Task[BriefOutcome]:
        task = asyncio.create_task(self._make_and_store(engine, article, owner))
        self._making[key] = task

        def finished(done: asyncio.Task[BriefOutcome]) -> None:
            if self._making.get(key) is done:
                del self._making[key]
            if not done.cancelled():
                done.exception()  # retrieved here, so an error nobody awaited is not reported twice

        task.add_done_callback(finished)
        return task

    async def _make_and_store(
        self, engine: Engine, article: CleanArticle, owner: str | None
    ) -> BriefOutcome:
        result, seconds = await self._run_engine(engine, article)
        stored = await self.store.save(result, owner)
        self.metrics.observe_brief(result.brief, seconds)
        log.info(
            "brief_made",
            brief_id=stored.id,
            engine=result.brief.meta.engine,
            model=result.brief.meta.model,
            article_hash=stored.article_hash,
            article_chars=len(article.text),
            seconds=round(seconds, 4),
            warnings=len(result.brief.meta.warnings),
        )
        return BriefOutcome(stored.id, result, cache_hit=False, owner=owner)

    async def _clean(
        self, *, text: str | None, url: str | None, title: str | None, source: str | None
    ) -> CleanArticle:
        limit = self.settings.max_input_bytes
        if url is None:
            return clean_article(ArticleInput(text=text or "", title=title, source=source), limit)
        fetched = await self.ingest_url(url)
        article = fetched.model_copy(
            update={
                "title": title or fetched.title,
                "source": source or fetched.source,
            }
        )
        try:
            return clean_article(article, limit)
        except ArticleTooLarge as error:
            raise UrlRefused(
                f"the article at the URL is {error.size:,} bytes of text; "
                f"the limit is {error.limit:,} bytes"
            ) from None

    async def _run_engine(self, engine: Engine, article: CleanArticle) -> tuple[BriefResult, float]:
        if len(article.text) > self.settings.large_article_chars:
            async with self.large_gate.slot():
                return await self._run_engine_in_slot(engine, article)
        return await self._run_engine_in_slot(engine, article)

    def _shared_slot(self, engine: Engine) -> AbstractAsyncContextManager[None]:
        """A place under the cross-process LLM limit; the extractive engine needs none."""
        if self.shared_limit is None or engine.name == "extractive":
            return nullcontext()
        return self.shared_limit.slot()

    async def _run_engine_in_slot(
        self, engine: Engine, article: CleanArticle
    ) -> tuple[BriefResult, float]:
        async with self.gate.slot(), self._shared_slot(engine):
            started = time.perf_counter()
            try:
                result = await brief_clean_article(article, engine)
            except BriefsmithError:
                raise
            except Exception as error:  # noqa: BLE001 - any engine bug becomes EngineFailed
                # An engine bug must not surface as a bare 500 with a traceback; it is logged
                # in full here and reported to the client as an engine failure.
                log.error(
                    "engine_crashed",
                    engine=engine.name,
                    error_type=type(error).__name__,
                    traceback=traceback.format_exc(),
                )
                raise EngineFailed(f"the {engine.name} engine failed unexpectedly") from None
            return result, time.perf_counter() - started
