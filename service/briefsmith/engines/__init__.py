"""Engine registry: the one place that turns a name and Settings into an Engine."""

from __future__ import annotations

from briefsmith.config.settings import Settings
from briefsmith.engines.base import Engine


def build_engine(settings: Settings, name: str | None = None) -> Engine:
    """`name` overrides BRIEF_ENGINE; `auto` resolves as Settings.resolve_engine says."""
    chosen = settings.resolve_engine(name)
    if chosen == "extractive":
        from briefsmith.engines.extractive import ExtractiveEngine

        return ExtractiveEngine()
    from briefsmith.engines.llm import build_llm_engine

    llm = build_llm_engine(settings)
    if not settings.fallback_to_extractive:
        return llm
    from briefsmith.engines.extractive import ExtractiveEngine
    from briefsmith.engines.fallback import FallbackEngine

    return FallbackEngine(llm, ExtractiveEngine())
