"""Engines: the `Engine` protocol (base), the extractive and LLM engines, and the one
registry that turns a name and Settings into an Engine (registry)."""

from __future__ import annotations

from briefsmith.engines.registry import (
    EngineSpec,
    build_engine,
    engines,
    find_engine,
    get_engine,
    registered,
)

__all__ = ["EngineSpec", "build_engine", "engines", "find_engine", "get_engine", "registered"]
