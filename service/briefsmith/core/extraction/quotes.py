"""Direct quotes and who said them. Pure.

Quotes are found in all four styles (“…”, «…», ‘…’, "…"), including a quote that runs
over several paragraphs (each continued paragraph reopens with the same mark). Speakers
come from "X said", "said X", "according to X", "X told …", from a speech verb before
the quote ("Peskov said on Tuesday that …“…”"), from pronouns and surnames ("he said",
"Mr. Puryshev") resolved against the people already found, and from the quote before it
when a quote simply carries on. Anything else is "unattributed", not guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass

from briefsmith.core.extraction.actors import ActorRecord
from briefsmith.core.lexicon import (
    ANY_INSTITUTION,
    INSTITUTION_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.core.segments import SentenceIndex

_CLOSERS = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“", "'": "'"}
_ANY_OPENER = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
# Typesetting slips seen in real copy: ‘…” and “…’.
_ALTERNATE_CLOSERS = {"‘": "”", "“": "’"}
# Single marks also serve as apostrophes; these words begin with one ("'em", "'til").
_APOSTROPHES = frozenset("'’‘")
_ELIDED_WORD = re.compile(r"(?:em|til|cause|tis|twas|n|n'|s)\b", re.IGNORECASE)
_MIN_WORDS = 3  # shorter quoted fragments are scare quotes ("mercenaries")
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH}|according to)\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(he|she|they)\b", re.IGNORECASE)
# "The commander of a unit said ..." brings in someone unnamed: a pronoun after it
# refers to them, not to anyone named earlier.
_UNNAMED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(
        sorted(
            ROLE_NOUNS | {"employee", "representative", "escort", "resident"}, key=len, reverse=True
        )
    )
    + r")\b"
)


@dataclass(frozen=True)
class FoundQuote:
    text: str  # the words, without the marks; paragraph joins collapsed to a space
    start: int  # span of the words in the article
    end: int
    open_at: int
    close_at: int
    speaker: str = UNATTRIBUTED


def _is_opening(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else "\n"
    after = text[index + 1] if index + 1 < len(text) else ""
    if not ((before.isspace() or before in "([—–-/") and after != "" and not after.isspace()):
        return False
    if text[index] in _APOSTROPHES:
        # A word that starts with an elision is not a quotation: "'90s", "'em", "'n'".
        return not (after.isdigit() or _ELIDED_WORD.match(text, index + 1))
    return True


def _is_closing(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    # An apostrophe inside a word ("they’ve") is not a closing mark.
    if before.isspace() or after.isalnum():
        return False
    # A plural possessive ("the Smiths' house", "the players’ union") before a word.
    return not (
        text[index] in _APOSTROPHES
        and before in "sS"
        and after == " "
        and text[index + 2 : index + 3].isalpha()
    )


def _find_close(
    text: str, opener: str, start: int, failed_until: dict[str, int]
) -> tuple[int, list[int]] | None:
    """Index of the closing mark, and the positions of continuation openers skipped.

    A scan that finds no closer fails at the same place from any later start inside
    it, so `failed_until` remembers where each opener's last failed scan ended and
    later openers of that kind before it fail at once: every character is scanned a
    bounded number of times, however many unclosed marks there are.
    """
    if start < failed_until.get(opener, -1):
        return None
    closers = {_CLOSERS[opener], _ALTERNATE_CLOSERS.get(opener, _CLOSERS[opener])}
    continuations: list[int] = []
    index = start
    while index < len(text):
        char = text[index]
        if char in closers and _is_closing(text, index):
            return index, continuations
        if char == "\n":
            following = index
            while following < len(text) and text[following].isspace():
                following += 1
            if following < len(text) and text[following] == opener:
                continuations.append(following)
                index = following + 1
                continue
            failed_until[opener] = index
            return None
        index += 1
    failed_until[opener] = index
    return None


def find_quotes(text: str, *, min_words: int = _MIN_WORDS) -> list[FoundQuote]:
    """Quoted passages of at least `min_words` words (fewer are taken for scare quotes;
    the grounding check asks for every quoted passage with min_words=1)."""
    quotes: list[FoundQuote] = []
    failed_until: dict[str, int] = {}
    index = 0
    while index < len(text):
        # Jump to the next quote mark rather than stepping through every character.
        mark = _ANY_OPENER.search(text, index)
        if mark is None:
            break
        index = mark.start()
        char = text[index]
        if _is_opening(text, index):
            found = _find_close(text, char, index + 1, failed_until)
            if found:
                close_at, continuations = found
                # The words between the marks, without the continuation openers.
                pieces, piece_start = [], index + 1
                for reopened in continuations:
                    pieces.append(text[piece_start:reopened])
                    piece_start = reopened + 1
                pieces.append(text[piece_start:close_at])
                words = "".join(pieces)
                # A trailing comma belongs to the sentence around the quote, not the quote.
                trimmed = len(words) - len(words.rstrip(" ,;:"))
                words = words[: len(words) - trimmed]
                flat = " ".join(words.split())
                if len(flat.split()) >= min_words:
                    quotes.append(FoundQuote(flat, index + 1, close_at - trimmed, index, close_at))
                index = close_at + 1
                continue
        index += 1
    return quotes


# An attribution sits beside its quote: at most this much text on either side is read,
# so attributing one quote costs the same however long its paragraph is.
_MAX_CLAUSE_CHARS = 300
_OPENING_MARK = re.compile(r"[“«‘\"]")
_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_SAID_BEFORE = re.compile(r"(?:said|according to)\s+(?:the\s+)?$")
_SAID_BEFORE_CHARS = 40
# An institution speaking without its name: "the ministry said", "said the club", "It
# said", "the statement said", "according to the company".
_INSTITUTION_SPEAKS = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts)\s+(?P<head>[a-z]+)\s+(?:{_SPEECH})\b"
    rf"|\b(?:{_SPEECH}|according\s+to)\s+the\s+(?P<head_after>[a-z]+)\b"
    rf"|(?<![\w’'])(?P<it>[Ii]t)\s+(?:{_SPEECH})\b)"
)
# How far back an institution's name may be to be the one meant.
_INSTITUTION_LOOKBACK_CHARS = 1500
_INSTITUTION_LOOKBACK_MENTIONS = 40


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    rank: int  # the order the names were listed in; the lower wins at one position


class NameMentions:
    """Every whole-word, case-sensitive mention of the names of the actors of `kinds` in
    the text, found in one pass: each name form is keyed by its first word, so the text
    is read once however many names there are. Queries over a range are binary searches.
    Attribution here and the select strategy's speaker candidates both use it."""

    def __init__(self, text: str, actors: list[ActorRecord], kinds: Collection[str]):
        # first word -> form length -> form -> (name, rank); a form is checked with one
        # dictionary lookup per length, so many names sharing a first word cost nothing.
        forms: dict[str, dict[int, dict[str, tuple[str, int]]]] = {}
        rank = 0
        for actor in (a for a in actors if a.kind in kinds):
            for form in sorted(set(actor.all_names()), key=len, reverse=True):
                first = _WORD_RUN.match(form)
                if first:
                    by_length = forms.setdefault(first.group(), {}).setdefault(len(form), {})
                    by_length.setdefault(form, (actor.name, rank))
                    rank += 1
        self.mentions: list[_Mention] = []
        if forms:
            for word in _WORD_RUN.finditer(text):
                start = word.start()
                for length, named in forms.get(word.group(), {}).items():
                    found = named.get(text[start : start + length])
                    if found and not _WORD_CHAR.match(text, start + length):
                        self.mentions.append(_Mention(start, start + length, *found))
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[_Mention]:
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def first_in(self, start: int, end: int) -> tuple[int, str] | None:
        index = bisect_left(self._starts, start)
        while index < len(self.mentions) and self.mentions[index].start < end:
            position = self.mentions[index].start
            here = []
            while index < len(self.mentions) and self.mentions[index].start == position:
                here.append(self.mentions[index])
                index += 1
            fitting = [m for m in here if m.end <= end]
            if fitting:
                best = min(fitting, key=lambda m: m.rank)
                return best.start, best.name
        return None

    def before(self, end: int, start: int, limit: int) -> list[_Mention]:
        """Up to `limit` mentions in text[start:end], the nearest first."""
        index = bisect_left(self._starts, end) - 1
        found: list[_Mention] = []
        while index >= 0 and self.mentions[index].start >= start and len(found) < limit:
            found.append(self.mentions[index])
            index -= 1
        return found

    def last_in(self, start: int, end: int) -> tuple[int, str] | None:
        index = bisect_left(self._starts, end) - 1
        while index >= 0 and self.mentions[index].start >= start:
            position = self.mentions[index].start
            here = []
            while index >= 0 and self.mentions[index].start == position:
                here.append(self.mentions[index])
                index -= 1
            fitting = [m for m in here if m.end <= end]
            if fitting:
                return position, max(m.name for m in fitting)
        return None


class _Positions:
    """Sorted match positions of one pattern over the whole text, found once."""

    def __init__(self, pattern: re.Pattern[str], text: str):
        found = [(m.start(), m.end(), m.group().lower()) for m in pattern.finditer(text)]
        self._starts = [start for start, _, _ in found]
        self._found = found

    def any_in(self, start: int, end: int, word: str | None = None) -> bool:
        index = bisect_left(self._starts, start)
        while index < len(self._found) and self._found[index][0] < end:
            _, match_end, matched = self._found[index]
            if match_end <= end and (word is None or matched == word):
                return True
            index += 1
        return False


class _LineStarts:
    def __init__(self, text: str):
        self._newlines = [m.start() for m in re.finditer("\n", text)]

    def of(self, position: int) -> int:
        """Where the line (paragraph) holding `position` starts."""
        index = bisect_left(self._newlines, position) - 1
        return self._newlines[index] + 1 if index >= 0 else 0


class _AttributedSoFar:
    """Quotes already given a speaker, in article order, searchable by position."""

    def __init__(self) -> None:
        self._positions: list[int] = []
        self._speakers: list[str] = []

    def add(self, quote: FoundQuote) -> None:
        if quote.speaker != UNATTRIBUTED:
            self._positions.append(quote.open_at)
            self._speakers.append(quote.speaker)

    def last_in(self, start: int, end: int) -> tuple[int, str] | None:
        index = bisect_left(self._positions, end) - 1
        if index >= 0 and self._positions[index] >= start:
            return self._positions[index], self._speakers[index]
        return None


def _clause_after(text: str, close_at: int, sentences: SentenceIndex) -> str:
    """From the closing mark to the end of its sentence (or the next quote)."""
    sentence = sentences.containing(close_at)
    end = min(sentence.end if sentence else close_at + 1, close_at + 1 + _MAX_CLAUSE_CHARS)
    next_open = _OPENING_MARK.search(text, close_at + 1, end)
    return text[close_at + 1 : next_open.start() if next_open else end]


def _clause_before(text: str, open_at: int, sentences: SentenceIndex) -> str:
    """From the start of the quote's sentence to its opening mark."""
    sentence = sentences.containing(open_at)
    start = max(sentence.start if sentence else open_at, open_at - _MAX_CLAUSE_CHARS)
    return text[start:open_at]


class _Speakers:
    def __init__(self, text: str, actors: list[ActorRecord], sentences: SentenceIndex):
        self.text = text
        self.sentences = sentences
        self.people = NameMentions(text, actors, {"person"})
        self.organizations = NameMentions(text, actors, {"organization"})
        self.lines = _LineStarts(text)
        self.unnamed_people = _Positions(_UNNAMED_PERSON, text)
        self.pronouns = _Positions(_PRONOUN_RE, text)

    def named(self, start: int, end: int) -> tuple[int, str] | None:
        """First person named in text[start:end]; an organization only as the one
        speaking ("the Kremlin said", "according to NATO"), never as the one spoken to."""
        person = self.people.first_in(start, end)
        if person:
            return person
        speaking = [
            mention
            for mention in self.organizations.within(start, end)
            if _SPEECH_RE.match(self.text, mention.end + 1, end)
            or _SAID_BEFORE.search(
                self.text[max(start, mention.start - _SAID_BEFORE_CHARS) : mention.start]
            )
        ]
        if not speaking:
            return None
        best = min(speaking, key=lambda m: (m.rank, m.start))
        return best.start, best.name

    def resolve(self, window: str, window_start: int, earlier: _AttributedSoFar) -> str | None:
        """The speaker named in a window holding a speech verb: a name, or a pronoun."""
        if not _SPEECH_RE.search(window):
            return None
        named = self.named(window_start, window_start + len(window))
        pronoun = _PRONOUN_RE.search(window)
        if named and (not pronoun or named[0] - window_start < pronoun.start()):
            return named[1]
        if pronoun and pronoun.group(1).lower() in PRONOUNS - {"they"}:
            return self.pronoun_referent(
                window_start + pronoun.start(), pronoun.group(1).lower(), earlier
            )
        return self.institution(window, window_start)

    def institution(self, window: str, window_start: int) -> str | None:
        """The organization meant by "the ministry said", "said the club", "It said":
        the nearest organization named before whose name fits the noun ("ministry" ->
        "Ministry of Defence", "company" -> "Apex Holdings"); for "it" or "the
        statement", the nearest organization named before. None when nothing fits."""
        speaks = _INSTITUTION_SPEAKS.search(window)
        if not speaks:
            return None
        head = (speaks.group("head") or speaks.group("head_after") or "it").lower()
        position = window_start + speaks.start()
        nearby = self.organizations.before(
            position,
            max(0, position - _INSTITUTION_LOOKBACK_CHARS),
            _INSTITUTION_LOOKBACK_MENTIONS,
        )
        for mention in nearby:
            if _fits(head, mention.name):
                return mention.name
        return None

    def pronoun_referent(
        self, position: int, pronoun: str, earlier: _AttributedSoFar
    ) -> str | None:
        """Walk back paragraph by paragraph to the person a "he" or "she" stands for.

        A paragraph that names a person, or holds an attributed quote, settles it; one
        that keeps using the same pronoun continues the chain; anything else ends it, and
        the quote stays unattributed rather than guessed.
        """
        ceiling = position
        floor = first_floor = self.lines.of(position)
        for _ in range(4):
            mentions = [
                found
                for found in (
                    self.people.last_in(floor, ceiling),
                    earlier.last_in(floor, ceiling),
                )
                if found
            ]
            if mentions:
                return max(mentions)[1]
            if self.unnamed_people.any_in(floor, ceiling):
                return None
            if floor != first_floor and not self.pronouns.any_in(floor, ceiling, pronoun):
                return None
            if floor == 0:
                return None
            ceiling = floor
            while ceiling > 0 and self.text[ceiling - 1].isspace():
                ceiling -= 1
            floor = self.lines.of(ceiling)
        return None


def _fits(head: str, organization: str) -> bool:
    """Does a common noun ("ministry", "company", "it") fit an organization's name?"""
    if head in ANY_INSTITUTION:
        return True
    words = organization.split()
    if head in INSTITUTION_NOUNS:
        return any(word in INSTITUTION_NOUNS[head] for word in words)
    return any(word.casefold() == head for word in words)


def _carries_on(text: str, previous: FoundQuote, quote: FoundQuote, speakers: _Speakers) -> bool:
    """Does this quote continue the previous one? Same paragraph, or the very next
    paragraph opening with the quote; no one else named in between."""
    between = text[previous.close_at + 1 : quote.open_at]
    pieces = between.split("\n")
    if any(piece.strip() for piece in pieces[1:-1]):
        return False  # a whole paragraph of narrative in between
    if len(pieces) > 1 and pieces[-1].strip():
        return False  # new paragraph, but the quote does not open it
    someone = speakers.named(previous.close_at + 1, quote.open_at)
    return someone is None or someone[1] == previous.speaker


def attribute_speakers(
    text: str,
    quotes: list[FoundQuote],
    actors: list[ActorRecord],
    sentences: SentenceIndex | None = None,
) -> list[FoundQuote]:
    sentences = sentences or SentenceIndex(text)
    speakers = _Speakers(text, actors, sentences)
    earlier = _AttributedSoFar()
    attributed: list[FoundQuote] = []
    for quote in quotes:
        after = _clause_after(text, quote.close_at, sentences)
        # A quote that ends its own sentence ("… to help.”) is followed by a new
        # sentence, not by its attribution; after "?" or "!" only a lower-case
        # continuation ("… them?» she said") attributes it.
        ending = text[quote.open_at + 1 : quote.close_at].rstrip()[-1:]
        if ending == "." or (ending in "?!" and not after.lstrip()[:1].islower()):
            after = ""
        before = _clause_before(text, quote.open_at, sentences)
        speaker = speakers.resolve(after, quote.close_at + 1, earlier) or speakers.resolve(
            before, quote.open_at - len(before), earlier
        )
        previous = attributed[-1] if attributed else None
        has_own_attribution = bool(_SPEECH_RE.search(after) or _SPEECH_RE.search(before))
        if (
            speaker is None
            and not has_own_attribution
            and previous is not None
            and previous.speaker != UNATTRIBUTED
            and _carries_on(text, previous, quote, speakers)
        ):
            speaker = previous.speaker
        found = FoundQuote(
            quote.text,
            quote.start,
            quote.end,
            quote.open_at,
            quote.close_at,
            speaker or UNATTRIBUTED,
        )
        attributed.append(found)
        earlier.add(found)
    return attributed


def drop_nested(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """A quote repeated inside a longer one (a section head, say) is listed once."""
    distinct = sorted({q.text for q in quotes}, key=len, reverse=True)
    nested: set[str] = set()
    for position, text in enumerate(distinct):
        # Only longer texts can hold it; equal lengths are equal texts, already merged.
        if any(len(longer) > len(text) and text in longer for longer in distinct[:position]):
            nested.add(text)
    kept: list[FoundQuote] = []
    seen: set[str] = set()
    for quote in quotes:
        if quote.text in nested or quote.text in seen:
            continue
        seen.add(quote.text)
        kept.append(quote)
    return kept
