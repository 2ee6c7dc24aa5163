"""Figures: numbers that measure something, with what they measure. Pure.

Digits, number words, percentages, money and ranges ("13,000 to 307,000"). Dates,
years, ordinals ("93rd Brigade") and model designations ("Su-25") are names, not
figures, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefsmith.core.lexicon import (
    COMMON_CAPITALIZED,
    MONTHS,
    QUOTE_OPENERS,
    SPEECH_VERBS,
    WEEKDAYS,
)
from briefsmith.core.numbers import NumberMention, find_numbers
from briefsmith.core.units import canonical_unit, is_duration, unit_name

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
_OPENS_A_PHRASE = QUOTE_OPENERS | {"("}
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
# Finite verbs that end a counted noun phrase ("the two areas comprise", "93 stands"):
# common English verbs, plus the speech verbs.
_VERB_WORDS = (
    "is are was were be been has have had do does did will would can could may might "
    "comprise comprises stand stands remain remains continue continues include includes "
    "make makes face faces hold holds appear appears seem seems need needs lie lies live "
    "lives work works died fled left came went took got fell rose must should shall get "
    "gets go goes come comes take takes give gives"
)
_VERBS = frozenset(_VERB_WORDS.split()) | SPEECH_VERBS
_PARTICIPLE = re.compile(r"^[a-z]+(?:ed|en)$")
_TIME_WORDS = frozenset({"last", "this", "next"})
_CLAUSE_STOP = frozenset({"that", "which", "who", "whom", "whose", "but", "because", "when"})
# A name before a number: "Route 66", "Apollo 11", "Falcon 9", "Boeing 737".
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*) $")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*)$")
_SHORT_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks"})
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
    name = _NAME_BEFORE.search(before)
    opens_sentence = bool(
        name
        and _SENTENCE_OPENING.search(
            text[max(0, mention.start - 40) : mention.start - len(name.group())]
        )
    )
    if (
        name
        and not opens_sentence
        and not mention.spelled
        and not mention.currency
        and name.group(1) not in COMMON_CAPITALIZED | MONTHS | WEEKDAYS
    ):
        return True  # "Route 66", "Apollo 11": part of a name
    # "Leopard 2 tanks", "Su 25": a number glued to a capitalized name.
    return (
        bool(re.search(r"[A-Z][a-z]+ $", before))
        and not mention.spelled
        and not mention.percent
        and not mention.currency
        and mention.value < 100
        and bool(re.match(r"^ [a-z]", after))
        and not re.search(
            r"(?:of|about|some|nearly|at|the|and|in|by|for|to|with) $", before, re.IGNORECASE
        )
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


def _counted_phrase(text: str, position: int) -> tuple[list[str], str | None]:
    """What a number counts: the noun phrase after it, with its coordination and a short
    participle phrase ("heating and aid shelters", "Russian fighters killed or wounded",
    "men drafted last fall"), and the phrase's head noun. Empty when a verb follows the
    number ("93 stands"): a fragment, not a count."""
    raw = re.findall(r"[^\s]+", text[position : position + 120])[:10]
    words: list[str] = []
    ends_with_punctuation: list[bool] = []
    for token in raw:
        word = token.strip(',.;:()“”"‘’«»')
        if not word or not re.match(r"^[\w’'-]+$", word):
            break
        words.append(word)
        ends_with_punctuation.append(token[-1] in ',.;:)”’»"' or token[:1] in _OPENS_A_PHRASE)
        if ends_with_punctuation[-1]:
            break
    core: list[str] = []
    index = 0
    while index < len(words):
        word, lower = words[index], words[index].lower()
        if lower in _VERBS or lower in _CLAUSE_STOP:
            break
        if lower in ("and", "or") and core and index + 1 < len(words):
            following = words[index + 1].lower()
            if (
                following in _STOP_WORDS
                or following in _VERBS
                or _PARTICIPLE.match(following)
                # "jobs and close ...": a plural noun ends the count; modifiers are
                # what coordinate inside it ("heating and aid shelters").
                or core[-1].lower().endswith("s")
            ):
                break
            core.append(word)
        elif lower in _STOP_WORDS or (core and _PARTICIPLE.match(lower)):
            break
        elif core and lower.endswith("ing") and core[-1].lower().endswith("s"):
            break  # "countries providing aid": the count ends at its noun, a tail follows
        else:
            core.append(word)
        index += 1
        if ends_with_punctuation[index - 1]:
            return core, _head_noun(core)
    head = _head_noun(core)
    tail: list[str] = []
    participle = index < len(words) and (
        _PARTICIPLE.match(words[index].lower()) or words[index].lower().endswith("ing")
    )
    if core and participle:
        tail.append(words[index])
        index += 1
        while index < len(words) and len(tail) < 4 and not ends_with_punctuation[index - 1]:
            lower = words[index].lower()
            if lower in ("or", "and") and index + 1 < len(words):
                tail.extend(words[index : index + 2])
                index += 2
            elif lower in _TIME_WORDS and index + 1 < len(words):
                tail.extend(words[index : index + 2])
                break
            elif lower in _STOP_WORDS or lower in _VERBS or lower in _CLAUSE_STOP:
                break
            else:
                tail.append(words[index])
                index += 1
    return core + tail, head


def _head_noun(core: list[str]) -> str | None:
    """A measurement unit in the phrase ("kilometers north of ..."), else its last
    plain noun ("heating and aid shelters" -> "shelters")."""
    unit = next((w for w in core if canonical_unit(w)), None)
    if unit:
        return unit_name(unit)
    lower = [w for w in core if w[:1].islower() and w.lower() not in _NOT_UNITS]
    return unit_name(lower[-1]) if lower else None


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
    first_after = re.match(r"^\s+([A-Za-z]+)", after)
    if first_after and first_after.group(1).lower() in _VERBS:
        return None, ""  # "93 stands": the number names something, it counts nothing
    words, head = _counted_phrase(text, end)
    if words:
        consumed = after.find(words[-1]) + len(words[-1])
        # "assaults on Leeds": one "of/on" phrase naming a place or body says whose.
        tail = re.match(r"^\s+((?:of|on)\s+(?:the\s+)?([A-Z][\w’'-]+))", after[consumed:])
        if tail is not None and tail.group(2) not in WEEKDAYS and tail.group(2) not in MONTHS:
            return head, " ".join(words) + f" {tail.group(1)}"
        return head, " ".join(words)
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
            if (
                _RANGE_JOIN.match(text[end : following.start])
                and following.value > value
                # "rose 3% to £612 million" is a change and a total, not a range.
                and following.percent == mention.percent
                and (following.currency is None or mention.currency in (None, following.currency))
            ):
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
        if not measures and (mention.percent or mention.currency):
            measures = _subject_before(text, start)
        if _is_time_frame(unit) or _refers_back(text, start, mention):
            index += 1
            continue
        if measures:  # a number that measures nothing we can name is not a figure
            figures.append(
                FoundFigure(text[start:end], start, end, value, value_max, unit, measures)
            )
        index += 1
    return _deduplicate(figures)


def _subject_before(text: str, start: int) -> str:
    """What a share or a sum is of, from its own sentence before it: "Shares fell" for
    "Shares fell 6 percent", "the defendant stole" for "the defendant stole $2 million"."""
    before = re.split(r"[.!?;:,]\s|\n", text[max(0, start - 60) : start])[-1]
    words = re.findall(r"[\w’'-]+", before)[-4:]
    while words and words[0].lower() in _STOP_WORDS:
        words = words[1:]
    return " ".join(words)


def _is_time_frame(unit: str | None) -> bool:
    """A time frame ("24 hours", "two days", "30 minutes", "two weeks"), not a count.
    Months and years are kept: a sentence ("four years"), sanctions extended ("six
    months") and an age are news."""
    return is_duration(unit) and unit_name(unit or "") in _SHORT_TIME_UNITS


def _refers_back(text: str, start: int, mention: NumberMention) -> bool:
    """ "the two areas", "the three men": a small number after "the" counts things the
    article has already introduced; it adds no figure."""
    return (
        mention.spelled
        and mention.value < 10
        and bool(re.search(r"\b[Tt]he\s+$", text[max(0, start - 8) : start]))
    )


def _deduplicate(figures: list[FoundFigure]) -> list[FoundFigure]:
    seen: set[tuple[float, float | None, str]] = set()
    kept = []
    for figure in figures:
        key = (figure.value, figure.value_max, figure.measures.lower())
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return kept
