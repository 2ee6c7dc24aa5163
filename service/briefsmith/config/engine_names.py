"""The one list of engine names; "auto" picks one of them (Settings.resolve_engine).

A module of its own, without pydantic, so that `brief --help` builds its `--engine`
choices without importing the settings machinery (re-exported by config.settings).
"""

from __future__ import annotations

from typing import Literal, get_args

EngineName = Literal["extractive", "openai"]
EngineChoice = Literal["auto", EngineName]
ENGINE_NAMES: tuple[EngineName, ...] = get_args(EngineName)
ENGINE_CHOICES: tuple[EngineChoice, ...] = get_args(EngineChoice)
