"""Finding numbers in prose: digits, grouped digits, decimals, number words, scale words,
percentages and money. Pure; shared by grounding and the extractive engine so that
"70,000", "70000", "70 000" and "seventy thousand" are one number everywhere."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefsmith.core.lexicon import PRICE_PER_WORDS
from briefsmith.core.units import (
    CURRENCY_ABBREVIATIONS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    GUARDED_CURRENCY_PREFIXES,
    GUARDED_PRICE_CUES,
    UNITS,
)

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
    # Indian English: "Rs 3,800 crore", "5 lakh passengers"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    # "Rs 15.4 lakh crore": a lakh of crores, the scale of India's budgets
    "lakh crore": 1_000_000_000_000,
    "lakh crores": 1_000_000_000_000,
}
_SCALE_ABBREV = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
# The scale letters written glued to a sum's digits ("£138m", "$2.3bn"), as words.
SCALE_LETTERS = frozenset(_SCALE_ABBREV)
# "two dozen", "a dozen": a multiplier like "hundred".
_DOZEN = 12
# Currency words after a number, on a word boundary ("5 euros", never "5 European").
_CURRENCY_AFTER = re.compile(
    r"\s(" + "|".join(re.escape(w) for w in CURRENCY_WORDS) + r")\b", re.IGNORECASE
)

_WORD_NUMBER = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORD = "|".join(  # longest first: "lakh crore" before "lakh"
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_SCALES, key=len, reverse=True)
)
# A spelled number: "seventy", "twenty-two", "one hundred twenty", "three hundred
# thousand", "two dozen", "a dozen", "a hundred and five". "and" only follows a scale
# word ("two and three" is two numbers). Bounded repetition keeps the match linear.
_WORD_SEQUENCE = (
    r"(?:a(?=[\s-]+(?:dozen|" + _SCALE_WORD + r")\b)|(?:" + _WORD_NUMBER + r")\b)"
    r"(?:(?:[-\s]+|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+)"
    r"(?:" + _WORD_NUMBER + r"|dozen|" + _SCALE_WORD + r")\b){0,8}"
)

# Digits: "70,000", "70 000" (narrow or no-break space too), "10.5", "2-year-old".
# A plain space before three digits that a capitalized word or a variant's hyphened
# digits follow joins no groups: "delivered 12 787 Dreamliners", "ordered 65 777-9 jets"
# are a count and a model.
_DIGITS = (
    # "R3,2 billion", "12,5%": a decimal comma (South African and European copy), read
    # only before a scale word or a percent sign, where no grouping has one or two
    # digits after its comma (round 23)
    r"(?P<digits>\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|bn|mn|m)\b|\s?%)"
    r"|\d{1,3}(?:(?:,|[\u00a0\u202f\u2009]| (?!\d{3}(?:\s+(?-i:[A-Z])|-\d)))\d{3})+"
    r"(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
)
_NUMBER_RE = re.compile(
    r"(?<![\w.,])"
    r"(?P<currency>[$€£₴₽₹₦₱]|(?-i:"
    + "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
    + r")|(?-i:"
    + "|".join(
        re.escape(c)
        for c in sorted([*CURRENCY_CODES, *CURRENCY_ABBREVIATIONS], key=len, reverse=True)
    )
    # ... before digits, but not a code's ("room RM2B") or a UK postcode's ("Romford RM7
    # 0AG"), whose letters match a currency's (round 26)
    + r")(?=\s?\d)(?!\d+(?-i:[A-Z])\b|\d{1,2}\s\d(?-i:[A-Z]{2})\b)|(?-i:"
    + "|".join(re.escape(p) for p in sorted(GUARDED_CURRENCY_PREFIXES, key=len, reverse=True))
    + r")(?=\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+\.\d\d(?!\d|\.\d)"
    # "R4.2 billion", "R3bn", and South Africa's hyphened "R424.9-billion" (round 22)
    + r"|\d+(?:[.,]\d+)?(?:\s?|-(?=[mbt][a-z]*illion\b))(?:million|billion|trillion|bn|mn|m)\b"
    # "by R130 to R2,315", "N800 and N1,200": an end told against a grouped sum (round 22)
    + r"|\d{2,}(?:\.\d+)?\s(?:to|and)\s[RN]\d{1,3}(?:,\d{3})+(?!\d|,\d)"
    # "R98 a month", "N500 per household": a price told per a time or a head (round 17)
    + r"|\d{2,}(?:\.\d+)?\s(?:a|an|per)\s(?:"
    + "|".join(sorted(PRICE_PER_WORDS))
    + r")\b"
    # "rose to N617 per litre, up from N568": the level a change came from (round 40)
    + r"|(?:(?<=\bup from (?-i:[RNP]))|(?<=\bdown from (?-i:[RNP])))\d{2,}(?![\w%]|[.,]\d)"
    # "paying N850 for a litre", "up to R450 for a month's supply": a price (round 42)
    + r"|(?:"
    + "|".join(rf"(?<=\b{re.escape(cue)} (?-i:[RNP]))" for cue in GUARDED_PRICE_CUES)
    + r")\d{3,}(?:\.\d\d)?(?![\w%]|[.,]\d)"
    + r"))?\s?"
    r"(?:" + _DIGITS + r"(?P<ordinal>st|nd|rd|th)?"
    r"|(?P<words>" + _WORD_SEQUENCE + r"))"
    r"(?:[\s-]?(?P<scale>" + _SCALE_WORD + r")\b|(?P<abbrev>k|bn|mn|m)\b)?"
    r"(?P<percent>\s?%|\s(?:percent|per\s?cent)\b)?",
    re.IGNORECASE,
)

_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")

# "two and a half years", "four-and-a-half hours", "two and a half million": a half more
# than a whole number told without its own scale word.
_AND_A_HALF = re.compile(
    r"[\s-]+and[\s-]+a[\s-]+half\b(?:[\s-](?P<scale>" + _SCALE_WORD + r")\b)?"
    r"(?P<percent>\s?%|\s(?:percent|per\s?cent)\b)?",
    re.IGNORECASE,
)

# "half a million", "half a dozen" (round 22): the half before "a" and a scale word.
_HALF_BEFORE = re.compile(r"(?<![\w-])half[\s-]+$", re.IGNORECASE)

# A value below zero: the word "minus" ("minus 4.6C", "growth of minus 0.3%"), or a minus
# sign at a word's start only before degrees ("-12C"; "5-8C" is a range).
_MINUS_BEFORE = re.compile(r"(?:(?<![\w-])(?P<word>minus)\s+|(?<![\w.,)-])[-−])$", re.IGNORECASE)
_DEGREES_AFTER = re.compile(r"\s?(?:°|degrees?\b|[CF]\b)")

# Fractions: "two-thirds", "three quarters", "one-fifth"; "a third", "a quarter" and "a
# half" only where they share something out ("a third of", "between a third and a half")
# or tell a change by a share ("fell by a fifth").
_FRACTION_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,  # "three hundredths of a second": a sport's margin
    "hundredths": 100,
}
_FRACTION_RE = re.compile(
    r"(?<![\w-])(?:(?P<count>one|two|three|four|five|six|seven|eight|nine)[-\s]"
    r"|(?P<article>a)\s(?=(?:half|third|quarter|fifth|sixth|eighth|tenth)\s+(?:(?:of|to)\b|and\s+(?:a|one|two|three)\s))"
    # "fell by a fifth", "cut by a third on last year": a change by a share (not "by a
    # third party": the share ends its phrase)
    # "down a quarter on 2019", "up a fifth on last year": the same change told with
    # "down" or "up" for "by" (round 20)
    # "by almost a fifth", "by more than a third": the same, hedged (round 29b)
    r"|(?:(?<=\bby\s)|(?<=\bup\s)|(?<=\bdown\s)|(?<=\bby\salmost\s)|(?<=\bby\snearly\s)"
    r"|(?<=\bby\sabout\s)|(?<=\bby\saround\s)|(?<=\bby\sroughly\s)|(?<=\bby\sover\s)"
    r"|(?<=\bby\smore\sthan\s)|(?<=\bby\sless\sthan\s)|(?<=\bby\sjust\sover\s)"
    r"|(?<=\bby\sjust\sunder\s))"
    r"(?P<by>a)\s(?=(?:half|third|quarter|fifth|sixth|eighth|tenth)"
    r"(?:\s*[.,;:)]|\s*$|\s+(?:on|in|from|since|over|compared|against|and|but|while|as|after|last|this|during|to|amid|following|because|due)\b))"
    # "Nearly half of all firms", "half of all adults": a bare "half" of all of a kind is
    # a share (round 19; not "the first half of the year", and not "less than half the
    # figure", "roughly half of its revenue": dev editors list none of those)
    r"|(?P<all>)(?=half\s+of\s+all\b))"
    r"(?P<part>" + "|".join(sorted(_FRACTION_DENOMINATORS, key=len, reverse=True)) + r")"
    r"(?![\w-])",
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


def _words_value(words: str) -> tuple[float, float, int] | None:
    """(value, base, length) of the longest leading run of `words` that is one spelled
    number; base is the value before a final scale word ("three hundred thousand" ->
    300000, 300), length its characters. "twenty two three" reads as "twenty two". One
    pass over the words."""
    total, current = 0, 0
    last = ""  # kind of the previous word: a, unit, tens, hundred, dozen, scale, and
    last_scale: int | None = None
    best: tuple[float, float, int] | None = None
    for match in re.finditer(r"[^\W\d_]+", words.lower()):
        part = match.group()
        if part == "a" and last == "":
            current = 1
        elif part == "and" and last in ("hundred", "scale"):
            pass
        elif part in _UNITS and last not in ("unit", "dozen", "a"):
            unit = _UNITS[part]
            if last == "tens" and unit >= 10:
                break
            current += unit
        elif part in _TENS and last not in ("unit", "tens", "dozen", "a") and not current % 100:
            current += _TENS[part]
        elif part == "hundred" and 0 < current < 100 and last != "dozen":
            current *= 100
        elif part == "dozen" and 0 < current < 100:
            current *= _DOZEN
        elif part in _SCALES and current and (last_scale is None or _SCALES[part] < last_scale):
            last_scale = _SCALES[part]
            total, current = total + current * last_scale, 0
        else:
            break
        last = {"a": "a", "and": "and", "hundred": "hundred", "dozen": "dozen"}.get(part) or (
            "unit" if part in _UNITS else "tens" if part in _TENS else "scale"
        )
        if last not in ("a", "and"):
            value = float(total + current)
            base = value / last_scale if last == "scale" and last_scale else value
            best = (value, base, match.end())
    return best


def parse_number(token: str) -> float | None:
    """Parse one number as written ("70,000", "70 000", "seventy", "5 million")."""
    mentions = find_numbers(token.strip())
    if len(mentions) == 1:
        return mentions[0].value
    try:
        return float(token.replace(",", "").strip())
    except ValueError:
        return None


_OF_AFTER = re.compile(r"\s+of\b")


# "half a percentage point", "a quarter of a percentage point", "three-quarters of a
# percentage point", "a tenth of a percentage point": a share of one point of a
# rate, told with the article (round 23); the figure reads its unit after it.
_PART_OF_A_POINT = re.compile(
    r"(?<![\w-])(?:(?P<half>half)\s+a|(?P<count>a|one|two|three)[\s-]"
    r"(?P<part>quarters?|thirds?|tenths?)\s+of\s+a)"
    r"(?=\s+(?:percentage|basis)\s+points?\b)",
    re.IGNORECASE,
)


def _fractions(text: str) -> list[NumberMention]:
    found = []
    for match in _PART_OF_A_POINT.finditer(text):
        part = "half" if match.group("half") else match.group("part").lower()
        count = 1 if match.group("half") else _UNITS.get(match.group("count").lower(), 1)
        if count >= _FRACTION_DENOMINATORS[part]:
            continue  # "three thirds": no share
        value = round(count / _FRACTION_DENOMINATORS[part], 3)
        found.append(
            NumberMention(match.start(), match.end(), match.group(), value, value, spelled=True)
        )
    told = {m.start for m in found}  # "a quarter of a percentage point" is read above
    for match in _FRACTION_RE.finditer(text):
        if match.start() in told:
            continue
        count = _UNITS[match.group("count").lower()] if match.group("count") else 1
        denominator = _FRACTION_DENOMINATORS[match.group("part").lower()]
        if count >= denominator or (count > 1 and not match.group("part").lower().endswith("s")):
            continue  # "three halves", "two third": not a share
        if denominator == 100 and not _OF_AFTER.match(text, match.end()):
            continue  # "its one hundredth anniversary": an ordinal, not a share
        value = round(count / denominator, 3)
        found.append(
            NumberMention(match.start(), match.end(), match.group(), value, value, spelled=True)
        )
    return sorted(found, key=lambda m: m.start)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number written in `text`, in order: digits, number words, fractions, with
    their scale word, currency and percent sign."""
    fractions = _fractions(text)
    if not fractions:
        return _plain_numbers(text)
    # A fraction replaces the number word it starts with ("two" of "two-thirds").
    starts = [f.start for f in fractions]

    def taken(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index >= 0 and fractions[index].start <= position < fractions[index].end

    plain = [m for m in _plain_numbers(text) if not taken(m.start)]
    return sorted([*plain, *fractions], key=lambda m: m.start)


def _plain_numbers(text: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    position = 0
    while match := _NUMBER_RE.search(text, position):
        position = max(match.end(), position + 1)
        if match.group("words"):
            parsed = _words_value(match.group("words"))
            if parsed is None:
                continue
            value, base, length = parsed
            if length < len(match.group("words")):
                # Words that are not all one number ("twenty two three"): keep the
                # leading number and read on from its end.
                start = match.start("words")
                position = start + length
                mentions.append(
                    NumberMention(start, position, text[start:position], value, base, spelled=True)
                )
                continue
        if match.group("digits"):
            digits = match.group("digits")
            raw = (
                digits.replace(",", ".")  # "3,2 billion": a decimal comma
                if _DECIMAL_COMMA.fullmatch(digits)
                else re.sub(r"[,\u00a0\u202f\u2009 ]", "", digits)
            )
            base = float(raw)
            spelled = False
        else:
            spelled = True
        multiplier = 1.0
        if match.group("words") and value != base:
            multiplier = value / base  # the words ended with their own scale word
        elif match.group("scale"):
            multiplier = _SCALES[" ".join(match.group("scale").lower().split())]
        elif match.group("abbrev"):
            multiplier = _SCALE_ABBREV[match.group("abbrev").lower()]
        half = (
            None
            if match.group("scale") or match.group("abbrev") or match.group("percent")
            else _AND_A_HALF.match(text, match.end())
        )
        if half is not None and base == int(base) and multiplier == 1.0:
            base += 0.5  # "two and a half years": 2.5, read to the end of "half"
            if half.group("scale"):
                multiplier = _SCALES[" ".join(half.group("scale").lower().split())]
            position = max(position, half.end())
        sign = match.group("currency") or ""
        currency = (
            CURRENCY_SIGNS.get(sign)
            or CURRENCY_PREFIXES.get(sign)
            or CURRENCY_ABBREVIATIONS.get(sign)
            or GUARDED_CURRENCY_PREFIXES.get(sign)
            or (sign if sign in CURRENCY_CODES else None)
        )
        currency_after = _CURRENCY_AFTER.match(text, match.end(), match.end() + 16)
        if currency_after and not currency:
            currency = CURRENCY_WORDS[currency_after.group(1).lower()]
        start = (
            match.start("currency")
            if match.group("currency")
            else (match.start("digits") if match.group("digits") else match.start("words"))
        )
        halved = (
            _HALF_BEFORE.search(text, max(0, start - 6), start)
            # ("half-a-million": hyphened as one word too; round 43)
            if match.group("words") and match.group("words")[:2].lower() in ("a ", "a-")
            else None
        )
        if halved is not None:  # "half a million people", "half a dozen": a half of it
            start, base = halved.start(), base / 2
        end = match.end() if half is None else half.end()
        sign = -1.0
        minus = _MINUS_BEFORE.search(text, max(0, start - 7), start)
        if minus and (minus.group("word") or _DEGREES_AFTER.match(text, end)):
            start = minus.start()  # "minus 8C", "-12°C": below zero
        else:
            sign = 1.0
        # A trailing space swallowed by "\s?" before a missing group is not part of it.
        while end > start and text[end - 1].isspace():
            end -= 1
        mentions.append(
            NumberMention(
                start=start,
                end=end,
                text=text[start:end],
                value=sign * base * multiplier,
                base=sign * base,
                percent=bool(match.group("percent") or (half and half.group("percent"))),
                currency=currency,
                ordinal=_is_ordinal(match.group("digits"), match.group("ordinal")),
                spelled=spelled,
            )
        )
    return mentions


def _is_ordinal(digits: str | None, suffix: str | None) -> bool:
    """A glued suffix is an ordinal's only where it fits the number ("21st", "3rd");
    "lost 9st", "weighs 10st 4lb" are stones (UK and Irish weights, round 31)."""
    if not suffix:
        return False
    if suffix.lower() != "st" or not digits:
        return True
    return digits.endswith("1") and not digits.endswith("11")


# Spelled ordinals whose stem is not the cardinal's ("fifth", not "fiveth").
_ORDINAL_STEMS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9}
_ORDINAL_DIGITS = re.compile(r"(\d{1,4})(?:st|nd|rd|th)", re.IGNORECASE)


def ordinal_value(word: str) -> int | None:
    """The place an ordinal word gives ("sixth" 6, "twelfth" 12, "twentieth" 20,
    "twenty-first" 21, "100th" 100); None for any other word."""
    word = word.lower()
    glued = _ORDINAL_DIGITS.fullmatch(word)
    if glued is not None:
        digits = glued.group(1)
        return int(digits) if _is_ordinal(digits, word[len(digits) :]) else None
    tens, _, last = word.rpartition("-")
    if tens and tens not in _TENS:
        return None
    base = _TENS.get(tens, 0)
    if last in _ORDINAL_STEMS:
        return base + _ORDINAL_STEMS[last]
    if last == "twelfth":
        return base + 12
    if last.endswith("ieth") and last[:-4] + "y" in _TENS and not base:
        return _TENS[last[:-4] + "y"]
    if last.endswith("th") and last[:-2] in _UNITS and last[:-2] not in ("zero", "one"):
        return base + _UNITS[last[:-2]]
    return None


def is_glued_stones(mention: NumberMention) -> bool:
    """ "9st", "10st": a weight in stones, its unit glued to the number."""
    return (
        not mention.ordinal
        and not mention.spelled
        and mention.text[-2:].lower() == "st"
        and mention.text[-3:-2].isdigit()
    )


def same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def mention_matches(mention: NumberMention, value: float) -> bool:
    """A figure's value matches a mention written with or without its scale word."""
    return same_number(mention.value, value) or same_number(mention.base, value)


# A span of time told in two units ("two years and eight months", "41 minutes and 18
# seconds", "1 minute 52 seconds") or as a race clock ("2:14:38"): one length, in its
# smaller unit (seconds for a clock).
# A race clock: "2:14:38" (hours, minutes, seconds) or "3:38.52", "1:28.114" (minutes,
# seconds and hundredths or thousandths; no clock of the day has them).
_CLOCK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2}(?:\.\d{1,3})?)$")


def _abbreviations(canonical: str) -> str:
    """The short spellings of a unit of time in the one unit table ("min", "mins"), as a
    regex alternation, longest first; one-letter ones are left out (they are glued on
    below, never after a space)."""
    short = [s for s, (_, name) in UNITS.items() if name == canonical and 1 < len(s) <= 4]
    return "|".join(sorted(short, key=len, reverse=True))


# A race time written with glued unit abbreviations, the style of many sports desks:
# "3min 58.21sec", "2hr 9min 12sec", "4h 32min 10sec", "10.08sec", "9.58s". The hours
# and minutes parts are optional; a lone "s" is read only glued to a decimal ("9.58s",
# not "the 1990s" nor "his 60s"), checked in glued_race_seconds.
GLUED_RACE_TIME = re.compile(
    r"(?<![\w.:/-])"
    r"(?:(?P<h>\d{1,2})(?:h|\s?(?:" + _abbreviations("hours") + r"))\s?(?=\d))?"
    r"(?:(?P<m>\d{1,3})\s?(?:" + _abbreviations("minutes") + r")\s?(?=\d))?"
    r"(?P<s>\d{1,3}(?:\.\d{1,3})?)(?P<unit>\s?(?:" + _abbreviations("seconds") + r")|s)"
    r"(?![\w/])",
    re.IGNORECASE,
)


def glued_race_seconds(match: re.Match[str]) -> float | None:
    """The length in seconds of a GLUED_RACE_TIME match; None when it is no race time (a
    lone "s" after a whole number, minutes or seconds of 60 and more after a larger part)."""
    hours, minutes, seconds = match.group("h"), match.group("m"), match.group("s")
    if match.group("unit") == "s" and hours is None and minutes is None and "." not in seconds:
        return None
    if (minutes is not None or hours is not None) and float(seconds) >= 60:
        return None
    if hours is not None and minutes is not None and int(minutes) >= 60:
        return None
    total = int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(seconds)
    return round(total, 3)


def elapsed_seconds(text: str) -> float | None:
    """The length in seconds of a race clock ("2:14:38", "3:38.52") or a race time with
    glued abbreviations ("3min 58.21sec"); None for anything else, a time of day
    ("14:30") included."""
    clock = _CLOCK.match(text.strip())
    if clock is None:
        glued = GLUED_RACE_TIME.fullmatch(text.strip())
        return None if glued is None else glued_race_seconds(glued)
    if clock.group(1) is None and "." not in clock.group(3):
        return None
    hours, minutes, seconds = clock.groups()
    return round(int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), 3)


def minutes_and_seconds(text: str) -> float | None:
    """A bare "34:51" read as minutes and seconds (2091), which `elapsed_seconds` leaves
    alone because it may be a time of day; only a caller that already holds that length
    (grounding a figure an engine read as a race time) may take this reading."""
    clock = _CLOCK.match(text.strip())
    if clock is None or clock.group(1) is not None:
        return None
    return int(clock.group(2)) * 60 + float(clock.group(3))


_TWO_UNITS = re.compile(
    r"^(.+?)\s+(years?|weeks?|days?|hours?|minutes?)(?:,?\s+and\s+|\s+)(.+?)\s+"
    r"(months?|days?|hours?|minutes?|seconds?)$",
    re.IGNORECASE,
)
# A race time told in three spelled units: "two hours, nine minutes and 12 seconds",
# "1 hour 28 minutes 41 seconds".
_THREE_UNITS = re.compile(
    r"^(.+?)\s+hours?,?\s+(.+?)\s+minutes?(?:,?\s+and\s+|,?\s+)(.+?)\s+seconds?$",
    re.IGNORECASE,
)
_IN_SMALLER: dict[tuple[str, str], float] = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}


# "88 cents", "88¢", and the glued "47c" of petrol and share prices (lower-case only:
# "20C" is a temperature).
_CENTS = re.compile(r"^(.+?)\s*(?:(?i:cents?)|¢)$|^(\d[\d.]*)c$")
_SHARE_IN = re.compile(r"^(.+?)\s+in\s+(.+)$", re.IGNORECASE)


def spoken_value(text: str) -> float | None:
    """The value a figure's own wording states when no single number in it does: a
    compound span of time or a race clock (its length), "nine in 10" (a share, in
    percent), "88 cents" (0.88 of the currency), a place in a run or tally spelled as
    an ordinal word ("ninth straight victory" 9, which no mention reads, since a spelled
    ordinal is not a quantity); else None."""
    written = text.strip()
    first = written.split(maxsplit=1)[0] if written else ""
    spelled = ordinal_value(first) if first[:1].isalpha() else None  # ("11th" is a mention)
    if spelled is not None:
        return float(spelled)
    cents = _CENTS.match(written)
    if cents:  # "88 cents", "47c": a sum in its currency's main unit
        amount = find_numbers(cents.group(1) or cents.group(2))
        return round(amount[0].value / 100, 4) if len(amount) == 1 else None
    share = _SHARE_IN.match(written)
    if share:
        part, whole = find_numbers(share.group(1)), find_numbers(share.group(2))
        if len(part) == 1 and len(whole) == 1 and 0 < part[0].value < whole[0].value <= 100:
            return round(part[0].value / whole[0].value * 100, 2)
        return None
    elapsed = elapsed_seconds(written)
    if elapsed is not None:
        return elapsed
    three = _THREE_UNITS.match(written)
    if three is not None:  # "two hours, nine minutes and 12 seconds"
        parts = [find_numbers(three.group(i)) for i in (1, 2, 3)]
        if any(len(p) != 1 for p in parts):
            return None
        hours, minutes, seconds = (p[0].value for p in parts)
        return hours * 3600 + minutes * 60 + seconds
    two = _TWO_UNITS.match(written)
    if two is None:
        return None
    ratio = _IN_SMALLER.get((two.group(2).lower().rstrip("s"), two.group(4).lower().rstrip("s")))
    larger, smaller = find_numbers(two.group(1)), find_numbers(two.group(3))
    if ratio is None or len(larger) != 1 or len(smaller) != 1:
        return None
    return larger[-1].value * ratio + smaller[-1].value
