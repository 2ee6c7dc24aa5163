"""The one engine interface. An engine turns a cleaned article into a Brief.

Engines may leave spans empty: the pipeline recomputes every span with the grounding
check and drops what the article does not support, whatever engine made the brief.

Every engine (extractive, openai), every wrapper (fallback, replay, the eval recorder)
and every test engine satisfies `Engine`; mypy checks it wherever one is passed as an
`Engine`. Wrappers derive from `EngineWrapper`, which passes everything through to the
engine inside, so each wrapper writes only what it changes.

Answering other structured prompts (`complete`, which the story narration uses) is an
ability some engines have, not part of every engine: `Completer` is its protocol, and
the engine registry's spec says which engines have it (`EngineSpec.can_narrate`).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from briefsmith.core.errors import EngineNotConfigured
from briefsmith.core.schema import Brief, CleanArticle, Usage


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


@runtime_checkable
class Completer(Protocol):
    """The ability to answer one structured prompt: the validated answer (an instance
    of `response_model`) and what it cost."""

    async def complete(
        self, messages: list[dict[str, str]], response_model: type[Any]
    ) -> tuple[Any, Usage]: ...


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

    async def complete(
        self, messages: list[dict[str, str]], response_model: type[Any]
    ) -> tuple[Any, Usage]:
        """The inner engine's answer, when it has the ability (`Completer`)."""
        if not isinstance(self.inner, Completer):
            raise EngineNotConfigured(f"the {self.name} engine does not answer prompts")
        return await self.inner.complete(messages, response_model)
