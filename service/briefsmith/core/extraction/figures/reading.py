"""The figure record and the readers of text and parse that the news-value tests and
the measures both use (sentences, subjects, people, sums). Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    BARE_PERSON_NOUNS,
    CUT_OFF_VERBS,
    DESCRIPTION_NOUNS,
    FIELD_MARK_NOUNS,
    FIXTURE_NOUNS,
    PERSON_NOUNS,
    RACE_CATEGORY_WORDS,
    RACE_CLOCK_VERBS,
    RACE_EVENT_NOUNS,
    RACE_MODIFIER_WORDS,
    RACE_NAMED_PERSON_NOUNS,
    RACE_PLACE_WORDS,
    RACE_TIME_VERBS,
    RACE_TITLE_NOUNS,
    ROLE_NOUNS,
)
from briefsmith.core.numbers import (
    NumberMention,
    find_numbers,
)
from briefsmith.core.units import (
    canonical_unit,
)

# How a thing's age is told ("age in years of fossilised fish"); a person's age ("age
# of ...") is no figure (round 42).
AGE_OF_A_THING = "age in years of"

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens


_DIGIT = re.compile(r"\d")
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
        "within",
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
        "between",
        "among",
        "until",
        "through",
        "despite",
        "via",
    ]
)
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


# --------------------------------------------------------------------------------------
# Spans of time: "jailed for 18 months", "refunded within 30 days", "an eight-hour outage"

_DURATION_AFTER = re.compile(
    r"(?:\s+|-)(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!-old|\s+old\b)",
    re.IGNORECASE,
)
# "won the 400m in 51.82 seconds", "clocked 9.98 seconds", "won the women's 60m hurdles
# in 8.01 seconds": a race time.
# A verb of racing and up to five words after it, before a time: "won the women's 60m
# hurdles", "clocked" (a distance with a thousands comma is one word: "won the 5,000m").
_RACED_VERB_PHRASE = (
    r"\b(?:" + "|".join(sorted(RACE_TIME_VERBS)) + r")\b(?:\s+[\w’'-]+(?:,\d{3}[\w-]*)?){0,5}?"
)
_RACE_TIME_BEFORE = re.compile(
    _RACED_VERB_PHRASE + r"\s+(?:in\s+)?$"
    # "crossed the line in 27 minutes 12.4 seconds", "stopped the clock at 9.98 seconds"
    r"|\bcross(?:ed|es|ing)\s+the\s+(?:finish(?:ing)?\s+)?line\s+in\s+$"
    r"|\bstop(?:ped|s|ping)\s+the\s+clock\s+(?:at|in)\s+$",
    re.IGNORECASE,
)
# "shaved 12 seconds off the Oceania record", "takes six minutes off the journey": a
# span cut off something, the cutting verb before it and "off" after it.
_CUT_OFF_AFTER = re.compile(r"\s+off\s+(?:the|her|his|their|its|a)\s", re.IGNORECASE)
_CUT_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(CUT_OFF_VERBS)) + r")\s+"
    r"(?:(?:about|around|almost|nearly|more\s+than|just|only|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)


def _is_cut_off(text: str, start: int, end: int) -> bool:
    """ "shaved 12 seconds off the Oceania record": a span a verb cuts off something."""
    return bool(
        _CUT_OFF_AFTER.match(text, end) and _CUT_VERB_BEFORE.search(text, max(0, start - 30), start)
    )


_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:\w+\s+)?$", re.IGNORECASE)


# "16 points from a possible 18", "41 points from 18 games", "11 wins from their last 14":
# the games a tally was taken from frame it ("19 goals in 31 games" keeps both: the games
# played are a record of their own).
_FIXTURE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(FIXTURE_NOUNS)) + r")\b", re.IGNORECASE
)
_PER_SHARE = re.compile(r"\s+(?:a|per)\s+share\b", re.IGNORECASE)


# "was second in 11.42", "Price third in 11.58": a time in seconds and hundredths right
# after a place in a race, with no unit after it.
_PLACE_IN_BEFORE = re.compile(
    r"(?:\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:(?:was|were|came|finished)\s+)?)?"
    r"\b(?:((?i:" + "|".join(sorted(RACE_PLACE_WORDS | RACE_TIME_VERBS)) + r"))\s+in"
    r"|((?i:" + "|".join(sorted(RACE_CLOCK_VERBS)) + r")))\s+$"
)


def _placed_race_time(text: str, start: int) -> str | None:
    """ "Dunmore was second in", "and Ruth Achterberg third in": whose time in which
    place a race time right after such words is; None when none stand before it."""
    place = _PLACE_IN_BEFORE.search(text, max(0, start - 60), start)
    if place is None:
        return None
    who, where = place.group(1), (place.group(2) or place.group(3)).lower()
    named = f"{who}'s time" if who and who[:1].isupper() else "time"
    if where in RACE_PLACE_WORDS and where != "won":
        return f"{named} in {where} place"
    return f"{named} to win" if where == "won" else named


def _sentence_before(text: str, position: int) -> str:
    """The part of the sentence before `position` (a bounded look back)."""
    return re.split(r"[.!?]\s|\n", text[max(0, position - 160) : position])[-1]


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_TO = re.compile(r"(?:\s+[a-z]+)?\s+to\s+(?:about\s+|around\s+|just\s+)?$")
# "4.2 million euros ($4.6 million)", "£2.3bn (about $2.9bn)": an amount, then an
# opening bracket (and a hedge on the conversion).
_BRACKET_HEDGES = r"(?:about|around|roughly|some|approximately|nearly|almost|just over|over|c\.)\s+"
_BRACKET_CLOSES = re.compile(r"(?:[\s-]*[A-Za-z°%][A-Za-z°%./]*){0,3}\s*\)")
_FRACTION_WORD = re.compile(
    r"(?:half|third|quarter|fifth|sixth|eighth|tenth|hundredth)s?$", re.IGNORECASE
)
# A race time "2:14:38" or "3:38.52" IS a figure: an elapsed time (elapsed_seconds).
# "2-1", "24–22", "5 - 2": a score or a vote, when neither end carries a unit.
_SCORE = re.compile(
    r"(?<![\w.,$£€/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/-]|[.,]\d|\s?(?:per\s?cent|percent)\b)"
)
_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil)"
# "241 for six", "five for 33", "412 all out", "112 not out": a cricket score, runs (or
# wickets) for the other, with no counted noun after it.
_INNINGS_TALLY = re.compile(
    r"(?<![\w.,$£€])(\d{1,3}|" + _SMALL_WORD + r")\s+(?:for\s+(?:\d{1,3}|" + _SMALL_WORD + r")"
    r"(?:\s+(?:declared|dec\b\.?))?"  # "512 for eight declared": one total
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:as|at|from|in|on|with|before|after|and|when|off|but|to|"
    r"you|we|they|overnight|beat|lost)\b)"  # "At 61 for three you cannot think about the target"
    r"|(?:all|not)\s+out\b)",
    re.IGNORECASE,
)


class _Spans:
    """Disjoint spans in order, asked "is this position inside one?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __contains__(self, position: int) -> bool:
        return self.span_of(position) is not None

    def span_of(self, position: int) -> tuple[int, int] | None:
        """The span `position` is inside, or None."""
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and self.spans[index][0] <= position < self.spans[index][1]:
            return self.spans[index]
        return None


def _is_person_noun(lemma: str) -> bool:
    """A noun of people: listed, or an agent noun that names no thing ("plasterer")."""
    return lemma in PERSON_NOUNS | ROLE_NOUNS | DESCRIPTION_NOUNS | BARE_PERSON_NOUNS or (
        len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES) and lemma not in AGENT_LOOKALIKES
    )


# "won the 400m", "the 200m freestyle final": a distance that names a race.
_RACE_THE_BEFORE = re.compile(
    r"\bthe\s+(?:(?:" + "|".join(sorted(RACE_CATEGORY_WORDS)) + r")(?:[’']s?|s?[’'])\s+)?$",
    re.IGNORECASE,
)
_EVENT_NOUN_AFTER = re.compile(r"(?![\w’'-])(?:\s+([a-z-]+))?")
# Round 26: a glued distance after a determiner or an owner, one word of a medal's metal or
# a record's reach at most before the event's noun or its runner ("his 200m bronze
# medal", "the 400m world record", "a 5,000m runner from Eldoret"): the race's name.
_RACE_OWNER_BEFORE = re.compile(
    r"(?<![\w’'-])(?:the|a|an|his|her|their|its)\s+$|[’']s?\s+$", re.IGNORECASE
)
_RACE_NOUN_PHRASE_AFTER = re.compile(r"(?![\w’'-])\s+([a-z-]+)\b(?:\s+([a-z-]+)\b)?")
_RACE_DISTANCE_AFTER = re.compile(r"(?:m|km|\s+metres|\s+meters)(?![\w’'-])(?:\s+([a-z-]+))?")


# "the Scottish indoor 200m record": a competition's words between "the" and the distance
_RACE_MODIFIED_BEFORE = re.compile(
    r"\bthe\s+(?:(?:[A-Z][a-z]+|(?i:" + "|".join(sorted(RACE_MODIFIER_WORDS)) + r"))\s+){1,3}$"
    # "her third national 1500m title", "his first 10,000m race": an owner's count of them
    r"|\b(?i:her|his|their|its)\s+(?:(?:\d+(?:st|nd|rd|th)|(?i:"
    + "|".join(sorted((RACE_PLACE_WORDS - {"won"}) | RACE_MODIFIER_WORDS))
    + r"))\s+){1,3}$"
)


def _names_a_race(text: str, mention: NumberMention) -> bool:
    """ "Oakes won the 400m in 51.82 seconds", "the 1500m final": a distance after "the"
    that ends the phrase or comes before an event's noun is the race's name; so is one
    after a competition's words before an event's noun ("the British indoor 60m
    record")."""
    before = (max(0, mention.start - 40), mention.start)  # "the women's "
    if mention.currency:
        return False
    if mention.text[-1:] == "m" and mention.text[-2:-1].isdigit():
        # "to win 400m gold", "took 1500m silver": a glued distance before a medal or a
        # title names the race, whatever stands before it (round 30)
        titled = _EVENT_NOUN_AFTER.match(text, mention.end)
        if titled is not None and (titled.group(1) or "") in RACE_TITLE_NOUNS:
            return True
    if (
        mention.text[-1:] == "m"
        and _RACE_OWNER_BEFORE.search(text, *before)
        and (named := _RACE_NOUN_PHRASE_AFTER.match(text, mention.end)) is not None
        and (set(named.groups()) & (RACE_EVENT_NOUNS | RACE_NAMED_PERSON_NOUNS))
    ):
        return True  # "his 200m bronze medal", "the 400m world record", "a 5,000m runner"
    modified = not _RACE_THE_BEFORE.search(text, *before)
    if modified and not _RACE_MODIFIED_BEFORE.search(text, *before):
        return False
    glued = mention.text[-1:] == "m"  # "400m" is read as a multiplier: 400 million
    distance = (_EVENT_NOUN_AFTER if glued else _RACE_DISTANCE_AFTER).match(text, mention.end)
    if distance is None:
        return False
    following = distance.group(1)
    if modified:
        return following in RACE_EVENT_NOUNS
    return following is None or following in RACE_EVENT_NOUNS or following in _STOP_WORDS


_FIELD_MARK_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(FIELD_MARK_NOUNS)) + r")\s+of\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


_MARGIN_ADVERBS = frozenset({"ahead", "behind"})


def _is_spelled_count(word: str) -> bool:
    """ "three", "twelve", "forty": a count written in words (one word)."""
    found = find_numbers(word)
    return len(found) == 1 and found[0].spelled and found[0].text.lower() == word.lower()


_SENTENCE_WINDOW = 200


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], read within a bounded window either side."""
    low = max(0, start - _SENTENCE_WINDOW)
    high = min(len(text), end + _SENTENCE_WINDOW)
    left = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low)
    right_candidates = [
        i for i in (text.find(". ", end, high), text.find("\n", end, high)) if i != -1
    ]
    right = min([*right_candidates, high])
    return text[left:right]


_DEATH_WORDS = re.compile(r"\b(?:died|dies|death|dead|passed away|obituary)\b", re.IGNORECASE)


def _has_person_subject(tokens: Tokens, verb: int) -> bool:
    """The verb's subject (or, for a verb joined to another, the first verb's) is a
    person: "he", "she", "I", a noun of people or a named person."""
    for clause in (verb, tokens.head[verb]) if tokens.dep[verb] in ("conj", "xcomp") else (verb,):
        subject = next(
            (c for c in tokens.children[clause] if tokens.dep[c] in ("nsubj", "nsubjpass")),
            None,
        )
        if subject is not None and tokens.lower[subject] == "who" and tokens.dep[clause] == "relcl":
            return True  # "the killer, who was 17 at the time,": "who" stands for a person
        if subject is not None:
            return (
                tokens.lower[subject] in ("he", "she", "i")
                or (tokens.pos[subject] == "NOUN" and _is_person_noun(tokens.lemma[subject]))
                or tokens.ent[subject] == "PERSON"
                or _has_a_who_clause(tokens, subject)
                or _part_of_people(tokens, clause)
            )
    return False


def _part_of_people(tokens: Tokens, verb: int) -> bool:
    """ "Most of the residents are over 80", "Four in ten of our patients are over 80",
    "A third of nurses are over 50": a subject that picks a part "of" a group of people
    is people."""
    for subject in tokens.children[verb]:
        if tokens.dep[subject] not in ("nsubj", "nsubjpass"):
            continue
        for of in tokens.children[subject]:
            if tokens.dep[of] != "prep" or tokens.lower[of] != "of":
                continue
            for noun in tokens.children[of]:
                if (
                    tokens.dep[noun] == "pobj"
                    and tokens.pos[noun] == "NOUN"
                    and _is_person_noun(tokens.lemma[noun])
                ):
                    return True
                if (
                    tokens.dep[noun] == "pobj"
                    and tokens.lower[noun] == "those"
                    and any(tokens.dep[c] in ("acl", "relcl") for c in tokens.children[noun])
                ):
                    return True  # "8% of those enrolled were over 80" (round 20)
    return False


def _has_a_who_clause(tokens: Tokens, noun: int) -> bool:
    """ "Ferreira, who turned professional in 2014,": a relative clause told with "who"
    makes the noun a person, a name the recognizer did not read as one."""
    return any(
        tokens.dep[clause] == "relcl"
        and any(
            tokens.lower[c] == "who" and tokens.dep[c] in ("nsubj", "nsubjpass")
            for c in tokens.children[clause]
        )
        for clause in tokens.children[noun]
    )


# --------------------------------------------------------------------------------------
# What a figure measures, from the parse

_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "amod", "appos", "npadvmod"})
# Nouns that only frame a count: "estimates of the number of children" count children.
_FRAMES = frozenset(
    {"estimate", "number", "figure", "total", "count", "tally", "toll", "amount", "range"}
)
_WHEN = frozenset({"DATE", "TIME"})


def _span_unit(tokens: Tokens, start: int, end: int) -> int | None:
    """The noun a span of a figure counts: its last token, or the noun a bare number
    there modifies ("14 seasons", "over six years"); None for a span of no tokens."""
    inside = tokens.between(start, end)
    if not len(inside):
        return None
    unit = inside[-1]
    if tokens.dep[unit] == "nummod":
        unit = tokens.head[unit]
    return unit


def _joined(words: list[str]) -> str:
    out = ""
    for word in words:
        out += (
            word
            if not out or word in ("'s", "’s", "'", "’", "-") or out.endswith("-")
            else " " + word
        )
    return out.strip()


def _amount_root(tokens: Tokens, start: int, end: int) -> tuple[int, range] | None:
    """The token where the whole amount stands in the parse, and the tokens it spans:
    "185 km", "50,000 euros", "3 per cent": the unit goes with the amount."""
    inside = tokens.between(start, end)
    if not len(inside):
        return None
    roots = [i for i in inside if tokens.head[i] not in inside or tokens.head[i] == i]
    if not roots:
        return None
    numbers = [i for i in roots if tokens.pos[i] == "NUM"]
    root = numbers[0] if numbers else roots[-1]
    head = tokens.head[root]
    for _ in range(2):
        if (
            head != root
            and head > root
            and head - root <= 3
            and canonical_unit(tokens.text[head]) is not None
            and not _bracket_opens_between(tokens, root, head)  # "2.4 (95% CI": not its unit
        ):
            inside = range(inside.start, max(inside.stop, head + 1))
            root, head = head, tokens.head[head]
        elif (
            head != root
            and 0 < head - root <= 2
            and head + 1 < len(tokens)
            and head + 1 in (tokens.head[head], *tokens.children[head])
            and canonical_unit(tokens.text[head + 1]) is not None
        ):  # "44 degrees Celsius": a unit named in two words, either one the parse's head
            inside = range(inside.start, max(inside.stop, head + 2))
            top = head + 1 if tokens.head[head] == head + 1 else head
            root, head = top, tokens.head[top]
    return root, inside


def _bracket_opens_between(tokens: Tokens, root: int, head: int) -> bool:
    """Is the later noun the parser hung an amount on inside a bracket opened after the
    amount ("1.27 (95% confidence interval ...)", not "3.2-mile (5.1km) road")?"""
    if head <= root:
        return False
    between = [tokens.text[i] for i in range(root + 1, head)]
    return between.count("(") > between.count(")")


# A word beside a number: letters, digits, apostrophes and hyphens, with at least one
# letter or digit ("'" alone, a tabloid's quote mark, is none).
_WORD = re.compile(r"[\w’'-]*\w[\w’'-]*")


def _subject_before(text: str, start: int) -> str:
    """What a share or a sum is of, from its own sentence before it: "Shares fell" for
    "Shares fell 6 percent", "the defendant stole" for "the defendant stole $2 million"."""
    before = re.split(r"[.!?;:,]\s|\n", text[max(0, start - 60) : start])[-1]
    words = _WORD.findall(before)[-4:]
    while words and words[0].lower() in _STOP_WORDS:
        words = words[1:]
    return " ".join(words)


_SAME_FACT_NEARBY = 8


def _same_sentence(text: str, first: FoundFigure, second: FoundFigure) -> bool:
    """Whether two figures stand in one sentence (a bounded look between them): "lost
    £5m and £5m was paid" is two sums."""
    if second.start - first.end >= _SENTENCE_WINDOW:
        return False
    gap = text[first.end : second.start]
    return not re.search(r"[.!?]\s|\n", gap)


def _is_money(figure: FoundFigure) -> bool:
    return figure.unit is not None and figure.unit.isupper() and len(figure.unit) == 3
