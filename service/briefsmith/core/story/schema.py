"""The StoryBrief: one brief of an event from several articles. Pure pydantic.

Every merged item carries `sources`: one `{article_id, span}` per article (and mention)
it came from. Each span indexes into *that* article's cleaned text
(`StoryResult.articles[i].text`), exactly as in a single-article brief.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field

from briefsmith.core.schema import ActorKind, Span, Usage

FigureStatus = Literal["single", "agreed", "conflict"]


class SourceRef(BaseModel):
    article_id: str
    span: Span | None = None


class QuoteSource(SourceRef):
    text: str = Field(description="The words as this outlet printed them.")
    speaker: str = Field(description="Who this outlet says spoke them.")


class StoryActor(BaseModel):
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(
        default_factory=list, description="Every other spelling, in any of the articles."
    )
    sources: list[SourceRef]


class StoryQuote(BaseModel):
    text: str
    speaker: str = Field(description="The merged actor's name, or 'unattributed'.")
    speaker_conflict: bool = Field(
        False, description="Outlets attribute the words to different people."
    )
    speakers: list[str] = Field(
        default_factory=list, description="Every named speaker the outlets give."
    )
    sources: list[QuoteSource]


class FigureValue(BaseModel):
    text: str
    value: float
    value_max: float | None = None
    sources: list[SourceRef]


class StoryFigure(BaseModel):
    measures: str
    unit: str | None = None
    status: FigureStatus = Field(
        description="single: one source; agreed: several sources, one value; "
        "conflict: the sources give different values (each listed in `values`)."
    )
    values: list[FigureValue]
    sources: list[SourceRef]

    @property
    def text(self) -> str:
        return " vs ".join(v.text for v in self.values)


class StorySentence(BaseModel):
    text: str
    sources: list[SourceRef] = Field(
        default_factory=list, description="Empty when an LLM wrote the sentence."
    )


class StoryArticle(BaseModel):
    """One article of the story; the spans of its sources index into `text`."""

    article_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    brief_id: str | None = Field(None, description="The stored brief of this article, if any.")
    text: str


class StoryMeta(BaseModel):
    engine: str
    model: str | None = None
    prompt_version: str | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    usage: Usage | None = None
    warnings: list[str] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class StoryBrief(BaseModel):
    situation: StorySentence
    actors: list[StoryActor] = Field(default_factory=list)
    quotes: list[StoryQuote] = Field(default_factory=list)
    figures: list[StoryFigure] = Field(default_factory=list)
    outlook: StorySentence | None = None
    meta: StoryMeta

    @property
    def conflicting_figures(self) -> list[StoryFigure]:
        return [f for f in self.figures if f.status == "conflict"]

    @property
    def disputed_quotes(self) -> list[StoryQuote]:
        return [q for q in self.quotes if q.speaker_conflict]


class StoryResult(BaseModel):
    """What every surface returns: the story brief plus the texts its spans index."""

    story: StoryBrief
    articles: list[StoryArticle]
