"""What every `brief` sub-command shares: exit codes, the one-line failure, engine
choices and loading Settings without a traceback."""

from __future__ import annotations

import os
import re
import stat
import sys
from enum import Enum
from pathlib import Path
from typing import BinaryIO, NoReturn

import typer
from pydantic import ValidationError

from briefsmith.config.settings import (
    ENGINE_CHOICES,
    Settings,
    describe_settings_error,
    get_settings,
)
from briefsmith.core.errors import (
    ArticleTooLarge,
    BriefsmithError,
    EngineNotConfigured,
    InvalidArticle,
)

_URL = re.compile(r"^https?://", re.IGNORECASE)

EXIT_BAD_INPUT = 2  # bad input, or a setting to fix (the message names the variable)
EXIT_ENGINE_FAILED = 3  # the engine ran and failed


# typer offers choices only from an Enum; this one is built from the one list of engine
# names, so a new engine appears here by itself (mypy cannot list its members).
EngineOption = Enum(  # type: ignore[misc]
    "EngineOption", {choice: choice for choice in ENGINE_CHOICES}, type=str
)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def load_settings() -> Settings:
    try:
        return get_settings()
    except ValidationError as error:
        fail(describe_settings_error(error))


def configure_command_logs() -> None:
    """Log lines on stderr as `warning: …`, at BRIEF_LOG_LEVEL when it is set, else
    WARNING. A bad setting is reported by the command itself (load_settings), not here."""
    from briefsmith.config.logging import configure_command_logging

    try:
        settings = get_settings()
    except ValidationError:
        configure_command_logging()
        return
    configure_command_logging(
        settings.log_level if "log_level" in settings.model_fields_set else None
    )


def is_url(raw: str) -> bool:
    """An http(s) URL to fetch (through the URL guard), not a file name."""
    return bool(_URL.match(raw))


def exit_code_for(error: BriefsmithError) -> int:
    if isinstance(error, InvalidArticle | EngineNotConfigured):
        return EXIT_BAD_INPUT
    return EXIT_ENGINE_FAILED


def read_input_bytes(path: str, max_bytes: int) -> bytes:
    """Read at most one byte past the limit, so an oversized input is refused cheaply;
    the refusal still says the input's real size whenever the system knows it."""
    if path == "-":
        return _read_within_limit(sys.stdin.buffer, max_bytes)
    file = Path(path)
    if not file.exists():
        fail(f"no such file: {path}")
    if file.is_dir():
        fail(f"{path} is a directory; give a text file")
    try:
        with file.open("rb") as handle:
            return _read_within_limit(handle, max_bytes)
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror}")


def _read_within_limit(handle: BinaryIO, max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleTooLarge(_regular_file_size(handle), max_bytes)
    return data


def _regular_file_size(handle: BinaryIO) -> int | None:
    """A file's (or redirected stdin's) size; None for a pipe, whose length is unknown
    without reading it all."""
    try:
        status = os.fstat(handle.fileno())
    except (OSError, ValueError):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None
