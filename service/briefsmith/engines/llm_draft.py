"""What the LLM is asked to fill: a brief *draft* without spans. Pure; no I/O.

The service never trusts positions from a model, so the draft has no spans; the
grounding check computes them. When the article is passed in the validation context
(`context={"article": text}`), a validator runs the one grounding check
(briefsmith.core.grounding) and fails with every ungrounded item named, which is what
instructor sends back to the model in a re-ask.

Length caps keep a looping small model from filling its whole token budget: llama.cpp
turns them into its output grammar, and any other server gets a re-ask.
"""

from __future__ import annotations

from typing import Any

from pydantic import (
    BaseModel,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from briefsmith.core.grounding import Grounder
from briefsmith.core.schema import (
    UNATTRIBUTED,
    Actor,
    ActorKind,
    Brief,
    BriefField,
    BriefMeta,
    BriefWarning,
    Figure,
    Quote,
    WarningCode,
    fit_situation,
)
from briefsmith.engines.linguistic import analysis_of
from briefsmith.engines.salvage import (
    MAX_ACTORS,
    MAX_FIGURES,
    MAX_QUOTES,
    UnusableDraft,
    load_object,
    salvage_items,
)

__all__ = ["BriefDraft", "UnusableDraft", "salvage_draft"]


class ActorDraft(BaseModel):
    name: str = Field(
        min_length=1,
        max_length=120,
        description="The fullest name the article gives, spelled as in the article.",
    )
    kind: ActorKind
    role: str | None = Field(None, max_length=160, description="How the article describes them.")
    aliases: list[str] = Field(
        default_factory=list, max_length=4, description="Other names the article uses for them."
    )


class QuoteDraft(BaseModel):
    text: str = Field(
        min_length=1,
        max_length=500,
        description="Words copied exactly from the article, without quote marks.",
    )
    speaker: str = Field(
        UNATTRIBUTED,
        max_length=120,
        description=f"Who said it, as named in the article, or '{UNATTRIBUTED}'.",
    )


class FigureDraft(BaseModel):
    text: str = Field(
        min_length=1,
        max_length=80,
        description='The number as the article writes it, e.g. "about 70,000".',
    )
    value: float = Field(description="The number itself, e.g. 70000.")
    value_max: float | None = Field(None, description="Upper end, if the article gives a range.")
    unit: str | None = Field(None, max_length=40)
    measures: str = Field("", max_length=160, description="What the number counts or measures.")


class BriefDraft(BaseModel):
    """A structured brief of one news article. Use only what the article says."""

    situation: str = Field(
        min_length=1, max_length=600, description="What is happening, in one to three sentences."
    )
    # Required (though they may be empty) so that a grammar-constrained server makes the
    # model consider each list instead of stopping after the situation.
    actors: list[ActorDraft] = Field(max_length=MAX_ACTORS)
    quotes: list[QuoteDraft] = Field(max_length=MAX_QUOTES)
    figures: list[FigureDraft] = Field(max_length=MAX_FIGURES)
    outlook: str = Field(max_length=400, description="What may happen next, per the article.")

    @field_validator("situation")
    @classmethod
    def _situation_like_a_brief(cls, value: str) -> str:
        # The very rule the final Brief applies, so a draft that passes here converts.
        return Brief._one_to_three_sentences(value)

    @model_validator(mode="after")
    def _grounded_in_article(self, info: ValidationInfo) -> BriefDraft:
        article = (info.context or {}).get("article")
        if article is None:
            return self
        problems = Grounder(article, analysis_of(article)).check(self).reask_problems
        if problems:
            listed = "\n".join(f"- {problem}" for problem in problems)
            raise ValueError(
                "these items are not supported by the article; copy them exactly from the "
                f"article or remove them:\n{listed}"
            )
        return self

    def to_brief(self, meta: BriefMeta) -> Brief:
        """Spans stay empty: the grounding check sets them."""
        return Brief(
            situation=self.situation,
            actors=[Actor(**actor.model_dump()) for actor in self.actors],
            quotes=[Quote(**quote.model_dump()) for quote in self.quotes],
            figures=[Figure(**figure.model_dump()) for figure in self.figures],
            outlook=self.outlook,
            meta=meta,
        )


_ITEM_ADAPTERS: dict[BriefField, TypeAdapter[Any]] = {
    "actors": TypeAdapter(ActorDraft),
    "quotes": TypeAdapter(QuoteDraft),
    "figures": TypeAdapter(FigureDraft),
}


def salvage_draft(raw_json: str) -> tuple[BriefDraft, list[BriefWarning]]:
    """Read a draft that failed validation as leniently as is still honest (the one
    salvage step, briefsmith.engines.salvage). Used once the re-ask budget is spent;
    grounding is not checked here because the caller's enforce_grounding does that and
    warns per item.
    """
    data = load_object(raw_json)
    kept, warnings = salvage_items(data, _ITEM_ADAPTERS)
    situation = str(data.get("situation") or "")
    if fit_situation(situation) != situation.strip():
        warnings.append(
            BriefWarning(
                code=WarningCode.SITUATION_TRIMMED,
                field="situation",
                message="situation cut to its first three sentences",
            )
        )
        situation = fit_situation(situation)
    try:
        draft = BriefDraft(
            situation=situation,
            outlook=str(data.get("outlook") or "")[:400],
            **kept,
        )
    except ValidationError as error:
        problems = "; ".join(e["msg"] for e in error.errors())
        raise UnusableDraft(f"situation unusable: {problems}") from error
    return draft, warnings
