"""The Brief and the article it is made from. Pure pydantic; no I/O.

Spans are half-open [start, end) character offsets into the *cleaned* article text,
which travels with every brief (`BriefResult.article.text`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from briefsmith.core.segments import count_sentences, sentences

ActorKind = Literal["person", "organization", "country", "place", "group"]
UNATTRIBUTED = "unattributed"

MAX_SITUATION_SENTENCES = 3


def fit_situation(value: str) -> str:
    """The situation cut after its third sentence, counted by the one splitter as the
    Brief's rule counts them, so an engine's over-long situation is repaired instead of
    failing."""
    value = value.strip()
    found = sentences(value)
    if len(found) <= MAX_SITUATION_SENTENCES:
        return value
    return value[: found[MAX_SITUATION_SENTENCES - 1].end].strip()


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Actor(BaseModel):
    name: str = Field(min_length=1, description="The fullest name the article gives.")
    kind: ActorKind
    role: str | None = Field(None, description="How the article describes them.")
    aliases: list[str] = Field(default_factory=list, description="Other spellings in the text.")
    span: Span | None = Field(None, description="First mention in the cleaned text.")


class Quote(BaseModel):
    text: str = Field(min_length=1, description="Verbatim words, without the quote marks.")
    speaker: str = Field(UNATTRIBUTED, description="An actor's name, or 'unattributed'.")
    span: Span | None = None
    parts: list[Span] = Field(
        default_factory=list,
        description="A quote in several parts (split by its attribution, or running over "
        "paragraphs): each part's span, the text joining the parts with ' … '. Empty for "
        "a quote in one piece.",
    )


class Figure(BaseModel):
    text: str = Field(min_length=1, description='The figure as written, e.g. "about 70,000".')
    value: float
    value_max: float | None = Field(None, description='Upper end of a range ("13,000 to 307,000").')
    unit: str | None = None
    measures: str = Field("", description="What the number measures.")
    span: Span | None = None


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0


class WarningCode(StrEnum):
    """What a warning is about: a stable slug for programs (evals count by it). Each
    code's meaning is in WARNING_MEANINGS (docs/development.md's table is generated
    from it)."""

    UNGROUNDED_DROPPED = "ungrounded-dropped"
    ALIASES_IGNORED = "aliases-ignored"
    SPEAKER_UNATTRIBUTED = "speaker-unattributed"
    ENGINE_FALLBACK = "engine-fallback"
    REASKS_SPENT = "reasks-spent"
    MALFORMED_DROPPED = "malformed-dropped"
    OVER_LIMIT_DROPPED = "over-limit-dropped"
    SITUATION_TRIMMED = "situation-trimmed"
    SPEAKER_REATTRIBUTED = "speaker-reattributed"
    INSTRUCTION_LIKE_TEXT = "instruction-like-text"
    ITEMS_CAPPED = "items-capped"
    PROSE_REPLACED = "prose-replaced"
    LEGACY = "legacy"


# What each warning code means, for people.
WARNING_MEANINGS: dict[WarningCode, str] = {
    WarningCode.UNGROUNDED_DROPPED: (
        "grounding dropped an item the article does not support (a quote not "
        "verbatim, a number not in the article, an actor never mentioned)"
    ),
    WarningCode.ALIASES_IGNORED: "an actor's aliases that name someone else",
    WarningCode.SPEAKER_UNATTRIBUTED: (
        "a quote's speaker is not in the article (the quote goes to the speaker the "
        "article credits, or unattributed)"
    ),
    WarningCode.ENGINE_FALLBACK: "another engine made this brief",
    WarningCode.REASKS_SPENT: "the LLM's answer stayed invalid after every re-ask",
    WarningCode.MALFORMED_DROPPED: (
        "an LLM item (or list) that is not the expected shape was dropped"
    ),
    WarningCode.OVER_LIMIT_DROPPED: "LLM items past the per-field maximum were dropped",
    WarningCode.SITUATION_TRIMMED: "an over-long situation cut to fit the schema",
    WarningCode.SPEAKER_REATTRIBUTED: (
        "a quote's speaker was replaced by the one the article credits"
    ),
    WarningCode.PROSE_REPLACED: (
        "the situation or outlook, in a model's words, stated a number the article does "
        "not have; the article's own sentences stand in"
    ),
    WarningCode.INSTRUCTION_LIKE_TEXT: (
        "the article holds text addressed to a language model (possible prompt injection)"
    ),
    WarningCode.ITEMS_CAPPED: (
        "the article has more items than a brief carries; the rest were left out"
    ),
    WarningCode.LEGACY: "a plain-text warning stored by an older version",
}


BriefField = Literal["situation", "actors", "quotes", "figures", "outlook"]

# Old briefs stored their warnings as text; this one kind is read back into fields, the
# rest keep their text under WarningCode.LEGACY.
_LEGACY_DROPPED = re.compile(r"^dropped ungrounded (actor|quote|figure) (\d+)")


class BriefWarning(BaseModel):
    """Something the reader of a brief should know: `code`, `field` and `item` for
    programs, `message` for people (its wording may change; the fields do not)."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="A WarningCode value.")
    field: BriefField | None = Field(None, description="The brief field it concerns.")
    item: int | None = Field(
        None, ge=1, description="1-based position of the item in the engine's list."
    )
    message: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _upgrade_plain_text(cls, data: Any) -> Any:
        if not isinstance(data, str):
            return data
        if match := _LEGACY_DROPPED.match(data):
            return {
                "code": WarningCode.UNGROUNDED_DROPPED,
                "field": f"{match.group(1)}s",
                "item": int(match.group(2)),
                "message": data,
            }
        return {"code": WarningCode.LEGACY, "message": data}

    def __str__(self) -> str:
        return self.message


class BriefMeta(BaseModel):
    engine: str
    model: str | None = None
    prompt_version: str | None = None
    strategy: str | None = Field(
        None, description="How the LLM made it: `draft` or `select` (None: no LLM)."
    )
    timings_ms: dict[str, float] = Field(default_factory=dict)
    usage: Usage | None = None
    warnings: list[BriefWarning] = Field(default_factory=list)
    fallback_from: str | None = Field(
        None, description="Engine that failed before this one answered, if any."
    )
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class SourceSentence(BaseModel):
    """An article sentence a summary in the model's own words rests on."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="The sentence's candidate id, e.g. S3.")
    span: Span


class Brief(BaseModel):
    situation: str = Field(description="What is happening, in one to three sentences.")
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    outlook: str = Field("", description="What may happen next, as the article says.")
    situation_sources: list[SourceSentence] = Field(
        default_factory=list,
        description="Sentences the situation rests on, so a reader can check it (select).",
    )
    outlook_sources: list[SourceSentence] = Field(
        default_factory=list, description="Sentences the outlook rests on (select)."
    )
    meta: BriefMeta

    @field_validator("situation")
    @classmethod
    def _one_to_three_sentences(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("situation must not be empty")
        sentences_found = count_sentences(value)
        if sentences_found > MAX_SITUATION_SENTENCES:
            raise ValueError(
                f"situation must be 1-{MAX_SITUATION_SENTENCES} sentences, got {sentences_found}"
            )
        return value


class ArticleInput(BaseModel):
    """An article as a user hands it over, before cleaning."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None


class CleanArticle(BaseModel):
    """The cleaned article. Every span in a brief indexes into `text`."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    removed: list[str] = Field(
        default_factory=list, description="Boilerplate that cleaning took out."
    )
    removed_at: list[int] = Field(
        default_factory=list,
        description="Where each `removed` piece stood: an offset into `text` (same order).",
    )


class BriefResult(BaseModel):
    """What every surface returns: the brief plus the text its spans point into."""

    brief: Brief
    article: CleanArticle
