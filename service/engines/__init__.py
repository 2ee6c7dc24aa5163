"""Engine registry: the one place that turns a name and Settings into an Engine."""

from __future__ import annotations

from service.engines.base import Engine
from service.errors import EngineNotConfigured
from service.settings import Settings

ENGINE_NAMES = ("extractive", "openai")


def build_engine(settings: Settings, name: str | None = None) -> Engine:
    """`name` overrides BRIEF_ENGINE; `auto` resolves as Settings.resolved_engine says."""
    chosen = name or settings.engine
    if chosen == "auto":
        chosen = settings.resolved_engine()
    if chosen == "extractive":
        from service.engines.extractive import ExtractiveEngine

        return ExtractiveEngine()
    if chosen == "openai":
        from service.engines.llm import build_llm_engine

        llm = build_llm_engine(settings)
        if not settings.fallback_to_extractive:
            return llm
        from service.engines.extractive import ExtractiveEngine
        from service.engines.fallback import FallbackEngine

        return FallbackEngine(llm, ExtractiveEngine())
    raise EngineNotConfigured(
        f"unknown engine {chosen!r}; choose one of: auto, {', '.join(ENGINE_NAMES)}"
    )
