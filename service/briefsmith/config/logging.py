"""Structured logs: JSON lines on stderr, each carrying the request id of its request.

The request id lives in a contextvar (structlog.contextvars), bound by the HTTP
middleware, so every log line written while serving a request carries it, whichever
module writes it. Standard-library loggers (uvicorn, httpx, the LLM engine's) go through
the same renderer, so the whole process logs one format: JSON lines for the server and
the Slack bot (configure_logging), one short `level: message` line per record for the
one-shot commands (configure_command_logging).

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


def configure_command_logging(level: str | None = None) -> None:
    """For one-shot commands (summarize, eval, record, ...): every log record, structlog's
    and the standard library's alike, becomes one short line on stderr, `warning: …`,
    so stdout keeps only the command's output and rich's tables and progress bar are
    not interleaved with raw `WARNING:name:` lines. The root handler installed here also
    stops a library's `logging.basicConfig()` (absl, under rouge-score, calls it on its
    first log) from adding a second, differently formatted one.

    `level` is BRIEF_LOG_LEVEL when it is set; commands default to WARNING."""
    # Loggers are not cached: `brief serve` reconfigures for JSON after this has run.
    _install(level or "WARNING", _one_line, replace_other_handlers=False, cache_loggers=False)


class _CurrentStderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the moment of writing: rich's live display
    swaps it to keep its progress bar in place, and test harnesses swap it (and later
    close the swap), so a stream captured once would be wrong or dead."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def _one_line(_logger: object, _method: str, event: MutableMapping[str, Any]) -> str:
    level = str(event.pop("level", "info"))
    message = str(event.pop("event", ""))
    error = event.pop("exc_info", None)
    if error is True:  # structlog's log.exception(): the exception being handled
        error = sys.exc_info()[1]
    for noise in ("timestamp", "logger"):
        event.pop(noise, None)
    extras = "".join(f" {key}={value}" for key, value in event.items())
    # No traceback on a command's console: the exception's own words are enough there.
    if isinstance(error, BaseException):
        extras += f" error={type(error).__name__}: {error}"
    elif isinstance(error, tuple) and len(error) == 3 and error[1] is not None:
        extras += f" error={type(error[1]).__name__}: {error[1]}"
    return f"{level}: {message}{extras}"


def configure_logging(level: str = "INFO", json: bool = True) -> None:
    """For the server and the Slack bot: structlog and stdlib logging to stderr as JSON
    lines (or console lines), uvicorn's loggers included."""
    renderer: Any = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer()
    exceptions: Any = (
        # Tracebacks without local variables: locals can hold keys and article text.
        structlog.processors.ExceptionRenderer(
            structlog.tracebacks.ExceptionDictTransformer(show_locals=False)
        )
        if json
        else structlog.processors.format_exc_info
    )
    _install(level, renderer, exceptions=exceptions, replace_other_handlers=True)
    # uvicorn installs its own handlers; let its records reach ours instead. Its access
    # log stays silent: the app logs each request itself, with the request id.
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    access = logging.getLogger("uvicorn.access")
    access.handlers = []
    access.propagate = False


def _install(
    level: str,
    renderer: Any,
    *,
    exceptions: Any = None,
    replace_other_handlers: bool,
    cache_loggers: bool = True,
) -> None:
    """The one logging setup: structlog events and stdlib records share one processor
    chain (request id, level, logger name, time, redaction) and one stderr handler."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        redact_sensitive,
    ]
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=cache_loggers,
    )
    handler = _CurrentStderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                *([exceptions] if exceptions is not None else []),
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    if replace_other_handlers:
        root.handlers = [handler]
    else:  # keep a harness's own handlers (pytest's log capture); replace only ours
        root.handlers = [h for h in root.handlers if h.get_name() != _HANDLER_NAME] + [handler]
    root.setLevel(level.upper())
    logging.getLogger("httpx").setLevel(logging.WARNING)


_HANDLER_NAME = "briefsmith"
