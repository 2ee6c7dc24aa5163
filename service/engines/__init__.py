"""Engine registry: the one place that turns a name and Settings into an Engine."""

from __future__ import annotations

from service.engines.base import Engine
from service.settings import Settings


def build_engine(settings: Settings, name: str | None = None) -> Engine:
    """`name` overrides BRIEF_ENGINE; `auto` resolves as Settings.resolve_engine says."""
    chosen = settings.resolve_engine(name)
    if chosen == "extractive":
        from service.engines.extractive import ExtractiveEngine

        return ExtractiveEngine()
    from service.engines.llm import build_llm_engine

    llm = build_llm_engine(settings)
    if not settings.fallback_to_extractive:
        return llm
    from service.engines.extractive import ExtractiveEngine
    from service.engines.fallback import FallbackEngine

    return FallbackEngine(llm, ExtractiveEngine())
