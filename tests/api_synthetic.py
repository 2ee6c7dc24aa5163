"""Synthetic test doubles for the HTTP API tests: fake engines, a fake news site on
127.0.0.1, and helpers. Nothing here is a real engine, site or model output."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
from briefsmith.briefing.briefs import EngineFactory
from briefsmith.config.settings import Settings
from briefsmith.core.schema import Brief, BriefMeta, CleanArticle, Quote, Usage
from briefsmith.core.segments import sentences
from briefsmith.surfaces.http import create_app
from fastapi import FastAPI

from tests.synthetic_http import serving_on_loopback

# A synthetic article (written for these tests, not a seed).
SYNTHETIC_ARTICLE = (
    "Riverton approves bridge repairs\n\n"
    "The Riverton city council approved a budget of $4.2 million on Tuesday to repair "
    "three bridges, Mayor Ana Silva said.\n\n"
    '"We will fix the worst bridge first," Silva told reporters after the vote.\n\n'
    "The repairs are expected to take two years, according to the council."
)


class SyntheticEngine:
    """Synthetic engine (a fake, for tests): answers with the article's first sentence and
    the quotes it is told to invent, after `delay_s`. Records calls and peak concurrency."""

    def __init__(
        self,
        *,
        name: str = "synthetic",
        model: str | None = "synthetic-model",
        prompt_version: str | None = "synthetic-prompt-1",
        delay_s: float = 0.0,
        error: Exception | None = None,
        quotes: list[str] | None = None,
        ready: tuple[bool, str] = (True, "synthetic engine is always ready"),
        hold_until: int | None = None,
    ):
        self.name = name
        self.model = model
        self.prompt_version = prompt_version
        self.delay_s = delay_s
        self.error = error
        self.quotes = quotes or []
        self.ready_state = ready
        self.calls = 0
        self.in_flight = 0
        self.max_in_flight = 0
        # With `hold_until`, each call waits until that many calls are in flight at once
        # (or a generous safety timeout passes), so a test of how many calls overlap
        # does not depend on how fast a loaded machine gets them there.
        self.hold_until = hold_until
        self._all_in = asyncio.Event()

    async def summarize(self, article: CleanArticle) -> Brief:
        self.calls += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.hold_until is not None:
                if self.in_flight >= self.hold_until:
                    self._all_in.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._all_in.wait(), timeout=60)
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if self.error is not None:
                raise self.error
            return Brief(
                situation=sentences(article.text)[0].text,
                quotes=[Quote(text=quote, speaker="unattributed") for quote in self.quotes],
                meta=BriefMeta(
                    engine=self.name,
                    model=self.model,
                    prompt_version=self.prompt_version,
                    usage=Usage(prompt_tokens=100, completion_tokens=20, attempts=1),
                ),
            )
        finally:
            self.in_flight -= 1

    async def ready(self) -> tuple[bool, str]:
        return self.ready_state

    async def aclose(self) -> None:
        """Holds nothing."""


def synthetic_factory(engine: Any) -> EngineFactory:
    """An engine factory that answers every engine name with the given (fake) engine."""
    return lambda _settings, _name: engine


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test: its own database, no .env file. Every request of a test comes
    from one client, so the per-client limit is lifted unless the test sets it."""
    overrides.setdefault("client_max_in_flight", 1_000)
    # Synthetic LLM answers in these tests are drafts (the draft strategy's shape).
    overrides.setdefault("llm_strategy", "draft")
    return Settings(_env_file=None, db_path=tmp_path / "briefs.db", **overrides)


def make_app(tmp_path: Path, engine: Any = None, **overrides: Any) -> FastAPI:
    settings = make_settings(tmp_path, **overrides.pop("settings", {}))
    return create_app(
        settings, engine_factory=synthetic_factory(engine or SyntheticEngine()), **overrides
    )


@asynccontextmanager
async def api_client(app: FastAPI, **kwargs: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client on the app with its lifespan run as a server runs it: the store opens at
    start and closes at the end, so a test leaves no database threads behind (hundreds of
    them, left by tests that skipped the shutdown, once crashed a worker at exit)."""
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://testserver", **kwargs) as client,
    ):
        yield client


# --- a synthetic news site on 127.0.0.1 --------------------------------------------------

SYNTHETIC_PAGE = f"""<!doctype html>
<html><head><title>Riverton approves bridge repairs</title>
<meta property="og:site_name" content="Synthetic Gazette"></head>
<body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>
<article><h1>Riverton approves bridge repairs</h1>
{"".join(f"<p>{p}</p>" for p in SYNTHETIC_ARTICLE.split(chr(10) * 2)[1:])}
</article><footer>Copyright Synthetic Gazette</footer></body></html>"""

Route = Callable[[BaseHTTPRequestHandler], None]


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    content_type: str | None,
    body: bytes,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


SYNTHETIC_ROUTES: dict[str, Route] = {
    "/article.html": lambda h: _send(h, 200, "text/html; charset=utf-8", SYNTHETIC_PAGE.encode()),
    "/article.txt": lambda h: _send(
        h, 200, "text/plain; charset=utf-8", SYNTHETIC_ARTICLE.encode()
    ),
    "/image.png": lambda h: _send(h, 200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
    "/huge.html": lambda h: _send(h, 200, "text/html", b"<p>" + b"a" * 300_000 + b"</p>"),
    "/missing": lambda h: _send(h, 404, "text/html", b"not here"),
    "/to-metadata": lambda h: _send(
        h, 302, None, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}
    ),
    "/to-private": lambda h: _send(h, 302, None, b"", {"Location": "http://10.20.30.40/admin"}),
    "/to-article": lambda h: _send(h, 301, None, b"", {"Location": "/article.html"}),
    "/loop": lambda h: _send(h, 302, None, b"", {"Location": "/loop"}),
}


class _SyntheticSiteHandler(BaseHTTPRequestHandler):
    requests_seen: list[tuple[str, str | None]]

    def do_GET(self) -> None:
        self.requests_seen.append((self.path, self.headers.get("Host")))
        route = SYNTHETIC_ROUTES.get(self.path)
        if route is None:
            _send(self, 404, "text/plain", b"no such page")
        else:
            route(self)

    def log_message(self, *_args: Any) -> None:  # keep test output quiet
        pass


@contextmanager
def synthetic_news_site() -> Iterator[tuple[str, list[tuple[str, str | None]]]]:
    """A synthetic news site on 127.0.0.1 (random port). Yields its base URL and the list
    of (path, Host header) it has been asked for."""
    seen: list[tuple[str, str | None]] = []
    handler = type("Handler", (_SyntheticSiteHandler,), {"requests_seen": seen})
    with serving_on_loopback(handler) as base_url:
        yield base_url, seen
