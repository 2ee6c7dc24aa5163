"""The extractive engine: deterministic, no model, no network.

It is the embedded default when no LLM is configured and the fallback when the LLM
fails. Every item it returns is copied from the article, so it is grounded by
construction; the pipeline's grounding check still verifies it like any engine's.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from briefsmith.core.analysis import Analysis
from briefsmith.core.extraction.actors import ActorRecord
from briefsmith.core.extraction.figures import find_figures
from briefsmith.core.extraction.quotes import drop_nested, is_listed
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.core.lexicon import HONORIFICS
from briefsmith.core.schema import (
    Actor,
    Brief,
    BriefField,
    BriefMeta,
    BriefWarning,
    CleanArticle,
    Figure,
    Quote,
    Span,
    WarningCode,
)
from briefsmith.engines.linguistic import analysis_of

# The most items of each kind (quotes, actors, figures) one brief carries. A real article
# has far fewer; a hostile one with thousands must not make grounding and rendering grow
# with the square of its length.
MAX_ITEMS = 100


def _actor(record: ActorRecord) -> Actor:
    role = record.role if record.role not in HONORIFICS else None
    return Actor(name=record.name, kind=record.kind, role=role, aliases=record.aliases)


def _capped(items: list, what: BriefField, warnings: list[BriefWarning]) -> list:
    if len(items) <= MAX_ITEMS:
        return items
    warnings.append(
        BriefWarning(
            code=WarningCode.ITEMS_CAPPED,
            field=what,
            message=f"the article has {len(items):,} {what}; the brief keeps the first "
            f"{MAX_ITEMS} (a cap that keeps the work per article bounded)",
        )
    )
    return items[:MAX_ITEMS]


class Abandoned(Exception):
    """Raised inside the worker thread when nobody waits for the brief any more."""


def _never() -> bool:
    return False


def build_brief(
    text: str, abandoned: Callable[[], bool] = _never, analysis: Analysis | None = None
) -> Brief:
    """The whole extractive brief for a cleaned article text.

    The text is analysed once (briefsmith.core.analysis: one parse, one index) and every
    stage reads that analysis; each stage is linear (or n log n) in the text, and the
    items passed on are capped, so a hostile megabyte costs seconds. `abandoned` is
    asked between stages; when it says so, the work stops with `Abandoned` instead of
    finishing a brief nobody will read.
    """

    def checkpoint() -> None:
        if abandoned():
            raise Abandoned

    warnings: list[BriefWarning] = []
    analysis = analysis if analysis is not None else analysis_of(text)
    checkpoint()
    split = analysis.sentences
    records = list(analysis.actors)
    found = _capped([q for q in analysis.quotes if is_listed(q)], "quotes", warnings)
    quoted = drop_nested(found)
    checkpoint()
    # The analysis ranks the actors by how central they are to the story.
    records = _capped(records, "actors", warnings)
    figures = _capped(find_figures(text, analysis), "figures", warnings)
    checkpoint()
    lead_text, lead = situation(text, split.sentences)
    return Brief(
        situation=lead_text,
        actors=[_actor(r) for r in records],
        quotes=[
            Quote(
                text=q.text,
                speaker=q.speaker,
                span=Span(start=q.start, end=q.end),
                parts=[Span(start=a, end=b) for a, b in q.parts],
            )
            for q in quoted
        ],
        figures=[
            Figure(
                text=f.text,
                value=f.value,
                value_max=f.value_max,
                unit=f.unit,
                measures=f.measures,
                span=Span(start=f.start, end=f.end),
            )
            for f in figures
        ],
        outlook=outlook(
            text,
            lead,
            split.sentences,
            [(p.open_at, p.close_at + 1) for p in analysis.passages],
            analysis,
        ),
        meta=BriefMeta(engine=ExtractiveEngine.name, warnings=warnings),
    )


class ExtractiveEngine:
    name = "extractive"
    model: str | None = None
    prompt_version: str | None = None

    async def summarize(self, article: CleanArticle) -> Brief:
        # Pure CPU work; in a thread so a long article does not stall the event loop. A
        # thread cannot be cancelled from outside, so cancelling this call (deadline,
        # shutdown) raises a flag the thread checks between stages.
        stop = threading.Event()
        try:
            return await asyncio.to_thread(build_brief, article.text, stop.is_set)
        except asyncio.CancelledError:
            stop.set()
            raise

    async def ready(self) -> tuple[bool, str]:
        return True, "extractive engine needs no model"

    async def aclose(self) -> None:
        """Holds nothing."""
