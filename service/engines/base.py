"""The one engine interface. An engine turns a cleaned article into a Brief.

Engines may leave spans empty: the pipeline recomputes every span with the grounding
check and drops what the article does not support, whatever engine made the brief.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from service.schema import Brief, CleanArticle


@runtime_checkable
class Engine(Protocol):
    name: str
    model: str | None
    # The version of the prompt behind its briefs (None for engines without one); the
    # cache keys stored briefs by it.
    prompt_version: str | None

    async def summarize(self, article: CleanArticle) -> Brief: ...

    async def ready(self) -> tuple[bool, str]:
        """Whether the engine can serve now, and a short human-readable reason."""
        ...
