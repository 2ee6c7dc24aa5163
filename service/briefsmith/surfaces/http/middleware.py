"""Per-request context: request id, access log, HTTP metrics and the last-resort 500.

A pure ASGI middleware (no BaseHTTPMiddleware), so streaming bodies and contextvars
behave normally. It sits outside FastAPI's exception handlers: whatever they do not turn
into a response is a bug, answered here with a generic problem and logged in full.
"""

from __future__ import annotations

import asyncio
import re
import time
import traceback
import uuid

import structlog
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from briefsmith.config.monitoring import Metrics
from briefsmith.surfaces.http.problems import ApiProblem, internal_error_response

log = structlog.get_logger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
# A client-supplied id is echoed only when it is short and harmless in logs and headers.
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
UNMATCHED_ROUTE = "unmatched"


def request_id_for(scope: Scope) -> str:
    incoming = Headers(scope=scope).get(REQUEST_ID_HEADER)
    if incoming and _SAFE_REQUEST_ID.match(incoming):
        return incoming
    return uuid.uuid4().hex


def route_label(scope: Scope) -> str:
    route = scope.get("route")
    return getattr(route, "path", None) or UNMATCHED_ROUTE


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_for(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_request_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        with structlog.contextvars.bound_contextvars(request_id=request_id):
            try:
                await self.app(scope, receive, send_with_request_id)
            except Exception as error:  # noqa: BLE001 - the last resort, by design
                # The traceback as plain text: never a renderer's locals, which would hold
                # the request's headers (keys) and body.
                log.error(
                    "unhandled_error",
                    method=scope["method"],
                    path=scope["path"],
                    error_type=type(error).__name__,
                    traceback=traceback.format_exc(),
                )
                if not response_started:
                    await internal_error_response(request_id)(scope, receive, send_with_request_id)
            finally:
                seconds = time.perf_counter() - started
                route = route_label(scope)
                self.metrics.observe_http(scope["method"], route, status, seconds)
                log.info(
                    "http_request",
                    method=scope["method"],
                    route=route,
                    path=scope["path"],
                    status=status,
                    ms=round(seconds * 1000, 2),
                )


class BodyReadDeadline:
    """Bound the time a client may take to send a request body (slowloris: a chunked
    body that sends one byte and stalls). The clock starts at the first read of the
    body; a read still waiting when `timeout_s` has passed raises a 408 problem, which
    the route's error handling turns into a response that closes the connection."""

    def __init__(self, app: ASGIApp, timeout_s: float):
        self.app = app
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        body_read = False

        async def bounded_receive() -> Message:
            nonlocal deadline, body_read
            if body_read:
                return await receive()
            if deadline is None:
                deadline = loop.time() + self.timeout_s
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                log.info("request_body_timeout", path=scope["path"], timeout_s=self.timeout_s)
                raise ApiProblem(
                    408,
                    "request-timeout",
                    f"the request body did not arrive within {self.timeout_s:g}s",
                    headers={"Connection": "close"},
                ) from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_read = True
            return message

        await self.app(scope, bounded_receive, send)
