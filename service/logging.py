"""Structured logs: JSON lines on stderr, each carrying the request id of its request.

The request id lives in a contextvar (structlog.contextvars), bound by the HTTP
middleware, so every log line written while serving a request carries it, whichever
module writes it. Standard-library loggers (uvicorn, httpx) go through the same
renderer, so the whole process logs one format.

Logs never carry secrets or article bodies: events log sizes and hashes, and
`redact_sensitive` masks any field whose name says it is a secret or a body, in case
someone logs one by mistake.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

_SENSITIVE_KEY = re.compile(
    r"(authorization|api[_-]?key|token|secret|password|cookie|signature|^text$|^body$|article_text)",
    re.IGNORECASE,
)
REDACTED = "[redacted]"


def redact_sensitive(
    _logger: object, _method: str, event: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    for key in list(event):
        if key != "event" and _SENSITIVE_KEY.search(key):
            event[key] = REDACTED
    return event


def send_cli_logs_to_stderr() -> None:
    """For one-shot commands: structlog writes to stdout until configured, which would
    corrupt the JSON a command prints. Send it to stderr instead, unless a fuller
    configuration (configure_logging) is already in place."""
    if not structlog.is_configured():
        structlog.configure(logger_factory=lambda *_args: _CurrentStderrLogger())


class _CurrentStderrLogger:
    """Writes to whatever sys.stderr is at the moment of writing, so a command run under
    a harness that swaps stderr (and later closes the swap) never writes to a dead file."""

    def msg(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    log = debug = info = warning = warn = error = critical = exception = fatal = msg


def configure_logging(level: str = "INFO", json: bool = True) -> None:
    """Route structlog and stdlib logging to stderr as JSON (or console lines)."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        redact_sensitive,
    ]
    renderer: Any = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                # Tracebacks without local variables: locals can hold keys and article text.
                structlog.processors.ExceptionRenderer(
                    structlog.tracebacks.ExceptionDictTransformer(show_locals=False)
                )
                if json
                else structlog.processors.format_exc_info,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    # uvicorn installs its own handlers; let its records reach ours instead. Its access
    # log stays silent: the app logs each request itself, with the request id.
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    access = logging.getLogger("uvicorn.access")
    access.handlers = []
    access.propagate = False
    logging.getLogger("httpx").setLevel(logging.WARNING)
