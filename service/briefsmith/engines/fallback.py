"""Answer with a second engine when the first one fails, and say so in the metadata."""

from __future__ import annotations

import structlog

from briefsmith.core.errors import DeadlineExceeded, EngineFailed
from briefsmith.core.schema import Brief, BriefWarning, CleanArticle, Usage, WarningCode
from briefsmith.engines.base import Engine, EngineWrapper

log = structlog.get_logger(__name__)


def _spent_in_total(failed: Usage | None, answered: Usage | None) -> Usage | None:
    """The brief's honest cost: the failed engine's attempts and tokens count too."""
    if failed is None or answered is None:
        return failed or answered
    return Usage(
        prompt_tokens=failed.prompt_tokens + answered.prompt_tokens,
        completion_tokens=failed.completion_tokens + answered.completion_tokens,
        attempts=failed.attempts + answered.attempts,
    )


class FallbackEngine(EngineWrapper):
    def __init__(self, primary: Engine, fallback: Engine):
        super().__init__(primary)
        self.primary = primary
        self.fallback = fallback

    async def summarize(self, article: CleanArticle) -> Brief:
        try:
            return await self.primary.summarize(article)
        except (EngineFailed, DeadlineExceeded) as error:
            log.warning(
                "engine_fallback",
                primary=self.primary.name,
                fallback=self.fallback.name,
                error=error.message,
            )
            brief = await self.fallback.summarize(article)
            meta = brief.meta.model_copy(
                update={
                    "fallback_from": self.primary.name,
                    "usage": _spent_in_total(error.usage, brief.meta.usage),
                    "warnings": [
                        *brief.meta.warnings,
                        BriefWarning(
                            code=WarningCode.ENGINE_FALLBACK,
                            message=(
                                f"{self.primary.name} engine failed ({error.message}); "
                                f"this brief is from the {self.fallback.name} engine"
                            ),
                        ),
                    ],
                }
            )
            return brief.model_copy(update={"meta": meta})

    async def ready(self) -> tuple[bool, str]:
        ok, reason = await self.primary.ready()
        if ok:
            return ok, reason
        return True, f"{reason}; falling back to {self.fallback.name}"

    async def aclose(self) -> None:
        await self.primary.aclose()
        await self.fallback.aclose()
