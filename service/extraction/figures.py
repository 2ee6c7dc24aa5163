"""Figures: numbers that measure something, with what they measure. Pure.

Digits, number words, percentages, money and ranges ("13,000 to 307,000"). Dates,
years, ordinals ("93rd Brigade") and model designations ("Su-25") are names, not
figures, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.lexicon import MONTHS, WEEKDAYS
from service.numbers import NumberMention, find_numbers
from service.units import unit_name

_APPROXIMATORS = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|"
    r"fewer than|at least|at most|up to|as many as|as few as|an estimated|estimated|"
    r"only|just|exactly)\s+$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in MONTHS) + r")\s+$")
_MONTH_AFTER = re.compile(r"^\s+(?:" + "|".join(re.escape(m) for m in MONTHS) + r")\b")
_DESIGNATION = re.compile(r"[A-Za-z]-$")
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "being",
        "had",
        "have",
        "has",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "to",
        "from",
        "at",
        "by",
        "with",
        "for",
        "in",
        "into",
        "over",
        "since",
        "after",
        "before",
        "during",
        "as",
        "than",
        "then",
        "so",
        "if",
        "while",
        "when",
        "where",
        "because",
        "including",
        "per",
        "of",
        "on",
        "without",
        "any",
        "ago",
        "later",
        "last",
        "along",
        "below",
        "above",
        "across",
        "against",
        "toward",
        "towards",
        "under",
        "out",
    ]
)
_NOT_UNITS = frozenset(
    [
        "other",
        "more",
        "additional",
        "new",
        "such",
        "different",
        "separate",
        "major",
        "remaining",
        "small",
        "large",
        "further",
    ]
)
_AGE_AFTER_NAME = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+$")
_SUBJECT_BEFORE = re.compile(
    r"((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?:of|ranges?\s+from|ranged\s+from|stood\s+at|"
    r"reached|totals?|totaled|totalled|numbered|at)\s+(?:\w+\s+)?$"
)
_CONTEXT_CHARS = 240
_SKIP_WORDS = frozenset({"one", "zero"})  # "one of", "one volunteer": rarely a figure


@dataclass(frozen=True)
class FoundFigure:
    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    measures: str


def _is_name_or_date(text: str, mention: NumberMention) -> bool:
    before = text[max(0, mention.start - 12) : mention.start]
    after = text[mention.end : mention.end + 12]
    if mention.ordinal or _DESIGNATION.search(before):
        return True
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.search(after):
        return True
    is_year = (
        not mention.spelled
        and mention.text.isdigit()
        and len(mention.text) == 4
        and 1800 <= mention.value <= 2100
    )
    if is_year:
        return True
    if mention.spelled and mention.text.lower() in _SKIP_WORDS:
        return True
    # "Leopard 2 tanks", "Su 25": a number glued to a capitalized name.
    return (
        bool(re.search(r"[A-Z][a-z]+ $", before))
        and not mention.spelled
        and mention.value < 100
        and bool(re.match(r"^ [a-z]", after))
        and not re.search(r"(?:of|about|some|nearly|at|the|and|in|by|for|to|with) $", before)
    )


def _following_words(text: str, position: int, limit: int = 5) -> list[str]:
    words = []
    for match in re.finditer(r"\S+", text[position : position + 120]):
        raw = match.group()
        word = raw.strip(',.;:()“”"‘’«»')
        if not word or word.lower() in _STOP_WORDS or not re.match(r"^[\w’'-]+$", word):
            break
        words.append(word)
        if len(words) >= limit or raw[-1] in ",.;:)”’»":
            break
    return words


def _unit_of(words: list[str]) -> str | None:
    # The first plain lower-case word: "other Ukrainian provinces" -> "provinces".
    head = next((w for w in words if w.lower() not in _NOT_UNITS and w[:1].islower()), None)
    return unit_name(head) if head else None


def _measure(text: str, start: int, end: int) -> tuple[str | None, str]:
    """The unit and what the number measures, from the words around it."""
    # What a number measures is written right beside it: read a bounded window, never
    # the rest of the article (that would make many numbers cost O(n^2)).
    after = text[end : end + _CONTEXT_CHARS]
    before = text[max(0, start - 80) : start]
    if re.match(r"^-year-old\b", after):  # "a 30-year-old police major"
        who = _following_words(text, end + len("-year-old"), 3)
        return "years", "age of " + (" ".join(who) or "person")
    age_of = _AGE_AFTER_NAME.search(before)
    if age_of and after.startswith(","):  # "Olena Molchanova, 40, is ..."
        return "years", f"age of {age_of.group(1)}"
    hyphen = re.match(r"^-([a-z]+(?:-[a-z]+)*)", after)
    if hyphen:  # "a 10-kilometer trench"
        rest = _following_words(text, end + hyphen.end(), 3)
        return hyphen.group(1), " ".join([hyphen.group(1).replace("-", " "), *rest]).strip()
    of_phrase = re.match(r"^\s+of\s+((?:the|its|their|his|her)\s+)?", after)
    if of_phrase:  # "two of Bakhmut’s neighborhoods"
        words = _following_words(text, end + of_phrase.end(), 3)
        if words:
            return _unit_of(words[-1:]), " ".join(words)
    words = _following_words(text, end)
    if words:
        consumed = after.find(words[-1]) + len(words[-1])
        # "assaults on Bakhmut": one "of/on" phrase naming a place or body says whose.
        tail = re.match(r"^\s+((?:of|on)\s+(?:the\s+)?([A-Z][\w’'-]+))", after[consumed:])
        keep_tail = tail and tail.group(2) not in WEEKDAYS and tail.group(2) not in MONTHS
        return _unit_of(words), " ".join(words) + (f" {tail.group(1)}" if keep_tail else "")
    subject = _SUBJECT_BEFORE.search(before)
    if subject:  # "a prewar population of about 70,000"; "deported ... range from 13,000"
        # Keep the noun phrase itself: what follows its last determiner or connective.
        phrase = re.split(
            r"\b(?:a|an|the|estimated|which|that|who|from|behind|had|has|of)\s+", subject.group(1)
        )[-1].strip()
        return None, phrase
    return None, ""


def find_figures(text: str) -> list[FoundFigure]:
    mentions = [m for m in find_numbers(text) if not _is_name_or_date(text, m)]
    figures: list[FoundFigure] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        start, end = mention.start, mention.end
        value, value_max = mention.value, None
        if index + 1 < len(mentions):
            following = mentions[index + 1]
            if _RANGE_JOIN.match(text[end : following.start]) and following.value > value:
                end, value_max = following.end, following.value
                index += 1
        approximator = _APPROXIMATORS.search(text[max(0, start - 20) : start])
        if approximator:
            start -= len(approximator.group())
        unit, measures = _measure(text, mention.start, end)
        if mention.percent:
            unit = "percent"
        elif mention.currency:
            unit = mention.currency
        if measures:  # a number that measures nothing we can name is not a figure
            figures.append(
                FoundFigure(text[start:end], start, end, value, value_max, unit, measures)
            )
        index += 1
    return _deduplicate(figures)


def _deduplicate(figures: list[FoundFigure]) -> list[FoundFigure]:
    seen: set[tuple[float, float | None, str]] = set()
    kept = []
    for figure in figures:
        key = (figure.value, figure.value_max, figure.measures.lower())
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return kept
