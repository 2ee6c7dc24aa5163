"""What every `brief` sub-command shares: exit codes, the one-line failure, engine
choices and loading Settings without a traceback."""

from __future__ import annotations

from enum import Enum
from typing import NoReturn

import typer
from pydantic import ValidationError

from service.errors import BriefsmithError, InvalidArticle
from service.settings import ENGINE_CHOICES, Settings, describe_settings_error, get_settings

EXIT_BAD_INPUT = 2
EXIT_ENGINE_FAILED = 3


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


def exit_code_for(error: BriefsmithError) -> int:
    return EXIT_BAD_INPUT if isinstance(error, InvalidArticle) else EXIT_ENGINE_FAILED
