"""The engine registry: which engines exist, what each can do, and how to build one.

Like simonw/llm's model registration, without pluggy: each function in `HOOKS` is
called once with `register` and registers the `EngineSpec`s it provides
(`register_engines` below provides the built-in ones); `get_engine(name)` gives a spec
or raises the typed `UnknownEngine`, listing the known names. What an engine can do is
read from its spec (`is_llm`, `can_narrate`), never from its name or its attributes.

Tests register their fakes here (`registered(spec)`), replacing a built-in for the
length of a `with`, instead of patching `build_engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefsmith.config.settings import ENGINE_CHOICES, Settings
from briefsmith.core.errors import UnknownEngine
from briefsmith.engines.base import Engine


@dataclass(frozen=True)
class EngineSpec:
    """One engine: its name, how to build it from Settings, and its abilities."""

    name: str
    build: Callable[[Settings], Engine]
    # An LLM engine: it costs tokens, may fail transiently, and is wrapped in the
    # extractive fallback when BRIEF_FALLBACK_TO_EXTRACTIVE is on.
    is_llm: bool = False
    # It answers other structured prompts (`complete`), so it can narrate a story.
    can_narrate: bool = False
    description: str = ""


Register = Callable[[EngineSpec], None]


def _build_extractive(settings: Settings) -> Engine:
    from briefsmith.engines.extractive import ExtractiveEngine

    return ExtractiveEngine()


def _build_openai(settings: Settings) -> Engine:
    from briefsmith.engines.llm import build_llm_engine

    return build_llm_engine(settings)


def register_engines(register: Register) -> None:
    """The built-in engines."""
    register(
        EngineSpec(
            "extractive",
            _build_extractive,
            description="rules over the article's own sentences; no model, no network",
        )
    )
    register(
        EngineSpec(
            "openai",
            _build_openai,
            is_llm=True,
            can_narrate=True,
            description="any OpenAI-compatible chat endpoint, through instructor",
        )
    )


# The registration hooks, called in order; a later spec of one name replaces an earlier.
HOOKS: list[Callable[[Register], None]] = [register_engines]
_overrides: dict[str, EngineSpec] = {}


def engines() -> dict[str, EngineSpec]:
    """Every registered engine by name."""
    found: dict[str, EngineSpec] = {}

    def register(spec: EngineSpec) -> None:
        found[spec.name] = spec

    for hook in HOOKS:
        hook(register)
    found.update(_overrides)
    return found


def get_engine(name: str) -> EngineSpec:
    """The spec registered under `name`; UnknownEngine (with the known names) if none."""
    known = engines()
    if name not in known:
        choices = tuple(dict.fromkeys([*ENGINE_CHOICES, *known]))
        raise UnknownEngine(name, choices)
    return known[name]


def find_engine(name: str) -> EngineSpec | None:
    """The spec registered under `name`, or None (an engine built outside the registry,
    such as a test's own)."""
    return engines().get(name)


@contextmanager
def registered(spec: EngineSpec) -> Iterator[EngineSpec]:
    """Register `spec` (a new name, or replacing a built-in) for the `with` block."""
    previous = _overrides.get(spec.name)
    _overrides[spec.name] = spec
    try:
        yield spec
    finally:
        if previous is None:
            del _overrides[spec.name]
        else:
            _overrides[spec.name] = previous


def build_engine(settings: Settings, name: str | None = None) -> Engine:
    """The engine for `name` (None: BRIEF_ENGINE); `auto` resolves as
    Settings.resolve_engine says. An LLM engine answers through the extractive one when
    it fails and BRIEF_FALLBACK_TO_EXTRACTIVE is on."""
    chosen = name or settings.engine
    if chosen == "auto":
        chosen = settings.resolve_engine(chosen)
    spec = get_engine(chosen)
    engine = spec.build(settings)
    if not spec.is_llm or not settings.fallback_to_extractive:
        return engine
    from briefsmith.engines.fallback import FallbackEngine

    return FallbackEngine(engine, get_engine("extractive").build(settings))
