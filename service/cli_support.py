"""What every `brief` sub-command shares: exit codes, the one-line failure, engine
choices and loading Settings without a traceback."""

from __future__ import annotations

from enum import Enum
from typing import NoReturn

import typer
from pydantic import ValidationError

from service.errors import BriefsmithError, EngineNotConfigured, InvalidArticle
from service.settings import ENGINE_CHOICES, Settings, describe_settings_error, get_settings

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
    from service.logging import configure_command_logging

    try:
        settings = get_settings()
    except ValidationError:
        configure_command_logging()
        return
    configure_command_logging(
        settings.log_level if "log_level" in settings.model_fields_set else None
    )


def exit_code_for(error: BriefsmithError) -> int:
    if isinstance(error, InvalidArticle | EngineNotConfigured):
        return EXIT_BAD_INPUT
    return EXIT_ENGINE_FAILED
