"""The FastAPI app. `create_app()` builds a fresh app from Settings: no module-level
state, so tests (and a second app on the same database) get independent instances.

Auth: with BRIEF_API_KEYS set, /v1/* and /metrics need `Authorization: Bearer <key>`.
/healthz and /readyz stay open (liveness and readiness probes carry no keys; /readyz
reveals only the engine name and a short reason). /docs, /redoc, their packaged assets
(/static-offline-docs/) and /openapi.json stay open: the schema is no secret, and it
documents the Bearer scheme.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

import briefsmith
from briefsmith.briefing.briefs import BriefService, EngineFactory
from briefsmith.briefing.ingest import UrlFetcher
from briefsmith.config.settings import Settings, get_settings
from briefsmith.core.errors import StoreUnavailable
from briefsmith.engines import build_engine, linguistic
from briefsmith.store.base import BriefStore
from briefsmith.surfaces.batch import build_batches
from briefsmith.surfaces.batch.runner import BatchRunner
from briefsmith.surfaces.http.batches import batches
from briefsmith.surfaces.http.middleware import BodyReadDeadline, RequestContextMiddleware
from briefsmith.surfaces.http.problems import install_problem_handlers
from briefsmith.surfaces.http.routes import briefs, operations
from briefsmith.surfaces.http.stories import stories
from briefsmith.surfaces.slack import slack_configured

log = structlog.get_logger(__name__)

DESCRIPTION = """Turn news articles into structured, grounded briefs.

POST an article (JSON `{text | url, title?, source?, engine?, fresh?}` or a `text/plain`
body) to `/v1/briefs`. Errors are RFC 9457 `application/problem+json`."""


def create_app(
    settings: Settings | None = None,
    *,
    engine_factory: EngineFactory = build_engine,
    store: BriefStore | None = None,
    fetcher: UrlFetcher | None = None,
    brief_service: BriefService | None = None,
    batch_runner: BatchRunner | None = None,
) -> FastAPI:
    """Everything injectable: tests pass synthetic engines, a fetcher with a fake
    transport, or a whole BriefService; by default all comes from Settings."""
    settings = settings or get_settings()
    brief_service = brief_service or BriefService(
        settings, engine_factory=engine_factory, store=store, fetcher=fetcher
    )
    batch_runner = batch_runner or build_batches(settings, brief_service)
    slack_bot = None
    if slack_configured(
        settings
    ):  # POST /slack/events; see service/briefsmith/surfaces/slack/app.py
        from briefsmith.store.slack_claims import open_delivery_claims
        from briefsmith.surfaces.slack.app import SlackBot, mount_slack_events

        slack_bot = SlackBot(settings, brief_service, claims=open_delivery_claims(settings))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            await brief_service.store.initialize()
        except StoreUnavailable as error:
            # Serve anyway: /readyz answers 503 naming the setting until the database
            # is back (it may simply start later than the API), briefs answer 503.
            log.warning("store_unavailable_at_start", detail=error.message)
        # The spaCy pipeline loads once, before the API answers (so before /readyz can
        # be green); never per request.
        await asyncio.to_thread(linguistic.preload)
        await batch_runner.start()
        yield
        await batch_runner.aclose()
        if slack_bot is not None:
            await slack_bot.aclose()  # let briefs already acked to Slack finish posting
            await slack_bot.claims.aclose()
        await brief_service.aclose()

    # /docs and /redoc load Swagger UI and ReDoc from assets packaged with fastapi-offline
    # (under /static-offline-docs), not from a CDN, so they render without internet.
    app = FastAPIOffline(
        title="Briefsmith",
        version=briefsmith.__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.service = brief_service
    app.state.metrics = brief_service.metrics
    app.state.batches = batch_runner
    install_problem_handlers(app)
    app.add_middleware(BodyReadDeadline, timeout_s=settings.body_read_timeout_s)
    app.add_middleware(RequestContextMiddleware, metrics=brief_service.metrics)
    app.include_router(operations)
    app.include_router(briefs)
    app.include_router(stories)
    app.include_router(batches)
    if slack_bot is not None:
        mount_slack_events(app, slack_bot)
    app.state.slack_bot = slack_bot
    return app


def create_served_app() -> FastAPI:
    """Factory for uvicorn workers (`brief serve`): logging configured in each process."""
    from briefsmith.config.logging import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    return create_app(settings)
