"""Finding numbers in prose: digits, grouped digits, decimals, number words, scale words,
percentages and money. Pure; shared by grounding and the extractive engine so that
"70,000", "70000", "70 000" and "seventy thousand" are one number everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
_SCALE_ABBREV = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_SPECIAL = {"dozen": 12, "a dozen": 12, "half a dozen": 6}

_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "rubles": "RUB",
    "roubles": "RUB",
}

_WORD_NUMBER = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORD = "|".join(_SCALES)

# Digits: "70,000", "70 000" (narrow or no-break space too), "10.5", "2-year-old".
_DIGITS = r"(?P<digits>\d{1,3}(?:(?:,|[\u00a0\u202f\u2009 ])\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUMBER_RE = re.compile(
    r"(?<![\w.,])"
    r"(?P<currency>[$€£₴₽])?\s?"
    r"(?:" + _DIGITS + r"(?P<ordinal>st|nd|rd|th)?"
    r"|(?P<words>(?:" + _WORD_NUMBER + r")(?:[-\s](?:" + _WORD_NUMBER + r"))?)\b)"
    r"(?:[\s-](?P<scale>" + _SCALE_WORD + r")\b|(?P<abbrev>k|bn|mn|m)\b)?"
    r"(?P<percent>\s?%|\s(?:percent|per\s?cent)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: float
    base: float  # the number before any scale word: 5 for "5 million"
    percent: bool = False
    currency: str | None = None
    ordinal: bool = False
    spelled: bool = False  # written as words ("three")


def _words_value(words: str) -> float | None:
    parts = re.split(r"[-\s]+", words.lower())
    total = 0
    for part in parts:
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        else:
            return None
    return float(total)


def parse_number(token: str) -> float | None:
    """Parse one number as written ("70,000", "70 000", "seventy", "5 million")."""
    mentions = find_numbers(token.strip())
    if len(mentions) == 1:
        return mentions[0].value
    try:
        return float(token.replace(",", "").strip())
    except ValueError:
        return None


def find_numbers(text: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    for match in _NUMBER_RE.finditer(text):
        if match.group("digits"):
            raw = re.sub(r"[,\u00a0\u202f\u2009 ]", "", match.group("digits"))
            base = float(raw)
            spelled = False
        else:
            words_value = _words_value(match.group("words"))
            if words_value is None:
                continue
            base = words_value
            spelled = True
        multiplier = 1
        if match.group("scale"):
            multiplier = _SCALES[match.group("scale").lower()]
        elif match.group("abbrev"):
            multiplier = _SCALE_ABBREV[match.group("abbrev").lower()]
        currency = _CURRENCY_SIGNS.get(match.group("currency") or "")
        tail = text[match.end() : match.end() + 12].lower()
        for word, code in _CURRENCY_WORDS.items():
            if tail.startswith(" " + word):
                currency = currency or code
        start = (
            match.start("currency")
            if match.group("currency")
            else (match.start("digits") if match.group("digits") else match.start("words"))
        )
        end = match.end()
        # A trailing space swallowed by "\s?" before a missing group is not part of it.
        while end > start and text[end - 1].isspace():
            end -= 1
        mentions.append(
            NumberMention(
                start=start,
                end=end,
                text=text[start:end],
                value=base * multiplier,
                base=base,
                percent=bool(match.group("percent")),
                currency=currency,
                ordinal=bool(match.group("ordinal")),
                spelled=spelled,
            )
        )
    return mentions


def same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def mention_matches(mention: NumberMention, value: float) -> bool:
    """A figure's value matches a mention written with or without its scale word."""
    return same_number(mention.value, value) or same_number(mention.base, value)
