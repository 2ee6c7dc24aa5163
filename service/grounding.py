"""The one grounding check. Pure: given brief items and the cleaned article text, say
for each item whether the article supports it, and where.

- A quote must be verbatim, tolerating only quote-mark style, whitespace and ellipses.
- A figure's number must appear (70,000 = 70000 = "70 000" = "seventy thousand").
- An actor must be mentioned by name or by one of its aliases.

The LLM engine (validators and re-asks), the pipeline (final enforcement for every
engine), the API and the eval metrics all call this module; nothing else decides
whether an item is grounded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from rapidfuzz import fuzz

from service.numbers import find_numbers, mention_matches
from service.schema import (
    UNATTRIBUTED,
    Actor,
    Brief,
    BriefField,
    BriefWarning,
    Figure,
    Quote,
    Span,
    WarningCode,
)

# Quote marks are dropped before comparing, so «a», “a”, ‘a’ and "a" agree. A single
# mark inside a word is an apostrophe: unified, not dropped ("people’s" = "people's",
# but not "peoples").
DOUBLE_QUOTE_MARKS = frozenset('"«»“”„‹›')
SINGLE_QUOTE_MARKS = frozenset("'‘’‚`´")
ELLIPSIS = "..."
# How far apart the pieces of an elided quote ("A ... B") may lie in the article.
MAX_ELISION_GAP = 400

ItemField = Literal["quote", "figure", "actor"]


@dataclass(frozen=True)
class NormalizedText:
    """Text with quote marks removed, whitespace collapsed and "…" spelled "...".

    `origin[i]` is the offset in the original text of normalized character i, so a
    match in the normalized text maps back to an exact span of the original.
    """

    text: str
    origin: tuple[int, ...]
    source_length: int

    def span(self, start: int, end: int) -> Span:
        """Original-text span covering normalized characters [start, end)."""
        original_start = self.origin[start]
        original_end = self.origin[end - 1] + 1 if end > start else original_start
        return Span(start=original_start, end=original_end)


def normalize(text: str, *, casefold: bool = False) -> NormalizedText:
    chars: list[str] = []
    origin: list[int] = []
    # The article is NFC already (cleaning); origin offsets must index it unchanged.
    for index, char in enumerate(text):
        if char in DOUBLE_QUOTE_MARKS:
            continue
        if char in SINGLE_QUOTE_MARKS:
            # Between two letters it is an apostrophe ("they’ve"); anywhere else it
            # is a quote mark ("‘The grandfather …"), dropped like double marks.
            inside_word = (
                0 < index < len(text) - 1
                and text[index - 1].isalnum()
                and text[index + 1].isalnum()
            )
            if not inside_word:
                continue
            char = "'"
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(index)
            continue
        if char == "…":
            chars.extend(ELLIPSIS)
            origin.extend([index] * len(ELLIPSIS))
            continue
        chars.append(char.casefold() if casefold else char)
        origin.append(index)
    # Drop the trailing space so "a " and "a" compare equal.
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    while chars and chars[0] == " ":
        chars.pop(0)
        origin.pop(0)
    return NormalizedText("".join(chars), tuple(origin), len(text))


def _flat_quote(quote: str) -> str:
    return normalize(unicodedata.normalize("NFC", quote)).text


def quote_pieces(quote: str) -> list[str]:
    """A quote split at its ellipses, each piece normalized; empty pieces dropped."""
    flat = _flat_quote(quote)
    return [piece.strip(" ,;:") for piece in flat.split(ELLIPSIS) if piece.strip(" ,;:.")]


def locate_quote(quote: str, article: NormalizedText) -> Span | None:
    """Where the quote sits in the article, or None if it is not verbatim there."""
    flat = _flat_quote(quote).strip(" ,;:")
    if not flat:
        return None
    # A final period where the article has a comma ("dangerous." for "dangerous,") is
    # punctuation around the quote, not a change of its words.
    for candidate in dict.fromkeys([flat, flat.rstrip(" .")]):
        position = article.text.find(candidate) if candidate else -1
        if position >= 0:
            return article.span(position, position + len(candidate))
    pieces = quote_pieces(quote)
    if len(pieces) < 2:
        # "...as they said" at an edge: drop the edge ellipsis and try once more.
        if len(pieces) == 1 and pieces[0] != flat:
            position = article.text.find(pieces[0])
            if position >= 0:
                return article.span(position, position + len(pieces[0]))
        return None
    # An elided quote: every piece in order, each close to the one before.
    search_from = 0
    first_start: int | None = None
    previous_end: int | None = None
    for piece in pieces:
        position = article.text.find(piece, search_from)
        if position < 0:
            return None
        if previous_end is not None and position - previous_end > MAX_ELISION_GAP:
            return None
        if first_start is None:
            first_start = position
        previous_end = position + len(piece)
        search_from = previous_end
    assert first_start is not None and previous_end is not None
    return article.span(first_start, previous_end)


def _word_pattern(name: str) -> re.Pattern[str]:
    escaped = re.escape(normalize(name, casefold=True).text)
    return re.compile(rf"(?<!\w){escaped}(?!\w)")


def locate_name(names: Iterable[str], article_folded: NormalizedText) -> Span | None:
    """First mention of any of the names (case-insensitive, whole words)."""
    best: tuple[int, int] | None = None
    for name in names:
        if not name or not name.strip():
            continue
        match = _word_pattern(name).search(article_folded.text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), match.end())
    return article_folded.span(*best) if best else None


_NAME_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "von"})


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+", name.casefold())]


def is_spelling_of(alias: str, name: str) -> bool:
    """Is `alias` another way of writing `name`: a shared word up to transliteration
    ("Zelenskyy" for "Volodymyr Zelensky", "Wagner" for "Wagner Group") or its initials
    ("EU", "U.S.")? A different word ("President" for "Dneprovo") is not."""
    alias_words, name_words = _name_words(alias), _name_words(name)
    if any(
        fuzz.ratio(a, n) >= 85
        for a in alias_words
        for n in name_words
        if len(a) >= 3 and len(n) >= 3
    ):
        return True
    initials = "".join(w[0] for w in name_words if w not in _NAME_CONNECTORS)
    return len(initials) >= 2 and "".join(alias_words) == initials


def locate_figure(
    text_as_written: str, value: float, value_max: float | None, article: str
) -> Span | None:
    """Where the figure's number is written. Prefers the figure's own wording."""
    mentions = find_numbers(article)
    wanted = [value] if value_max is None else [value, value_max]
    for number in wanted:
        if not any(mention_matches(m, number) for m in mentions):
            return None
    written = text_as_written.strip()
    if written:
        position = article.find(written)
        while position >= 0:
            inside = [
                m for m in mentions if m.start >= position and m.end <= position + len(written)
            ]
            if any(mention_matches(m, value) for m in inside):
                return Span(start=position, end=position + len(written))
            position = article.find(written, position + 1)
    first = next(m for m in mentions if mention_matches(m, value))
    if value_max is not None:
        upper = next(
            (m for m in mentions if m.start >= first.end and mention_matches(m, value_max)), None
        )
        if upper is not None and upper.start - first.end <= 12:
            return Span(start=first.start, end=upper.end)
    return Span(start=first.start, end=first.end)


# --------------------------------------------------------------------------------------
# Verdicts over whole briefs


# Read-only members (properties), so briefs, drafts and eval references all fit.
class _QuoteLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str: ...


class _FigureLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> float: ...


class _ActorLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...


class _BriefLike(Protocol):
    @property
    def quotes(self) -> Sequence[_QuoteLike]: ...
    @property
    def figures(self) -> Sequence[_FigureLike]: ...
    @property
    def actors(self) -> Sequence[_ActorLike]: ...


@dataclass(frozen=True)
class Verdict:
    field: ItemField
    index: int
    label: str
    grounded: bool
    span: Span | None = None
    reason: str | None = None
    # Quotes only: is the named speaker mentioned in the article at all?
    speaker_grounded: bool = True
    # Actors only: aliases that are another spelling of the name and appear in the text.
    aliases: tuple[str, ...] = ()
    ignored_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroundingReport:
    verdicts: tuple[Verdict, ...] = field(default_factory=tuple)

    def of(self, item_field: ItemField) -> list[Verdict]:
        return [v for v in self.verdicts if v.field == item_field]

    @property
    def ungrounded(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.grounded]

    @property
    def problems(self) -> list[str]:
        """Every reason an item failed, worded for a person (or a re-ask prompt)."""
        return [v.reason for v in self.verdicts if v.reason]

    @property
    def ok(self) -> bool:
        return not self.problems

    def unsupported_rate(self, item_field: ItemField) -> float | None:
        verdicts = self.of(item_field)
        if not verdicts:
            return None
        return sum(not v.grounded for v in verdicts) / len(verdicts)


class Grounder:
    """Checks items against one article; normalizes the article once."""

    def __init__(self, article_text: str):
        self.article = article_text
        self._exact = normalize(article_text)
        self._folded = normalize(article_text, casefold=True)

    def quote(self, index: int, quote: _QuoteLike) -> Verdict:
        label = quote.text.strip()
        span = locate_quote(quote.text, self._exact)
        speaker = (quote.speaker or UNATTRIBUTED).strip()
        speaker_ok = speaker.lower() == UNATTRIBUTED or self.actor_span([speaker]) is not None
        if span is None:
            reason = f'quote {index + 1} "{_short(label)}" is not verbatim in the article'
        elif not speaker_ok:
            reason = (
                f'quote {index + 1} is attributed to "{speaker}", who is not mentioned in the '
                f'article; name someone the article names, or use "{UNATTRIBUTED}"'
            )
        else:
            reason = None
        return Verdict("quote", index, label, span is not None, span, reason, speaker_ok)

    def figure(self, index: int, figure: _FigureLike) -> Verdict:
        value_max = getattr(figure, "value_max", None)
        span = locate_figure(figure.text, figure.value, value_max, self.article)
        reason = None
        if span is None:
            shown = f"{figure.value:g}" + (f" to {value_max:g}" if value_max is not None else "")
            reason = (
                f'figure {index + 1} "{_short(figure.text)}": the number {shown} does not '
                "appear in the article"
            )
        return Verdict("figure", index, figure.text, span is not None, span, reason)

    def actor_span(self, names: Iterable[str]) -> Span | None:
        return locate_name(names, self._folded)

    def actor(self, index: int, actor: _ActorLike) -> Verdict:
        aliases = tuple(
            a
            for a in dict.fromkeys(actor.aliases)
            if a.strip() and is_spelling_of(a, actor.name) and self.actor_span([a]) is not None
        )
        ignored = tuple(a for a in actor.aliases if a not in aliases)
        span = self.actor_span([actor.name, *aliases])
        reason = None
        if span is None:
            reason = f'actor {index + 1} "{_short(actor.name)}" is never mentioned in the article'
            if ignored:
                reason += (
                    f" (aliases {', '.join(repr(a) for a in ignored)} are not other "
                    "spellings of the name found in the article)"
                )
        return Verdict(
            "actor",
            index,
            actor.name,
            span is not None,
            span,
            reason,
            aliases=aliases,
            ignored_aliases=ignored,
        )

    def check(self, brief: _BriefLike) -> GroundingReport:
        verdicts = [
            *(self.actor(i, a) for i, a in enumerate(brief.actors)),
            *(self.quote(i, q) for i, q in enumerate(brief.quotes)),
            *(self.figure(i, f) for i, f in enumerate(brief.figures)),
        ]
        return GroundingReport(tuple(verdicts))


def check_grounding(brief: _BriefLike, article_text: str) -> GroundingReport:
    return Grounder(article_text).check(brief)


def enforce_grounding(brief: Brief, article_text: str) -> Brief:
    """Return a copy of the brief that presents nothing ungrounded as true.

    Spans are recomputed from the article (never trusted from an engine). Ungrounded
    items are dropped and each drop is named in `meta.warnings`; a quote whose speaker
    the article never mentions is kept, re-attributed to "unattributed", with a warning.
    """
    report = check_grounding(brief, article_text)
    warnings = list(brief.meta.warnings)
    kept: dict[str, list] = {"actor": [], "quote": [], "figure": []}
    items: dict[ItemField, Sequence[Actor | Quote | Figure]] = {
        "actor": brief.actors,
        "quote": brief.quotes,
        "figure": brief.figures,
    }
    for verdict in report.verdicts:
        item = items[verdict.field][verdict.index]
        if not verdict.grounded:
            warnings.append(
                _warning(
                    WarningCode.UNGROUNDED_DROPPED, verdict, f"dropped ungrounded {verdict.reason}"
                )
            )
            continue
        update: dict = {"span": verdict.span}
        if verdict.field == "actor" and verdict.ignored_aliases:
            update["aliases"] = list(verdict.aliases)
            message = (
                f'actor {verdict.index + 1} "{_short(verdict.label)}": ignored aliases '
                + ", ".join(repr(a) for a in verdict.ignored_aliases)
                + " (not other spellings of the name found in the article)"
            )
            warnings.append(_warning(WarningCode.ALIASES_IGNORED, verdict, message))
        if verdict.field == "quote" and not verdict.speaker_grounded:
            warnings.append(
                _warning(
                    WarningCode.SPEAKER_UNATTRIBUTED, verdict, f"re-attributed: {verdict.reason}"
                )
            )
            update["speaker"] = UNATTRIBUTED
        kept[verdict.field].append(item.model_copy(update=update))
    meta = brief.meta.model_copy(update={"warnings": warnings})
    return brief.model_copy(
        update={
            "actors": kept["actor"],
            "quotes": kept["quote"],
            "figures": kept["figure"],
            "meta": meta,
        }
    )


# The brief field that holds each kind of item.
BRIEF_FIELDS: dict[ItemField, BriefField] = {
    "actor": "actors",
    "quote": "quotes",
    "figure": "figures",
}


def _warning(code: WarningCode, verdict: Verdict, message: str) -> BriefWarning:
    return BriefWarning(
        code=code, field=BRIEF_FIELDS[verdict.field], item=verdict.index + 1, message=message
    )


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
