"""Run the API under uvicorn (`brief serve`)."""

from __future__ import annotations

import asyncio
import errno
import math
import socket

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from briefsmith.config.logging import configure_logging
from briefsmith.config.settings import get_settings

APP_FACTORY = "briefsmith.surfaces.http.app:create_served_app"
_HEADERS_TOO_SLOW = b"request headers took too long"
_REQUEST_TIMEOUT = (
    b"HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Connection: close\r\nContent-Length: %d\r\n\r\n%s"
    % (len(_HEADERS_TOO_SLOW), _HEADERS_TOO_SLOW)
)


class HeaderDeadlineH11(H11Protocol):
    """uvicorn's h11 protocol, plus a bound on the time a connection may take to send a
    request's headers (uvicorn has none: a client trickling a header line holds the
    connection for ever). Armed when the connection opens and after each response;
    disarmed once a request's headers are in. On expiry: a 408, then the connection
    closes. The request *body* is bounded by the app (BodyReadDeadline)."""

    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        cycle = self.cycle
        super().handle_events()
        if self.cycle is not cycle:  # a request's headers arrived
            self._disarm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        timeout_s = get_settings().header_read_timeout_s
        self._header_timer = self.loop.call_later(timeout_s, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE:
            self.transport.write(_REQUEST_TIMEOUT)
        self.transport.close()


def listen_problem(host: str, port: int) -> str | None:
    """Why uvicorn could not listen on host:port (a port out of range, one in use, a host
    that is not an address here), said before it starts; None when it can. Bound and
    closed at once with SO_REUSEADDR, as uvicorn binds it."""
    if not 1 <= port <= 65535:
        return f"--port must be between 1 and 65535, not {port}"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        return f"cannot listen on {host}:{port}: {getattr(error, 'strerror', None) or error}"
    family, kind, proto, _, address = infos[0]
    try:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as error:
        reason = error.strerror or str(error)
        if error.errno == errno.EADDRINUSE:
            reason = "the port is already in use (another `brief serve`?); pick another --port"
        return f"cannot listen on {host}:{port}: {reason}"
    return None


def run_server(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve until interrupted. Each worker process builds its own app (and its own
    engine-concurrency bound); they share the SQLite store safely."""
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        http=HeaderDeadlineH11,
        log_config=None,  # keep the JSON logging configured above
        access_log=False,  # the app logs each request itself, with its request id
        # On SIGTERM, requests still running after this are cancelled (their briefs
        # stop at the engine's next stage), so shutdown takes a bounded time.
        timeout_graceful_shutdown=math.ceil(settings.shutdown_timeout_s),
    )
