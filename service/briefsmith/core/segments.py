"""Paragraphs and sentences with their character offsets: the one sentence splitter.

Pure and linear: the text is scanned once; each sentence boundary looks back at most
a few characters (the word before the period), never at the whole prefix. Everything
that needs sentences (situation, outlook, quote attribution, actor context, the
situation's sentence count in the schema) splits here, so they all agree.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefsmith.core.lexicon import (
    ABBREVIATIONS,
    CLOCK_ABBREVIATIONS,
    MONTHS,
    NAME_OPENING_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_FINAL_ABBREVIATIONS,
    SENTENCE_OPENING_WORDS,
    TIME_ZONE_NOUNS,
    TIME_ZONE_WORDS,
    WEEKDAYS,
)

# Tokens that end in a period without ending a sentence (the one list, in lexicon).
_ABBREVIATIONS = ABBREVIATIONS
_NAME_OPENINGS = frozenset(
    w.casefold().rstrip(".") for w in NAME_OPENING_ABBREVIATIONS if len(w.rstrip(".")) <= 3
)
# Longer than any abbreviation above: a word this long before a period ends a sentence.
_ABBREVIATION_LOOKBACK = 8
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    return [
        Segment(m.start(), m.end(), m.group())
        for m in _PARAGRAPH.finditer(text)
        if m.group().strip()
    ]


def _word_before(text: str, period_at: int, floor: int) -> str | None:
    """The run of word characters and periods ending at `period_at`, if it is short
    enough to be an abbreviation; None for a longer word (or none)."""
    start = period_at
    limit = max(floor, period_at - _ABBREVIATION_LOOKBACK - 1)
    while start > limit and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    if start == period_at or (start == limit and start > floor and _is_word_char(text[start - 1])):
        return None
    return text[start:period_at]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "._"


def _ends_with_abbreviation(text: str, period_at: int, floor: int = 0) -> bool:
    word = _word_before(text, period_at, floor)
    if not word:
        return False
    token = word.lower().rstrip(".")
    after = _NEXT_WORD.match(text, period_at + 1)
    following = after.group(1) if after else ""
    if token in NUMBER_ABBREVIATIONS:
        return following[:1].isdigit()
    if word[:1].isupper() and token in _NAME_OPENINGS:
        # "Ft. Worth", "Mt. Sinai": capitalized, an abbreviation opening a name ("30
        # ft. The river ..." ends a sentence).
        return True
    if token in SENTENCE_FINAL_ABBREVIATIONS and following in SENTENCE_OPENING_WORDS:
        return False
    if token in CLOCK_ABBREVIATIONS and _opens_after_clock(text, period_at + 1):
        return False
    # A single capital initial ("Vladimir V. Putin") does not end a sentence.
    return token in _ABBREVIATIONS or (len(token) == 1 and text[period_at - 1].isupper())


def _opens_after_clock(text: str, at: int) -> bool:
    """Round 23: after "a.m."/"p.m.", capitalized words and then a lower-case word open a
    new sentence ("at 11 p.m. Firefighters were", "11 p.m. Ms Ruiz was"), unless they
    still tell the time: a weekday, a month, a zone ("EST", "Eastern", "Jakarta time")."""
    after = _CAPITALIZED_RUN.match(text, at)
    if after is None:
        return False
    run, then = after.group(1).split(), after.group(2)
    first = run[0].rstrip(",")
    return not (
        first.isupper()
        or first in WEEKDAYS
        or first.removesuffix("s") in WEEKDAYS
        or first in MONTHS
        or first in TIME_ZONE_WORDS
        or then in TIME_ZONE_NOUNS
        or run[-1].endswith(",")
    )


# Capitalized words after a period and the lower-case word after them.
_CAPITALIZED_RUN = re.compile(r"\s+([A-Z][\w'’-]*,?(?:\s+[A-Z][\w'’-]*,?){0,3})\s+([a-z][\w'’-]*)")

# The word after a period (past any closing or opening marks), to tell "the U.S. It
# plans" (a sentence ends) from "the U.S. Senate" and "No. 10" from "..., no. Then".
_NEXT_WORD = re.compile(r"[\"'”’»)\]]*\s+[\"'“‘«(\[]?(\w+)")


def _paragraph_sentences(text: str, paragraph_start: int, paragraph_end: int) -> list[Segment]:
    found: list[Segment] = []
    start = paragraph_start
    for boundary in _BOUNDARY.finditer(text, paragraph_start, paragraph_end):
        if text[boundary.start()] == "." and _ends_with_abbreviation(
            text, boundary.start(), paragraph_start
        ):
            continue
        end = boundary.end()
        found.append(Segment(start, end, text[start:end]))
        start = end
        while start < paragraph_end and text[start].isspace():
            start += 1
    if start < paragraph_end:
        found.append(Segment(start, paragraph_end, text[start:paragraph_end]))
    return found


def sentences(text: str) -> list[Segment]:
    """Sentences, never crossing a paragraph break."""
    return [
        sentence
        for paragraph in paragraphs(text)
        for sentence in _paragraph_sentences(text, paragraph.start, paragraph.end)
    ]


def count_sentences(text: str) -> int:
    """How many sentences `sentences` finds in the text (at least one)."""
    return max(1, len(sentences(text)))


class SentenceIndex:
    """The sentences of one text, split once; which sentence holds a position is a
    binary search over their offsets, never a rescan."""

    def __init__(self, text: str):
        self.text = text
        self.sentences = sentences(text)
        self._starts = [s.start for s in self.sentences]

    def __iter__(self):
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def containing(self, position: int) -> Segment | None:
        """The sentence holding `position`, or None between sentences (a paragraph
        break, or spaces after a sentence)."""
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if position < sentence.end else None

    def bounds(self, position: int) -> tuple[int, int]:
        """Start and end of the sentence holding `position`; between sentences, the
        empty range at `position`."""
        sentence = self.containing(position)
        return (sentence.start, sentence.end) if sentence else (position, position)
