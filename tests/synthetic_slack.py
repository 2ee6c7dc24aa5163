"""Synthetic test doubles for the Slack bot tests: a recording mock of Slack's Web API
(and of response_url targets) on 127.0.0.1, request signing, and synthetic engines.

Nothing here talks to Slack or to any network beyond 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web
from briefsmith.core.errors import EngineFailed
from briefsmith.core.schema import Actor, Brief, BriefMeta, CleanArticle, Figure, Quote

BOT_USER_ID = "UBOTSYNTH"
SIGNING_SECRET = "synthetic-signing-secret"
BOT_TOKEN = "xoxb-synthetic-token"

ARTICLE = (
    "Harbor City approved a new bridge on Monday. "
    "“We will start building in May,” said Mayor Ana Ruiz. "
    "The bridge will cost 40 million dollars, and the council expects it to open in 2028."
)


@dataclass
class RecordedCall:
    """One request the synthetic Slack received: a Web API method or a response_url post."""

    kind: str  # "api", "respond" or "socket"
    name: str  # API method ("chat.postMessage"), response_url token, or socket event
    payload: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class SyntheticSlackApi:
    """Synthetic Slack Web API on 127.0.0.1 that records every call it gets.

    - POST /api/<method>: answers like Slack (`ok: true`, or the error set by `fail`);
    - POST /respond/<token>: a response_url target;
    - GET /articles/<name>: serves `pages[name]` as HTML, for URL briefs;
    - GET /socket: a Socket Mode websocket (apps.connections.open points there); what
      the bot sends back (acks) is recorded as kind "socket".
    """

    def __init__(self) -> None:
        self.calls: list[RecordedCall] = []
        self.pages: dict[str, str] = {}
        self.failures: dict[str, str] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.sockets: list[web.WebSocketResponse] = []
        self.base = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_post("/respond/{token}", self._respond)
        app.router.add_get("/articles/{name}", self._article)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for socket in self.sockets:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, token: str) -> str:
        return f"{self.base}/respond/{token}"

    def fail(self, method: str, error: str) -> None:
        """Make `method` answer `{"ok": false, "error": error}` from now on."""
        self.failures[method] = error

    def api_calls(self, method: str) -> list[RecordedCall]:
        return [c for c in self.calls if c.kind == "api" and c.name == method]

    def responses(self, token: str) -> list[RecordedCall]:
        return [c for c in self.calls if c.kind == "respond" and c.name == token]

    def posts(self) -> list[RecordedCall]:
        """Every call that shows a message to someone (not auth.test and the like)."""
        return [
            c
            for c in self.calls
            if c.kind == "respond" or c.name in ("chat.postMessage", "chat.postEphemeral")
        ]

    async def wait_for(self, predicate, timeout: float = 10.0):
        """Wait until `predicate(self)` is truthy; fail with the calls seen so far."""
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: predicate(self)), timeout)
            except TimeoutError:
                raise AssertionError(
                    f"synthetic Slack did not see the expected calls; got {self.calls!r}"
                ) from None
        return predicate(self)

    async def _record(self, call: RecordedCall) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _payload(self, request: web.Request) -> dict[str, Any]:
        raw = await request.text()
        if request.content_type == "application/json":
            return json.loads(raw or "{}")
        return dict(parse_qsl(raw))

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        payload = await self._payload(request)
        await self._record(RecordedCall("api", method, payload, dict(request.headers)))
        if method in self.failures:
            return web.json_response({"ok": False, "error": self.failures[method]})
        if method == "auth.test":
            return web.json_response(
                {
                    "ok": True,
                    "user_id": BOT_USER_ID,
                    "bot_id": "BSYNTH",
                    "team_id": "TSYNTH",
                    "user": "briefsmith",
                }
            )
        if method == "chat.postMessage":
            return web.json_response(
                {"ok": True, "channel": payload.get("channel"), "ts": f"{time.time():.6f}"}
            )
        if method == "apps.connections.open":
            return web.json_response(
                {"ok": True, "url": self.base.replace("http", "ws", 1) + "/socket"}
            )
        if method == "chat.postEphemeral":
            return web.json_response({"ok": True, "message_ts": f"{time.time():.6f}"})
        return web.json_response({"ok": False, "error": "unknown_method"})

    async def _respond(self, request: web.Request) -> web.Response:
        payload = await self._payload(request)
        await self._record(
            RecordedCall("respond", request.match_info["token"], payload, dict(request.headers))
        )
        return web.Response(text="ok")

    async def send_envelope(self, envelope: dict[str, Any]) -> None:
        """Deliver a Socket Mode envelope over the latest websocket."""
        await self.sockets[-1].send_json(envelope)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self.sockets.append(socket)
        await socket.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "ASYNTH"}}
        )
        await self._record(RecordedCall("socket", "connected", {}))
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                await self._record(RecordedCall("socket", "sent", json.loads(message.data)))
        return socket

    async def _article(self, request: web.Request) -> web.Response:
        page = self.pages.get(request.match_info["name"])
        if page is None:
            return web.Response(status=404)
        return web.Response(text=page, content_type="text/html")


def signed_headers(
    body: bytes,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    content_type: str = "application/x-www-form-urlencoded",
) -> dict[str, str]:
    """Headers Slack would send: the v0 signature computed independently of bolt."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    base = b"v0:" + str(timestamp).encode() + b":" + body
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": signature,
        "Content-Type": content_type,
    }


def synthetic_brief(article: CleanArticle) -> Brief:
    """A fixed brief whose quote, figure and actor are all in ARTICLE (so they stay grounded)."""
    return Brief(
        situation="Harbor City approved a new bridge.",
        actors=[Actor(name="Ana Ruiz", kind="person", role="Mayor")],
        quotes=[Quote(text="We will start building in May", speaker="Ana Ruiz")],
        figures=[
            Figure(
                text="40 million", value=40_000_000, unit="dollars", measures="cost of the bridge"
            )
        ],
        outlook="The council expects the bridge to open in 2028.",
        meta=BriefMeta(engine="synthetic", model="synthetic-model-1", prompt_version="p-synth"),
    )


class SyntheticEngine:
    """Synthetic engine: answers `synthetic_brief` at once and counts its calls."""

    name = "synthetic"
    model = "synthetic-model-1"
    prompt_version = None

    def __init__(self) -> None:
        self.calls = 0

    async def summarize(self, article: CleanArticle) -> Brief:
        self.calls += 1
        return synthetic_brief(article)

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"

    async def aclose(self) -> None:
        """Holds nothing."""


class SyntheticFailingEngine(SyntheticEngine):
    """Synthetic engine that fails like an LLM that is down after its retries."""

    async def summarize(self, article: CleanArticle) -> Brief:
        self.calls += 1
        raise EngineFailed("the language model is unavailable (synthetic failure)")


class SyntheticSlowEngine(SyntheticEngine):
    """Synthetic engine that takes 10 s, unless the test releases it earlier."""

    SECONDS = 10.0

    def __init__(self) -> None:
        super().__init__()
        self.started = asyncio.Event()
        self.release = asyncio.Event()

    async def summarize(self, article: CleanArticle) -> Brief:
        self.calls += 1
        self.started.set()
        # When the full 10 s elapse, answer as a slow engine would.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.release.wait(), self.SECONDS)
        return synthetic_brief(article)
