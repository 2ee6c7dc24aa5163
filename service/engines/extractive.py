"""The extractive engine: deterministic, no model, no network.

It is the embedded default when no LLM is configured and the fallback when the LLM
fails. Every item it returns is copied from the article, so it is grounded by
construction; the pipeline's grounding check still verifies it like any engine's.
"""

from __future__ import annotations

import asyncio

from service.extraction.actors import ActorRecord, extract_actors
from service.extraction.figures import find_figures
from service.extraction.quotes import attribute_speakers, drop_nested, find_quotes
from service.extraction.summary import outlook, situation
from service.schema import Actor, Brief, BriefMeta, CleanArticle, Figure, Quote, Span

_HONORIFIC_ONLY = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."})
# People first, then organizations, countries and places; within a kind, by prominence.
_KIND_ORDER = {"person": 0, "organization": 1, "group": 2, "country": 3, "place": 4}


def _actor(record: ActorRecord) -> Actor:
    role = record.role if record.role not in _HONORIFIC_ONLY else None
    return Actor(name=record.name, kind=record.kind, role=role, aliases=record.aliases)


def build_brief(text: str) -> Brief:
    """The whole extractive brief for a cleaned article text. Pure."""
    records = extract_actors(text)
    quoted = drop_nested(attribute_speakers(text, find_quotes(text), records))
    speakers = {q.speaker for q in quoted}
    records.sort(key=lambda r: (_KIND_ORDER[r.kind], r.name not in speakers, -r.mentions, r.first))
    lead_text, lead = situation(text)
    return Brief(
        situation=lead_text,
        actors=[_actor(r) for r in records],
        quotes=[
            Quote(text=q.text, speaker=q.speaker, span=Span(start=q.start, end=q.end))
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
            for f in find_figures(text)
        ],
        outlook=outlook(text, lead),
        meta=BriefMeta(engine=ExtractiveEngine.name),
    )


class ExtractiveEngine:
    name = "extractive"
    model: str | None = None
    prompt_version: str | None = None

    async def summarize(self, article: CleanArticle) -> Brief:
        # Pure CPU work; in a thread so a long article does not stall the event loop.
        return await asyncio.to_thread(build_brief, article.text)

    async def ready(self) -> tuple[bool, str]:
        return True, "extractive engine needs no model"

    async def aclose(self) -> None:
        """Holds nothing."""
