"""The one grounding check. Pure: given brief items and the cleaned article text, say
for each item whether the article supports it, and where.

- A quote must be verbatim, tolerating only quote-mark style, whitespace and ellipses,
  and the article must present those words as quoted speech: inside quote marks, outside
  any passage addressed to a language model (briefsmith.core.injection). Its speaker must be the
  one the article's own attribution gives (the linguistic layer, briefsmith.core.analysis,
  read here, never re-run), or one of the names that attribution allows (a "he said"
  whose antecedent is open); a different one is replaced by the article's speaker, or
  "unattributed". A name standing near a quotation is not its attribution: words put to
  someone, denied, falsely claimed, or written on a sign are nobody's quote.
- A figure's number must appear (70,000 = 70000 = "70 000" = "seventy thousand").
- An actor must be mentioned by name or by one of its aliases.
- The situation and outlook, when a model wrote them in its own words, may state no
  number the article does not have; otherwise the article's own lead (or its own
  sentences about what comes next) stand in.

The LLM engine (validators and re-asks), the pipeline (final enforcement for every
engine), the API and the eval metrics all call this module; nothing else decides
whether an item is grounded.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal, Protocol

from briefsmith.core.analysis import Analysis
from briefsmith.core.extraction.quotes import NOBODYS_SPEECH, FoundQuote
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.core.injection import Instruction, find_instructions, instruction_warning
from briefsmith.core.lexicon import DOUBLE_QUOTE_MARKS, SINGLE_QUOTE_MARKS
from briefsmith.core.names import NameParts, same_person
from briefsmith.core.numbers import (
    NumberMention,
    find_numbers,
    mention_matches,
    minutes_and_seconds,
    same_number,
    spoken_value,
)
from briefsmith.core.schema import (
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
ELLIPSIS = "..."
SpanScore = Callable[[Span], float]
# How far apart the pieces of an elided quote ("A ... B") may lie in the article.
MAX_ELISION_GAP = 400
# Occurrences of one item's words compared when choosing the one it came from.
MAX_OCCURRENCES = 64
# Characters around a number read to match a figure's `measures` to one occurrence.
_CONTEXT_BEFORE, _CONTEXT_AFTER = 60, 120
# Where a figure's own sentence ends: a sentence stop or a line break (a new paragraph).
_FIGURE_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s|\n")
_CONTEXT_WORD = re.compile(r"[^\W\d_]{3,}")
_CONTEXT_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "were",
        "was",
        "are",
        "has",
        "have",
        "had",
        "its",
        "their",
        "his",
        "her",
        "than",
        "into",
        "over",
        "about",
        "some",
        "more",
        "other",
        "which",
        "who",
    ]
)

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


# One token of the text for `normalize`: a run of ordinary characters, a run of
# whitespace, or one quote mark or ellipsis. Reading runs, not characters, keeps a
# megabyte article to a few hundred thousand steps.
_NORMALIZE_TOKEN = re.compile(
    "(?P<plain>[^\\s"
    + re.escape("".join(sorted(DOUBLE_QUOTE_MARKS | SINGLE_QUOTE_MARKS)))
    + "…]+)|(?P<space>\\s+)|(?P<mark>.)",
    re.DOTALL,
)


def normalize(text: str, *, casefold: bool = False) -> NormalizedText:
    pieces: list[str] = []
    origin: list[int] = []
    last = ""  # the last character appended
    # The article is NFC already (cleaning); origin offsets must index it unchanged.
    for token in _NORMALIZE_TOKEN.finditer(text):
        index = token.start()
        kind = token.lastgroup
        if kind == "plain":
            run = token.group()
            folded = run.casefold() if casefold else run
            if len(folded) == len(run):
                pieces.append(folded)
                origin.extend(range(index, token.end()))
            else:  # a character that folds to several ("ß" -> "ss") keeps one origin
                for offset, char in enumerate(run):
                    pieces.append(char.casefold())
                    origin.append(index + offset)
            last = folded[-1]
        elif kind == "space":
            if last and last != " ":
                pieces.append(" ")
                origin.append(index)
                last = " "
        else:
            char = token.group()
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
                pieces.append("'")
                origin.append(index)
                last = "'"
                continue
            # The ellipsis character, spelled out.
            pieces.append(ELLIPSIS)
            origin.extend([index] * len(ELLIPSIS))
            last = "."
    normalized = "".join(pieces)
    # Drop the edge spaces so "a " and "a" compare equal.
    if normalized.endswith(" "):
        normalized = normalized[:-1]
        origin.pop()
    if normalized.startswith(" "):
        normalized = normalized[1:]
        origin.pop(0)
    return NormalizedText(normalized, tuple(origin), len(text))


def _flat_quote(quote: str) -> str:
    return normalize(unicodedata.normalize("NFC", quote)).text


def quote_pieces(quote: str) -> list[str]:
    """A quote split at its ellipses, each piece normalized; empty pieces dropped."""
    flat = _flat_quote(quote)
    return [piece.strip(" ,;:") for piece in flat.split(ELLIPSIS) if piece.strip(" ,;:.")]


def _occurrences(text: str, wanted: str) -> Iterable[int]:
    """Where `wanted` starts in `text`, at most MAX_OCCURRENCES of them (bounded work per
    item however often an article repeats itself)."""
    position = text.find(wanted)
    for _ in range(MAX_OCCURRENCES):
        if position < 0:
            return
        yield position
        position = text.find(wanted, position + 1)


def _pick(spans: Sequence[Span], hint: int | None, score: SpanScore | None) -> Span:
    """The occurrence an item came from: the one its context scores highest (when any
    scores above zero), then the one nearest the engine's own offset for it, then the
    first."""
    scores = [score(span) if score is not None else 0.0 for span in spans]
    top = max(scores)
    pool = [span for span, value in zip(spans, scores, strict=True) if value == top]
    if hint is None:
        return pool[0]
    return min(pool, key=lambda span: (abs(span.start - hint), span.start))


def locate_quote(
    quote: str,
    article: NormalizedText,
    *,
    hint: int | None = None,
    score: SpanScore | None = None,
) -> Span | None:
    """Where the quote sits in the article, or None if it is not verbatim there.

    When the words occur more than once, `score` (e.g. 1 where the article credits the
    claimed speaker) and then `hint` (an engine's own offset for the quote, a hint only: the
    characters are always checked here) choose the occurrence."""
    flat = _flat_quote(quote).strip(" ,;:")
    if not flat:
        return None
    # A final period where the article has a comma ("dangerous." for "dangerous,") is
    # punctuation around the quote, not a change of its words.
    for candidate in dict.fromkeys([flat, flat.rstrip(" .")]):
        if not candidate:
            continue
        spans = [
            article.span(position, position + len(candidate))
            for position in _occurrences(article.text, candidate)
        ]
        if spans:
            return _pick(spans, hint, score)
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


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def _context_words(text: str) -> set[str]:
    return {w for w in _CONTEXT_WORD.findall(text.casefold()) if w not in _CONTEXT_STOP}


def _context_score(article: str, context: str) -> SpanScore | None:
    """How many words of `context` (a figure's `measures`) stand around an occurrence:
    "three heating and aid shelters" is not the "three" of "three sides"."""
    wanted = _context_words(context)
    if not wanted:
        return None

    def score(span: Span) -> float:
        # The number's own sentence, within a bounded window either side.
        before = article[max(0, span.start - _CONTEXT_BEFORE) : span.start]
        after = article[span.end : span.end + _CONTEXT_AFTER]
        before = _FIGURE_SENTENCE_END.split(before)[-1]
        after = _FIGURE_SENTENCE_END.split(after, maxsplit=1)[0]
        return float(len(wanted & _context_words(before + " " + after)))

    return score


def locate_figure(
    text_as_written: str,
    value: float,
    value_max: float | None,
    article: str,
    mentions: Sequence[NumberMention] | None = None,
    *,
    hint: int | None = None,
    context: str = "",
) -> Span | None:
    """Where the figure's number is written. Prefers the figure's own wording.

    `mentions` are the article's numbers (`find_numbers(article)`), passed in when many
    figures are checked against one article so that it is read once. When the number is
    written more than once, the occurrence whose surroundings match `context` (what the
    figure measures) wins, then the one nearest `hint` (an engine's own offset, a hint
    only), then the first.
    """
    mentions = find_numbers(article) if mentions is None else mentions
    written = text_as_written.strip()
    elapsed = spoken_value(written) if value_max is None else None
    if elapsed is None and value_max is None:
        # "won the 10k in 34:51": the figure's value says whether a bare clock is a length.
        elapsed = minutes_and_seconds(written)
    if elapsed is not None and same_number(elapsed, value):
        # "2:14:38", "41 minutes and 18 seconds", "nine in 10": read from its own wording.
        own = [Span(start=p, end=p + len(written)) for p in _occurrences(article, written)]
        if own:
            return _pick(own, hint, _context_score(article, context))
    wanted = [value] if value_max is None else [value, value_max]
    for number in wanted:
        if not any(mention_matches(m, number) for m in mentions):
            if value_max is None or number != value:
                return None
            # "£3-4bn", "€2-3 billion": the low end shares the high end's scale word.
            shared = _shared_scale_spans(mentions, value, value_max)
            return _pick(shared, hint, _context_score(article, context)) if shared else None
    spans: list[Span] = []
    if written:
        starts = [m.start for m in mentions]
        for position in _occurrences(article, written):
            limit = position + len(written)
            index = bisect_left(starts, position)
            while index < len(mentions) and mentions[index].start < limit:
                mention = mentions[index]
                if mention.end <= limit and mention_matches(mention, value):
                    spans.append(Span(start=position, end=limit))
                    break
                index += 1
    if not spans:
        spans = _number_spans(mentions, value, value_max)
    return _pick(spans, hint, _context_score(article, context))


def _shared_scale_spans(
    mentions: Sequence[NumberMention], value: float, value_max: float
) -> list[Span]:
    """Spans of a range whose low end is written bare and whose high end carries the
    scale word for both ("£3-4bn" is 3bn to 4bn, "Rs 5 to 7 crore"), read off the
    mentions as written: a bare number, then within a few characters the high end, whose
    scale times the bare number is the low end."""
    spans: list[Span] = []
    for index, mention in enumerate(mentions):
        if len(spans) >= MAX_OCCURRENCES:
            break
        if mention.value != mention.base or mention.percent:
            continue
        upper = next(
            (
                m
                for m in mentions[index + 1 : index + 2]
                if m.start - mention.end <= 4 and m.base and mention_matches(m, value_max)
            ),
            None,
        )
        if upper is not None and same_number(mention.base * upper.value / upper.base, value):
            spans.append(Span(start=mention.start, end=upper.end))
    return spans


def _number_spans(
    mentions: Sequence[NumberMention], value: float, value_max: float | None
) -> list[Span]:
    """Spans of the mentions of `value` (with `value_max` close after it, for a range)."""
    spans: list[Span] = []
    for index, mention in enumerate(mentions):
        if len(spans) >= MAX_OCCURRENCES:
            break
        if not mention_matches(mention, value):
            continue
        end = mention.end
        if value_max is not None:
            upper = next(
                (
                    m
                    for m in mentions[index + 1 : index + 3]
                    if mention_matches(m, value_max) and m.start - mention.end <= 12
                ),
                None,
            )
            if upper is not None:
                end = upper.end
        spans.append(Span(start=mention.start, end=end))
    return spans


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
    # Quotes only: does the named speaker stand (mentioned in the article, and the one
    # the article's attribution gives)? If not, `article_speaker` replaces it.
    speaker_grounded: bool = True
    article_speaker: str = UNATTRIBUTED
    # Quotes only: verbatim, but not presented by the article as quoted speech (or inside
    # a passage addressed to a model). Not re-asked, unlike `reason`: a model that
    # obeyed an injected instruction is not argued with; the item is dropped.
    speech_problem: str | None = None
    # Actors only: aliases that are another spelling of the name and appear in the text.
    aliases: tuple[str, ...] = ()
    ignored_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroundingReport:
    verdicts: tuple[Verdict, ...] = field(default_factory=tuple)
    # Passages of the article addressed to a language model (briefsmith.core.injection).
    instructions: tuple[Instruction, ...] = ()
    # The article, normalized (quote parts are placed in it).
    normalized: NormalizedText | None = None

    def of(self, item_field: ItemField) -> list[Verdict]:
        return [v for v in self.verdicts if v.field == item_field]

    @property
    def ungrounded(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.grounded]

    @property
    def problems(self) -> list[str]:
        """Every reason an item failed, worded for a person."""
        return [p for v in self.verdicts for p in (v.reason, v.speech_problem) if p]

    @property
    def reask_problems(self) -> list[str]:
        """The problems a re-ask prompt names: what the model can fix by copying."""
        return [v.reason for v in self.verdicts if v.reason]

    @property
    def ok(self) -> bool:
        return not self.problems

    def unsupported_rate(self, item_field: ItemField) -> float | None:
        verdicts = self.of(item_field)
        if not verdicts:
            return None
        return sum(not v.grounded for v in verdicts) / len(verdicts)


# Quotations the article does not present as anyone's speech.
# A quote resumed after its attribution may be this long at most (characters).
MAX_RESUMED_QUOTE = 600
_RESUMED_CLOSER = re.compile(r"(?<=[.!?,])[”»]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s+")


class QuotedSpeech:
    """Where one article presents words as quoted speech, and whom it credits them to.

    Built once per article from its analysis (briefsmith.core.analysis): every quoted
    passage, however short, each part of a quote on its own, with the speaker the
    linguistic layer gives it, and the article's normalized text with everything outside
    those passages masked, so a quote is looked up among quoted speech only (one `find`
    per quote, never a rescan per passage)."""

    _MASK = "\x00"

    def __init__(self, analysis: Analysis, instructions: Sequence[Instruction]):
        text = analysis.text
        records = analysis.actors
        self._kinds: dict[int, str] = {}
        pieces_of: list[FoundQuote] = []
        for quote in analysis.passages:
            for start, end in quote.all_parts():
                pieces_of.append(
                    replace(quote, start=start, end=end, open_at=start - 1, close_at=end)
                )
        # A quote's parts carry the attribution of the whole quote.
        joined = {part: quote for quote in analysis.quotes for part in quote.all_parts()}
        self.quotations: list[FoundQuote] = sorted(
            (
                replace(
                    piece,
                    speaker=joined[(piece.start, piece.end)].speaker,
                    candidates=joined[(piece.start, piece.end)].candidates,
                )
                if (piece.start, piece.end) in joined
                else piece
                for piece in pieces_of
            ),
            key=lambda q: q.open_at,
        )
        self._opens = [quote.open_at for quote in self.quotations]
        self._closes = {quote.close_at for quote in self.quotations}
        resumed = list(self._resumed_quotes(text))
        if resumed:
            self.quotations = sorted([*self.quotations, *resumed], key=lambda q: q.open_at)
            self._opens = [quote.open_at for quote in self.quotations]
        self._names = {record.name: (record.kind, record.all_names()) for record in records}
        pieces: list[str] = []
        kept_until = 0
        for quote in self.quotations:
            if quote.open_at + 1 < kept_until:
                continue
            pieces.append(self._MASK * (quote.open_at + 1 - kept_until))
            pieces.append(text[quote.open_at + 1 : quote.close_at])
            kept_until = quote.close_at
        pieces.append(self._MASK * (len(text) - kept_until))
        masked = "".join(pieces)
        # Quoted words inside a passage addressed to a model are not the article's
        # reporting: masked too, so a quote is found in the article's own quotation
        # even when an injected copy of it comes first.
        if instructions:
            # One pass over the passages (sorted, as find_instructions gives them), never
            # a copy of the whole text per passage.
            spliced: list[str] = []
            kept_until = 0
            for passage in sorted(instructions, key=lambda p: p.start):
                start = max(passage.start, kept_until)
                if passage.end <= start:
                    continue
                spliced.append(masked[kept_until:start])
                spliced.append(self._MASK * (passage.end - start))
                kept_until = passage.end
            spliced.append(masked[kept_until:])
            masked = "".join(spliced)
        self.inside = normalize(masked)
        self._text = text
        self._instructions = list(instructions)
        self._instruction_starts = [passage.start for passage in self._instructions]

    def _resumed_quotes(self, text: str) -> Iterable[FoundQuote]:
        """A quote resumed after its attribution without reopening ("“A,” she said. B.”"):
        a closing mark no quotation used closes a passage that runs back to the start of
        its sentence, credited like the quotation before it in the paragraph. The look
        back is bounded, so a text of stray closing marks stays linear."""
        for match in _RESUMED_CLOSER.finditer(text):
            close_at = match.start()
            before = self.quotation_at(close_at)
            if before is not None or close_at in self._closes:
                continue
            floor = max(0, close_at - MAX_RESUMED_QUOTE)
            index = bisect_right(self._opens, close_at) - 1
            previous = self.quotations[index] if index >= 0 else None
            if previous is not None:
                floor = max(floor, previous.close_at + 1)
            floor = text.rfind("\n", floor, close_at) + 1 or floor
            start = floor
            for stop in _SENTENCE_END.finditer(text, floor, close_at):
                start = stop.end()
            words = text[start:close_at].strip()
            if not words or not words[0].isalnum():
                continue
            same_paragraph = previous is not None and "\n" not in text[previous.close_at : start]
            speaker = previous.speaker if same_paragraph and previous else UNATTRIBUTED
            yield FoundQuote(" ".join(words.split()), start, close_at, start - 1, close_at, speaker)

    def quotation_at(self, position: int) -> FoundQuote | None:
        index = bisect_right(self._opens, position) - 1
        if (
            index >= 0
            and self.quotations[index].open_at < position <= self.quotations[index].close_at
        ):
            return self.quotations[index]
        return None

    def in_instruction(self, span: Span) -> bool:
        index = bisect_right(self._instruction_starts, span.end - 1) - 1
        return index >= 0 and self._instructions[index].end > span.start

    def allows(self, claimed: str, allowed: str) -> bool:
        """Does a name the attribution allows (an actor, or the article's own words
        for an unnamed speaker, "the military escort") admit `claimed`? An actor by
        any spelling; the article's words only when the claim says all of them."""
        if allowed in self._names:
            return self.same_speaker(claimed, allowed)
        wanted = set(_words_of(allowed)) - {"the", "a", "an"}
        return bool(wanted) and wanted <= set(_words_of(claimed))

    def same_speaker(self, claimed: str, article_speaker: str) -> bool:
        """Is `claimed` a way of naming the speaker the article credits (full name,
        surname, title and surname, another spelling)?"""
        if article_speaker == UNATTRIBUTED:
            return False
        kind, names = self._names.get(article_speaker, ("person", [article_speaker]))
        if same_person(claimed, article_speaker, kind):
            return True
        # A shorter alias cannot vouch for a fuller claim: the article's "Smith" (John
        # Smith's surname) does not make "Jane Smith" him.
        words = len(NameParts.of(claimed, kind).words)
        return any(
            same_person(claimed, name, kind)
            for name in names
            if len(NameParts.of(name, kind).words) >= words
        )


class Grounder:
    """Checks items against one article; normalizes the article once, and indexes its
    quoted speech once, on the first quote checked."""

    def __init__(self, article_text: str, analysis: Analysis):
        if analysis.text != article_text:
            raise ValueError("the analysis is of another text than the article grounded")
        self.article = article_text
        self.analysis = analysis
        self._exact = normalize(article_text)
        folded = self._exact.text.casefold()
        # Case folding that keeps every character one character long keeps every offset:
        # reuse the exact text's origins instead of normalizing the article twice.
        self._folded = (
            NormalizedText(folded, self._exact.origin, len(article_text))
            if len(folded) == len(self._exact.text)
            else normalize(article_text, casefold=True)
        )
        self._mention_cache: dict[str, tuple[int, int] | None] = {}

    @cached_property
    def _numbers(self) -> list[NumberMention]:
        return find_numbers(self.article)

    def invented_numbers(self, prose: str) -> list[str]:
        """The numbers `prose` (a situation or outlook in a model's words) states that the
        article does not (invented_numbers below)."""
        return invented_numbers(prose, self._numbers)

    @cached_property
    def instructions(self) -> list[Instruction]:
        return find_instructions(self.article)

    @cached_property
    def speech(self) -> QuotedSpeech:
        return QuotedSpeech(self.analysis, self.instructions)

    def quote(self, index: int, quote: _QuoteLike) -> Verdict:
        label = quote.text.strip()
        speaker = (quote.speaker or UNATTRIBUTED).strip()
        named = speaker.lower() != UNATTRIBUTED
        mentioned = not named or self.actor_span([speaker]) is not None
        number = f'quote {index + 1} "{_short(label)}"'
        verbatim = locate_quote(quote.text, self._exact)
        if verbatim is None:
            missing = f"{number} is not verbatim in the article"
            return Verdict("quote", index, label, False, None, missing, mentioned)
        reason: str | None = None
        if not mentioned:
            reason = (
                f'quote {index + 1} is attributed to "{speaker}", who is not mentioned in the '
                f'article; name someone the article names, or use "{UNATTRIBUTED}"'
            )
        span = locate_quote(
            quote.text,
            self.speech.inside,
            hint=_hint(quote),
            score=self._credited_to(speaker) if named else None,
        )
        speech_problem = None
        if span is None and not self.speech.in_instruction(verbatim):
            speech_problem = (
                f"{number} is in the article, but not as quoted speech (not inside quote marks)"
            )
        elif span is None:
            speech_problem = (
                f"{number} sits in a passage addressed to a language model (possible prompt "
                "injection), not in the article's reporting"
            )
        if speech_problem is not None:
            return Verdict(
                "quote", index, label, False, None, reason, mentioned, speech_problem=speech_problem
            )
        assert span is not None
        quotation = self.speech.quotation_at(span.start)
        credited = quotation.speaker if quotation is not None else UNATTRIBUTED
        # Only the article's own attribution credits a speaker (or, when it leaves one
        # open, a name it allows); a name standing near the quotation does not.
        allowed = quotation.candidates if quotation is not None else ()
        stands = mentioned and (
            not named
            or self.speech.same_speaker(speaker, credited)
            or (
                credited == UNATTRIBUTED
                and quotation is not None
                and quotation.kind not in NOBODYS_SPEECH
                and any(self.speech.allows(speaker, name) for name in allowed)
            )
        )
        return Verdict("quote", index, label, True, span, reason, stands, credited)

    def _credited_to(self, speaker: str) -> SpanScore:
        """1 for an occurrence of quoted speech the article credits to `speaker`."""

        def score(span: Span) -> float:
            quotation = self.speech.quotation_at(span.start)
            credited = quotation.speaker if quotation is not None else UNATTRIBUTED
            return float(self.speech.same_speaker(speaker, credited))

        return score

    def figure(self, index: int, figure: _FigureLike) -> Verdict:
        value_max = getattr(figure, "value_max", None)
        span = locate_figure(
            figure.text,
            figure.value,
            value_max,
            self.article,
            self._numbers,
            hint=_hint(figure),
            context=getattr(figure, "measures", "") or "",
        )
        reason = None
        if span is None:
            shown = f"{figure.value:g}" + (f" to {value_max:g}" if value_max is not None else "")
            reason = (
                f'figure {index + 1} "{_short(figure.text)}": the number {shown} does not '
                "appear in the article"
            )
        return Verdict("figure", index, figure.text, span is not None, span, reason)

    @cached_property
    def _word_positions(self) -> dict[str, list[int]]:
        """Where each word of the folded article starts, found in one pass."""
        positions: dict[str, list[int]] = {}
        for word in _WORD_RUN.finditer(self._folded.text):
            positions.setdefault(word.group(), []).append(word.start())
        return positions

    def _first_mention(self, name: str) -> tuple[int, int] | None:
        """Like `locate_name` for one name, through the word index: only the places
        where the name's first word stands are compared, not the whole article."""
        if name not in self._mention_cache:
            wanted = normalize(name, casefold=True).text
            first = _WORD_RUN.match(wanted)
            found: tuple[int, int] | None = None
            if not first:
                match = _word_pattern(name).search(self._folded.text)
                found = (match.start(), match.end()) if match else None
            else:
                text = self._folded.text
                for position in self._word_positions.get(first.group(), ()):
                    end = position + len(wanted)
                    if text.startswith(wanted, position) and not _WORD_CHAR.match(text, end):
                        found = (position, end)
                        break
            self._mention_cache[name] = found
        return self._mention_cache[name]

    def actor_span(self, names: Iterable[str]) -> Span | None:
        """First mention of any of the names (case-insensitive, whole words)."""
        mentions = [self._first_mention(n) for n in names if n and n.strip()]
        found = [m for m in mentions if m is not None]
        # The earliest start; at one start, the name listed first.
        return self._folded.span(*min(found, key=lambda m: m[0])) if found else None

    def actor(self, index: int, actor: _ActorLike) -> Verdict:
        aliases = tuple(
            a
            for a in dict.fromkeys(actor.aliases)
            if a.strip()
            and same_person(a, actor.name, getattr(actor, "kind", "person"))
            and self.actor_span([a]) is not None
        )
        ignored = tuple(a for a in actor.aliases if a not in aliases)
        # The span is where the article names the actor in full; a short alias ("Day")
        # may first occur inside another name ("Boxing Day") before that.
        span = self.actor_span([actor.name]) or self.actor_span(aliases)
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
        return GroundingReport(tuple(verdicts), tuple(self.instructions), self._exact)


def _hint(item: object) -> int | None:
    """An engine's own offset for an item: a hint for choosing among repeated
    occurrences, never trusted as the span (the characters are always checked)."""
    span = getattr(item, "span", None)
    return span.start if isinstance(span, Span) else None


def check_grounding(brief: _BriefLike, article_text: str, analysis: Analysis) -> GroundingReport:
    return Grounder(article_text, analysis).check(brief)


def enforce_grounding(brief: Brief, article_text: str, analysis: Analysis) -> Brief:
    """Return a copy of the brief that presents nothing ungrounded as true.

    Spans are recomputed from the article (never trusted from an engine). Ungrounded
    items are dropped and each drop is named in `meta.warnings`; a quote credited to
    someone else than the article credits (a name the article never mentions included)
    is kept, given the article's own speaker ("unattributed" when the article names
    none), with a warning.
    """
    grounder = Grounder(article_text, analysis)
    report = grounder.check(brief)
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
            message = f"dropped ungrounded {verdict.speech_problem or verdict.reason}"
            warnings.append(_warning(WarningCode.UNGROUNDED_DROPPED, verdict, message))
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
            # Not in the article at all: unattributed; credited to someone else there: theirs.
            code = (
                WarningCode.SPEAKER_UNATTRIBUTED
                if verdict.reason is not None
                else WarningCode.SPEAKER_REATTRIBUTED
            )
            assert isinstance(item, Quote)
            message = _reattribution_warning(verdict, item.speaker)
            warnings.append(_warning(code, verdict, message))
            update["speaker"] = verdict.article_speaker
        if verdict.field == "quote" and verdict.span is not None:
            assert isinstance(item, Quote)
            update["parts"] = _part_spans(item.text, verdict.span, report.normalized)
        kept[verdict.field].append(item.model_copy(update=update))
    if report.instructions:
        warnings.append(
            BriefWarning(
                code=WarningCode.INSTRUCTION_LIKE_TEXT,
                message=instruction_warning(list(report.instructions), article_text),
            )
        )
    prose = _grounded_prose(brief, grounder, warnings)
    meta = brief.meta.model_copy(update={"warnings": warnings})
    return brief.model_copy(
        update={
            "actors": kept["actor"],
            "quotes": kept["quote"],
            "figures": kept["figure"],
            **prose,
            "meta": meta,
        }
    )


# The brief's fields a model may write in its own words.
_PROSE_FIELDS: tuple[BriefField, ...] = ("situation", "outlook")


def _grounded_prose(brief: Brief, grounder: Grounder, warnings: list[BriefWarning]) -> dict:
    """The situation and outlook to show: the brief's own when every number they state is
    the article's; otherwise the article's own lead, and its own sentences about what
    comes next (what the extractive engine shows), with a warning. Sentences taken from
    the article are never replaced: their numbers are the article's by construction."""
    invented = {
        name: found
        for name in _PROSE_FIELDS
        if (found := grounder.invented_numbers(getattr(brief, name)))
    }
    if not invented:
        return {}
    text, analysis = grounder.article, grounder.analysis
    split = analysis.sentences.sentences
    lead_text, lead = situation(text, split)
    update: dict = {}
    if "situation" in invented:
        update |= {"situation": lead_text, "situation_sources": []}
    if "outlook" in invented:
        quoted = [(p.open_at, p.close_at + 1) for p in analysis.passages]
        update |= {
            "outlook": outlook(text, lead, split, quoted, analysis),
            "outlook_sources": [],
        }
    for name, numbers in invented.items():
        stated = ", ".join(repr(n) for n in numbers[:5])
        warnings.append(
            BriefWarning(
                code=WarningCode.PROSE_REPLACED,
                field=name,
                message=(
                    f"the {name} stated {stated}, which the article does not have; "
                    + (
                        "the article's own lead stands in"
                        if name == "situation"
                        else "the article's own sentences about what comes next stand in"
                    )
                ),
            )
        )
    return update


def invented_numbers(prose: str, source_numbers: Iterable[NumberMention]) -> list[str]:
    """The numbers `prose` (a summary in a model's words) states that none of
    `source_numbers` (the article's, or a story's articles') has: "£4million" when the
    articles have no 4 million, "2019" when they name no such year. The same number in
    another form ("£86k" for "£86,000", "$1.2bn") is theirs. A spelled "one" is a pronoun
    as often as a count ("one of the clubs"), so it is not held against the prose."""
    known = {_number_key(v) for mention in source_numbers for v in (mention.value, mention.base)}
    return [
        mention.text
        for mention in find_numbers(prose)
        if not (mention.spelled and mention.value <= 1)
        and not {_number_key(mention.value), _number_key(mention.base)} & known
    ]


def _number_key(value: float) -> str:
    # Nine significant digits: 1.2e9 written as "$1.2bn" or "1,200,000,000" is one key.
    return f"{value:.9g}"


# How the parts of one quote are joined in its text (an ellipsis between spaces).
_PART_JOINER = re.compile(r"\s(?:…|\.\.\.)\s")


def _part_spans(text: str, span: Span, article: NormalizedText | None) -> list[Span]:
    """The span of each part of a quote in several parts (pieces joined by an
    ellipsis), each found verbatim inside the quote's span; [] for a quote in one piece
    (or when a piece cannot be placed, so a part is never invented)."""
    if article is None or not _PART_JOINER.search(text):
        return []
    pieces = quote_pieces(text)
    if len(pieces) < 2:
        return []
    parts: list[Span] = []
    for piece in pieces:
        located = locate_quote(piece, article, hint=parts[-1].end if parts else span.start)
        if located is None or located.start < span.start or located.end > span.end:
            return []
        parts.append(located)
    return parts


def _words_of(name: str) -> list[str]:
    return re.findall(r"[^\W_]+", name.casefold())


def _reattribution_warning(verdict: Verdict, claimed: str) -> str:
    credited = (
        f'the article credits "{verdict.article_speaker}"'
        if verdict.article_speaker != UNATTRIBUTED
        else "the article does not say who said it"
    )
    if verdict.reason is not None:  # the speaker is not in the article at all
        return (
            f're-attributed: quote {verdict.index + 1} "{_short(verdict.label)}" was '
            f'credited to "{claimed}", who is not mentioned in the article; {credited}'
        )
    return (
        f're-attributed: quote {verdict.index + 1} "{_short(verdict.label)}" was credited '
        f'to "{claimed}", but {credited}'
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
