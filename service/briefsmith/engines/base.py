"""The one engine interface. An engine turns a cleaned article into a Brief.

Engines may leave spans empty: the pipeline recomputes every span with the grounding
check and drops what the article does not support, whatever engine made the brief.

Every engine (extractive, openai), every wrapper (fallback, replay, the eval recorder)
and every test engine satisfies `Engine`; mypy checks it wherever one is passed as an
`Engine`. Wrappers derive from `EngineWrapper`, which passes everything through to the
engine inside, so each wrapper writes only what it changes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from briefsmith.core.schema import Brief, CleanArticle


@runtime_checkable
class Engine(Protocol):
    # Read-only for callers: an engine may keep them as plain attributes.
    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str | None: ...

    @property
    def prompt_version(self) -> str | None:
        """The version of the prompt behind its briefs (None for engines without one);
        the cache keys stored briefs by it."""
        ...

    async def summarize(self, article: CleanArticle) -> Brief: ...

    async def ready(self) -> tuple[bool, str]:
        """Whether the engine can serve now, and a short human-readable reason."""
        ...

    async def aclose(self) -> None:
        """Release what the engine holds (clients, connections); BriefService calls it
        once at shutdown. Engines that hold nothing do nothing."""
        ...


class EngineWrapper:
    """An engine that answers through `inner`: its name, model and prompt version (so
    the cache keys briefs by the engine that really made them), and its summarize,
    ready and aclose unless a subclass says otherwise."""

    def __init__(self, inner: Engine):
        self.inner = inner
        self.name: str = inner.name
        self.model: str | None = inner.model
        self.prompt_version: str | None = inner.prompt_version

    async def summarize(self, article: CleanArticle) -> Brief:
        return await self.inner.summarize(article)

    async def ready(self) -> tuple[bool, str]:
        return await self.inner.ready()

    async def aclose(self) -> None:
        await self.inner.aclose()
