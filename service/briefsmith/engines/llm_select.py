"""What the LLM answers under the `select` strategy, and the brief assembled from it.
Pure; no I/O.

The model is shown numbered candidates (briefsmith.core.candidates) and answers with ids: which
quotes matter and who said each, which figures and what each measures, which actors
with their kind and role, and the situation and outlook in its own words with the ids of
the sentences they rest on. Quote and figure text is then copied from the article by
span, so it is verbatim by construction (the pipeline's grounding still recomputes every
span, as for any engine).

With the candidates in the validation context (`context={"candidates": ...}`), an id
that is not a candidate of the right kind fails validation with each bad id named, which
instructor sends back to the model as a re-ask. After the re-asks, `assemble` drops what
is still unknown, with a warning each.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from briefsmith.core.candidates import Candidates
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
    SourceSentence,
    WarningCode,
    fit_situation,
)
from briefsmith.engines.salvage import (
    MAX_ACTORS,
    MAX_FIGURES,
    MAX_QUOTES,
    UnusableDraft,
    load_object,
    salvage_items,
)

MAX_SOURCES = 3
_ID = re.compile(r"^\[?\s*([A-Za-z]?)\s*(\d+)\s*\]?$")
# Id shapes in the JSON Schema: a grammar-constrained server (llama.cpp) turns them into
# its output grammar, so a small model cannot spend its tokens on ids of no shape at all.
QUOTE_ID = r"^Q[0-9]{1,3}$"
FIGURE_ID = r"^F[0-9]{1,3}$"
ACTOR_ID = r"^A[0-9]{1,3}$"
SPEAKER_ID = rf"^(A[0-9]{{1,3}}|{UNATTRIBUTED})$"
SENTENCE_ID = r"^S[0-9]{1,3}$"
SentenceId = Annotated[str, StringConstraints(pattern=SENTENCE_ID)]


def _normalize_id(value: Any, prefix: str) -> Any:
    """`Q3`, `q3`, `[Q3]` and a bare `3` all mean Q3: small models drop the letter or
    copy the brackets, and neither changes which candidate they mean."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{prefix}{value}"
    if not isinstance(value, str):
        return value
    match = _ID.match(value.strip())
    if match and match.group(1).upper() in ("", prefix):
        return f"{prefix}{int(match.group(2))}"
    return value.strip()


class QuotePick(BaseModel):
    id: str = Field(pattern=QUOTE_ID, description="A quote id, e.g. Q1.")
    by: str = Field(
        UNATTRIBUTED,
        pattern=SPEAKER_ID,
        description=f"The actor id of who said it, e.g. A2, or '{UNATTRIBUTED}'.",
    )

    @field_validator("id", mode="before")
    @classmethod
    def _quote_id(cls, value: Any) -> Any:
        return _normalize_id(value, "Q")

    @field_validator("by", mode="before")
    @classmethod
    def _actor_id(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and value.strip().lower() == UNATTRIBUTED):
            return UNATTRIBUTED
        return _normalize_id(value, "A")


class FigurePick(BaseModel):
    id: str = Field(pattern=FIGURE_ID, description="A figure id, e.g. F1.")
    measures: str = Field("", max_length=40, description="What the number measures, briefly.")

    @field_validator("id", mode="before")
    @classmethod
    def _figure_id(cls, value: Any) -> Any:
        return _normalize_id(value, "F")


class ActorPick(BaseModel):
    id: str = Field(pattern=ACTOR_ID, description="An actor id, e.g. A1.")
    kind: ActorKind
    role: str | None = Field(None, max_length=60, description="Their role, briefly.")

    @field_validator("id", mode="before")
    @classmethod
    def _actor_id(cls, value: Any) -> Any:
        return _normalize_id(value, "A")


def _sentence_ids(value: Any) -> Any:
    if isinstance(value, str | int):
        value = [value]
    if isinstance(value, list):
        return [_normalize_id(item, "S") for item in value]
    return value


class SelectAnswer(BaseModel):
    """Pick from the numbered candidates. Use only ids shown in the article."""

    situation: str = Field(
        min_length=1, max_length=400, description="What is happening, in 1-3 sentences."
    )
    situation_ids: list[SentenceId] = Field(
        max_length=MAX_SOURCES, description="Ids of the sentences it rests on, e.g. S1."
    )
    # Required (though they may be empty), so that a grammar-constrained server makes the
    # model consider each list.
    actors: list[ActorPick] = Field(max_length=MAX_ACTORS)
    quotes: list[QuotePick] = Field(max_length=MAX_QUOTES)
    figures: list[FigurePick] = Field(max_length=MAX_FIGURES)
    outlook: str = Field(max_length=300, description="What may happen next, or empty.")
    outlook_ids: list[SentenceId] = Field(max_length=MAX_SOURCES, description="Its sentence ids.")

    @field_validator("situation_ids", "outlook_ids", mode="before")
    @classmethod
    def _sentence_id_list(cls, value: Any) -> Any:
        return _sentence_ids(value)

    @classmethod
    def model_validate_json(
        cls,
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        context: Any | None = None,
        **kwargs: Any,
    ) -> SelectAnswer:
        """Raw newlines and tabs inside JSON strings (which small models write and
        llama.cpp's grammar lets through) are read as text, not spent on a re-ask."""
        try:
            data = json.loads(json_data, strict=False)
        except (json.JSONDecodeError, TypeError):
            return super().model_validate_json(json_data, strict=strict, context=context, **kwargs)
        return cls.model_validate(data, strict=strict, context=context)

    @model_validator(mode="after")
    def _known_ids(self, info: ValidationInfo) -> SelectAnswer:
        candidates = (info.context or {}).get("candidates")
        if candidates is None:
            return self
        problems = unknown_ids(self, candidates)
        if problems:
            listed = "\n".join(f"- {problem}" for _, _, problem in problems)
            raise ValueError(
                "these ids are not among the candidates marked in the article; use only "
                f"the ids shown there, or remove the item:\n{listed}"
            )
        return self


def unknown_ids(answer: SelectAnswer, candidates: Candidates) -> list[tuple[BriefField, int, str]]:
    """(field, 1-based item, problem) for every id the candidates do not hold."""
    problems: list[tuple[BriefField, int, str]] = []
    for n, quote in enumerate(answer.quotes, 1):
        if candidates.quote(quote.id) is None:
            problems.append(("quotes", n, f"quote {n}: {quote.id} is not a quote id"))
        elif quote.by != UNATTRIBUTED and candidates.actor(quote.by) is None:
            problems.append(
                ("quotes", n, f"quote {n} ({quote.id}): speaker {quote.by} is not an actor id")
            )
    for n, figure in enumerate(answer.figures, 1):
        if candidates.figure(figure.id) is None:
            problems.append(("figures", n, f"figure {n}: {figure.id} is not a figure id"))
    for n, actor in enumerate(answer.actors, 1):
        if candidates.actor(actor.id) is None:
            problems.append(("actors", n, f"actor {n}: {actor.id} is not an actor id"))
    for field, ids in (("situation", answer.situation_ids), ("outlook", answer.outlook_ids)):
        for sentence_id in ids:
            if candidates.sentence(sentence_id) is None:
                problems.append(
                    (field, 1, f"{field}_ids: {sentence_id!r} is not a sentence id")  # type: ignore[arg-type]
                )
    return problems


def _sources(ids: list[str], candidates: Candidates) -> list[SourceSentence]:
    sources: list[SourceSentence] = []
    for sentence_id in dict.fromkeys(ids):
        span = candidates.span_of(sentence_id)
        if candidates.sentence(sentence_id) is not None and span is not None:
            sources.append(SourceSentence(id=sentence_id, span=span))
    return sources


def assemble(answer: SelectAnswer, candidates: Candidates, meta: BriefMeta) -> Brief:
    """The brief the chosen candidates make: quote and figure text copied from the
    article by span; ids the candidates do not hold dropped with a warning each (they
    reach here only once the re-asks are spent)."""
    warnings = list(meta.warnings)
    for field, item, problem in unknown_ids(answer, candidates):
        code = (
            WarningCode.SPEAKER_UNATTRIBUTED
            if "speaker" in problem
            else WarningCode.UNGROUNDED_DROPPED
        )
        what = "credited as unattributed" if code == WarningCode.SPEAKER_UNATTRIBUTED else "dropped"
        warnings.append(
            BriefWarning(
                code=code,
                field=field,
                item=item,
                message=f"{what}: {problem} (not a candidate the article offers)",
            )
        )

    actors: list[Actor] = []
    for pick in dict((p.id, p) for p in answer.actors).values():
        found = candidates.actor(pick.id)
        if found is not None:
            actors.append(
                Actor(
                    name=found.name,
                    kind=pick.kind,
                    role=pick.role or found.role,
                    aliases=list(found.aliases),
                )
            )
    quotes: list[Quote] = []
    for quote_pick in dict((p.id, p) for p in answer.quotes).values():
        quote = candidates.quote(quote_pick.id)
        if quote is None:
            continue
        speaker = candidates.actor(quote_pick.by) if quote_pick.by != UNATTRIBUTED else None
        quotes.append(Quote(text=quote.text, speaker=speaker.name if speaker else UNATTRIBUTED))
    figures: list[Figure] = []
    for figure_pick in dict((p.id, p) for p in answer.figures).values():
        figure = candidates.figure(figure_pick.id)
        if figure is None:
            continue
        figures.append(
            Figure(
                text=figure.text,
                value=figure.value,
                value_max=figure.value_max,
                unit=figure.unit,
                measures=figure_pick.measures.strip() or figure.measures,
            )
        )
    situation = fit_situation(answer.situation)
    if situation != answer.situation.strip():
        warnings.append(
            BriefWarning(
                code=WarningCode.SITUATION_TRIMMED,
                field="situation",
                message="situation cut to its first three sentences",
            )
        )
    # Spans stay empty: the pipeline's grounding check computes them, never trusting an
    # engine's; the texts are the article's own, so they are found.
    return Brief(
        situation=situation,
        actors=actors,
        quotes=quotes,
        figures=figures,
        outlook=answer.outlook.strip(),
        situation_sources=_sources(answer.situation_ids, candidates),
        outlook_sources=_sources(answer.outlook_ids, candidates),
        meta=meta.model_copy(update={"warnings": warnings}),
    )


_PICK_ADAPTERS: dict[BriefField, TypeAdapter[Any]] = {
    "actors": TypeAdapter(ActorPick),
    "quotes": TypeAdapter(QuotePick),
    "figures": TypeAdapter(FigurePick),
}


def _speaker_or_unattributed(
    field: BriefField, index: int, item: Any, warnings: list[BriefWarning]
) -> Any:
    """A quote pick whose speaker is not an actor id keeps its quote, unattributed."""
    if field != "quotes" or not isinstance(item, dict) or _is_speaker(item.get("by")):
        return item
    warnings.append(
        BriefWarning(
            code=WarningCode.SPEAKER_UNATTRIBUTED,
            field="quotes",
            item=index + 1,
            message=f"quote {index + 1}: speaker {str(item.get('by'))[:40]!r} is "
            "not an actor id; credited as unattributed",
        )
    )
    return {**item, "by": UNATTRIBUTED}


def salvage_answer(raw_json: str) -> tuple[SelectAnswer, list[BriefWarning]]:
    """Read an answer that failed validation as leniently as is still honest (the one
    salvage step, briefsmith.engines.salvage): malformed picks dropped one by one with a
    warning; unknown ids are left for `assemble` to drop and name."""
    data = load_object(raw_json)
    kept, warnings = salvage_items(data, _PICK_ADAPTERS, _speaker_or_unattributed)
    try:
        answer = SelectAnswer(
            situation=str(data.get("situation") or "")[:400],
            situation_ids=_lenient_ids(data.get("situation_ids")),
            outlook=str(data.get("outlook") or "")[:300],
            outlook_ids=_lenient_ids(data.get("outlook_ids")),
            **kept,
        )
    except ValidationError as error:
        problems = "; ".join(e["msg"] for e in error.errors())
        raise UnusableDraft(f"situation unusable: {problems}") from error
    return answer, warnings


def _is_speaker(value: Any) -> bool:
    normalized = QuotePick._actor_id(value)
    return isinstance(normalized, str) and re.match(SPEAKER_ID, normalized) is not None


def _lenient_ids(value: Any) -> list[str]:
    """Sentence ids of the right shape; anything else the model wrote there is left out
    (the situation or outlook itself is kept either way)."""
    ids = _sentence_ids(value)
    if not isinstance(ids, list):
        return []
    shaped = [item for item in ids if isinstance(item, str) and re.match(SENTENCE_ID, item)]
    return shaped[:MAX_SOURCES]
