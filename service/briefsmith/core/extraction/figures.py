"""Figures: numbers that measure something, with what they measure. Pure.

Digits, number words, fractions, percentages, money with its multiplier ("£17.5million",
"$2.3bn") and ranges with like ends ("13,000 to 307,000"). Dates, years, seasons
("2004/05"), times of day ("10.30am", "14:00"), telephone numbers, ordinals ("93rd
Brigade"), model and route designations ("Su-25", "Route 66") and ages in passing are
not figures. A score ("2-1") is one only when it is the result the story reports; a vote
("voted 5-2") is kept.

What a figure measures is read from the parse when the article has one (the shared
analysis, briefsmith.core.analysis): the counted noun with its modifiers ("Russian
fighters killed or wounded", "homes without power"), or for money, shares and units
what the amount is of ("a £94m penalty", "shares in the company fell"). Without a parse,
the words beside the number are read instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefsmith.core.cleaning import picture_lines
from briefsmith.core.dependency import hangs_within
from briefsmith.core.lexicon import (
    ACCOUNTING_QUALIFIER_WORDS,
    ADDRESS_HEADS,
    AGE_OPENING_PREPOSITIONS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    AMOUNT_NOUNS,
    AMOUNTING_LEMMAS,
    ANAPHORIC_MEASURE_NOUNS,
    ANIMAL_NOUNS,
    AVERAGE_NOUNS,
    AVERAGE_WINDOW_WORDS,
    BACKGROUND_SPANS,
    BALLS_FACED_NOUNS,
    BAN_NOUNS,
    BARE_PERSON_NOUNS,
    BENCH_MEMBER_NOUNS,
    BENCH_NOUNS,
    BENCHMARK_NOUNS,
    BIRTH_ORDER_WORDS,
    BODY_HISTORY_LEMMAS,
    BODY_NOUNS,
    CALL_HANDLING_VERBS,
    CALL_SIGN_CUES,
    CAREER_GROUP_NOUNS,
    CAREER_LEMMAS,
    CAREER_RECORD_WORDS,
    CAREER_SPAN_VERBS,
    CAREER_SPANS,
    CASUALTY_LEMMAS,
    CASUALTY_STATE_NOUNS,
    CHANGE_NOUN_EXTRAS,
    CHANGE_NOUNS,
    CHANGE_UNDERGOING_LEMMAS,
    CLOCK_DAY_PART_WORDS,
    CODE_LABEL_NOUNS,
    COMMON_CAPITALIZED,
    COMPANY_NOUNS,
    COMPARATIVE_CHANGES,
    COMPETITION_NOUNS,
    COMPONENT_NOUNS,
    CONDITION_MARKERS,
    CONTAINING_LEMMAS,
    CONTEST_STEP_NOUNS,
    CONVEYING_LEMMAS,
    COUNT_PLACE_PREPOSITIONS,
    COUNTERFACTUAL_MODALS,
    CUT_OFF_VERBS,
    DARTS_BED_WORDS,
    DEFINITE_DETERMINERS,
    DENOMINATION_NOUNS,
    DEPTH_STUFF_NOUNS,
    DESCRIPTION_NOUNS,
    DIMENSION_NOUNS,
    DIMENSION_WORDS,
    DOCUMENT_PART_NOUNS,
    DOLLAR_BILL_NOUNS,
    DRILLED_HOLE_NOUNS,
    DRILLING_LEMMAS,
    DURATION_FRAMES,
    DURATION_NEWS_NOUNS,
    ELECTORAL_MARGIN_NOUNS,
    ELSEWHERE_WORDS,
    EXTENT_NOUNS,
    FEMININE_GIVEN_NAMES,
    FIELD_EVENT_VERBS,
    FIELD_MARK_NOUNS,
    FIXTURE_NOUNS,
    FURTHER_AMOUNT_WORDS,
    GAP_WORDS,
    GIVEN_NAMES,
    GRADE_NOUNS,
    HABITUAL_ADVERBS,
    HABITUAL_PERIODS,
    HAVING_LEMMAS,
    HOME_KIND_NOUNS,
    HOME_PART_NOUNS,
    HONORIFICS,
    HORIZON_NOUNS,
    HOSPITAL_NOUNS,
    HOURS_LEMMAS,
    HOUSEHOLD_MEMBER_NOUNS,
    HYPERBOLE_SCALES,
    INJURY_NOUNS,
    INNINGS_END_VERBS,
    INTERVAL_KIND_WORDS,
    INTERVAL_NOUNS,
    IRREGULAR_PAST_VERBS,
    KIND_MARK_PART_NOUNS,
    LATER_ORDINAL_WORDS,
    LEADING_GROUP_WORDS,
    LINEAGE_NOUNS,
    LOCATIVE_PREPOSITIONS,
    LOTTERY_BALL_NAMES,
    MAKEUP_GROUP_NOUNS,
    MASCULINE_GIVEN_NAMES,
    MATCH_DETAIL_NOUNS,
    MATCH_PAUSE_WORDS,
    MEASURING_LEMMAS,
    MEASURING_NOUNS,
    METRE_SIZE_NOUNS,
    MILLIONS_DESCRIBED_NOUNS,
    MONTHS,
    MOVING_LEMMAS,
    NAMED_THING_NOUNS,
    NUMBER_IDIOMS,
    NUMBER_NAME_SUFFIXES,
    NUMBERED_AREA_NOUNS,
    NUMBERED_DAY_NOUNS,
    NUMBERED_SCRIPTURE_BOOKS,
    NUMBERED_SERVICE_NOUNS,
    NUMBERED_STAGE_NOUNS,
    ODDS_MODIFIERS,
    ODDS_NOUNS,
    ORG_CONNECTORS,
    ORG_KIND_NOUNS,
    OWNER_CHANGE_LEMMAS,
    PARENT_NOUNS,
    PART_QUANTIFIERS,
    PAYMENT_FORMS,
    PEOPLE_SCENE_AGE_PREPOSITIONS,
    PERSON_NOUNS,
    PERSON_RELATIVES,
    PERSONAL_POSSESSIVES,
    PLANNED_BUILDING_WORDS,
    PLAYED_STEP_NOUNS,
    POINTING_BACK_PRONOUNS,
    POLL_STANDING_LEMMAS,
    POPULATION_NOUNS,
    PRICE_LEVEL_LEMMAS,
    PRICE_VERB_NOUNS,
    PRICED_SUBJECT_NOUNS,
    PROGRESS_PREPOSITIONS,
    PRONOUNS,
    PROVISION_NOUNS,
    QUOTE_OPENERS,
    RACE_CATEGORY_WORDS,
    RACE_CLOCK_VERBS,
    RACE_EVENT_NOUNS,
    RACE_FRONT_NOUNS,
    RACE_MODIFIER_WORDS,
    RACE_NAMED_PERSON_NOUNS,
    RACE_PLACE_WORDS,
    RACE_TIME_VERBS,
    RANKED_GROUP_WORDS,
    RATING_NOUNS,
    RELEASE_LEMMAS,
    REPORTING_PERIOD_NOUNS,
    RESCHEDULE_LEMMAS,
    RESCHEDULE_PHRASALS,
    RESOLUTION_NOUNS,
    RISE_UP_VERBS,
    ROAD_RACE_NOUNS,
    ROLE_NOUNS,
    ROOMED_HOME_PART_NOUNS,
    SAMPLED_NOUNS,
    SCALE_READING_NOUNS,
    SCENE_AGE_PREPOSITIONS,
    SCHEDULED_EVENT_NOUNS,
    SCOPE_ADVERBS,
    SCORE_TALLY_NOUNS,
    SENTENCE_LEMMAS,
    SERIES_STANDING_NOUNS,
    SETTLEMENT_NOUNS,
    SHIRT_NOUNS,
    SHIRT_VERBS,
    SHORT_SIDE_LEADS,
    SHORT_SIDE_NOUNS,
    SHORTLIST_NOUNS,
    SIBLING_GROUP_NOUNS,
    SIDE_MEMBER_NOUNS,
    SIZE_VERB_LEMMAS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    SPEED_TEST_NOUNS,
    STANDING_LEMMAS,
    STATE_LEMMAS,
    STOREY_NOUNS,
    TEMPERATURE_WORDS,
    TITLE_CASE_MINOR_WORDS,
    TITLES,
    TRADE_LEMMAS,
    UNISEX_GIVEN_NAMES,
    UNMARKED_PLURAL_NOUNS,
    VEHICLE_BUILD_PART_NOUNS,
    VENUE_NOUNS,
    VENUE_SIZE_WORDS,
    WATER_LEVEL_NOUNS,
    WEEKDAYS,
    WHOLLY_PERCENT_WORDS,
    WORKING_GROUP_NOUNS,
)
from briefsmith.core.numbers import (
    GLUED_RACE_TIME,
    NumberMention,
    elapsed_seconds,
    find_numbers,
    glued_race_seconds,
    spoken_value,
)
from briefsmith.core.units import (
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_CURRENCIES,
    canonical_unit,
    is_duration,
    unit_name,
    unit_spelled_at,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis import Analysis, Tokens

_APPROXIMATORS = re.compile(
    r"(?<![\w’'-])(?:about|around|approximately|roughly|nearly|almost|some|over|"
    # "would allow no more than 9%": a cap, not "more than 9%"
    r"no more than|no fewer than|no less than|more than|"
    r"less than|fewer than|at least|at most|up to|as many as|as few as|an estimated|estimated|"
    r"only|just|exactly)\s+$",
    re.IGNORECASE,
)
# A price told per unit with a slash glued to it: "£395/t", "$2,480/feu", "38.5p/litre".
_PER_UNIT_GLUED = re.compile(r"(p?)/[A-Za-z]{1,6}(?![\w/])")
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$")
# A range's second end told with a scale word ("3 to 4 million"), not an abbreviation
# that may be a metre ("3-4m waves").
_SCALE_WORD_END = re.compile(r"[a-z]illion$|crores?$|lakhs?$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in MONTHS) + r")\s+$")
_MONTH_AFTER = re.compile(r"^\s+(?:" + "|".join(re.escape(m) for m in MONTHS) + r")\b")
_DESIGNATION = re.compile(r"[A-Za-z]-$")
# "hole KX-23-114", "sample AB-7-12": digits ending a chain of hyphened parts that opens
# with letters are the code's last part (round 18; not "2024-25", "a 10-15 rise").
_CODE_CHAIN_BEFORE = re.compile(r"\b[A-Za-z][A-Za-z0-9]*-\d+-$")
_GLUED_SUM_BEFORE = re.compile(r"\d(?:m|bn|k)-$")
_DIGIT = re.compile(r"\d")
# "the 2024-25 budget", "the 2023/24 season": the second year of a span of years.
_YEAR_SPAN_BEFORE = re.compile(r"\b(?:18|19|20)\d\d[-–/]$")
# "7-Eleven": digits glued by a hyphen to a capitalized word: a name.
_NAME_GLUED_AFTER = re.compile(r"-([A-Z][A-Za-z]*)")
_DIGITS_GLUED_BEFORE = re.compile(r"\d-$")
# "the top 10% of earners", "the richest 1%": a share that cuts out a group, not a
# figure of it.
_GROUP_CUT_BEFORE = re.compile(
    r"\b(?:top|bottom|richest|poorest|wealthiest|highest-paid|lowest-paid)\s+$", re.IGNORECASE
)
# "junction 23A", "Gate 4B", "platform 9B": a number glued to one capital letter is a
# code (not "2C", "40F": a temperature; not "5M", "300K", "2B": a multiplier).
_LETTER_CODE_AFTER = re.compile(r"[A-Z](?![\w’'-])")
_UNIT_LETTERS = frozenset("CFKMB")
# "seat 14C", "flat 9C", "Apartment 12B": after the noun it numbers, a unit's letter too
# ends a code.
_CODE_LABEL_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(CODE_LABEL_NOUNS)) + r")\s+$", re.IGNORECASE
)
_MODEL_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)(?:(\s)\d{3,}|\d+)-$")
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
_NOT_UNITS = (
    frozenset(
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
    | GAP_WORDS
)  # "four points behind": the gap counts points
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
_WHEN_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted(_TIME_WORDS)) + r")\s+([a-z]+)\b")
_CLAUSE_STOP = frozenset(
    {"that", "which", "who", "whom", "whose", "but", "because", "when", "versus", "vs", "vs."}
)
# A name before a number: "Route 66", "Apollo 11", "Falcon 9", "Boeing 737".
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*|[a-z]+[A-Z][\w-]*) $")  # "iOS 18"
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*)$")
# A sentence opened by the time at which something else is measured ("After four
# weeks, ...", "Within two years, ...").
_FRAME_OPENING = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+|\n\s*)(?:After|Within|Over)\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|just|the first|the next|the last)\s+)?$"
)
# The words of an age range: "aged between six months and 11 years", "aged 16 to 24".
_AGED_BEFORE = re.compile(
    r"\baged\s+(?:between\s+|from\s+|under\s+|over\s+)?(?:\S+\s+\S+\s+(?:and|to)\s+)?$"
)
_SHORT_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks"})
_CONTEXT_CHARS = 240
_RATE_DIMENSIONS = frozenset({"speed", "data rate"})
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
    designation = (_DESIGNATION.search(before) or _CODE_CHAIN_BEFORE.search(before)) and not (
        mention.currency and _GLUED_SUM_BEFORE.search(before)  # "£3m-£4m": a range
    )
    if mention.ordinal or designation or _YEAR_SPAN_BEFORE.search(before):
        return True
    glued = _NAME_GLUED_AFTER.match(after)
    if (
        glued is not None
        and canonical_unit(glued.group(1)) is None
        and not _DURATION_AFTER.match(after)
    ) or (mention.spelled and mention.text[:1].isupper() and _DIGITS_GLUED_BEFORE.search(before)):
        return True  # "a 7-Eleven store": both halves of a brand (not "a 12-Month Ban")
    if mention.percent and _GROUP_CUT_BEFORE.search(before):
        return True  # "homes in the top 10% of the market": the group, not an amount
    code = _LETTER_CODE_AFTER.match(text, mention.end)
    if (
        code is not None
        and not mention.spelled
        and not mention.currency
        and (code.group() not in _UNIT_LETTERS or _CODE_LABEL_BEFORE.search(before))
    ):
        return True
    if _is_airliner_variant(text, mention) or _ends_a_group_name(text, mention):
        return True
    # "a Boeing 787-9", "the Airbus A321-200": the variant after a model number.
    model = _MODEL_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if model and (model.group(1) not in COMMON_CAPITALIZED or model.group(2) is None):
        return True  # ("A350-1000": a letter glued to digits is a code, not the word "A")
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
    # (an acronym opening a sentence names as well: "FIFA 23 sold", "KXLY 4 News reported";
    # not "US 300 troops to leave", a headline's count of a plural)
    acronym = (
        name is not None
        and len(name.group(1)) > 1
        and name.group(1).isupper()
        and mention.text.isdigit()
        and not _PLAIN_RANGE_AFTER.match(text, mention.end)
    )
    if (
        name
        and (not opens_sentence or acronym)
        and not mention.spelled
        and not mention.currency
        and name.group(1) not in COMMON_CAPITALIZED | MONTHS | WEEKDAYS
    ):
        return True  # "Route 66", "Apollo 11": part of a name
    # "Leopard 2 tanks", "Su 25": a number glued to a capitalized name (not a function
    # word that opens a sentence: "Only 3 of the 40").
    return (
        not (name and name.group(1) in COMMON_CAPITALIZED)
        and bool(re.search(r"[A-Z][a-z]+ $", before))
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


# "abandoned, injured or neglected", "broken, missing and unlit": modifiers in a list
# between a count and its noun.
_LISTED_MODIFIERS = re.compile(
    r"\s+((?:[a-z][\w’'-]*,\s+){1,4}[a-z][\w’'-]*,?\s+(?:and|or)\s+[a-z][\w’'-]*)(?=\s)"
)


def _counted_after_listed_modifiers(
    text: str, tokens: Tokens, position: int
) -> tuple[str, str] | None:
    """The counted noun and its phrase when a list of modifiers stands between a count
    and its noun ("1,270 abandoned, injured or neglected dogs", "46 broken, missing or
    unlit signs"): the noun after the list, not the list's first word. Every word of the
    list must be an adjective or a participle in the parse (not "46 signs, lamps or
    posts"); None otherwise."""
    listed = _LISTED_MODIFIERS.match(text, position)
    if listed is None:
        return None
    for word in re.finditer(r"[a-z][\w’'-]*", listed.group(1)):
        if word.group() in ("and", "or"):
            continue
        index = tokens.at(listed.start(1) + word.start())
        if index < 0 or tokens.pos[index] not in ("ADJ", "VERB"):
            return None
    words, head = _counted_phrase(text, listed.end())
    if not words or head is None or canonical_unit(head) is not None:
        return None
    return head, " ".join([*listed.group(1).split(), *words])


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
        elif core and lower in COUNT_PLACE_PREPOSITIONS:
            break  # "rescued 12 fishermen off Cape Clear": where, not a word of the noun
        elif core and lower in _TIME_WORDS:
            break  # "scored 14 times this season": when, not a word of the noun
        elif (
            core
            and core[-1].islower()
            and core[-1] not in ("and", "or")
            and (word.isdigit() or _is_spelled_count(word))
            and not (index + 1 < len(words) and is_duration(words[index + 1]))
        ):
            break  # "the station's 14 dams three times a week": another number, another phrase
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
    # (a one-letter unit only right after the number: "the 2.4GW Dogger Reach C project"
    # names no temperature)
    unit = next(
        (w for i, w in enumerate(core) if canonical_unit(w) and (len(w) > 1 or not i)), None
    )
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
    spelled = unit_spelled_at(text, end)
    if spelled is not None and (canonical_unit(spelled[0]) or ("", ""))[0] in _RATE_DIMENSIONS:
        return spelled[0], spelled[0]  # a speed or a data rate, "per hour" and all
    of_phrase = re.match(r"^\s+of\s+((?:the|its|their|his|her)\s+)?", after)
    if of_phrase:  # "two of Bakhmut’s neighborhoods"
        words = _following_words(text, end + of_phrase.end(), 3)
        # "Some 2m of water bills went unpaid": the noun phrase ends at its verb (round 25)
        cut = next((n for n, w in enumerate(words) if n and w.lower() in _VERBS), len(words))
        words = words[:cut]
        if words:
            # "Eleven of the 14 schools inspected": the whole's noun, not its participle
            counted = (
                _counted_phrase(text, end + of_phrase.end())[1] if words[0][:1].isdigit() else None
            )
            return counted or _unit_of(words[-1:]), " ".join(words)
    first_after = re.match(r"^\s+([A-Za-z]+)", after)
    if first_after and first_after.group(1).lower() in _VERBS:
        return None, ""  # "93 stands": the number names something, it counts nothing
    when = _WHEN_AFTER.match(after)
    if when and is_duration(unit_name(when.group(1))):
        return None, ""  # "open 12 next year": a time follows, the count's noun is elided
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


def find_figures(text: str, analysis: Analysis | None = None) -> list[FoundFigure]:
    """The figures of `text`, in order. With `analysis` (the parse of this same text),
    what each figure measures comes from the parse."""
    # No parse at all (a text the edge did not parse, such as a hostile megabyte with no
    # paragraph it could take) reads like no analysis: the rules from the parse stand down.
    tokens = (
        analysis.tokens
        if analysis is not None and analysis.text == text and len(analysis.tokens)
        else None
    )
    skip = _Spans(_not_figure_spans(text))
    captions = _Spans(picture_lines(text))  # a caption's numbers are not the story's
    quoted = [(q.start, q.end) for q in analysis.quotes] if tokens is not None and analysis else []
    scores, spans = _scores(text, _Spans(quoted))
    score_spans = _Spans(spans)
    quoted_spans = _Spans(quoted)
    numbers = find_numbers(text)
    shares = {  # "nine in 10", "one in five": both numbers make one share
        numbers[i + n].start
        for i in range(len(numbers) - 1)
        if _share_in(text, numbers[i], numbers, i) is not None
        # (not "reached 180 for 4 in 20 overs": the 4 closes a cricket total, round 26)
        and numbers[i].start not in score_spans
        for n in (0, 1)
    }
    converted = _conversions_of_spelled_amounts(text, numbers)
    match_details = (
        MATCH_DETAIL_NOUNS - DRILLED_HOLE_NOUNS
        if tokens is not None and _tells_of_drilling(tokens)
        else MATCH_DETAIL_NOUNS
    )
    mentions = [
        m
        for m in numbers
        if m.start in shares
        or (
            not _is_name_or_date(text, m)
            and m.start not in skip
            and m.start not in captions
            and m.start not in score_spans
            and not _is_clock_or_code(text, m)
            and not (tokens is not None and _is_a_bare_clock_time(text, tokens, m))
            and not _is_the_run_of_a_named_step(text, m)
            and not _is_spoken_small_number(m, quoted_spans, text)
            and not _is_dialled(text, m)
            and not _PARENT_OF_BEFORE.search(text, max(0, m.start - 24), m.start)
            and not _is_age_after_a_person_noun(text, m)
            and not (_AGE_BOUND_AFTER.match(text, m.end) and not (m.currency or m.percent))
            and not _COHORT_AFTER.match(text, m.end)
            and not _is_restatement_or_designation(text, m)
            and not (tokens is not None and _is_label(tokens, m))
            and not (tokens is not None and _names_a_numbered_stage(tokens, m))
            and not (tokens is not None and _names_the_noun_after(tokens, m))
            and not (tokens is not None and _ends_a_list_of_labels(tokens, m))
            and not (tokens is not None and _names_a_service(tokens, m))
            and m.start not in converted
            and not _is_house_number(text, m)
            and not _is_a_side_s_strength(text, m)
            and not _names_an_average(text, m)
            and not _is_a_by_designation(text, m)
            and not _is_a_shirt_number(text, m)
            and not _names_a_darts_bed(text, m)
            and not _NAME_SUFFIX_GLUED.match(text, m.end)
            and not _sizes_a_bench_or_a_shortlist(text, m)
            and not _is_a_star_rating(text, m)
            and not _names_a_provision_in_a_list(text, m)
            and not _is_a_component_spec(text, m)
            and not _is_a_model_after_a_count(text, m)
            and not _NUMBER_SIGN_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not _PLACE_REACHED_BEFORE.search(text, max(0, m.start - 14), m.start)
            and not _is_a_bar_each(text, m)
            and not _is_a_total_after_an_ordinal(text, m)
            and not _sizes_a_venue(text, m)
            and not _AVERAGE_AT_BEFORE.search(text, max(0, m.start - 40), m.start)
            and not _names_leading_group(text, m)
            and not _names_a_ranked_group(text, m)
            and not _is_a_call_sign(text, m)
            and not _numbers_an_area(text, m)
            and not _is_a_day_before_more_days(text, m)
            and not _counts_siblings_born_among(text, m)
            and not _is_a_horizon_or_a_career_span(text, m)
            and not _is_a_grade(text, m)
            and not _names_a_speed_test(text, m)
            and not _counts_titles_held(text, m)
            and not _names_a_race(text, m)
            and not _is_a_ratio(text, m)
            and not _names_a_denomination(text, m)
            and not _is_wholly(text, m)
            and not _is_goals_and_behinds(text, m)
            and not _names_a_resolution(text, m)
            and not _names_a_road_race(text, m)
            and not _names_a_book_of_scripture(text, m)
            and not _describes_a_home_s_rooms(text, m)
            and not _describes_a_vehicle_s_build(text, m)
            and not _tells_a_return_period_or_a_lineage(text, m)
            and not _describes_a_household_s_size(text, m)
            and not (tokens is not None and _opens_a_name_with_a_span(text, tokens, m))
            and not (tokens is not None and _opens_a_work_s_title(tokens, m))
            and not (tokens is not None and _ends_a_group_name_in_digits(tokens, m))
            and not (tokens is not None and _opens_a_name(text, tokens, m))
            and not (tokens is not None and _ends_a_name_before_its_noun(tokens, m))
            and not (tokens is not None and _is_a_product_s_number(tokens, m))
            and not (tokens is not None and _is_the_rounds_of_a_standing(tokens, m))
            and not _names_a_code_an_event_or_a_list(text, m)
            and not (tokens is not None and _is_the_number_as_subject(text, tokens, m))
            and not (tokens is not None and _says_how_far_behind_a_group_is(tokens, m))
        )
    ]
    mentions = _with_compound_openers(text, numbers, mentions)
    figures: list[FoundFigure] = list(scores) + _ordinal_figures(text, numbers, quoted_spans)
    if tokens is not None:  # "won in 2:14:38": a race time measures who did what in it
        figures = [
            replace(f, measures=_race_time_measure(text, tokens, f) or f.measures)
            if f.unit == "seconds"
            else f
            for f in figures
        ]
        # "Vale posted 241 for six", "Lumb took five for 33": whose total or figures
        figures = [_with_innings_measure(tokens, f) for f in figures]
    pending_from: FoundFigure | None = None
    owns: dict[int, str] = {}  # a figure's start -> the phrase right after it ("on a Porsche")
    restated_moves: set[int] = set()  # "68.3 points, or 0.9%": shares told of the move before
    wholes: set[int] = set()  # "two of their 19 matches": the 19 is told with the two
    told_values: set[float] = set()  # the values of the numbers read so far
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        start, end = mention.start, mention.end
        if start in wholes:
            index += 1
            continue
        whole = _whole_after(text, mention, mentions, index)
        if (
            whole is not None
            and not _THE_WHOLE.search(text, mention.end, whole.start)
            # (a person's total told again, "38 growers ... 19 of his 38 members", is
            # told once)
            and not (_an_owner_s_total(text, mention, whole) and whole.value not in told_values)
        ):
            wholes.add(whole.start)  # "of the 312 scheduled sailings" is a total: kept
        told_values.add(mention.value)
        value, value_max = mention.value, None
        shared_percent = False
        metres_range, metres_max = False, 0.0
        if index + 1 < len(mentions):
            following = mentions[index + 1]
            # "between 30 and 45 per cent", "5-7%": one percent sign for both ends (not
            # "from 3 to 5%", a change told in two levels).
            shared_percent = (
                following.percent
                and not mention.percent
                and mention.currency is None
                and not _FROM_BEFORE.search(text, max(0, start - 6), start)
            )
            gap = text[end : following.start]
            cents_gap = _CENTS_AFTER.match(gap)  # "62 cents to 66 cents a share"
            if cents_gap is not None and _CENTS_AFTER.match(text, following.end):
                gap = gap[cents_gap.end() :]
            # "rose from £2.5m to £3m": an old level and a new one, not a range
            from_before = _FROM_BEFORE.search(text, max(0, start - 6), start)
            changed_from = (
                from_before is not None
                and tokens is not None
                and _changed_just_before(tokens, from_before.start())
            )
            # "£3-4bn", "€2-3 billion", "Rs 5 to 7 crore": one scale word for both ends
            # (round 22), when the first end has none and is below the second's number.
            shared_scale = (
                _RANGE_JOIN.match(gap) is not None
                and mention.value == mention.base
                and not mention.percent
                and following.value >= 1000 * following.base > 0
                and (mention.currency is None or following.currency in (None, mention.currency))
                and mention.base < following.base
                and (mention.currency is not None or _SCALE_WORD_END.search(following.text))
            )
            # "Waves of 3-4m", "a 2-3m wall": a glued "m" after a range of heights is
            # metres for both ends; "between 3 and 4m people", "2-3m units": millions for
            # both (round 23)
            glued_m = (
                _RANGE_JOIN.match(gap) is not None
                and mention.value == mention.base
                and not mention.percent
                and mention.currency is None
                and following.currency is None
                and following.text[-1:] == "m"
                and following.value != following.base
                and mention.base < following.base
            )
            if glued_m and (
                _is_glued_metres(text, tokens, replace(following, start=mention.start))
                or _is_a_height_of(text, tokens, mention)
            ):
                metres_range, metres_max = True, following.base
            elif glued_m:
                shared_scale = True
            if shared_scale:
                value = mention.base * following.value / following.base
            if (
                _RANGE_JOIN.match(gap)
                and not changed_from
                and following.value > value
                # "rose 3% to £612 million" is a change and a total, not a range; so is
                # "fell by 12,000 to 2.09 million", a level far above the change (but "to
                # drop by another 300 to 400" and "by 5 to 7%" are ranges of a change).
                and (following.percent == mention.percent or shared_percent)
                and (
                    shared_percent
                    or following.value <= 3 * value
                    or not (
                        _CHANGE_BY_BEFORE.search(text, max(0, start - 30), start)
                        or (tokens is not None and _changed_just_before(tokens, start))
                    )
                )
                and (following.currency is None or mention.currency in (None, following.currency))
                and (mention.currency is None or following.currency is not None or shared_scale)
            ):
                end, value_max = following.end, following.value
                index += 1
            else:
                shared_percent = False
        glued = _PER_UNIT_GLUED.match(text, end)
        if glued and (mention.currency or glued.group(1)):  # "£395/t", "38.5p/litre"
            end = glued.end()
        share = _share_in(text, mention, mentions, index)
        if share is not None:  # "nine in 10 applications", "one in five families"
            end, value = mentions[index + 1].end, share
            index += 1
        compound = _compound_duration(text, mention, mentions, index)
        opened = None if compound is not None else _compound_opened_by_an_article(text, mention)
        if opened is not None:  # "a year and eight months": twenty months, told from "a"
            start, value = opened
        approximator = _APPROXIMATORS.search(text[max(0, start - 20) : start])
        if approximator and not (
            tokens is not None and _rises_up_to(tokens, start - len(approximator.group()))
        ):
            start -= len(approximator.group())
        unit, measures = _measure(text, mention.start, end)
        modified = _counted_after_listed_modifiers(text, tokens, end) if tokens else None
        if modified is not None:  # "1,270 abandoned, injured or neglected dogs": the dogs
            unit, measures = modified
        runs_off_the_balls = _scored_off_the_balls(text, mention, end)
        if runs_off_the_balls:
            unit = "runs"  # "made 112 off 98 balls": the runs, not the balls they came off
        if compound is not None:  # "two years and eight months": one span, in months
            end, value, unit = compound
            index += 1
        if _is_age_in_passing(text, mention, unit, measures, tokens) or (
            tokens is not None
            and (
                _bare_age_of_a_person(text, tokens, mention, unit)
                or _opening_age_of_a_person(text, tokens, mention)
            )
        ):
            index += 1
            continue
        if mention.percent or share is not None or shared_percent:
            unit = "percent"
        elif mention.currency:
            unit = mention.currency
        elif _PENCE.match(text, mention.end):
            unit, measures = "pence", ""
        elif (
            canonical_unit(unit) is None
            and _FRACTION_WORD.search(mention.text)
            and mention.value < 1  # not "two and a half lengths": a whole and a half
        ):
            unit = "fraction"
        if (
            _is_field_mark(text, mention)
            or _is_glued_metres(text, tokens, mention)
            or _is_a_height_of(text, tokens, mention)
        ):
            # "cleared 1.94m", "The river rose 2m", "a 2m wall": metres, not millions
            value, unit = mention.base, "metres"
        if metres_range:  # "Waves of 3-4m": both ends in metres
            value, value_max, unit = mention.base, metres_max, "metres"
        rate_points = None if mention.percent else _RATE_POINTS_AFTER.match(text, end)
        if rate_points is not None and not mention.currency:
            # "fell 0.6 percentage points", "by 25 basis points": a change of a rate, read
            # with its unit so the parse finds the rate that changed
            end, unit = rate_points.end(), f"{rate_points.group(1).lower()} points"
        if not measures and (
            mention.percent or shared_percent or mention.currency or unit in ("pence", "fraction")
        ):
            measures = _subject_before(text, start)
        cents = None if mention.currency or mention.percent else _CENTS_AFTER.match(text, end)
        if cents is not None:  # "or 88 cents a share": a sum, in the article's currency
            ahead = mentions[index + 1] if index + 1 < len(mentions) else None
            told_next = (  # "rose by 43c a litre to R22.15": the price after names it
                ahead.currency
                if ahead is not None and ahead.start - end < 30 and ahead.currency
                else None
            )
            end, unit = cents.end(), told_next or _currency_before(figures) or "USD"
            value, value_max = value / 100, (value_max / 100 if value_max is not None else None)
            restated = _OR_BEFORE.search(text, max(0, start - 6), start)
            if restated and figures and _is_money(figures[-1]):
                per_share = " per share" if _PER_SHARE.match(text, end) else ""
                measures = figures[-1].measures + per_share
            else:
                parsed = _parsed_measure(tokens, mention.start, end) if tokens is not None else ""
                measures = parsed or _subject_before(text, start)
                if not measures and tokens is not None:  # "12 cents above forecasts"
                    measures = _margin_measure(tokens, replace(mention, end=end))
            if measures:
                figures.append(
                    FoundFigure(text[start:end], start, end, value, value_max, unit, measures)
                )
            pending_from = None
            index += 1
            continue
        of_a_second = _OF_A_SECOND.match(text, end) if mention.value < 1 else None
        if of_a_second is not None and _FRACTION_WORD.search(mention.text):
            # "by three hundredths of a second", "a tenth of a second clear": a margin
            end = of_a_second.end()
            clause = _CLAUSE_AFTER.match(text, end)
            what = " ".join(clause.group(1).split()[:6]) if clause else ""
            told = _CLAUSE_BEFORE.search(text, max(0, start - 80), start)
            if told is not None and (not what or told.group(1).rstrip().endswith(" by")):
                # "beat Moor by two tenths of a second": who beat whom is told before it
                what = " ".join(told.group(1).split()[-8:])
            figures.append(
                FoundFigure(
                    text[start:end], start, end, value, None, "seconds", f"margin {what}".strip()
                )
            )
            pending_from = None
            index += 1
            continue
        race_time = _bare_race_time(text, mention, quoted_spans)
        if race_time is not None:  # "was second in 11.42"
            figures.append(
                FoundFigure(text[start:end], start, end, value, None, "seconds", race_time)
            )
            pending_from = None
            index += 1
            continue
        span_of_time = _duration_unit(text, mention, end if compound is None else mention.end)
        if span_of_time is not None:  # "for 18 months", "within 30 days": a span of time
            if not _duration_is_news(text, mention, span_of_time, quoted_spans):
                index += 1
                continue
            if compound is None:
                end, unit = span_of_time.end(), unit_name(span_of_time.group(1))
            if tokens is not None and (
                _career_span(tokens, mention.start, end)
                or _is_tenure_or_review_point(tokens, mention.start, end)
                or _is_offset_of_a_clause(tokens, mention.start, end)
            ):
                index += 1
                continue
            # "won the 400m in 51.20 seconds": a race time, not a period something happened in
            raced = _RACE_TIME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            frame = "time" if raced and unit in ("seconds", "minutes") else ""
            parsed = (
                _duration_measure(tokens, start if opened else mention.start, end, frame)
                if tokens is not None
                else ""
            )
            parsed = (
                _span_against_the_one_before(text, start, end, mention, unit, figures) or parsed
            )
            if tokens is not None:  # "shaved 12 seconds off the Oceania record"
                parsed = _cut_off_measure(text, tokens, mention.start, end) or parsed
            if not parsed and tokens is not None:  # "for more than 48 hours": its clause
                in_clause = _beyond_the_unit(tokens, mention.start, end)
                parsed = in_clause if " " in in_clause else ""
            figure = FoundFigure(
                text[start:end], start, end, value, value_max, unit, parsed or unit or ""
            )
            figures.append(figure)
            pending_from = None
            index += 1
            continue
        if (
            _is_time_frame(unit)
            or _refers_back(text, start, mention, tokens)
            or _is_background_span(text, mention, unit)
            or _is_share_count(text, mention, end)
            or _describes_a_body(text, mention)
            or _names_a_kind(text, mention)
            or _is_an_interval_level(text, mention)
            or _is_told_how_often(text, mention)
            or _frames_a_window(text, mention)
            # "a 412-page report", "runs to 14 chapters": a document's length is no news;
            # "from 98 balls", "14 fours": the strokes of a match, not its result
            or (
                not mention.currency
                and not mention.percent
                and (unit or "").lower() in DOCUMENT_PART_NOUNS | match_details
            )
            or (
                (
                    (
                        _is_small_count(mention, unit)
                        and not _GLUED_TALLY_AFTER.match(text, end)
                        # "Two of its older A320s were grounded": a part of what a body
                        # holds (round 17)
                        and not _OF_ITS_AFTER.match(text, end)
                        and not _GAP_AFTER.match(text, end)
                        # "within two points of the top"
                        and not _WITHIN_BEFORE.search(text, max(0, start - 12), start)
                    )
                    or (tokens is not None and _counts_a_detail_of_a_thing(tokens, mention, unit))
                )
                and whole is None
                and not (tokens is not None and _counts_casualties(tokens, mention))
            )
        ):
            index += 1
            continue
        if tokens is not None and (
            _is_outside_the_event(tokens, text, mention, end, unit, quoted_spans)
            or _career_span(tokens, mention.start, end)
            or _is_career_record(tokens, mention)
            or _is_makeup_or_ranking_frame(tokens, mention)
        ):
            index += 1
            continue
        place = _PLACED_AFTER.match(text, end)
        if tokens is not None:
            parsed = _parsed_measure(tokens, mention.start, end)
            if parsed == "age" or parsed.startswith("age of "):
                index += 1  # "joined the show aged 21": an age in passing
                continue
            if parsed:
                measures = parsed
            measures = _price_of_a_misread_verb(tokens, mention.start, end) or measures
            if whole is not None and _PART_OF.fullmatch(text, end, whole.start):
                measures = _part_measure(text, tokens, mention, whole) or measures
        against = _told_against(text, start, end, mention, figures)
        if against:
            measures = against
        measures = _bare_frame_compared(text, start, end, measures) or measures
        measures = _level_after_a_change_noun(text, start, end) or measures
        if tokens is not None:
            measures = _named_before(tokens, start, unit, measures, figures) or measures
            measures = _compared_with_before(tokens, start, end, unit, figures) or measures
            measures = _change_of_the_count_before(text, start, figures) or measures
            measures = _change_told_after(text, start, measures, figures) or measures
            measures = _level_when_changed(text, start, measures, figures) or measures
            measures = _population_measure(tokens, mention.start, end) or measures
            measures = _compared_with_the_count_before(tokens, start, end, figures) or measures
            measures = _reading_of_a_thing(tokens, mention) or measures
            if _names_only_the_comparison(measures):
                measures = (
                    _difference_from_the_amount_before(tokens, start, end, figures) or measures
                )
            measures = _amount_before_restated(text, tokens, start, end, figures) or measures
            measures = _share_of_a_whole_after_a_count(tokens, start, end, figures) or measures
        if (
            figures
            and figures[-1].measures
            and _RESTATED_IN_BRACKETS.fullmatch(text, figures[-1].end, start)
            and _CLOSING_BRACKET.match(text, end)
        ):  # "One in five entries (20.6%) was awarded": the same share, said again
            measures = figures[-1].measures
        own = _own_phrase_after(tokens, mention.start, end) if tokens is not None else None
        if own is not None:
            owns[start] = own
            listed = _listed_after(text, start, own, figures, owns)
            if listed is not None:  # "£72,000 on a Porsche" after "£310,000 on a farmhouse"
                shared, first = listed
                figures[-1] = replace(first, measures=_joined([shared, owns[first.start]]))
                measures = _joined([shared, own])
        if _UP_TO.match(text, start) and measures[:1].islower() and "maximum" not in measures:
            # "a fine of up to £1,000": the maximum fine (anyone caught faces)
            measures = f"maximum {measures}"
        dimension = canonical_unit(unit)
        if place is not None and dimension is not None and dimension[0] == "length":
            # "a town about 30 miles to the north", "tunnels some 200 km below the area"
            measures = _placed_measure(tokens, mention.start, place, measures)
        elif dimension is not None and dimension[0] == "length" and tokens is not None:
            # "will pass within 32,000km of Earth": how close something comes to a place
            measures = _closest_distance(tokens, mention.start, end) or measures
        figure = FoundFigure(text[start:end], start, end, value, value_max, unit, measures)
        # "cut the number of ships from 36 to 24": the old level measures what the new
        # level measures (and the other way round).
        if pending_from is not None and _FROM_TO.match(text, pending_from.end, start):
            if measures and not pending_from.measures:
                figures.append(replace(pending_from, measures=measures))
            elif pending_from.measures and (not measures or _DIGIT.search(measures)):
                # (a measure with the old level's digits in it is a misread of the parse)
                figure = replace(figure, measures=pending_from.measures)
            elif measures and _ENDS_IN_FROM.search(pending_from.measures):
                # "Rents rose from £900 to £1,150": the old level was read as the words
                # before it ("Rents rose from"); it measures what the new level measures.
                figures = [
                    replace(f, measures=measures) if f is pending_from else f for f in figures
                ]
        if (
            figures
            and "from" in figure.measures.split()
            and _BARE_FROM.fullmatch(text, figures[-1].end, start)
            and _TO_BEFORE.search(text, 0, figures[-1].start)
            and figures[-1].measures
        ):
            # "fell to 14,600 megawatts from 16,900 megawatts": the level before measures
            # what the level after does, not "outages fell from megawatts" (round 17)
            figure = replace(figure, measures=figures[-1].measures)
        pending_from = figure if _FROM_BEFORE.search(text, max(0, start - 6), start) else None
        if not figure.measures and mention.percent:
            # "closed down 68.3 points, or 0.9%": the move again, as a share
            figure = replace(figure, measures=_move_restated_as_share(text, start, figures))
            if figure.measures:
                restated_moves.add(start)
        if not figure.measures and not mention.currency and unit is None:
            # "closed up 1.2% at 39,104": the level the move left the index at
            figure = replace(figure, measures=_level_after_a_move(text, start, figures))
        # "Entry is €10, or €5 for students": a second price for some payers (round 19)
        for_others = _price_for_others(text, start, end, figures) if mention.currency else ""
        if for_others:
            figure = replace(figure, measures=for_others)
        if figures and _MORE_OF_AN_AMOUNT_BEFORE.search(text, max(0, start - 16), start):
            # "pledged $20 million in aid and said a further $20 million could follow": more
            # of what the amount before measures, not "said a further" (round 19)
            further = _more_of_the_one_before(text, figure, figures)
            if further:
                figure = replace(figure, measures=further)
        if mention.percent and tokens is not None and figure.measures.startswith("share of"):
            # "Nausea was reported by 12% of patients on Zelvora": what the share did
            # (round 20)
            agent = _share_as_the_agent(tokens, start, end)
            if agent:
                figure = replace(figure, measures=f"{figure.measures} {agent}")
        if mention.currency:
            # "That is another £90 a month", "It is an extra £200 a year on our bills": a
            # sum said of "that" or "it" with nothing before it to restate (round 20)
            said_of = _cost_said_of_that(text, start, end, figure.measures)
            if said_of:
                figure = replace(figure, measures=said_of)
        if not figure.measures and tokens is not None and (mention.currency or mention.percent):
            figure = replace(figure, measures=_margin_measure(tokens, mention))
        if not figure.measures and tokens is not None and (mention.currency or mention.percent):
            figure = replace(figure, measures=_noun_set_off_before(tokens, start, end))
        if tokens is not None and unit is None and not (mention.currency or mention.percent):
            sharing = _count_sharing_the_noun_before(text, tokens, figure, figures)
            figure = figure if sharing is None else sharing
        if tokens is not None and _only_the_unit(figure.measures):
            figure = replace(
                figure, measures=_beyond_the_unit(tokens, mention.start, end) or figure.measures
            )
        if tokens is not None and figure.measures.lower() in _MARGIN_ADVERBS:
            # "Tax receipts came in £4bn ahead of forecasts": a margin, not "ahead"
            figure = replace(figure, measures=_margin_ahead(tokens, start, end) or figure.measures)
        if runs_off_the_balls:  # the parser read the balls as what the runs count
            figure = replace(figure, measures=_joined(["runs", _subject_before(text, start)]))
        if figure.measures:  # a number that measures nothing we can name is not a figure
            figures.append(figure)
        index += 1
    figures.sort(key=lambda f: f.start)
    if tokens is not None:  # "98 points", "seven points from safety": whose tally or gap
        figures = [_with_tally_measure(tokens, f, quoted_spans) for f in figures]
        figures = [_with_vote_measure(tokens, f) for f in figures]
        figures = _with_listed_shares(text, tokens, figures)
        figures = _with_race_distances(text, numbers, figures)
        figures = [_with_field_mark_of_a_doer(text, tokens, f) for f in figures]
        figures = [_with_its_owner_named(tokens, f) for f in figures]
        figures = [_with_gap_off_the_pace(text, tokens, f) for f in figures]
    figures = [  # the share takes the move's final measure ("blue-chip index's points")
        replace(f, measures=figures[i - 1].measures) if f.start in restated_moves and i else f
        for i, f in enumerate(figures)
    ]
    figures = [_with_count_for_them(text, figures, i) for i in range(len(figures))]
    figures = [_with_count_for_more(text, figures, i) for i in range(len(figures))]
    figures = [_with_rate_told_alongside(text, figures, i) for i in range(len(figures))]
    figures = [_with_rate_base(text, _with_per_share(text, f)) for f in figures]
    figures = [_with_every_base(text, f) for f in figures]
    figures = [_without_a_joined_sum(f) for f in figures]
    figures = [_with_temperature_named(tokens, f) for f in figures]
    figures = [_with_dimension_named(text, tokens, f) for f in figures]
    return _deduplicate(text, figures, quoted_spans)


def _with_temperature_named(tokens: Tokens | None, figure: FoundFigure) -> FoundFigure:
    """ "Porthmadog hit 29.6C", "Aboyne recorded 31.1C on Sunday": a temperature whose
    measure names only where or when it was reached measures the temperature there
    ("temperature at Porthmadog"; "temperature of" what is not a name); one told with
    its own word ("highs of 27C", "Temperatures reached 33C") is left as it is."""
    dimension = canonical_unit(figure.unit)
    if dimension is None or dimension[0] != "temperature" or not figure.measures:
        return figure
    words = [w.strip(",.;:()'’").casefold() for w in figure.measures.split()]
    if set(words) & TEMPERATURE_WORDS:
        return figure
    named = False
    if tokens is not None:  # the measure's first word where it is written, in the sentence
        inside = tokens.between(figure.start, figure.end)
        if len(inside):
            first = tokens.sent_starts[tokens.sent[inside.start]]
            name = words[0].removesuffix("'s").removesuffix("’s")
            named = any(
                tokens.lower[i] == name and (tokens.pos[i] == "PROPN" or tokens.ent[i] != "")
                for i in range(first, inside.start)
            )
    return replace(figure, measures=f"temperature {'at' if named else 'of'} {figure.measures}")


# Round 24: "Waves as high as 9m", "swells as high as 7 metres", "Waves 8m high": the
# noun before "as <dimension> as" (or before the length, a dimension after it).
_AS_DIMENSION_AS_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:(?:of\s+up\s+to|up\s+to|reaching)\s+)?as\s+("
    + "|".join(sorted(DIMENSION_NOUNS))
    + r")\s+as\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_DIMENSION_WORD_AFTER = re.compile(r"\s*-?\s*(" + "|".join(sorted(DIMENSION_NOUNS)) + r")\b")


def _with_dimension_named(text: str, tokens: Tokens | None, figure: FoundFigure) -> FoundFigure:
    """ "Waves as high as 9m were recorded off Pelham Point" measures the height of the
    waves (it read "recorded off on Sunday"), "Swells as high as 7 metres battered the
    coast" the height of the swells, "Waves 8m high pounded the coast" the height of the
    waves: a length told of the noun before it by a word of a dimension."""
    dimension = canonical_unit(figure.unit)
    if tokens is None or dimension is None or dimension[0] != "length":
        return figure
    told = _AS_DIMENSION_AS_BEFORE.search(text, max(0, figure.start - 60), figure.start)
    if told is not None:
        noun_start, word = told.start(1), told.group(2)
    else:
        after = _DIMENSION_WORD_AFTER.match(text, figure.end)
        before = _NOUN_BEFORE.search(text, max(0, figure.start - 30), figure.start)
        if after is None or before is None:
            return figure
        noun_start, word = before.start(1), after.group(1)
    noun = tokens.at(noun_start)
    if noun < 0 or tokens.start[noun] != noun_start or tokens.pos[noun] not in ("NOUN", "VERB"):
        return figure
    if tokens.pos[noun] == "VERB" and tokens.dep[noun] not in ("nsubj", "nsubjpass"):
        return figure  # ("Swells" read as a verb is still the subject)
    size = DIMENSION_NOUNS[word.lower()]
    return replace(figure, measures=f"{size} of {tokens.lower[noun]}")


# "pay £250 compensation to the victim and a £90 victim surcharge": the sum joined on
# after the amount's own words is another figure, not part of this one's measure.
_JOINED_SUM = re.compile(r"\s+(?:and|or|plus)\s+(?:an?\s+|the\s+)?[£$€]\s?\d.*$")


def _without_a_joined_sum(figure: FoundFigure) -> FoundFigure:
    measured = _JOINED_SUM.sub("", figure.measures)
    if measured == figure.measures or not measured.strip():
        return figure
    return replace(figure, measures=measured)


def _with_count_for_them(text: str, figures: list[FoundFigure], index: int) -> FoundFigure:
    """ "received 4,120 applications and approved 3,300 of them": a count of "them" counts
    what the count just before it (in its sentence or the one before) counts, not "them"."""
    figure = figures[index]
    if index == 0 or not _OF_THEM.match(text, figure.end):
        return figure
    if figure.unit in ("percent", "fraction") or _is_money(figure):
        return figure  # "a third of them", "40% of them": a share, read as one
    before = figures[index - 1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or figure.start - before.end > _SENTENCE_WINDOW
    ):
        return figure
    measures = _THEM.sub(before.unit, figure.measures, count=1)
    return replace(figure, unit=before.unit, measures=measures)


_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b")
# "a further 12 were injured", "another six were cautioned", "60 more due to arrive", "620
# beds, of which 85 are occupied": a count that leaves its noun to the count before it.
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|of\s+(?:which|whom))\s+$", re.I
)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)


def _with_count_for_more(text: str, figures: list[FoundFigure], index: int) -> FoundFigure:
    """ "Three people died and a further 12 were injured": a count with no noun after "a
    further" or "another" (or before "more") counts what the count before it in its
    sentence counts: the people injured, not a bare "injured"."""
    figure = figures[index]
    further = _FURTHER_BEFORE.search(text, max(0, figure.start - 16), figure.start)
    if index == 0 or (further is None and not _MORE_AFTER.match(text, figure.end)):
        return figure
    if figure.unit not in (None, "more", "due") or _is_money(figure):
        return figure
    before = figures[index - 1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or not _same_sentence(text, before, figure)
    ):
        return figure
    measures = figure.measures
    group = _GROUP_AFTER.match(text, figure.end)
    words = group.group(1).split() if group else []
    if words and f" {words[0].lower()} " in f" {measures.lower()} ":
        # "cancelled 180 flights on Monday and a further 95 on Tuesday": the list's own
        # time stands in place of the first one's
        measures = _joined([_in_place_of(measures, words), *words])
    if before.unit.lower() not in measures.lower().split():
        measures = _joined([before.unit, re.sub(r"^(?:more|due)\s+", "", measures)])
    return replace(figure, unit=before.unit, measures=measures)


_THEM = re.compile(r"\b(?:them|those)\b")


# "..., followed by the Greens at 21% and the Liberal Democrats at 12%": a share listed
# after the leader's, held by the name right before "at" (or "on", "with").
_LISTED_HOLDER_BEFORE = re.compile(
    r"(?:\bfollowed\s+by|\band|,)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+(?:at|on|with)\s+$"
)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s", re.IGNORECASE)


def _with_listed_shares(text: str, tokens: Tokens, figures: list[FoundFigure]) -> list[FoundFigure]:
    """ "Torvik led with 14% of the market, followed by Kessel at 9% and Ardent at 7%":
    each share after "followed by" is the share of the name before it (of what the
    leader's share is of), and the leader's share is the sentence subject's; after a
    change ("Bellcourt rose 4%, followed by Tennant at 2%") each is that name's change."""
    listed = list(figures)
    leader: int | None = None
    for index, figure in enumerate(figures):
        if figure.unit != "percent":
            continue
        if leader is not None and not _same_sentence(text, figures[leader], figure):
            leader = None
        before = _sentence_before(text, figure.start)
        holder = _LISTED_HOLDER_BEFORE.search(before)
        followed = _FOLLOWED_BY.search(before)
        if holder is None or followed is None or leader is None:
            leader = index if followed is None else leader
            continue
        first = figures[leader]
        of = first.measures if first.measures.startswith("share of ") else "share"
        # "share of arrivals made up by Spanish visitors": the whole, not the leader
        of = re.split(r" (?:made up|accounted for) by ", of)[0]
        change = first.measures.split()[0]
        if change in CHANGE_NOUNS.values():  # "Bellcourt rose 4%, followed by Tennant at 2%"
            listed[index] = replace(figure, measures=f"{change} for {holder.group(1)}")
            continue
        listed[index] = replace(figure, measures=f"{of} for {holder.group(1)}")
        # (a leader's measure with the list's digits in it is a misread of the parse)
        misread = _DIGIT.search(first.measures) is not None
        if listed[leader] is first and (of != "share" or misread):
            subject = _sentence_subject(tokens, first)
            if subject and subject.lower() not in first.measures.lower():
                listed[leader] = replace(first, measures=f"{of} for {subject}")
    return listed


def _sentence_subject(tokens: Tokens, figure: FoundFigure) -> str:
    """The subject of the clause a figure stands in, as a phrase, or ""."""
    inside = tokens.between(figure.start, figure.end)
    if not inside:
        return ""
    verb = inside.start
    for _ in range(12):
        if tokens.head[verb] == verb or tokens.pos[verb] in ("VERB", "AUX"):
            break
        verb = tokens.head[verb]
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, subject, inside, stop=verb)


_PER_SHARE_TAIL = re.compile(r"(?:\s+per share)+$")


def _with_per_share(text: str, figure: FoundFigure) -> FoundFigure:
    """ "$2.14 a share", "12.4p per share": a sum told per share measures its thing per
    share; a sum without it ("or $241 million" after "96 cents per share") does not, even
    when it borrowed the measure of one that does."""
    if not (_is_money(figure) or figure.unit == "pence"):
        return figure
    measures = _PER_SHARE_TAIL.sub("", figure.measures)
    if _PER_SHARE.match(text, figure.end + (text[figure.end : figure.end + 1] == "p")):
        measures = f"{measures} per share"
    return figure if measures == figure.measures else replace(figure, measures=measures)


# "£86 per household", "56.1p a day"; hyphened, "€1.5bn-a-year", "£9-an-hour" (round 22)
_PER_BASE = re.compile(r"p?(?:\s+(per|a|an|each)\s+|-(a|an|per)-)([A-Za-z][a-z-]*)\b")


# "$25 per adult and ": a sum told per something, then "and" before the next sum.
_RATE_THEN_AND = re.compile(r"p?\s+per\s+[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+(?:and|or)\s+$")


def _with_rate_told_alongside(text: str, figures: list[FoundFigure], index: int) -> FoundFigure:
    """ "Tickets cost $25 per adult and $10 per child", "€250 per hectare and €40 per
    cow": the second sum is the same rate for another base, so it measures what the first
    measures with its own base (not the words between the two)."""
    figure = figures[index]
    if index == 0 or not (_is_money(figure) or figure.unit == "pence"):
        return figure
    before = figures[index - 1]
    if before.unit != figure.unit or not before.measures:
        return figure
    if not _RATE_THEN_AND.fullmatch(text, before.end, figure.start):
        return figure
    base = _PER_BASE.match(text, figure.end)
    if base is None or (base.group(1) or base.group(2)).lower() != "per":
        return figure
    rate = f" {before.measures} ".split(" per ")[0].strip()
    return (
        replace(figure, measures=_joined([rate, "per", base.group(3).lower()])) if rate else figure
    )


# "57 burglaries for every 1,000 people", "57 of every 1,000 small firms", "4 per 1,000
# live births": a count told against a base, the base's number then its first word.
_EVERY_BASE_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+((?:for|of|in)\s+every|per)\s+"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+([A-Za-z][\w-]*))?",
    re.IGNORECASE,
)


def _with_every_base(text: str, figure: FoundFigure) -> FoundFigure:
    """ "The town recorded 57 burglaries for every 1,000 people": the base is no figure
    of its own (_PER_BEFORE), so the count's measure keeps it ("burglaries recorded by
    town for every 1,000 people", not "... for people"); "(of every 1,000)" when the
    measure has no word of the base's phrase (round 17)."""
    base = _EVERY_BASE_AFTER.match(text, figure.end)
    if base is None or figure.unit in ("percent", "%") or base.group(2) in figure.measures:
        return figure
    told, number, noun = base.group(1), base.group(2), base.group(3)
    if noun and (is_duration(unit_name(noun)) or canonical_unit(noun) is not None):
        return figure  # "£50 for every 10 minutes over": a unit's step, not a base
    first = told.split()[0].lower()
    told = " ".join(told.split()).lower()
    measures = figure.measures
    if noun and re.search(rf"\b{first} {re.escape(noun)}\b", measures):
        measures = re.sub(
            rf"\b{first} {re.escape(noun)}\b", f"{told} {number} {noun}", measures, count=1
        )
    else:
        measures = f"{measures} ({told} {number})".strip()
    return replace(figure, measures=measures)


_THEN_WORD_AFTER = re.compile(r"\s+(?:earlier|before|ago|later|previously)\b", re.IGNORECASE)


def _with_rate_base(text: str, figure: FoundFigure) -> FoundFigure:
    """ "£86 per household", "56.1p a day", "£11.20 an hour": a sum told per something
    measures its thing per that (a share is _with_per_share's)."""
    if not (_is_money(figure) or figure.unit == "pence"):
        return figure
    base = _PER_BASE.match(text, figure.end)
    if base is None or _THEN_WORD_AFTER.match(text, base.end()):
        return figure  # "R12.3 billion a year earlier": a time back, no rate (round 17)
    word = base.group(3).lower()
    if word in ("share", "cent") or word in figure.measures.lower().split():
        return figure
    per = (base.group(1) or base.group(2)).lower() == "per"
    if not per and not is_duration(unit_name(word)) and canonical_unit(word) is None:
        return figure  # "£5m a deal" is no rate; "a day", "a litre" are
    return replace(figure, measures=_joined([figure.measures, "per", word]))


def _with_tally_measure(tokens: Tokens, figure: FoundFigure, quoted: _Spans) -> FoundFigure:
    """A count whose measure is only its own noun ("98 points": points) says whose it is
    from the subject of its verb, with the place a gap is told against: "Penwardle finish
    with 98 points" -> "Penwardle's points"; "Marshfield are seven points from safety" ->
    "Marshfield's points from safety"; "move three points clear at the top of the table"
    -> "...'s points clear at the top of the table". Inside someone's quoted words only a
    subject inside the same quote owns it, and only when the verb holds the count as a
    tally ("we finished with 71 points"), not when it does something to the count
    ("Crews pumped water out of 35 cellars," said the station commander)."""
    unit = figure.unit
    if not unit or canonical_unit(unit) is not None:
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    if unit == "times" and tokens.lower[_count_noun_at(tokens, inside)] == "times":
        return _with_how_often_measure(tokens, figure, inside)
    number = inside.stop - 1
    # "Wales is 5.3 percentage points behind England": a gap whose unit is written in
    # the figure (round 25)
    written = tokens.lower[number] == "points" and unit == "percentage points"
    if written:
        number = next((i for i in reversed(inside) if tokens.pos[i] == "NUM"), number)
    noun = tokens.head[number]
    if written and noun != inside.stop - 1:
        return figure
    if tokens.dep[number] != "nummod" or not figure.measures.lower().startswith(
        unit.lower() if written else tokens.lower[noun]
    ):
        return figure
    phrase = unit.split() if written else [tokens.text[noun]]
    gap = tokens.head[noun]
    listed = noun
    while tokens.dep[listed] == "conj" and tokens.head[listed] != listed:
        listed = tokens.head[listed]  # "along with 87 schools and four hospitals"
    joined = tokens.head[listed]
    if (
        tokens.lower[joined] == "with"
        and tokens.head[joined] != joined
        and tokens.lower[tokens.head[joined]] in ("along", "together")
    ):
        return figure  # "homes were damaged, along with 87 schools": one more in a list
    if tokens.lower[gap] in GAP_WORDS:  # "eight points behind the leaders"
        phrase += _words_under(tokens, gap, inside)
        verb = tokens.head[gap]
        if len(phrase) == 2:  # "three points clear": where, from the verb ("at the top")
            after = [c for c in tokens.children[verb] if c > gap and tokens.dep[c] == "prep"]
            if after:
                phrase += _words_under(tokens, after[0], inside)
    else:
        told = [c for c in tokens.children[noun] if c > noun and tokens.dep[c] == "prep"]
        if told:  # "seven points from safety"
            phrase += _words_under(tokens, told[0], inside)
        verb = gap
    if figure.measures.strip().lower() not in (tokens.lower[noun], _joined(phrase).lower()):
        return figure  # the measure already tells more than the noun and its gap
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    doer, _ = _subject_of(tokens, verb, inside)
    # "the win leaves Vale eight points behind", "lifts City to second on 41 points": Vale,
    # City (the one the verb puts there)
    placed = [
        c
        for c in tokens.children[verb]
        if c < noun
        and tokens.dep[c] == "dobj"
        and any(tokens.text[x][:1].isupper() for x in (c, *tokens.children[c]))
        # (not "averaged 412 CAO points, 23 points behind": a count is placed nowhere)
        and not any(tokens.dep[x] == "nummod" for x in tokens.children[c])
    ]
    doer = placed[-1] if placed else doer
    doer = _reporter_of_a_pronoun(tokens, doer, verb)
    # (not "Only 12 of the 300 pubs serve food": a part of the count owns none of it; not
    # "11,260 homes were damaged, as were 87 schools": a counted thing owns no other count,
    # round 19)
    if (
        doer is None
        or doer == noun
        or any(tokens.dep[c] == "nummod" for c in tokens.children[doer])
        or tokens.pos[doer] in ("PRON", "NUM")
        or tokens.sent[doer] != tokens.sent[noun]
    ):
        return figure
    quote = quoted.span_of(figure.start)
    if quote is not None and (
        not quote[0] <= tokens.start[doer] < quote[1] or tokens.lemma[verb] not in _HOLDING_LEMMAS
    ):
        return figure
    who = _noun_phrase(tokens, doer, inside, False)
    if not who:
        return figure
    return replace(figure, measures=_budget([_possessive(tokens, doer, who), *phrase]))


def _count_noun_at(tokens: Tokens, inside: range) -> int:
    """The noun a count's span ends on, or the one right after a bare number."""
    last = inside.stop - 1
    if tokens.pos[last] == "NUM" and inside.stop < len(tokens):
        return inside.stop
    return last


_HOW_OFTEN_WINDOW = 9  # tokens before "N times" that may tell who did what


def _with_how_often_measure(tokens: Tokens, figure: FoundFigure, inside: range) -> FoundFigure:
    """ "Storm overflows discharged sewage 3,200 times last year": a count of times is how
    often its clause's doer did what the clause says, "times Storm overflows discharged
    sewage", not a tally the subject owns ("Storm's times"); the words run from the
    subject (or the verb after a pronoun) to the count, in a bounded window and with no
    punctuation between, so a plural noun the tagger read as the verb ("overflows") is
    kept as it is written (round 26)."""
    measures = figure.measures.strip()
    if measures.lower().startswith("times ") and "'s" not in measures:
        return figure  # "times Trains were cancelled in May": already told
    noun = _count_noun_at(tokens, inside)
    verb = tokens.head[noun]
    if tokens.dep[noun] not in ("npadvmod", "dobj", "advmod") or not inside.start > verb:
        return figure
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    floor = max(tokens.sent_starts[tokens.sent[verb]], inside.start - _HOW_OFTEN_WINDOW)
    subjects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] in ("nsubj", "nsubjpass") and floor <= c < verb
    ]
    begin = verb
    if subjects and tokens.pos[subjects[0]] != "PRON":
        begin = subjects[0]
        for _ in range(4):  # "Severn Trent", "Lifeboat crews": the subject's own words
            before = begin - 1
            if (
                before < floor
                or tokens.head[before] not in (subjects[0], begin)
                or tokens.dep[before] not in ("compound", "amod", "nmod", "poss")
            ):
                break
            begin = before
    words = [tokens.text[i] for i in range(begin, inside.start)]
    if not words or any(tokens.pos[i] == "PUNCT" for i in range(begin, inside.start)):
        return figure
    return replace(figure, measures=_budget(["times", *words]))


def _with_vote_measure(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "after councillors voted 22 to 14 on Monday to raise the tax": a tally on the verb
    "vote" is the vote of the verb's own subject, for what the vote was to do ("councillors
    voted to raise the tax"), not the words before it ("2027 after councillors voted")
    (round 25)."""
    if figure.unit != "votes":
        return figure
    inside = tokens.between(figure.start, figure.end)
    numbers = [i for i in inside if tokens.pos[i] == "NUM"]
    if not numbers:
        return figure
    verb = tokens.head[numbers[0]]
    if tokens.lemma[verb] != "vote" or tokens.pos[verb] != "VERB":
        return figure
    subjects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "nsubj" and tokens.pos[c] in _NOUNS and c < verb
    ]
    if not subjects:
        return figure
    purpose: list[str] = []
    for child in tokens.children[verb]:
        if (
            child > inside.stop
            and tokens.dep[child] in ("xcomp", "advcl")
            and tokens.lower[child - 1] == "to"
            and tokens.dep[child - 1] == "aux"
        ):
            done = [c for c in tokens.children[child] if tokens.dep[c] == "dobj"][:1]
            purpose = ["to", tokens.text[child]]
            purpose += [_noun_phrase(tokens, done[0], inside, False)] if done else []
            break
    who = _noun_phrase(tokens, subjects[0], inside, False)
    return replace(figure, measures=_budget([who, tokens.text[verb], *purpose]))


def _reporter_of_a_pronoun(tokens: Tokens, doer: int | None, verb: int) -> int | None:
    """ "Orla Quinlan said she had 533 points": the "he" or "she" of a clause reported by
    a named person is that person (round 21); any other subject stays."""
    if doer is None or tokens.lower[doer] not in ("he", "she") or tokens.dep[verb] != "ccomp":
        return doer
    named = _reporter_of_a_pronoun_named(tokens, tokens.lower[doer], verb)
    return doer if named is None else named


def _reporter_of_a_pronoun_named(tokens: Tokens, pronoun: str, verb: int) -> int | None:
    """The named person whose speech verb reports the clause of ``verb``, who may be the
    "he" or "she" (``pronoun``) in it; None when no such person is sure."""
    speech = tokens.head[verb]
    if tokens.lemma[speech] not in SPEECH_LEMMAS:
        return None
    named = [
        c
        for c in tokens.children[speech]
        if tokens.dep[c] == "nsubj"
        and tokens.pos[c] == "PROPN"
        and (
            tokens.ent[c] == "PERSON"  # (or a given name or a title the recognizer missed)
            or any(
                tokens.dep[x] == "compound"
                and (tokens.lower[x] in GIVEN_NAMES or tokens.text[x] in TITLES)
                for x in tokens.children[c]
            )
            or _surname_named_before(tokens, c) is not None
        )
    ]
    if not named:
        return None
    # (not "Sarah Pell said he had 40 points": a given name of the other sex is not his;
    # not "Judge Peter Lane said he had 14 convictions": one who speaks in an office, a
    # judge, a detective, a prosecutor, tells of someone else)
    other = FEMININE_GIVEN_NAMES if pronoun == "he" else MASCULINE_GIVEN_NAMES
    full = _surname_named_before(tokens, named[0])  # "Keaton" for "Dara Keaton" (round 25)
    owner = named[0] if full is None else full
    before = [x for x in tokens.children[owner] if tokens.dep[x] == "compound"]
    if any(
        (tokens.lower[x] in other and tokens.lower[x] not in UNISEX_GIVEN_NAMES)
        or (tokens.text[x] in TITLES and tokens.text[x] not in HONORIFICS)
        or _is_person_noun(tokens.lemma[x])
        for x in before
    ):
        return None
    return named[0]


_SURNAME_REACH = 400  # tokens back to a full name a lone surname stands for


def _surname_named_before(tokens: Tokens, name: int) -> int | None:
    """ "Dara Keaton, 17, needs 120 credits. Keaton said he had 96": a lone capitalized
    word the article gave before as the last word of a person's full name is that person
    (the recognizer may call the lone surname a body) (round 25); that name's last word,
    or None."""
    if any(tokens.dep[x] == "compound" for x in tokens.children[name]):
        return None
    return next(
        (
            i
            for i in range(max(0, name - _SURNAME_REACH), name)
            if tokens.text[i] == tokens.text[name]
            and tokens.ent[i] == "PERSON"
            and any(tokens.dep[x] == "compound" and x < i for x in tokens.children[i])
        ),
        None,
    )


def _possessive(tokens: Tokens, owner: int, phrase: str) -> str:
    """ "Students'" for a common plural ending in s (round 21: not "Pupils's"); a name
    the tagger reads as a plural keeps "'s" ("Wales's")."""
    if tokens.tag[owner] == "NNS" and not tokens.ent[owner] and phrase.endswith("s"):
        return f"{phrase}'"
    return f"{phrase}'s"


# --------------------------------------------------------------------------------------
# Spans of time: "jailed for 18 months", "refunded within 30 days", "an eight-hour outage"

_DURATION_AFTER = re.compile(
    r"(?:\s+|-)(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!-old|\s+old\b)",
    re.IGNORECASE,
)
# After the span: a time ago, an age, a match clock ("two minutes from time", "12 minutes
# to go"): not a span the story measures.
_DURATION_NOT_AFTER = re.compile(
    r"\s*(?:ago|old|earlier|from time|to go|remaining|left\b|of (?:age|stoppage|injury)|"
    r"a (?:day|week|month|year)\b(?!\s+(?:earlier|before|ago|later)\b)|per\b|to (?:the end of )?(?:"
    + "|".join(re.escape(m) for m in MONTHS)
    + r")(?!\w))",
    re.IGNORECASE,
)
# After the span: a time offset that only places an event ("handed in her notice three
# months later", "checked again two days after,"); "after" or "before" with its own object
# ("two days after it opened") is left to the rest of the rules.
_OFFSET_AFTER = re.compile(
    r"\s+(?:later|afterwards|after(?=\s*(?:[,;:.!?)]|$))|before(?=\s*(?:[,;:.!?)]|$)))",
    re.IGNORECASE,
)
# Before it: a frequency ("every three weeks"), a look back or ahead that only frames
# another figure ("in the past two days", "over the next five years", "over the
# following four decades").
_DURATION_NOT_BEFORE = re.compile(
    r"\b(?:every|each|past|last|previous|preceding|following|ensuing|subsequent|first|"
    r"another|over the (?:next|coming)|in the (?:next|coming)|per|a|an)\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|up to)\s+)?$",
    re.IGNORECASE,
)
# Minutes and seconds are news as a margin, a wait, an average or a time ("finished 58
# seconds clear", "won by four seconds", "waited an average of 52 minutes", "the
# response time was 41 minutes"); elsewhere they are colour ("talks lasted 30 minutes").
_SHORT_SPAN_BEFORE = re.compile(
    r"\b(?:average of|averaged|averages|by|was|were|is|are|waited|wait of|waits of|from|"
    r"add|adds|added|adding|cut|cuts|cutting|from\s+[\w.,:]+(?:\s+(?:seconds?|minutes?))?\s+to|"
    # "a repair that takes about 40 minutes", "the first crew took 14 minutes" (round 19)
    r"takes?|took|taking|"
    # "riders should allow an extra 15 minutes" (round 25)
    r"allow|allows|allowing)\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|up to|just|only|an extra|extra|"
    r"a further)\s+)?$",
    re.IGNORECASE,
)
# "won the 400m in 51.82 seconds", "clocked 9.98 seconds", "won the women's 60m hurdles
# in 8.01 seconds": a race time.
_RACE_TIME_BEFORE = re.compile(
    # (a distance with a thousands comma is one word: "won the 5,000m in")
    r"\b(?:" + "|".join(sorted(RACE_TIME_VERBS)) + r")\b(?:\s+[\w’'-]+(?:,\d{3}[\w-]*)?){0,5}?"
    r"\s+(?:in\s+)?$"
    # "crossed the line in 27 minutes 12.4 seconds", "stopped the clock at 9.98 seconds"
    r"|\bcross(?:ed|es|ing)\s+the\s+(?:finish(?:ing)?\s+)?line\s+in\s+$"
    r"|\bstop(?:ped|s|ping)\s+the\s+clock\s+(?:at|in)\s+$",
    re.IGNORECASE,
)
_REACHED_TO_BEFORE = re.compile(
    r"\b(?:ran|runs|run|running)\s+(?:to|into|over)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_SHORT_SPAN_AFTER = re.compile(
    r"\s*(?:(?:and\s+)?\S+\s+seconds?\s+)?(?:(?:clear|faster|slower|quicker|ahead|behind|late|early)\b"
    # "14.6 seconds off the winner", "1 minute 12 seconds down.": a gap to the front (round 26)
    r"|off\s+the\s+(?:" + "|".join(sorted(RACE_FRONT_NOUNS)) + r")\b"
    r"|(?:down|back)(?=\s*[,.;:)]|\s*$|\s+on\s+(?:the|her|his)\b))",
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


_AMOUNT_THEN_IN = re.compile(
    r"(?:\d\S*|\b(?:dozen|hundred|thousand|million|billion|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|twenty))(?:\s+\S+){0,3}\s+(?:in|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# round 21: the same past a short phrase, with "in" only ("250mm of rain on Cairns in 24
# hours", "186 earthquakes in the 24 hours before", "more than he earned in three years";
# "over" a longer phrase is a trial's or a scheme's own period: "lose 13.7% of their body
# weight over 68 weeks").
_AMOUNT_THEN_IN_FURTHER = re.compile(
    r"(?:\d\S*|\b(?:dozen|hundred|thousand|million|billion))(?:\s+[^\s;.]+){0,5}\s+in\s+"
    r"(?:(?:the|each of the)\s+)?$",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\b(?:[a-z]+est|worst|most|highest|lowest)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:(?:more than|nearly|almost|over|about)\s+)?$", re.IGNORECASE)
# "his 12 years as mayor", "In her 20 years at the school", "my 30 years in the job": the
# span a person has held a post, told as theirs.
_PERSONAL_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(PERSONAL_POSSESSIVES)) + r")\s+$", re.IGNORECASE
)
_TENURE_AFTER = re.compile(
    r"\s+(?:as|at|with|in\s+(?:charge|office|post|power|the\s+(?:job|role|post)))\b",
    re.IGNORECASE,
)
# (also after a description set off by the comma: "Ashdown, a metallurgist who spent 15
# years with a Canadian major," round 18)
_WHO_CLAUSE = re.compile(r",\s+(?:an?\s+(?:[\w-]+\s+){1,3})?who\s+[^,]*$", re.IGNORECASE)
# round 21: a body's history told in a relative clause set off by commas ("The bakery,
# which has traded for 40 years,", "The co-operative, which has operated there for 70
# years,"), as a person's in a who-clause.
_WHICH_HAS_CLAUSE = re.compile(r",\s+which\s+(?:has|have|had)\s+[^,]*$", re.IGNORECASE)
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:\w+\s+)?$", re.IGNORECASE)
# The noun a duration written as an adjective describes, past up to two modifiers:
# "a 16-week suspended sentence", "an eight-hour power outage".
_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")
_OF_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+of\s+(?:(?:about|around|some|nearly|almost|more than|up to)\s+)?$"
)


# A length placed against somewhere: a distance, a depth or a height; or a thing's size.
_PLACED_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:to the\s+)?(north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west|from|away|off|inland|offshore|below|beneath|under|above|"
    r"underground|deep|high|tall|long|across(?!\s+(?:the|a|an|its|their|his|her)\b)|wide)\b",
    re.IGNORECASE,
)
_SIZE_WORDS = frozenset({"across", "wide", "tall", "high", "long", "deep"})
_PLACED_FRAMES = {
    "across": "width",  # "a crater 1.2km across", "the bridge is 40 metres wide"
    "wide": "width",
    "below": "depth",
    "beneath": "depth",
    "under": "depth",
    "underground": "depth",
    "deep": "depth",
    "above": "height",
    "high": "height",
    "tall": "height",
    "long": "length",
}


def _placed_measure(tokens: Tokens | None, start: int, place: re.Match[str], measures: str) -> str:
    """ "distance of <what> north of <where>": a length placed against a place says how
    far, how deep or how high something is; the thing is the noun just before the
    amount ("a Russian-held town about 30 miles to the north") or the one a participle
    before it describes ("Soledar, located 10 kilometers north of Bakhmut")."""
    where = place.group(1)
    frame = _PLACED_FRAMES.get(where.lower(), "distance")
    words = measures.split()
    if words and canonical_unit(words[0]) is not None:
        words = words[1:]  # "kilometers north of Bakhmut" -> "north of Bakhmut"
    joined = next(  # "9km long and 40 metres deep": the other amount is not this one's
        (i for i, (w, n) in enumerate(pairwise(words)) if w in ("and", "or") and n[:1].isdigit()),
        None,
    )
    words = words[:joined] if joined is not None else words
    thing = ""
    if tokens is not None:
        before = tokens.at(start - 1)
        while (
            before >= 0
            and tokens.pos[before] in ("ADV", "ADP", "PUNCT")
            and start - tokens.start[before] < 30
        ):
            before -= 1  # past "about", "some", a comma
        if (
            before > 0
            and tokens.tag[before] == "NNS"
            and tokens.lemma[before] in SIZE_VERB_LEMMAS
            and tokens.tag[before - 1] in ("NN", "NNP")
        ):  # "The impact crater measures 2.3km across": a verb the tagger read as a noun
            before -= 1
        elif before > 0 and tokens.pos[before] == "VERB" and tokens.tag[before] == "VBN":
            before -= 1  # "Soledar, located 10 km north": the name the participle follows
            while before > 0 and tokens.pos[before] == "PUNCT":
                before -= 1
        elif before >= 0 and (
            tokens.pos[before] == "VERB"
            or (tokens.pos[before] == "AUX" and where.lower() in _SIZE_WORDS)
        ):  # "tunnels stretch 200 km below", "the wave was 26 metres high"
            subject, _ = _subject_of(tokens, before, range(0))
            before = subject if subject is not None else before
        if before >= 0 and tokens.pos[before] in _NOUNS:
            thing = _noun_phrase(tokens, before, range(0), False)
    rest = " ".join(words)
    if where.lower() not in rest.lower():  # "to the north"
        written = place.group(0).split()
        if written and canonical_unit(written[0]) is not None:
            written = written[1:]
        rest = " ".join([*words, *written])
    left = [w for w in rest.lower().split() if w not in thing.lower().split()]
    if thing and left == [where.lower()] and left[0] in _SIZE_WORDS:
        return _budget([frame, "of", thing])  # "a crater 1.2km across": the crater's width
    if thing and thing.lower() not in rest.lower():
        rest = f"{thing} {rest}"
    if rest.lower().startswith(frame):
        return rest
    linked = frame == "distance" and rest.split()[:1] not in (["from"], ["off"], ["away"])
    return _budget([frame, *(["of"] if linked else []), rest])


def _closest_distance(tokens: Tokens, start: int, end: int) -> str:
    """ "The asteroid will pass within 32,000km of Earth": the distance from the place
    that something comes within, with who or what does it and the verb."""
    first = tokens.at(start)
    within = first - 1 if first > 0 and tokens.lower[first - 1] == "within" else -1
    verb = tokens.head[within] if within >= 0 else -1
    if verb >= 0 and tokens.lower[verb] == "to":  # "advanced to within 20km of"
        verb = tokens.head[verb]
    if verb < 0 or tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    inside = tokens.between(start, end)
    following = range(inside.stop, min(inside.stop + 2, len(tokens)))
    of = next((i for i in following if tokens.lower[i] == "of"), None)
    places = [c for c in tokens.children[of] if tokens.dep[c] == "pobj"] if of is not None else []
    if not places:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    who = _named(tokens, subject, inside) if subject is not None else ""
    where = _noun_phrase(tokens, places[0], inside, False)
    return _budget(["distance", *([who] if who else []), tokens.text[verb], "from", where])


# Prepositions of what a sum or a count in a list is for, on or to: "spent £310,000 on a
# farmhouse, £72,000 on a Porsche and £15,500 on a speedboat".
_LIST_PREPS = frozenset({"on", "for", "to", "in", "from", "at", "against", "towards"})
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_GAP = 80
_PER_PERIOD_AFTER = re.compile(r"^(?:a|an|per|each|every) (?:year|month|week|day|hour|quarter)\b")
# What a frame's amount is set against: "a premium of 38% to the closing price", "a lead
# of three points over Penrith", "a discount of 20% on the list price".
_AGAINST_PREPS = frozenset({"to", "on", "over", "above", "below", "against"})


def _own_phrase_after(tokens: Tokens, start: int, end: int) -> str | None:
    """The prepositional phrase written right after an amount ("on a speedboat", "for a
    defender"), or None."""
    found = _amount_root(tokens, start, end)
    return None if found is None else _phrase_after(tokens, found[1], _LIST_PREPS)


def _phrase_after(tokens: Tokens, inside: range, preps: frozenset[str]) -> str | None:
    """The phrase under one of `preps` written right after the amount spanning `inside`,
    whichever word the parser hung it on, or None."""
    words = _phrase_words_after(tokens, inside, preps)
    return _joined(words) if words else None


def _phrase_words_after(
    tokens: Tokens, inside: range, preps: frozenset[str], past_rate: bool = False
) -> list[str]:
    """[preposition, phrase] written right after the amount spanning `inside`, or []. With
    `past_rate`, past a rate first ("£4m a year in drug costs")."""
    after = inside.stop
    if past_rate:
        rate = _PER_PERIOD_AFTER.match(" ".join(tokens.lower[after : after + 2]))
        after += 2 if rate else 0
    if (
        after >= len(tokens)
        or tokens.sent[after] != tokens.sent[inside.start]
        or tokens.pos[after] != "ADP"
        or tokens.lower[after] not in preps
    ):
        return []
    objects = [c for c in tokens.children[after] if tokens.dep[c] == "pobj"]
    if not objects or tokens.ent[objects[0]] in _WHEN or tokens.pos[objects[0]] not in _NOUNS:
        return []
    # The phrase ends where the next amount of the list begins.
    following = next(
        (
            i
            for i in range(objects[0] + 1, min(objects[0] + _MAX_PHRASE, len(tokens)))
            if tokens.pos[i] in ("NUM", "SYM")
        ),
        None,
    )
    phrase = _noun_phrase(tokens, objects[0], inside, stop=following)
    return [tokens.text[after], phrase] if phrase else []


def _listed_after(
    text: str, start: int, own: str, figures: list[FoundFigure], owns: dict[int, str]
) -> tuple[str, FoundFigure] | None:
    """ "spent £310,000 on a farmhouse, £72,000 on a Porsche": an amount listed after
    another, each with its own phrase under the same preposition, shares the first's
    clause (who spent) and keeps its own phrase (on what). Returns the shared words and
    the amount before, or None. The parser hangs such lists in many shapes (objects,
    conjuncts, adverbial nouns); the written order is what they share."""
    if not figures:
        return None
    before = figures[-1]
    previous_own = owns.get(before.start)
    if previous_own is None or previous_own.split()[0].lower() != own.split()[0].lower():
        return None
    gap = text[before.end : start]
    if len(gap) > _LIST_GAP or re.search(r"[.!?;]\s|\n|\d", gap):
        return None
    if not _LIST_SEPARATOR.search(gap):
        return None
    shared = before.measures
    cut = shared.find(previous_own)
    if cut < 0:
        cut = shared.find(" " + previous_own.split()[0] + " ")
    if cut >= 0:
        shared = shared[:cut]
    shared = shared.strip(" ,")
    if not shared:
        return None
    return shared, before


# "two of their 19 matches", "19 wins from 22 games": a part told with its whole; "four
# of their first six matches" (round 24) too.
_PART_OF = re.compile(
    r"\s+(?:of|from)\s+(?:the|their|its|his|her|our|every)?\s*(?:(?:first|opening)\s+)?"
)
_PART_WITH_NOUN = re.compile(r"\s+[a-z]+\s+(?:of|from)\s+(?:the|their|its|his|her|our)?\s*")
_THE_WHOLE = re.compile(r"\bof\s+the\s+$")
_OWNER_S_WHOLE = re.compile(r"\s+of\s+(?:his|her)\s+$", re.IGNORECASE)


def _an_owner_s_total(text: str, part: NumberMention, whole: NumberMention) -> bool:
    """ "300 of his 820 breeders", "19 of her 38 members": a whole told with a person as
    its owner is that person's total, a figure of its own (round 26), unlike a record's
    games ("two of his 19 starts"), which only frame the part; a thing's parts ("two of
    its 16 valves") stay with the part."""
    return (
        _OWNER_S_WHOLE.fullmatch(text, part.end, whole.start) is not None
        and not whole.percent
        and not whole.currency
        and _FIXTURE_AFTER.match(text, whole.end) is None
    )


# "16 points from a possible 18", "41 points from 18 games", "11 wins from their last 14":
# the games a tally was taken from frame it ("19 goals in 31 games" keeps both: the games
# played are a record of their own).
_FIXTURE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(FIXTURE_NOUNS)) + r")\b", re.IGNORECASE
)
_TALLY_FRAME = re.compile(
    r"\s+[a-z]+\s+from\s+(?:a\s+possible|(?:his|her|their|its|our)\s+(?:last|first))?\s*"
)


_OUT_OF_BETWEEN = re.compile(r"\s+out\s+of\s+")


def _whole_after(
    text: str, mention: NumberMention, mentions: list[NumberMention], index: int
) -> NumberMention | None:
    """The whole a count is a part of, told right after it: "just two of their 19
    matches", "19 wins from 22 league games". The part is the news; a record's whole
    ("their 19", "from 22") only frames it, a total ("41 of the 312 sailings") is kept."""
    if index + 1 >= len(mentions) or mention.percent or mention.currency:
        return None
    following = mentions[index + 1]
    if following.percent or following.currency:
        return None
    between = text[mention.end : following.start]
    if _TALLY_FRAME.fullmatch(between) and (
        "possible" in between or _FIXTURE_AFTER.match(text, following.end)
    ):  # "41 points from 18 games", "from a possible 18": any size (not "from 150 countries")
        return following
    if following.value < mention.value or (
        # "a hygiene rating of 5 out of 5", "scored 10 out of 10": a full mark's scale is
        # the whole, told with it (not "5 to 5", "1-1")
        following.value == mention.value and not _OUT_OF_BETWEEN.fullmatch(between)
    ):
        return None
    if not (
        _PART_OF.fullmatch(between)
        or _PART_WITH_NOUN.fullmatch(between)
        or _TALLY_FRAME.fullmatch(between)
    ):
        return None
    level_from = _BARE_FROM.fullmatch(between)
    noun = level_from.group(1) if level_from else None
    same_noun = bool(noun) and re.match(
        rf"\s+{noun}\b", text[following.end : following.end + 40], re.IGNORECASE
    )
    if (
        level_from
        and (not noun or canonical_unit(noun) or same_noun)
        and _TO_BEFORE.search(text, 0, mention.start)
    ):
        # "fell to 1,960 from 2,210", "to 14,600 megawatts from 16,900": the level
        # before, no whole (round 17)
        return None
    return following


_BARE_FROM = re.compile(r"\s+(?:([a-z]+)\s+)?from\s+")
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|just\s+)?$", re.IGNORECASE)


def _part_measure(text: str, tokens: Tokens, part: NumberMention, whole: NumberMention) -> str:
    """ "Hartley have won just two of their 19 matches": the whole's noun, with what the
    part's clause did ("Hartley have won matches in all competitions")."""
    found_part = _amount_root(tokens, part.start, part.end)
    found_whole = _amount_root(tokens, whole.start, whole.end)
    if found_part is None or found_whole is None:
        return ""
    root, inside = found_whole
    head = tokens.head[root]
    noun = head if tokens.dep[root] in _NUMBER_DEPS and tokens.pos[head] in _NOUNS else root
    if tokens.pos[noun] not in _NOUNS:
        return ""
    skip = range(found_part[1].start, inside.stop)
    phrase = _noun_phrase(tokens, noun, skip, False)
    told = _TOTAL_OF.fullmatch(text, part.end, whole.start)
    if phrase and told:
        # "damaged 38 of its 212 substations": the total frames the part ("substations of
        # its 212"), as an editor keeps it (round 17).
        phrase = f"{phrase} of {told.group(1)} {text[whole.start : whole.end]}"
    return _with_predicate(tokens, found_part[0], phrase, skip)


# "38 of its 212", "11 of the 64": the part, then its total with its determiner.
_TOTAL_OF = re.compile(r"\s+of\s+(the|their|its|our|his|her|every)\s+")


# "compared with 78% at this time last year", "versus 1.2% on placebo": the same
# measure as the amount before, told for another time or group.
# "compared with 13%", "against a national average of 33%": the amount before, set
# against another (the frame, "national average", names which).
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?|against)\s+"
    r"(?:(?:an?|the)\s+((?:[a-z-]+\s+){0,2}?(?:average|rate|level|figure|median|norm|"
    + "|".join(sorted(BENCHMARK_NOUNS))
    + r"))\s+of\s+)?$",
    re.IGNORECASE,
)
# "down from an earlier range of $13bn", "up from a previous forecast of 4%": an earlier
# telling of the measure before.
_EARLIER_FRAME_BEFORE = re.compile(
    r"\b(?:up|down|from)\s+(?:from\s+)?(?:an?|the|its|their)\s+"
    r"((?:earlier|previous|prior|original|initial|first)\s+)?([a-z]+)\s+of\s+$",
    re.IGNORECASE,
)
# "carried 48 million passengers last year, up 9% on 2023": the change in the amount
# before, when no level follows ("up from 151" is the earlier level, read elsewhere).
_CHANGE_AFTER_COMMA = re.compile(
    r",\s+(up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
# "was £41 million, down from £50 million a year earlier": the same measure, then.
_LEVEL_FROM_BEFORE = re.compile(
    r",\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
_THEN_AFTER = re.compile(
    r"\s+((?:a|the|last|this)\s+(?:year|month|week|quarter|season|day)"
    r"(?:\s+(?:earlier|before|ago))?)\b",
    re.IGNORECASE,
)
_WHO_CLAUSE_AFTER = re.compile(r"\s+(who\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5})")
_GROUP_AFTER = re.compile(
    r"\s+((?:for|on|at|in|among|with|under)\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5})"
)


def _told_against(
    text: str, start: int, end: int, mention: NumberMention, figures: list[FoundFigure]
) -> str:
    """What an amount compared with the one before it measures: that amount's measures,
    with the time or group it is told for ("reservoir levels ... at this time last
    year", "pre-tax profit ... a year earlier"), its earlier telling ("earlier range of
    full-year revenue"), or its change ("rise in passengers carried by ...")."""
    before = text[max(0, start - 60) : start]
    compared = _COMPARED_BEFORE.search(before)
    earlier = None if compared else _EARLIER_FRAME_BEFORE.search(before)
    change = None if compared or earlier else _CHANGE_AFTER_COMMA.search(before)
    level = None if compared or earlier or change else _LEVEL_FROM_BEFORE.search(before)
    if compared is None and earlier is None and change is None and level is None:
        return ""
    # A comparison or an earlier telling is in the same kind of amount; a change in a
    # count or a sum can be a share ("48 million passengers, up 9%").
    kind = None if change else "percent" if mention.percent else mention.currency
    previous = next(
        (
            f
            for f in reversed(figures[-_SAME_FACT_NEARBY:])  # a bounded look back
            if f.end <= start and f.measures and (kind is None or f.unit == kind)
        ),
        None,
    )
    probe = FoundFigure(text[start:end], start, end, 0, None, None, "")
    if previous is None or not _same_sentence(text, previous, probe):
        return ""
    if earlier is not None:
        return _joined(
            [*(earlier.group(1) or "").split(), earlier.group(2), "of", previous.measures]
        )
    if change is not None:  # "carried 48 million passengers, up 9% on 2023"
        return _joined([CHANGE_NOUNS[change.group(1).lower()], "in", previous.measures])
    own = _WHO_CLAUSE_AFTER.match(text, end) if compared is not None else None
    if own is not None:
        # "44% said they would vote yes, against 41% who would vote no": the other
        # group's own clause says what it measures, not the first one's words
        words = own.group(1).split()
        cut = next(  # "who opposed it and 18% who did not know": up to the next amount
            (i for i, w in enumerate(words) if _DIGIT.search(w) or w in CURRENCY_SIGNS), None
        )
        if cut is not None:
            words = words[: cut - 1 if cut > 1 and words[cut - 1] in ("and", "or") else cut]
        return _budget(["share" if mention.percent else "those", *words])
    group = _GROUP_AFTER.match(text, end)
    words = group.group(1).split() if group else []
    # "compared with 78.9% in May and a target of 85%", "up from 39,800 in 2024 and
    # 35,100 in 2020": the time ends where another amount is joined on ("men and women"
    # stays one group).
    joined = next(
        (
            i
            for i, (word, after) in enumerate(pairwise(words))
            if word.lower() in ("and", "or")
            and (after.lower() in ("a", "an", "the") or after[:1].isdigit())
        ),
        None,
    )
    words = words[:joined] if joined is not None else words
    scope = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    if not words and scope is not None and scope.group(1) in SCOPE_ADVERBS:
        words = [scope.group(1)]  # "compared with 13% nationally"
    while words and words[-1].lower() in _STOP_WORDS and words[-1] not in MONTHS:
        words.pop()  # not "in May": a month, not the modal
    then = _THEN_AFTER.match(text, end) if not words else None
    words = then.group(1).split() if then else words
    measured = previous.measures
    if compared is not None and compared.group(1):  # "against a national average of 33%"
        # "against a target of 95%": the target for what the amount before measures
        link = "for" if compared.group(1).split()[-1].lower() in BENCHMARK_NOUNS else "of"
        measured = _joined([*compared.group(1).split(), link, measured])
    return _budget([_in_place_of(measured, words), *words])


def _span_against_the_one_before(
    text: str,
    start: int,
    end: int,
    mention: NumberMention,
    unit: str | None,
    figures: list[FoundFigure],
) -> str:
    """A span of time told against the span just before it in its sentence measures what
    that one does: the earlier level ("reached 41 weeks in October, up from 33 weeks a
    year earlier"), or the new level of a change ("cut the journey from 58 minutes to 44
    minutes")."""
    previous = figures[-1] if figures else None
    if previous is None or previous.unit != unit or not is_duration(unit):
        return ""
    if not _same_sentence(text, previous, FoundFigure("", start, end, 0, None, None, "")):
        return ""
    if _FROM_TO.fullmatch(text, previous.end, start) and _FROM_BEFORE.search(
        text, max(0, previous.start - 6), previous.start
    ):
        return previous.measures
    return _told_against(text, start, end, mention, figures[-1:])


# "compared with annual growth of 3.1 per cent in October", "against inflation of 3.2% in
# May": a level told for comparison under a noun with no article.
_BARE_FRAME_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|after|versus)\s+"
    r"((?:[a-z-]+\s+){0,2}[a-z-]+)\s+of\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


def _bare_frame_compared(text: str, start: int, end: int, measures: str) -> str:
    """What a level told for comparison under a bare noun measures: the noun, with the
    time or group the level is told for ("annual growth in October"), not the words of
    the clause around it ("inflation Pay rose against")."""
    frame = _BARE_FRAME_COMPARED.search(text, max(0, start - 60), start)
    if frame is None or frame.group(1).split()[0].lower() in ("a", "an", "the"):
        return ""
    noun = frame.group(1)
    if not measures.lower().startswith((noun.lower(), noun.split()[-1].lower())):
        return ""  # the measure read is the noun (with the clause's words), not another
    group = _GROUP_AFTER.match(text, end)
    words = group.group(1).split() if group else []
    while words and words[-1].lower() in _STOP_WORDS and words[-1] not in MONTHS:
        words.pop()
    then = _THEN_AFTER.match(text, end) if not words else None
    words = then.group(1).split() if then else words
    return _budget([noun, *words]) if words else ""


# "a cut in Bank Rate to 4%", "an increase in parking fines to £70": the level of what a
# change named as a noun changes.
_CHANGE_NOUN_TO_BEFORE = re.compile(
    r"\b("
    + "|".join(sorted(set(CHANGE_NOUNS.values()) | CHANGE_NOUN_EXTRAS))
    + r")\s+in\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}?)"
    r"\s+to\s+(?:about\s+|around\s+|just\s+)?$",
    re.IGNORECASE,
)


def _level_after_a_change_noun(text: str, start: int, end: int) -> str:
    """ "Markets expect a cut in Bank Rate to 4% in February": the level is Bank Rate's
    after the cut (with its own time), not "Markets expect cut"."""
    change = _CHANGE_NOUN_TO_BEFORE.search(text, max(0, start - 60), start)
    if change is None:
        return ""
    group = _GROUP_AFTER.match(text, end)
    words = group.group(1).split() if group else []
    while words and words[-1].lower() in _STOP_WORDS and words[-1] not in MONTHS:
        words.pop()
    return _budget([change.group(2), "after", change.group(1).lower(), *words])


def _in_place_of(measured: str, words: list[str]) -> str:
    """ "Inflation in April", then "3.1 per cent in March": the other time or group
    stands in place of the first one's, not beside it."""
    if words and words[0].lower() in ("in", "on", "at", "for", "among", "under"):
        cut = measured.lower().rfind(f" {words[0].lower()} ")
        if cut > 0 and len(measured[cut:].split()) <= 4:
            return measured[:cut]
    elif words and _THEN_AFTER.fullmatch(" " + " ".join(words)):
        # "in August", then "31 weeks a year earlier": the other time stands in its place
        cut = measured.rfind(" in ")
        when = measured[cut + 4 :]
        if cut > 0 and (when in MONTHS or re.fullmatch(r"(?:19|20)\d\d", when)):
            return measured[:cut]
    return measured


_UP_TO = re.compile(r"(?:up to|as much as|at most)\s", re.IGNORECASE)
_CENTS_AFTER = re.compile(
    r"\s*(?:cents?|¢)(?!\w)"
    # "rose by 43c a litre", "fell 12c to $1.89": a glued lower-case "c" before a rate or a
    # new price is cents, not Celsius (round 22)
    r"|(?-i:c)(?=\s+(?:a|an|per)\s+(?:litre|liter|share|kwh|kilo|kg|unit|gallon|loaf)\b"
    r"|\s+(?:to|at)\s+(?:[$€£]|R\d|[ANS]\$|NZ\$|Sh\d|KSh))",
    re.IGNORECASE,
)
_OR_BEFORE = re.compile(r",?\s+or\s+$")
_PER_SHARE = re.compile(r"\s+(?:a|per)\s+share\b", re.IGNORECASE)


def _is_benchmark(figure: FoundFigure) -> bool:
    """A figure that is a level set against another ("a target of 90%")."""
    head = figure.measures.split()[:1]
    return bool(head) and head[0].lower() in BENCHMARK_NOUNS


def _named_before(
    tokens: Tokens, start: int, unit: str | None, measures: str, figures: list[FoundFigure]
) -> str:
    """ "The average rent in Leeds reached £1,090. In Bradford the figure was £780": a
    measure that is only "the figure", "the rate" or "the total" stands for what the
    figure of the same kind just before, in this sentence or the one before, measures;
    what the clause adds ("rate in February") is kept. "" when it does not apply."""
    frame, _, rest = measures.partition(" ")
    if frame.lower() not in ANAPHORIC_MEASURE_NOUNS or not figures:
        return ""
    # "the rate of unemployment" names its own measure; "the figure for Wales" does not.
    if rest and (rest.split()[0].lower() not in _TAIL_PREPS or rest.split()[0].lower() == "of"):
        return ""
    # "a share of 54%, against a target of 90%. The figure was 57%": the share, not its
    # target (the sentence rule below still bounds how far back it looks).
    earlier = next(
        (f for f in reversed(figures[-3:]) if not _is_benchmark(f)),
        figures[-1],
    )
    first, here = tokens.between(earlier.start, earlier.end), tokens.between(start, start + 1)
    # The same kind of amount: a sum for a sum, a share for a share; a bare number
    # ("the total rose to 20") for a count of anything.
    counts = unit is None and earlier.unit != "percent" and not _is_money(earlier)
    if not len(first) or not len(here) or not (earlier.unit == unit or counts):
        return ""
    if not earlier.measures:
        return ""
    if tokens.sent[here[0]] - tokens.sent[first[0]] > 1:
        return ""
    told = earlier.measures
    if told.lower() in ANAPHORIC_MEASURE_NOUNS:  # a bare frame again: nothing to carry
        return ""
    if not rest:  # "In Norbridge the figure was £780": the fronted place or group
        rest = _fronted_phrase(tokens, here[0])
        if rest:
            return _joined([_other_than(told, rest.split()[0].lower()), rest])
    return _joined([_in_place_of(told, rest.split()), rest]) if rest else told


_COMPARING_TAGS = frozenset({"JJR", "RBR", "JJS", "RBS"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


# Prepositions that name the group or place a measure is of ("entries in physics",
# "applications to nursing degrees"), which a compared subject replaces.
_GROUP_PREPOSITIONS = frozenset({"in", "to", "for", "among", "at"})


def _changed_just_before(tokens: Tokens, start: int) -> bool:
    """ "fell $12 to $236/t": the amount right after a verb of change is the change (and
    the one after "to" the level it reached), not one end of a range."""
    index = tokens.between(0, start).stop - 1
    if index >= 0 and tokens.pos[index] == "SYM":
        index -= 1
    if (
        index >= 0
        and tokens.dep[index] in ("prt", "advmod")
        and tokens.lower[index] in CHANGE_NOUNS
        and tokens.pos[tokens.head[index]] == "VERB"
    ):
        return True  # "will go up from £400 to £1,000", "came down from 31 to 24"
    return index >= 0 and tokens.pos[index] == "VERB" and tokens.lemma[index] in CHANGE_NOUNS


def _compared_with_before(
    tokens: Tokens, start: int, end: int, unit: str | None, figures: list[FoundFigure]
) -> str:
    """ "Some 68.3% of entries in maths achieved a grade 4. English held steadier at
    69.7%", "Sydney remains the most expensive capital at $1.61 million": a level told
    "at" an amount, of a subject compared with what came before, is the same measure as
    the last amount of its kind (a share for a share, a sum for a sum) up to two
    sentences back, for that subject. "" when it does not apply."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    amount = found[0]
    at = tokens.head[amount]
    verb = tokens.head[at]
    if tokens.dep[amount] != "pobj" or tokens.lower[at] != "at" or tokens.pos[verb] != "VERB":
        return ""
    # "Perth recorded the strongest growth at 16.3%": an object names its own measure.
    objects = any(tokens.dep[c] == "dobj" for c in tokens.children[verb])
    compared = not objects and any(
        tokens.tag[i] in _COMPARING_TAGS and hangs_within(tokens.head, i, verb)
        for i in range(verb + 1, at)
    )
    subject, _ = _subject_of(tokens, verb, range(0))
    if not compared or subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    if _phrase_after(tokens, found[1], _THRESHOLD_PREPS):
        return ""  # "premiums held up better at £38/t over feed": a margin of its own
    for earlier in reversed(figures[-4:]):
        first = tokens.between(earlier.start, earlier.end)
        if not len(first) or tokens.sent[amount] - tokens.sent[first[0]] > 2:
            return ""
        same_kind = earlier.unit == unit or (
            unit is None and earlier.unit != "percent" and not _is_money(earlier)
        )
        if same_kind and earlier.measures:
            who = _noun_phrase(tokens, subject, range(0), stop=verb)
            if who.lower() in earlier.measures.lower():
                return ""
            told = earlier.measures.split()
            if tokens.pos[subject] == "PROPN" and told[0].endswith(("'s", "’s")):
                told = told[1:]  # "Sydney" after "Brisbane's median house price"
            if tokens.ent[subject] in _PLACE_ENTITIES:
                # "Tallow Bay stayed cheaper" after "the average rent in Dorwick": the new
                # place in place of the old one.
                told = _other_than(" ".join(told), "in").split()
            else:
                # "Chemistry" after "entries in physics achieved a grade 4": the earlier
                # group ("in physics") is not this one's; keep what was counted only.
                counted = _counted_in_a_clause(tokens, earlier.start, earlier.end)
                if counted:  # "Completions" after "builders started work on 29,870 homes"
                    told = counted.split()
                cut = next((i for i, w in enumerate(told) if w in _GROUP_PREPOSITIONS), None)
                told = told[:cut] if cut else told
            return _joined([who + ":", *told])
    return ""


def _set_against(tokens: Tokens, word: int) -> list[str]:
    """The words after "than" or "on" that name what an amount is set against ("than a
    year earlier", "on last season"), as written, up to the end of the clause."""
    words: list[str] = []
    for index in range(word + 1, min(word + 6, len(tokens))):
        if (
            tokens.pos[index] in ("PUNCT", "CCONJ", "SCONJ")
            or tokens.sent[index] != tokens.sent[word]
        ):
            break
        words.append(tokens.text[index])
    return words


def _compared_with_the_count_before(
    tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "Police recorded 1,240 burglaries, 15 per cent fewer than in 2024", "There were
    412,000 cars, 7 per cent more than in 2019": an amount set after a comma against a
    level, right after a count in its sentence, is the change of that count. "" when the
    amount is not in that shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, inside = found
    compared = inside.stop
    if (
        compared >= len(tokens)
        or not _compared_by(tokens, root, compared)
        or tokens.lower[compared] not in COMPARATIVE_CHANGES
        or tokens.dep[compared] in ("acomp", "attr", "oprd", "ROOT")
        or inside.start == 0
        or tokens.text[inside.start - 1] != ","
    ):
        return ""
    before = figures[-1]
    first = tokens.between(before.start, before.end)
    if not len(first) or tokens.sent[first.start] != tokens.sent[root]:
        return ""
    than = compared + 1
    against = _set_against(tokens, than) if tokens.lower[than : than + 1] == ["than"] else []
    if against[:1] in (["in"], ["at"]):
        against = against[1:]
    change = COMPARATIVE_CHANGES[tokens.lower[compared]]
    return _budget([change, "in", before.measures, *(["on", *against] if against else [])])


def _compared_by(tokens: Tokens, root: int, compared: int) -> bool:
    """Is the amount set against a level by the comparative right after it: hung on it
    ("15 per cent fewer than"), or, as the parser reads a bare count, with the
    comparative hung on the count ("3,100 firefighters, 250 fewer than in 2020", "96
    more than last year")?"""
    if tokens.head[root] == compared:
        return tokens.dep[root] == "npadvmod"
    return (
        tokens.head[compared] == root
        and tokens.dep[compared] == "amod"
        and tokens.dep[root] in ("appos", "npadvmod")
    )


_RATE_BASE_AFTER = re.compile(
    r"\s+((?:a|an|per|for\s+(?:every|each))\s+[a-z][\w-]*)\b", re.IGNORECASE
)


def _amount_before_restated(
    text: str, tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "The fine is £18.5m. That works out at £9.70 per customer", "The scheme will cost
    £2bn. That equates to £70 for every household": an amount that "that", "this", "it"
    or "which" comes to, right after another amount (in its sentence or the one before),
    restates that amount, per the base it names. "" when the amount is not in that
    shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, _ = found
    verb = tokens.head[root]
    if tokens.dep[root] == "pobj" and tokens.lower[verb] in ("at", "to"):
        verb = tokens.head[verb]
    if tokens.lemma[verb] not in AMOUNTING_LEMMAS or tokens.pos[verb] != "VERB":
        return ""
    if tokens.lemma[verb] == "work" and not any(
        tokens.lower[c] == "out" for c in tokens.children[verb]
    ):
        return ""  # ("works out at", not "works at")
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"]
    if len(subjects) != 1 or tokens.lower[subjects[0]] not in POINTING_BACK_PRONOUNS:
        return ""
    before = figures[-1]
    first = tokens.between(before.start, before.end)
    if not len(first) or tokens.sent[root] - tokens.sent[first.start] not in (0, 1):
        return ""
    base = _RATE_BASE_AFTER.match(text, end)
    measured = re.sub(r"\s+(?:per|a|an)\s+\S+$", "", before.measures)  # its own base
    return _joined([measured, *(base.group(1).split() if base else [])])


def _reading_of_a_thing(tokens: Tokens, mention: NumberMention) -> str:
    """ "The quake, of magnitude 6.2, struck", "a tremor of magnitude 4 hit": a reading on
    a scale told in an "of" phrase after the noun of the thing measured is that thing's
    reading ("magnitude of quake"). "" when the number is not in that shape (round 19)."""
    number = tokens.at(mention.start)
    scale = number - 1
    if scale < 1 or tokens.start[number] != mention.start:
        return ""
    if tokens.lower[scale] not in SCALE_READING_NOUNS or tokens.head[number] != scale:
        return ""
    preposition = tokens.head[scale]
    if tokens.lower[preposition] != "of" or tokens.dep[scale] != "pobj":
        return ""
    thing = tokens.head[preposition]
    if tokens.pos[thing] not in ("NOUN", "PROPN"):
        return ""
    return f"{tokens.lower[scale]} of {tokens.text[thing]}"


def _names_only_the_comparison(measures: str) -> bool:
    """ "more", "That's", "less": a measure with no word beyond the comparison and the
    pronoun it is said of."""
    words = {w.casefold().strip(",.") for w in measures.split()}
    return (
        not words
        - set(COMPARATIVE_CHANGES)
        - POINTING_BACK_PRONOUNS
        - {"is", "'s", "’s"}
        - {f"{p}'s" for p in POINTING_BACK_PRONOUNS}
        - {f"{p}’s" for p in POINTING_BACK_PRONOUNS}
    )


def _difference_from_the_amount_before(
    tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "The bill will rise to £596 a year. That is £64 more than now", "A season ticket
    will cost £420. This is £35 more than last season": an amount more or less than
    something, said of "that", "this", "it" or "which" right after another amount (in its
    sentence or the one before), is the change in what that amount measures, not a bare
    "more". "" when the amount is not in that shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, _ = found
    compared = tokens.head[root]
    verb = tokens.head[compared]
    if (
        tokens.dep[root] != "npadvmod"
        or tokens.lower[compared] not in COMPARATIVE_CHANGES
        or tokens.dep[compared] not in ("acomp", "attr")
        or tokens.lemma[verb] != "be"
    ):
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"]
    if len(subjects) != 1 or tokens.lower[subjects[0]] not in POINTING_BACK_PRONOUNS:
        return ""
    before = figures[-1]
    first = tokens.between(before.start, before.end)
    if not len(first) or tokens.sent[root] - tokens.sent[first.start] not in (0, 1):
        return ""
    thans = [c for c in tokens.children[compared] if tokens.lower[c] == "than"]
    against = _set_against(tokens, thans[0]) if thans else []
    change = COMPARATIVE_CHANGES[tokens.lower[compared]]
    return _budget([change, "in", before.measures, *(["on", *against] if against else [])])


def _share_of_a_whole_after_a_count(
    tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "64,000 students found a place through clearing, roughly one in eight of all those
    accepted", "helped 4,100 families, nearly 40% of those who applied": a share set
    after a comma right after a count says what part of a whole that count is. ""
    when the amount is not in that shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, inside = found
    before = inside.start - 1
    if before > 0 and tokens.pos[before] == "ADV":  # "roughly", "nearly"
        before -= 1
    if before > 0 and tokens.lower[before] == "or":  # "cut about 400 jobs, or 8% of"
        before -= 1
    of = inside.stop
    if (
        before < 0
        or tokens.text[before] != ","
        or tokens.dep[root] in ("nsubj", "nsubjpass")
        or of >= len(tokens)
        or tokens.lower[of] != "of"
        or not any(tokens.lower[i] in _PERCENT_WORDS or tokens.lower[i] == "in" for i in inside)
    ):
        return ""
    count = figures[-1]
    first = tokens.between(count.start, count.end)
    if (
        not len(first)
        or tokens.sent[first.start] != tokens.sent[root]
        or count.unit in ("percent", "fraction")
        or _is_money(count)
        or "%" in count.measures
    ):
        return ""
    whole = _set_against(tokens, of)
    return _budget([count.measures, "as share of", *whole]) if whole else ""


def _counted_in_a_clause(tokens: Tokens, start: int, end: int) -> str:
    """ "Housebuilders started work on 29,870 homes": when an amount counts the object of
    a clause, the noun phrase it counts ("homes"), without who did what to it; "" when
    the amount is no such count (a subject, "entries in maths achieved", a sum or a
    share: "climbed to a record $1.02 million")."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    root, inside = found
    noun = tokens.head[root]
    if (
        any(tokens.pos[i] == "SYM" or tokens.lower[i] in _PERCENT_WORDS for i in inside)
        or tokens.dep[root] != "nummod"
        or tokens.pos[noun] not in _NOUNS
        or tokens.dep[noun] in ("nsubj", "nsubjpass", "ROOT")
    ):
        return ""
    return _noun_phrase(tokens, noun, inside, with_tail=False)


# "That is a rise of 4.7%", "This was an increase of about £149": a sentence that only
# names a change of the amount told in the sentence before.
_THAT_IS_A_CHANGE = re.compile(
    r"^\s*(?:That|This|It)(?:\s+is|\s+was|\s+represents|['’]s)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
    r"([a-z]+)\s+of\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|roughly\s+)?$"
)


def _change_told_after(text: str, start: int, measures: str, figures: list[FoundFigure]) -> str:
    """ "The cap will be £1,838. That is an increase of £149": a change whose sentence
    names nothing but the change is a change in what the amount before measured. "" when
    it does not apply."""
    told = _THAT_IS_A_CHANGE.match(_sentence_before(text, start))
    if told is None or not figures or not figures[-1].measures:
        return ""
    change = told.group(1).lower()
    if change not in CHANGE_NOUNS.values() or measures.lower() not in ("", change):
        return ""
    earlier = figures[-1]
    if (
        start - earlier.end > _SENTENCE_WINDOW
        or earlier.measures.split()[0] in CHANGE_NOUNS.values()
    ):
        return ""
    return _budget([change, "in", earlier.measures])


_TO_A_LEVEL_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _level_when_changed(text: str, start: int, measures: str, figures: list[FoundFigure]) -> str:
    """ "Retail sales rose 5% in March to £2.1bn": the level reached is told for the time
    the change was ("Retail sales in March"), which the change's measure carries after
    what changed. "" when it does not apply."""
    if (
        not measures
        or not figures
        or not _TO_A_LEVEL_BEFORE.search(text, max(0, start - 12), start)
    ):
        return ""
    change = figures[-1]
    first, _, rest = change.measures.partition(" in ")
    if first not in CHANGE_NOUNS.values() or start - change.end > 40:
        return ""
    if not rest.lower().startswith(f"{measures.lower()} ") or _SENTENCE_END.search(
        text, change.end, start
    ):
        return ""
    return _budget([measures, rest[len(measures) :].strip()])


def _change_of_the_count_before(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "Builders started work on 29,870 homes in the quarter, a drop of 14%": a framed
    change set beside the clause of a count is the change in what that count counts
    (the parse would take the clause's subject, "drop in builders"). Sums, shares and
    measured amounts are left to the parse ("closed at 412p, a fall of 6%"). "" when it
    does not apply."""
    if not figures or not figures[-1].measures:
        return ""
    earlier = figures[-1]
    beside = _CHANGE_BESIDE.fullmatch(text, earlier.end, start)
    if beside is None or beside.group(1).lower() not in CHANGE_NOUNS:
        return ""
    if earlier.unit == "percent" or _is_money(earlier) or canonical_unit(earlier.unit) is not None:
        return ""
    return _budget([beside.group(1).lower(), "in", earlier.measures])


def _fronted_phrase(tokens: Tokens, token: int) -> str:
    """ "In Norbridge(,) the figure was": the prepositional phrase that opens the sentence
    of `token`, before it; "" when the sentence opens otherwise."""
    first = tokens.sent_starts[tokens.sent[token]]
    if tokens.pos[first] != "ADP" or tokens.lower[first] not in _TAIL_PREPS:
        return ""
    end = first + 1
    # The phrase is the opening preposition's subtree (its heads lead back to it).
    while end < token and tokens.text[end] != "," and hangs_within(tokens.head, end, first):
        end += 1
    if end <= first + 1:
        return ""
    words = [tokens.lower[first]]  # "In Norbridge" is told mid-measure as "in Norbridge"
    for index in range(first + 1, end):
        glued = tokens.start[index] == tokens.end[index - 1]  # "first-time" stays one word
        words.append(tokens.text[index] if not glued else words.pop() + tokens.text[index])
    return " ".join(words)


def _other_than(measured: str, preposition: str) -> str:
    """ "average rent in Kellby" for a figure told "In Norbridge": the measure without the
    earlier place or group the new one replaces (a month or a year is kept out of it)."""
    lowered, cut = measured.lower(), -1
    at = lowered.rfind(f" {preposition} ")
    while at > 0:
        following = measured[at + len(preposition) + 2 :].split()[:1]
        if following and following[0] not in MONTHS and not following[0][:1].isdigit():
            cut = at
            break
        at = lowered.rfind(f" {preposition} ", 0, at)
    return measured[:cut] if cut > 0 else measured


def _currency_before(figures: list[FoundFigure]) -> str | None:
    """The currency of the last sum before a sum in cents (dollars, euros)."""
    for figure in reversed(figures[-6:]):
        if _is_money(figure):
            return figure.unit
    return None


def _duration_unit(text: str, mention: NumberMention, end: int) -> re.Match[str] | None:
    """The unit word of a span of time written right after its number ("18 months",
    "six-hour"), or None."""
    if mention.percent or mention.currency or mention.ordinal:
        return None
    return _DURATION_AFTER.match(text, end)


def _duration_is_news(
    text: str, mention: NumberMention, unit: re.Match[str], quoted: _Spans
) -> bool:
    """A span of time the story reports: how long a sentence, a closure, a wait or an
    outage lasts, a deadline, a period. Not one inside someone's quoted words ("I've
    spent 30 years on this garden"), a time ago or an age, a frequency ("every three
    weeks"), the period another figure covers ("£2.1bn over the next five years"), a
    record's frame ("the driest season in 70 years"), a person's background ("Patel,
    who has run the shop for 22 years"), nor an adjective of a thing ("an 11-month
    trial")."""
    if mention.start in quoted or _DURATION_NOT_AFTER.match(text, unit.end()):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    short = unit_name(unit.group(1)) in ("seconds", "minutes")
    # "The speech, which ran to 74 minutes,": a length reached, no race time (round 22)
    race_time = (
        short
        and _RACE_TIME_BEFORE.search(before) is not None
        and _REACHED_TO_BEFORE.search(before) is None
    )
    of = _OF_BEFORE.search(before)  # "his wife of 59 years"; not "a ban of three years"
    if (
        short
        and not (
            _SHORT_SPAN_BEFORE.search(before)
            or (of and of.group(1).lower() in DURATION_NEWS_NOUNS)  # "a journey of 58 minutes"
            or _SHORT_SPAN_AFTER.match(text, unit.end())
            or race_time
            or _is_cut_off(text, mention.start, unit.end())
            or text[unit.start() : unit.start() + 1] == "-"
        )
    ):
        return False  # "talks lasted 30 minutes", "opened the scoring after 12 minutes"
    if _SENTENCE_OPENING.search(before) and re.match(r"\s+(?:later|after)\b", text[unit.end() :]):
        return False  # "Two days later, ...": the story moving on
    if _OFFSET_AFTER.match(text, unit.end()):
        return False  # "resigned four months later", "again two days after,": when, not how long
    if _FRAME_OPENING.search(before) and text[unit.end() : unit.end() + 1] == ",":
        return False  # "After four weeks, 8.9% needed ...": when another figure is read
    if _AGED_BEFORE.search(before):
        return False  # "children aged between six months and 11 years": an age range
    # "90mm of rain in 24 hours", "£2.1bn over five years": the span another amount covers.
    if (
        _AMOUNT_THEN_IN.search(before[-24:]) or _AMOUNT_THEN_IN_FURTHER.search(before[-36:])
    ) and not race_time:
        return False  # (but "won the 400m in 51.82 seconds" is a race time)
    not_before = _DURATION_NOT_BEFORE.search(before)
    adjective = text[unit.start() : unit.start() + 1] == "-"
    if not_before and not (adjective and not_before.group(0).split()[0].lower() in ("a", "an")):
        return False  # but "a 16-week suspended sentence" is read by its noun below
    if of and of.group(1).lower() not in DURATION_NEWS_NOUNS:
        return False
    sentence_before = _sentence_before(text, mention.start)
    if _WHO_CLAUSE.search(sentence_before):
        return False
    if unit_name(unit.group(1)) == "years" and _WHICH_HAS_CLAUSE.search(sentence_before):
        return False  # "The bakery, which has traded for 40 years, closed": its history
    if (
        unit_name(unit.group(1)) in ("years", "months")
        and _PERSONAL_POSSESSIVE_BEFORE.search(before)
        and _TENURE_AFTER.match(text, unit.end())
    ):
        return False  # "In his 12 years as mayor", "her 25 years at the school": a tenure
    if _IN_BEFORE.search(before) and _SUPERLATIVE.search(sentence_before):
        return False
    if _WITHIN_BEFORE.search(before) and re.search(r"%|\bper ?cent\b", sentence_before):
        return False  # "58% were seen within four hours": the span defines the share
    if text[unit.start() : unit.start() + 1] == "-":
        words = _NOUN_AFTER.match(text, unit.end())
        return words is not None and any(
            word is not None and word.lower() in DURATION_NEWS_NOUNS for word in words.groups()
        )
    return True


# "was second in 11.42", "Price third in 11.58": a time in seconds and hundredths right
# after a place in a race, with no unit after it.
_PLACE_IN_BEFORE = re.compile(
    r"(?:\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:(?:was|were|came|finished)\s+)?)?"
    r"\b(?:((?i:" + "|".join(sorted(RACE_PLACE_WORDS | RACE_TIME_VERBS)) + r"))\s+in"
    r"|((?i:" + "|".join(sorted(RACE_CLOCK_VERBS)) + r")))\s+$"
)
_HUNDREDTHS = re.compile(r"\d{1,3}\.\d{2}")
_NO_UNIT_AFTER = re.compile(r"(?:\s*[,.;)]|\s+(?:and|but|while|as|to|behind|ahead)\b|\s*$)")


def _bare_race_time(text: str, mention: NumberMention, quoted: _Spans) -> str | None:
    """ "Dunmore was second in 11.42": a race time told without its unit (not one quoted,
    nor a decimal with a unit or a multiplier after it), and what it measures (whose time
    in which place)."""
    if mention.currency or mention.percent or mention.start in quoted:
        return None
    if not _HUNDREDTHS.fullmatch(mention.text) or not _NO_UNIT_AFTER.match(text, mention.end):
        return None
    return _placed_race_time(text, mention.start)


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


def _career_span(tokens: Tokens, start: int, end: int) -> bool:
    """ "He had worked at the firm for 22 years": a span of a person's career or life,
    background to the story. So is a long span in a clause that describes someone
    ("Ms Penhale, whose family has farmed the valley for 80 years", "who has played for
    the club for 14 seasons") and the span of something a person could not bring
    themselves to do ("too ashamed to tell her family for two years")."""
    inside = tokens.between(start, end)
    if not len(inside):
        return False
    unit = inside[-1]
    if tokens.dep[unit] == "nummod":  # "14 seasons": the span is the counted noun
        unit = tokens.head[unit]
    preposition = tokens.head[unit]
    if tokens.dep[unit] != "pobj" or tokens.lower[preposition] != "for":
        return False
    verb = tokens.head[preposition]
    if tokens.lemma[unit] in BACKGROUND_SPANS and (
        _describes_someone(tokens, verb)
        or _not_brought_to(tokens, verb)
        or _a_person_s_calling(tokens, verb)
    ):
        return True
    if tokens.lemma[verb] not in CAREER_LEMMAS | TRADE_LEMMAS | BODY_HISTORY_LEMMAS or any(
        tokens.tag[c] == "MD" for c in tokens.children[verb]
    ):
        return False  # ("will coach the side for three years": a term ahead is news)
    if tokens.ent[unit] not in ("DATE", "TIME") and tokens.lemma[unit] not in CAREER_SPANS:
        return False  # "The landlord sold the building for £2.4m": a price, no span
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None:
        return False
    if tokens.lemma[verb] in CAREER_LEMMAS | TRADE_LEMMAS and _names_a_person(tokens, subject):
        return True
    return _a_body_s_history(tokens, verb, subject, unit)


def _a_body_s_history(tokens: Tokens, verb: int, subject: int, unit: int) -> bool:
    """ "The paper has served Galway readers for 150 years", "The mill has traded in the
    town for 60 years": how long a firm or a body has been going, told in the perfect in
    years or decades, is its history, as a person's career is (round 21; not "The road
    has been closed for six weeks", nor "The firm will run the line for 10 years")."""
    if tokens.lemma[unit] not in ("year", "decade"):
        return False
    perfect = any(
        tokens.dep[c] == "aux" and tokens.lemma[c] == "have" for c in tokens.children[verb]
    )
    body = tokens.ent[subject] == "ORG" or tokens.lemma[subject] in (
        COMPANY_NOUNS | ORG_KIND_NOUNS | BODY_NOUNS
    )
    return perfect and body


def _names_a_person(tokens: Tokens, subject: int) -> bool:
    """ "Sandeep Rao", "she", "Mr Okonkwo" (a title the recognizer may not see past),
    "The couple", "The vendors", "the party's candidate": a person, or people told of as
    one."""
    return (
        tokens.ent[subject] == "PERSON"
        or tokens.lower[subject] in PRONOUNS
        or tokens.lemma[subject] in CAREER_GROUP_NOUNS
        or _is_person_noun(tokens.lemma[subject])
        or any(
            tokens.dep[c] == "compound" and tokens.text[c] in TITLES
            for c in tokens.children[subject]
        )
    )


def _a_person_s_calling(tokens: Tokens, noun: int) -> bool:
    """ "Ms Dlamini, a nurse for 26 years,": a person's trade in apposition, with how long
    they have followed it."""
    return (
        tokens.dep[noun] == "appos"
        and _is_person_noun(tokens.lemma[noun])
        and _names_a_person(tokens, tokens.head[noun])
    )


def _is_career_record(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Ostrowski, whose career average is 12.3, hit 88": a record of someone's whole
    career told in a "whose" clause to describe them is background to the story."""
    inside = tokens.between(mention.start, mention.end)
    if not len(inside):
        return False
    verb = inside[-1]
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    # (the "whose" says it is a relative clause even where the parse makes it the root)
    for subject in (c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"):
        near = [subject, *tokens.children[subject]]  # "whose career bowling average"
        words = {tokens.lower[w] for n in near for w in (n, *tokens.children[n])}
        if "whose" in words and words & CAREER_RECORD_WORDS:
            return True
    return False


def _is_offset_of_a_clause(tokens: Tokens, start: int, end: int) -> bool:
    """ "collapsed three weeks after it lost the contract", "arrested 48 hours after the
    van was found": a span that only places one event after another told in its own
    clause. (A span before one, "cancelled nine days before it was due to open", is
    the notice given, and stays.)"""
    inside = tokens.between(start, end)
    if not len(inside) or inside.stop >= len(tokens):
        return False
    after = inside.stop
    if tokens.lower[after] != "after" or tokens.dep[after] != "mark":
        return False
    clause = tokens.head[after]
    return any(tokens.dep[c] in ("nsubj", "nsubjpass") for c in tokens.children[clause])


_TENURE_SPANS = frozenset({"month", "year", "decade"})


def _is_tenure_or_review_point(tokens: Tokens, start: int, end: int) -> bool:
    """ "lost her job in June after 14 years", "will be reviewed after 12 months", "after
    nine years at the helm": a bare long span after which something happens is how long
    someone had served or when a thing will be looked at again, not the story's measure;
    after a verb that ends a held state it is how long that state lasted ("released
    after 18 months", "freed after two years in captivity")."""
    inside = tokens.between(start, end)
    if not len(inside):
        return False
    unit = inside[-1]
    if tokens.dep[unit] == "nummod":
        unit = tokens.head[unit]
    preposition = tokens.head[unit]
    if (
        tokens.dep[unit] != "pobj"
        or tokens.lower[preposition] != "after"
        or tokens.lemma[unit] not in _TENURE_SPANS
    ):
        return False
    if any(
        (tokens.dep[c] == "prep" and tokens.lower[c] != "at") or tokens.dep[c] == "conj"
        for c in tokens.children[unit]
    ) or (unit + 1 < len(tokens) and tokens.dep[unit + 1] == "cc"):
        # "after 18 months in detention", "after two years of talks", "after seven years
        # and a £38m rebuild": what the span was spent on makes it the story's
        return False
    verb = tokens.head[preposition]
    return tokens.pos[verb] in ("VERB", "AUX") and tokens.lemma[verb] not in (
        RELEASE_LEMMAS | SENTENCE_LEMMAS
    )


def _is_makeup_or_ranking_frame(tokens: Tokens, mention: NumberMention) -> bool:
    """ "a jury of seven women and five men", "a family of four": what a group is made
    of; "four of Britain's five largest supermarkets": the set a ranking is counted
    in. Neither is a count the story reports."""
    if mention.currency or mention.percent:
        return False
    inside = tokens.between(mention.start, mention.end)
    if not len(inside):
        return False
    number = inside[-1]
    following = number + 1
    if following < len(tokens) and tokens.tag[following] == "JJS":
        return True  # "the five largest", "its three biggest"
    if following < len(tokens) and tokens.lower[following] == "of":
        whole = [c for c in tokens.children[following] if tokens.dep[c] == "pobj"]
        if any(  # "four of Britain's five largest supermarkets": a part of that set
            tokens.dep[c] == "nummod" and c + 1 < len(tokens) and tokens.tag[c + 1] == "JJS"
            for noun in whole
            for c in tokens.children[noun]
        ):
            return True
    noun = tokens.head[number] if tokens.dep[number] == "nummod" else number
    for _ in range(4):  # "seven women and five men": up the list to its first item
        if tokens.dep[noun] != "conj":
            break
        noun = tokens.head[noun]
    first = inside[0]
    if first >= 2 and tokens.lower[first - 1] in ("and", "or"):
        noun = first - 2  # the list the parser did not join ("of seven women and five men")
        noun = noun if tokens.pos[noun] in _NOUNS or tokens.pos[noun] == "NUM" else number
    preposition = tokens.head[noun]
    if tokens.dep[noun] != "pobj" or tokens.lower[preposition] != "of":
        return False
    group = tokens.head[preposition]
    return tokens.lemma[group] in MAKEUP_GROUP_NOUNS or (
        # "sent a team of 11 investigators": a group the story's actor sends out is its
        # response, news; a group acting on its own ("a team of 20 followed") is colour
        tokens.lemma[group] in WORKING_GROUP_NOUNS
        and tokens.dep[group] != "dobj"
        and not _is_a_casualty(tokens, group)
    )


def _describes_someone(tokens: Tokens, verb: int) -> bool:
    """A relative clause on a person in the active perfect ("who has run the pub",
    "whose family has farmed"): what someone has long done, not what happened to them
    ("passengers who have been stranded" is passive and the story's)."""
    someone = tokens.head[verb]
    relativizers = {
        tokens.lower[g] for c in tokens.children[verb] for g in (c, *tokens.children[c])
    }
    if tokens.dep[verb] != "relcl" or not (
        tokens.ent[someone] == "PERSON"
        or _is_person_noun(tokens.lemma[someone])
        or relativizers & {"who", "whose", "whom"}
    ):
        return False  # "a spacecraft that has been shadowing a comet for 14 months"
    auxiliaries = [tokens.lemma[c] for c in tokens.children[verb] if tokens.dep[c] == "aux"]
    passive = any(tokens.dep[c] in ("auxpass", "nsubjpass") for c in tokens.children[verb])
    return "have" in auxiliaries and not passive and tokens.lemma[verb] != "be"


def _not_brought_to(tokens: Tokens, verb: int) -> bool:
    """ "too ashamed to tell her family": a thing left undone, told as a state."""
    adjective = tokens.head[verb]
    return (
        tokens.dep[verb] == "xcomp"
        and tokens.pos[adjective] == "ADJ"
        and any(tokens.lower[c] == "too" for c in tokens.children[adjective])
    )


def _after_for(tokens: Tokens, inside: range) -> int | None:
    """The "for" a span is written after, past a hedge ("for 11 days", "for more than two
    weeks"): the span tells how long, whatever the parser hung it on. None otherwise."""
    for index in range(inside.start - 1, max(-1, inside.start - 4), -1):
        if tokens.lower[index] == "for":
            return index
        if tokens.pos[index] in ("NOUN", "PROPN", "VERB", "AUX", "PUNCT"):
            return None
    return None


def _duration_measure(tokens: Tokens, start: int, end: int, frame: str = "") -> str:
    """What a span of time measures, from its clause: "length of time <who> <did what>"
    for "for", "time within which ..." for "within", "period over which ..." for "over";
    a sentence ("jailed for 18 months") is the length of a prison sentence; a linked
    span ("the average wait was 41 minutes") is what it is linked to."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    unit = inside[-1]
    if tokens.text[unit] == "-":
        return ""
    while (
        tokens.head[unit] in inside and tokens.head[unit] != unit
    ):  # "two years and eight months", "17 minutes 2 seconds": up to the span's top
        unit = tokens.head[unit]
    head, dep = tokens.head[unit], tokens.dep[unit]
    for child in tokens.children[unit]:  # "three days of talks"
        if tokens.dep[child] == "prep" and tokens.lower[child] == "of" and child > unit:
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.pos[objects[0]] in _NOUNS:
                return "length of " + _noun_phrase(tokens, objects[0], inside)
    if dep in ("compound", "amod", "nmod") and tokens.pos[head] in _NOUNS and head > unit:
        return "length of " + _noun_phrase(tokens, head, inside)  # "an eight-hour outage"
    preposition = ""
    verb = head
    following = inside.stop
    if (
        following < len(tokens)
        and tokens.lower[following] in ("before", "after", "later")
        and _after_for(tokens, inside) is None  # (not "closed for 11 days after the flood")
    ):
        preposition = tokens.lower[following]  # "cancelled nine days before it was due"
    placed = dep == "pobj" and tokens.pos[head] == "ADP"
    framing = tokens.pos[head] in ("ADV", "ADP", "SCONJ") and tokens.lower[head] in DURATION_FRAMES
    if placed or framing:
        preposition, verb = tokens.lower[head], tokens.head[head]
    dangling = _after_for(tokens, inside) if framing and not placed else None
    if dangling is not None and tokens.head[dangling] == verb:
        preposition = "for"  # "closed for 11 days after the outbreak": "for" left unattached
    if placed and preposition == "for":
        banned = _ban_measure(tokens, head, inside)
        if banned:
            return banned
    if (
        placed
        and preposition == "of"
        and tokens.lemma[verb] in AVERAGE_NOUNS
        and tokens.dep[verb] == "pobj"
        and tokens.lower[tokens.head[verb]] == "for"  # ("sold in an average of 29 days")
        and tokens.pos[tokens.head[tokens.head[verb]]] in ("VERB", "AUX")
        and not frame
    ):  # "followed for a median of 2.5 years": the span the clause's verb lasted, on
        # average (round 20; it read "length of median")
        average, preposition = tokens.lemma[verb], "for"
        verb = tokens.head[tokens.head[verb]]
        frame = f"{average} {DURATION_FRAMES[preposition]}"
    frame = frame or DURATION_FRAMES.get(preposition, "length of time")
    if verb == unit or verb in inside:
        return ""
    if tokens.lemma[verb] == "time" and tokens.head[verb] != verb:
        # "won the cup for the first time in 63 years": the time since it last happened.
        verb = tokens.head[tokens.head[verb]] if tokens.dep[verb] == "pobj" else tokens.head[verb]
        frame = "time since last"
    if (
        tokens.lemma[verb] in AVERAGE_NOUNS
        and tokens.pos[tokens.head[verb]] == "VERB"
        and tokens.dep[verb] == "dobj"
    ):  # "took an average of 47 minutes to reach": the time taken, on average
        verb, dep, unit = tokens.head[verb], "dobj", verb
    if tokens.pos[verb] in _NOUNS:  # "a debate of nine hours", "care for 11 days"
        return _budget([frame.split()[0], "of", _noun_phrase(tokens, verb, inside, False)])
    if tokens.lower[verb] in _CHANGE_ADVERBS and tokens.head[verb] != verb:
        verb = tokens.head[verb]  # "was 41 minutes, up from 36 minutes": the same measure
    elif tokens.pos[verb] in ("ADJ", "ADV") and tokens.head[verb] != verb:
        # "58 seconds faster than the previous best", "finished 1 minute 52 seconds clear"
        than = [
            w
            for c in tokens.children[verb]
            if tokens.dep[c] == "prep" and c > verb
            for w in (_extra_phrase(tokens, verb, c, inside) or _compared_phrase(tokens, c, inside))
        ]
        done = tokens.head[verb]
        averaged = _averaged_comparative(tokens, verb, inside)
        if averaged:
            return averaged
        subject, _ = _subject_of(tokens, done, inside)
        who = _named(tokens, subject, inside) if subject is not None else ""
        # "Participants slept 38 minutes longer": a comparative on a verb says what was
        # done for longer, "margin Participants slept longer" (round 25)
        did = (
            [tokens.text[done]]
            if tokens.tag[verb] in ("RBR", "JJR")
            and tokens.pos[done] == "VERB"
            and tokens.lemma[done] not in _COPULAS
            and done < verb
            and who
            else []
        )
        return _budget(["margin", *([who] if who else []), *did, tokens.text[verb], *than[:6]])
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    misread = tokens.head[verb]  # "The median wait for a hip replacement was 41 weeks"
    if (
        tokens.lemma[verb] == "be"
        and tokens.dep[verb] in ("advcl", "ccomp")
        and tokens.pos[misread] == "VERB"
        and misread < verb
        and any(c == misread - 1 and tokens.dep[c] == "nsubj" for c in tokens.children[misread])
        and not any(tokens.pos[i] == "PUNCT" for i in range(misread, verb))
    ):  # the parser read the noun ("wait") as the verb: the words before "was" say it
        return _joined([tokens.text[i] for i in range(misread - 1, verb)])
    subject, _ = _subject_of(tokens, verb, inside)
    if placed and preposition in ("from", "to") and tokens.lemma[verb] in CHANGE_NOUNS:
        # "The average wait for a repair rose from six days to 11 days", "cut the journey
        # from 58 minutes to 44 minutes": a level of what changed, the object or subject
        changed = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] == "dobj" and c not in inside and tokens.pos[c] in _NOUNS
        ]
        holder = changed[0] if changed else subject
        if holder is not None and tokens.pos[holder] != "PRON":
            return _noun_phrase(tokens, holder, inside, stop=verb if holder == subject else None)
    if subject is not None and tokens.lower[subject] in ("%", "cent", "percent"):
        # "40 per cent of patients waited four hours": the patients waited.
        of = [c for c in tokens.children[subject] if tokens.lower[c] == "of"]
        owners = [c for c in tokens.children[of[0]] if tokens.dep[c] == "pobj"] if of else []
        subject = owners[0] if owners else None
    who = ""
    if subject is not None and tokens.pos[subject] != "PRON":
        who = _noun_phrase(tokens, subject, inside, False)
    if (
        tokens.lemma[verb] == "be"
        and who
        and subject is not None
        and preposition != "for"  # (not "were without water for 48 hours")
    ):  # "the average response time was 41 minutes"
        return _noun_phrase(tokens, subject, inside, stop=verb)
    if dep == "dobj" and tokens.lemma[verb] == "last" and who:  # "a debate that lasted nine hours"
        return "length of " + who
    if dep == "dobj" and tokens.lemma[verb] == "take":
        # "the case had taken two years to investigate", "the repair takes about 90
        # minutes at a dealership": the time something takes.
        extras = _verb_extras(tokens, verb, inside, unit, 2)
        if who and subject is not None and subject < verb:
            # "Work on the pier will take about 18 months": the work with what it is on
            # (round 25)
            who = _noun_phrase(tokens, subject, inside, stop=verb) or who
        return _budget(["time", *([who] if who else []), tokens.text[verb], *extras])
    if dep == "dobj" and tokens.lemma[verb] in _COPULAS and who and subject is not None:
        # "Waits for cataract surgery reached 39 weeks in August": the level of the waits
        extras = _verb_extras(tokens, verb, inside, unit, 1)
        return _budget([_noun_phrase(tokens, subject, inside, stop=verb), *extras])
    if dep == "dobj":  # "Ambulances lost more than 190,000 hours waiting outside A&E"
        extras = _verb_extras(tokens, verb, inside, unit, 1)
        return _budget(
            [tokens.text[unit], tokens.text[verb], *(["by", who] if who else []), *extras]
        )
    objects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj" and c not in inside and tokens.pos[c] in _NOUNS
    ]
    thing = _noun_phrase(tokens, objects[0], inside, False) if objects else ""
    if tokens.lemma[verb] in SENTENCE_LEMMAS:
        return _budget(["prison sentence", *(["for", thing or who] if thing or who else [])])
    aux = [
        tokens.text[c]
        for c in tokens.children[verb]
        if tokens.dep[c] in ("aux", "auxpass", "neg") and c < verb and tokens.lower[c] != "to"
    ]
    extras = _verb_extras(tokens, verb, inside, unit, 2)[:4] if not thing else []
    if tokens.lemma[verb] == "be" and preposition == "for":
        # "will be exempt from the rules for two years": the state the span is the length of
        states = [c for c in tokens.children[verb] if tokens.dep[c] == "acomp" and c > verb]
        extras = _words_under(tokens, states[0], inside) if states else extras
    words = [w for w in (who, *aux, tokens.text[verb], thing, *extras) if w]
    return _budget([frame, *words], 10)


def _averaged_comparative(tokens: Tokens, comparative: int, inside: range) -> str:
    """ "Participants slept an average of 38 minutes longer", "were sick an average of 2.4
    days longer": a comparative the parser hung under "an average of" is the average margin
    by which the clause's subject did what its verb says (or was what its complement says),
    not a bare "margin longer" (round 26)."""
    if tokens.tag[comparative] not in ("RBR", "JJR"):
        return ""
    of = tokens.head[comparative]
    average = tokens.head[of]
    if (
        tokens.lower[of] != "of"
        or tokens.dep[comparative] not in ("pcomp", "pobj")
        or tokens.lemma[average] not in AVERAGE_NOUNS
        or tokens.dep[average] not in ("dobj", "attr", "npadvmod")
    ):
        return ""
    verb = tokens.head[average]
    if tokens.pos[verb] not in ("VERB", "AUX") or verb > average:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or (tokens.pos[subject] == "PRON" and tokens.lower[subject] != "those"):
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    did = [tokens.text[verb]]
    if tokens.lemma[verb] in _COPULAS:
        states = [c for c in tokens.children[verb] if tokens.dep[c] == "acomp" and c < average]
        if not states:
            return ""
        did = [tokens.text[verb], tokens.text[states[0]]]
    if not who:
        return ""
    return _budget([f"{tokens.lemma[average]} margin", who, *did, tokens.text[comparative]], 12)


def _gap_on_a_copula(tokens: Tokens, verb: int, root: int, inside: range) -> str:
    """ "Wales is 5.3 percentage points behind England on literacy": an amount a copula
    links to its subject with "behind" or "ahead" after it is the margin by which the
    subject trails or leads, "margin Wales behind England on literacy", not the subject
    alone (round 26)."""
    if tokens.lemma[verb] not in _COPULAS or tokens.dep[root] != "attr":
        return ""
    gaps = [
        c
        for c in tokens.children[root]
        if tokens.dep[c] in ("prep", "advmod") and tokens.lower[c] in GAP_WORDS and c > root
    ]
    if not gaps:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] == "PRON" or subject > verb:
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    if not who:
        return ""
    against = _words_under(tokens, gaps[0], inside)[:8]
    where = [
        w
        for c in tokens.children[verb]
        if tokens.dep[c] == "prep" and c > gaps[0]
        for w in _words_under(tokens, c, inside)[:5]
    ][:5]
    return _budget(["margin", who, *against, *where], 16)


def _race_time_measure(text: str, tokens: Tokens, figure: FoundFigure) -> str:
    """What a race time measures: its clause read as a span ("time of 1500m"), with the
    runner when the time hangs on the race they won or took ("Byrne won the 1500m in
    3:38.52": Byrne's) and the race a fronted "In the men's 5000m," names ("In the men's
    5000m, Sam Petrakis won in 13:19.04"); a time told as "a personal best of", "a
    national record of" is the runner's best or record; any other is a time ("Whitlock
    clocked 4min 01.38sec": the time Whitlock clocked)."""
    cut = _cut_off_measure(text, tokens, figure.start, figure.end)
    if cut:
        return cut
    placed = _placed_race_time(text, figure.start)
    if placed and placed.endswith(" place"):  # "and Tess Ambrose third in 4:05.10"
        return placed
    measured = _duration_measure(tokens, figure.start, figure.end, "time") or figure.measures
    inside = tokens.between(figure.start, figure.end)
    if not measured or not len(inside):
        return measured
    # the time's word under its preposition (a time in three units may hang its later
    # parts apart)
    tops = [i for i in inside if tokens.dep[i] == "pobj" and tokens.head[i] not in inside]
    preposition = tokens.lower[tokens.head[tops[0]]] if tops else ""
    if preposition == "of":
        owned = _mark_of_a_doer(tokens, tokens.head[tokens.head[tops[0]]], inside)
        if owned:
            return owned
    words = measured.split()
    if preposition != "in":
        told = measured.startswith("margin") or "time" in {w.casefold() for w in words}
        return measured if told else _budget(["time", *words], 12)
    race = tokens.head[tokens.head[tops[0]]]
    verb = race
    if tokens.dep[race] == "dobj" and tokens.head[race] != race:
        verb = tokens.head[race]  # "won the 1500m in ...": the time hangs on the race
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return measured
    known = {w.casefold() for w in words}
    subject, _ = _subject_of(tokens, verb, inside)
    if verb != race and subject is not None and tokens.pos[subject] == "PROPN":
        who = _noun_phrase(tokens, subject, inside, False)
        if who and not {w.casefold() for w in who.split()} & known:
            words = [f"{who}'s", *words]
    fronted = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "prep" and tokens.lower[c] == "in" and c < verb and c != race
    ]
    objects = [c for f in fronted[:1] for c in tokens.children[f] if tokens.dep[c] == "pobj"]
    if objects and tokens.ent[objects[0]] not in ("DATE", "TIME"):
        named = _noun_phrase(tokens, objects[0], inside, False)
        if named and not {w.casefold() for w in named.split()} & known:
            words += ["in", named]
    return _budget(words, 12)


def _with_field_mark_of_a_doer(text: str, tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "won the women's javelin with a fifth-round throw of 62.87m": Moran's throw."""
    if figure.unit != "metres" or not _FIELD_MARK_OF_BEFORE.search(
        text, max(0, figure.start - 20), figure.start
    ):
        return figure
    inside = tokens.between(figure.start, figure.end)
    tops = [i for i in inside if tokens.dep[i] == "pobj" and tokens.head[i] not in inside]
    if not tops or tokens.lower[tokens.head[tops[0]]] != "of":
        return figure
    owned = _mark_of_a_doer(tokens, tokens.head[tokens.head[tops[0]]], inside)
    return replace(figure, measures=owned) if owned else figure


_POSSESSIVES_OF_A_BODY = frozenset({"its", "their"})


def _with_its_owner_named(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Tesco said its 3,400 stores would stay open", "Greenpeace said 40 of its
    activists had been detained": the "its" beside a count is the named body that says or
    does the clause above it ("Tesco's stores stay open"), when the measure does not name
    it already."""
    words = figure.measures.split()
    if not words:
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    following = range(inside.stop, min(len(tokens), inside.stop + 3))
    near = [max(0, inside.start - 1), *following]  # "its 120 aircraft", "40 of its"
    if not any(tokens.lower[i] in _POSSESSIVES_OF_A_BODY and tokens.dep[i] == "poss" for i in near):
        return _with_the_reporter_s_own(tokens, figure, inside, near)
    current = inside[-1]
    for _ in range(6):
        parent = tokens.head[current]
        if parent == current or tokens.sent[parent] != tokens.sent[current]:
            return figure
        current = parent
        if tokens.pos[current] not in ("VERB", "AUX"):
            continue
        subjects = [
            c
            for c in tokens.children[current]
            if tokens.dep[c] == "nsubj" and c not in inside and c not in following
        ]
        if not subjects or tokens.pos[subjects[0]] == "PRON":
            continue
        if _is_dateline_place(tokens, subjects[0], current):
            return figure  # "ACCRA, Dec 8 (Wire) - Ghana's central bank ... its": no owner
        if tokens.pos[subjects[0]] != "PROPN" or tokens.ent[subjects[0]] == "PERSON":
            return figure  # a person owns no "its"
        owner = _noun_phrase(tokens, subjects[0], inside, False)
        # (a name told as an owner already: "Punjab's total", round 26)
        known = {re.sub(r"[’']s?$", "", w.casefold()) for w in words}
        if not owner or {w.casefold() for w in owner.split()} & known:
            return figure
        named = [f"{owner}'s" if w.casefold() in _POSSESSIVES_OF_A_BODY else w for w in words]
        if named == words:  # "would close 40 of its 212 dealerships": "close dealerships"
            at = words.index(figure.unit) if figure.unit in words else 0
            named = [*words[:at], f"{owner}'s", *words[at:]]
        return replace(figure, measures=" ".join(named))
    return figure


def _with_the_reporter_s_own(
    tokens: Tokens, figure: FoundFigure, inside: range, near: list[int]
) -> FoundFigure:
    """ "Rowe said 19 of his 38 members had laid off staff": the "his" or "her" beside a
    count in a clause a named person reports is that person's ("Rowe's members"), as
    with a pronoun subject (round 26); any other "his" stays as written."""
    mine = [
        i
        for i in near[:1]  # "of his 820 breeders": the "his" right before the whole
        if tokens.lower[i] in ("his", "her") and tokens.dep[i] == "poss" and i < inside.start
    ]
    words = figure.measures.split()
    if not mine or tokens.lower[mine[0]] not in words:
        return figure
    current = inside[-1]
    for _ in range(6):
        parent = tokens.head[current]
        if parent == current or tokens.sent[parent] != tokens.sent[current]:
            return figure
        person = _person_subject_of(tokens, parent, tokens.lower[mine[0]])
        if person is not None:  # "Malcolm Treadway ... sold 300 of his 820 breeders"
            who = _joined(
                [
                    *(
                        tokens.text[x]
                        for x in tokens.children[person]
                        if x < person and tokens.dep[x] == "compound" and tokens.pos[x] == "PROPN"
                    ),
                    tokens.text[person],
                ]
            )
            at = words.index(tokens.lower[mine[0]])
            if who:
                return replace(
                    figure, measures=" ".join([*words[:at], f"{who}'s", *words[at + 1 :]])
                )
            return figure
        if tokens.pos[parent] in ("VERB", "AUX") and tokens.dep[current] == "ccomp":
            he = "he" if tokens.lower[mine[0]] == "his" else "she"
            # the pronoun's reporter, read as for a pronoun subject
            subjects = [c for c in tokens.children[current] if tokens.dep[c] == "nsubj"]
            if not subjects:
                return figure
            owner = _reporter_of_a_pronoun_named(tokens, he, current)
            if owner is None:
                return figure
            who = _noun_phrase(tokens, owner, inside, False)
            if not who:
                return figure
            at = words.index(tokens.lower[mine[0]])
            return replace(figure, measures=" ".join([*words[:at], f"{who}'s", *words[at + 1 :]]))
        current = parent
    return figure


def _person_subject_of(tokens: Tokens, verb: int, possessive: str) -> int | None:
    """The named person subject of ``verb`` who may own a "his" or "her" in its clause:
    tagged a person, before the verb, with no given name of the other sex."""
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return None
    other = FEMININE_GIVEN_NAMES if possessive == "his" else MASCULINE_GIVEN_NAMES
    for child in tokens.children[verb]:
        if (
            tokens.dep[child] == "nsubj"
            and child < verb
            and tokens.pos[child] == "PROPN"
            and tokens.ent[child] == "PERSON"
            and not any(
                tokens.dep[x] == "compound"
                and tokens.lower[x] in other
                and tokens.lower[x] not in UNISEX_GIVEN_NAMES
                for x in tokens.children[child]
            )
        ):
            return child
    return None


def _cut_off_measure(text: str, tokens: Tokens, start: int, end: int) -> str:
    """ "Ngata shaved 12 seconds off the Oceania record", "taking 0.9sec off the mark she
    set": a span cut off a record, a best or a journey measures that cut ("cut off
    Oceania record by Ngata"); "" when no "off" and its object follow the span."""
    if not _is_cut_off(text, start, end):
        return ""
    inside = tokens.between(start, end)
    if not len(inside) or inside.stop >= len(tokens) or tokens.lower[inside.stop] != "off":
        return ""
    off = inside.stop
    objects = [c for c in tokens.children[off] if tokens.dep[c] == "pobj"]
    if not objects:
        return ""
    what = _noun_phrase(tokens, objects[0], inside)
    verb = tokens.head[off]
    while verb in inside and tokens.head[verb] != verb:
        verb = tokens.head[verb]
    who = ""
    if tokens.pos[verb] in ("VERB", "AUX"):
        subject, _ = _subject_of(tokens, verb, inside)
        if subject is not None and tokens.pos[subject] == "PROPN":
            who = _noun_phrase(tokens, subject, inside, False)
    who = "" if _DIGIT.search(who) else who  # (a misread time, not a doer)
    return _budget(["cut", "off", what, *(["by", who] if who else [])]) if what else ""


_OFF_THE_PACE_AFTER = re.compile(
    r"\s+(?:off\s+the\s+(" + "|".join(sorted(RACE_FRONT_NOUNS)) + r")\b"
    # "finished 1 minute 12 seconds down.", "40 seconds back on the leader": the same gap
    r"|(?:down|back)(?=\s*[,.;:)]|\s*$|\s+on\s+(?:the|her|his)\b))",
    re.IGNORECASE,
)


def _with_gap_off_the_pace(text: str, tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Gethin Pryce finished 10 minutes off the pace", "was 1min 12sec off the pace after
    the opening stage": a span of time before "off the pace" is how far the named
    competitor was behind the leader ("Pryce's gap off the pace"), not a time they ran."""
    if figure.unit is None or not is_duration(figure.unit):
        return figure
    off = _OFF_THE_PACE_AFTER.match(text, figure.end)
    if off is None:
        return figure
    if off.group(1) is None and unit_name(figure.unit) != "seconds":
        return figure  # "the train was 40 minutes down": a delay, not a gap to a leader
    inside = tokens.between(figure.start, figure.end)
    if not len(inside) or inside.stop >= len(tokens):
        return figure
    verb = tokens.head[inside.stop]
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    who = ""
    if tokens.pos[verb] in ("VERB", "AUX"):
        subject, _ = _subject_of(tokens, verb, inside)
        if subject is not None and tokens.pos[subject] in _NOUNS and subject not in inside:
            # "The Welsh rider Gethin Pryce": the name rather than the description
            who = _appositive_name(tokens, subject, inside) or _noun_phrase(
                tokens, subject, inside, False
            )
    who = "" if _DIGIT.search(who) else who
    # "off the pace", "off the lead"; "down", "back": behind the leader
    gap = f"gap off the {off.group(1).lower()}" if off.group(1) else "gap to the leader"
    return replace(figure, measures=_budget([*([f"{who}'s"] if who else []), gap]))


def _mark_of_a_doer(tokens: Tokens, noun: int, inside: range) -> str:
    """ "Marsh was second in a personal best of 4min 01.92sec", "won the javelin with a
    fifth-round throw of 62.87m": the mark is the named doer's best, record or throw
    ("Marsh's personal best"); "" when no named person does the clause's verb."""
    if tokens.pos[noun] not in (*_NOUNS, "ADJ"):
        return ""
    verb = noun
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] != "PROPN":
        return ""
    who = _noun_phrase(tokens, subject, inside, False)
    what = _noun_phrase(tokens, noun, inside, False)
    events = [  # "won the women's javelin with ...": the event the mark was made in
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj" and c not in inside and c != noun
    ]
    event = _noun_phrase(tokens, events[0], inside, False) if events else ""
    return _budget([f"{who}'s", what, *(["in", event] if event else [])]) if who and what else ""


def _ban_measure(tokens: Tokens, preposition: int, inside: range) -> str:
    """ "banned from keeping animals for 10 years", "disqualified for three years from
    driving": the span is the length of a ban, from what it bars."""
    index = preposition
    for _ in range(6):
        parent = tokens.head[index]
        if parent == index or tokens.sent[parent] != tokens.sent[preposition]:
            return ""
        ban = BAN_NOUNS.get(tokens.lemma[parent]) if tokens.pos[parent] == "VERB" else None
        if ban is not None:
            barred = index if tokens.lower[index] == "from" else None
            if barred is None:
                barred = next(
                    (c for c in tokens.children[parent] if tokens.lower[c] == "from"), None
                )
            if barred is None:  # "the jockey was suspended for 21 days": whose ban
                subject, _ = _subject_of(tokens, parent, inside)
                if subject is not None and tokens.pos[subject] in _NOUNS:
                    return _budget([ban, "of", _noun_phrase(tokens, subject, inside, stop=parent)])
                return ban
            last = max(
                (
                    i
                    for i in range(barred, min(barred + _MAX_PHRASE, len(tokens)))
                    if hangs_within(tokens.head, i, barred, 4)
                    and i not in inside
                    and not hangs_within(tokens.head, i, preposition, 4)
                ),
                default=barred,
            )
            words = [
                tokens.text[i]
                for i in range(barred, last + 1)
                if tokens.pos[i] != "DET" and not hangs_within(tokens.head, i, preposition, 4)
            ]
            return _budget([ban, *words])
        index = parent
    return ""


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_ENDS_IN_FROM = re.compile(r"\bfrom$", re.IGNORECASE)
# "One in five entries (20.6%)", "two-thirds (64%)": an amount restated in brackets
# right after another.
# The rest of a clause after its amount, then a framed change set beside it: "started
# work on 29,870 homes in the final quarter, a drop of ".
_CHANGE_BESIDE = re.compile(
    r"[^.;:!?,()]*,\s+(?:a|an)\s+([a-z]+)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|over|just)\s+)?",
    re.IGNORECASE,
)
_RESTATED_IN_BRACKETS = re.compile(r"(?:\s+[a-z]+){0,2}\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
# "fell by 410 to 2,385": the amount of a change, then the level it reached.
_CHANGE_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_FROM_TO = re.compile(r"(?:\s+[a-z]+)?\s+to\s+(?:about\s+|around\s+|just\s+)?$")
_IN_BETWEEN = re.compile(r"^\s+in\s+$")


def _share_in(
    text: str, mention: NumberMention, mentions: list[NumberMention], index: int
) -> float | None:
    """ "nine in 10", "one in five": a share, in percent."""
    if index + 1 >= len(mentions) or mention.percent or mention.currency:
        return None
    following = mentions[index + 1]
    if not _IN_BETWEEN.match(text[mention.end : following.start]):
        return None
    if following.currency or following.percent or not 0 < mention.value < following.value <= 100:
        return None
    return round(mention.value / following.value * 100, 2)


# "two years and eight months", "41 minutes and 18 seconds", "1 minute 52 seconds": one
# span of time, told in its smaller unit.
_COMPOUND_JOIN = re.compile(
    r"\s+(years?|months?|weeks?|days?|hours?|minutes?)(?:,?\s+and\s+|\s+)$", re.IGNORECASE
)
_COMPOUND_UNIT_AFTER = re.compile(
    r"\s+(months?|weeks?|days?|hours?|minutes?|seconds?)\b", re.IGNORECASE
)
_IN_SMALLER: dict[tuple[str, str], float] = {
    ("years", "months"): 12,
    ("weeks", "days"): 7,
    ("days", "hours"): 24,
    ("hours", "minutes"): 60,
    ("minutes", "seconds"): 60,
}


def _with_compound_openers(
    text: str, numbers: list[NumberMention], mentions: list[NumberMention]
) -> list[NumberMention]:
    """ "one hour and 45 minutes", "one year and eight months": a "one" (set aside as
    rarely a figure) that opens a span of two units with the kept number after it comes
    back, so the span is read whole (not "45 minutes" alone)."""
    kept = {m.start for m in mentions}
    openers = [
        numbers[i]
        for i in range(len(numbers) - 1)
        if numbers[i].start not in kept
        and numbers[i + 1].start in kept
        and numbers[i].text.lower() in _SKIP_WORDS
        and _compound_duration(text, numbers[i], numbers, i) is not None
    ]
    return sorted([*mentions, *openers], key=lambda m: m.start) if openers else mentions


# "a year and ", "an hour and ": one of the larger unit, told with an article
_ARTICLE_UNIT_AND_BEFORE = re.compile(
    r"\b(?:an?|one)\s+(years?|months?|weeks?|days?|hours?|minutes?)(?:,?\s+and\s+|\s+)$",
    re.IGNORECASE,
)


def _compound_opened_by_an_article(text: str, mention: NumberMention) -> tuple[int, float] | None:
    """ "a year and eight months", "an hour and 20 minutes": a span of two units whose
    larger part is "a" or "an": where it starts and its length in the smaller unit."""
    if mention.percent or mention.currency:
        return None
    opened = _ARTICLE_UNIT_AND_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    smaller = _COMPOUND_UNIT_AFTER.match(text, mention.end)
    if opened is None or smaller is None:
        return None
    ratio = _IN_SMALLER.get((unit_name(opened.group(1)), unit_name(smaller.group(1))))
    return None if ratio is None else (opened.start(), ratio + mention.value)


def _compound_duration(
    text: str, mention: NumberMention, mentions: list[NumberMention], index: int
) -> tuple[int, float, str] | None:
    """ "two years and eight months" (a sentence, a term), "41 minutes and 18 seconds":
    one span of time, its end, its length in the smaller unit and that unit."""
    if index + 1 >= len(mentions) or mention.percent or mention.currency:
        return None
    following = mentions[index + 1]
    between = text[mention.end : following.start]
    join = _COMPOUND_JOIN.match(between) if len(between) <= 16 else None
    if join is None:
        return None
    smaller = _COMPOUND_UNIT_AFTER.match(text, following.end)
    if smaller is None:
        return None
    larger_name, smaller_name = unit_name(join.group(1)), unit_name(smaller.group(1))
    ratio = _IN_SMALLER.get((larger_name, smaller_name))
    if ratio is None:
        return None
    return smaller.end(), mention.value * ratio + following.value, smaller_name


# --------------------------------------------------------------------------------------
# Numbers that are not figures: clock times, telephone numbers, seasons, scores

_PENCE = re.compile(r"p\b")
# "4.2 million euros ($4.6 million)", "£2.3bn (about $2.9bn)": an amount, then an
# opening bracket (and a hedge on the conversion).
_BRACKET_HEDGES = r"(?:about|around|roughly|some|approximately|nearly|almost|just over|over|c\.)\s+"
_CONVERSION_BEFORE = re.compile(
    r"(?:\d|million|billion|bn|m|euros?|pounds?|dollars?)\s*\((?:" + _BRACKET_HEDGES + r")?$"
)
# "14.2 per 100,000", "57 for every 1,000 people", "57 of every 1,000 firms": a rate's
# base is no figure of its own ("for/of/in every" since round 17).
_PER_BEFORE = re.compile(r"\b(?:per|(?:for|of|in|out\s+of)\s+every)\s+$", re.IGNORECASE)
_UNIT_THEN_BRACKET = re.compile(
    r"\d(?:[\s-]*[A-Za-z°][A-Za-z°.]*){1,4}\s*\((?:" + _BRACKET_HEDGES + r")?$"
)
_BRACKET_CLOSES = re.compile(r"(?:[\s-]*[A-Za-z°%][A-Za-z°%./]*){0,3}\s*\)")
_RATE_BEFORE = re.compile(r"=\s*$")
_AMOUNT_THEN_RESTATED = re.compile(
    r"(?P<sign>[$£€¥])?[\d.,]*\d(?:\s?(?:bn|m|million|billion|trillion))?"
    r"(?P<words>(?:[\s-]*[A-Za-z°][A-Za-z°.]*){0,3})\s*,\s*"
    r"(?:or|equivalent to|about|around|roughly|approximately|some)"
    r"(?:\s+(?:about|around|roughly|approximately|some|nearly|almost))?\s+$"
)
_EXCHANGE_RATE_AFTER = re.compile(r"\s*=")
_DESIGNATION_AFTER = re.compile(r"[A-Z]/")
# "at six in the morning", "by eight in the evening": a time of day in words.
_DAY_PART = re.compile(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)
_FRACTION_WORD = re.compile(
    r"(?:half|third|quarter|fifth|sixth|eighth|tenth|hundredth)s?$", re.IGNORECASE
)
_OF_A_SECOND = re.compile(r"\s+of\s+a\s+second\b", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\s+([^,.;:!?\"“”]{1,80})")
_CLAUSE_BEFORE = re.compile(r"([^,.;:!?\"“”]{1,80})$")
# "10.30am", "6pm", "3 a.m.", "14:00", "09:14 UTC", "noon": a time of day.
# "one in five people is now 65 or older", "children aged 16 and under": an age that
# bounds a group is no figure of its own.
_AGE_BOUND_AFTER = re.compile(r"\s+(?:or|and)\s+(?:older|younger|over|under)\b", re.IGNORECASE)
# "applications from 18-year-olds": an age that names a cohort is no figure.
_COHORT_AFTER = re.compile(r"-year-olds\b", re.IGNORECASE)
_OF_A_PRONOUN = re.compile(r"\s+of\s+(that|this|it|them|those)\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(
    r"(?:[.:]\d{2})?\s?(?:[ap]\.?m\b\.?|hrs\b|h\b|GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET\b|"
    r"o[’']clock|local time)",
    re.IGNORECASE,
)
# Stretches of digits that are codes, not quantities: clock times "14:00", telephone
# numbers "0800 555 0123", "+1 312 555 0187", "555-0148", "1-800-555-0199", "(555)
# 212-8890", "(02) 9876 5432", "1300 555 123", dotted versions "2.4.1", chains of three or
# more (a formation "4-2-3-1", a date "12-03-2024"), a race or a train named by its
# off time ("the 3.15 at Cheltenham", "the 8.15 from Paddington"), codes with bracketed
# subsections ("401(k)", "501(c)(3)"), seasons
# and dates "2004/05", "20/11/2025", decades "the 1990s", "the '90s", a person's height
# "5ft 10in", "6ft tall" (the description in a police appeal or a profile).
_NOT_FIGURES = re.compile(
    r"(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3}(?!\d))?(?![\d:])"
    r"|(?<![\w.])\+?\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)"
    r"|(?<![\w.])\+\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,5}(?!\d)"
    r"|(?<![\w.])\d{3}-\d{4}(?!\d)"
    r"|(?<![\w.])(?:1[\s-])?\(?\d{3}\)?[\s-]\d{3}-\d{4}(?!\d)"
    r"|(?<![\w.])\(0\d\)\s?\d{4}\s?\d{4}(?!\d)"
    r"|(?<![\w.])1[38]00[\s-]\d{2,3}[\s-]\d{3,4}(?!\d)"
    r"|(?<![\w.,])13\s\d{2}\s\d{2}(?![\d,]|\.\d)"
    r"|(?<![\w.,])0\d{2,4}\s\d{4}(?![\d,]|\.\d)"
    r"|(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,4}(?![\d])"
    r"|(?<![\w.-])\d{1,2}(?:-\d{1,4}){2,3}(?![\w-])"
    r"|(?<=[Tt]he )\d{1,2}[.:]\d{2}(?=\s+(?:at|from)\s+[A-Z])"
    r"|(?<![\w.])\d{1,4}(?:\([a-z0-9]{1,2}\))+"
    r"|(?<![\w.])\d{1,4}/\d{1,4}(?:/\d{2,4})?(?![\d/])"
    r"|(?<![\w.])\d{1,4}s\b"
    r"|(?<![\w.])[4-7]\s?(?:ft|foot|feet)\s?\d{1,2}\s?(?:in|ins|inches)\b"
    r"|(?<![\w.])[4-7]\s?(?:ft|foot|feet)(?=\s+tall\b)"
)
# A race time "2:14:38" or "3:38.52" IS a figure: an elapsed time (elapsed_seconds).
# "2-1", "24–22", "5 - 2": a score or a vote, when neither end carries a unit.
_SCORE = re.compile(
    r"(?<![\w.,$£€/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/-]|[.,]\d|\s?(?:per\s?cent|percent)\b)"
)
# What makes a score the story's result, and a tally a vote (general English of sport
# and of meetings, not of any article).
_RESULT_WORDS = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|beating|defeat(?:ed|s)?|victory|triumph|lost|loses|lose|losing|"
    r"drew|draw|thrash(?:ed|ing)?|final|clinched|sealed|edged)\b",
    re.IGNORECASE,
)
# "The match finished 1-1", "It ended 2-2 at Brinton Park": a result told by the verb
# of ending right before the score (round 18; not "the first half ended 1-0", a pause).
_ENDED_BEFORE = re.compile(r"\b(?:finished|ended|finishing|ending)\s+$", re.IGNORECASE)
_HALF_OR_PAUSE = re.compile(
    r"\b(?:half|" + "|".join(sorted(MATCH_PAUSE_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_VOTE_WORDS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|margin)\b", re.IGNORECASE)
_ON_AGGREGATE_AFTER = re.compile(r"\s+(?:winners\s+)?on\s+aggregate\b", re.IGNORECASE)
_SCORE_IN_WINDOW = re.compile(r"(?<![\w.,])\d{1,2}\s?[-–]\s?\d{1,2}\s+on\s+the\s+night\b")
# "passed 29-10", "passed the state Assembly 61-38", "rejected by 7-4": a chamber's tally
# right after its verb (not "passed the ball for the 2-1 winner").
_CHAMBER_TALLY_BEFORE = re.compile(
    r"\b(?:passed|approved|rejected|adopted|endorsed)\s+(?:by\s+|(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:[A-Z][\w-]*\s+){1,3})?$"
)
_SMALL_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil)"
_WORD_TALLY = re.compile(
    r"\b(?:voted|vote of|votes of|by)\s+(" + _SMALL_WORD + r"\s+(?:to|-)\s+" + _SMALL_WORD + r")\b",
    re.IGNORECASE,
)
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
_ON_THE_WAY_BEFORE = re.compile(r"\b(?:at|on)\s+$", re.IGNORECASE)
# "ended on 276 for eight": the verb before "on" says the innings finished there.
_RATE_POINTS_AFTER = re.compile(r"\s+(percentage|basis)\s+points?\b", re.IGNORECASE)
_NOT_OUT = re.compile(r"\bnot\s+out\b", re.IGNORECASE)
# (past the day it closed: "finished the day on", "closed the first day on", "ended day
# one on", round 26)
_ENDED_ON_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:the\s+)?(?:(?:first|second|third|fourth|fifth|opening|final)\s+)?day"
    r"(?:\s+(?:one|two|three|four|five))?\s+)?on\s+$",
    re.IGNORECASE,
)
_OVERNIGHT_AFTER = re.compile(r"\s+overnight\b", re.IGNORECASE)  # "120 for 4 overnight"
# After a total: the moment it was passed ("were 88 for five when rain came", "were 143
# for six with 12 overs left"), so it is no result.
_STATE_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+$", re.IGNORECASE)
_PASSED_WHEN_AFTER = re.compile(r"\s+(?:when|before)\b", re.IGNORECASE)
_OVERS_LEFT_AFTER = re.compile(
    r"\s+with\s+\S+\s+(?:overs?|balls?|deliveries)\s+(?:left|remaining)\b", re.IGNORECASE
)
# "two points behind Harlow": a gap, however small.
_GAP_AFTER = re.compile(r"\s+[a-z]+\s+(?:" + "|".join(sorted(GAP_WORDS)) + r")\b")
# "a two-point penalty", "a two-goal lead": a score noun glued to the number.
_GLUED_TALLY_AFTER = re.compile(
    r"-(" + "|".join(sorted(SCORE_TALLY_NOUNS)) + r")\b(?!-)", re.IGNORECASE
)
_PAUSE = "|".join(sorted(MATCH_PAUSE_WORDS, key=len, reverse=True))
# After a score: a pause of the match or a lead held on the way ("led 1-0 at half-time",
# "13-6 at the break", "were 2-0 up after 20 minutes"), so it is not the result.
_SCORE_ON_THE_WAY_AFTER = re.compile(
    r"\s+(?:(?:up|down|ahead|behind)\b|(?:at|by)\s+(?:the\s+)?(?:" + _PAUSE + r")\b|"
    r"(?:after|inside|within)\s+\S+\s+minutes\b)",
    re.IGNORECASE,
)
# An innings total at a pause or in a given over ("were 142 for four at tea", "At lunch
# they were 88 for two", "187 for six in the 38th over"): passed on the way.
_PAUSE_AFTER = re.compile(r"\s+(?:at|by)\s+(?:the\s+)?(?:" + _PAUSE + r")\b", re.IGNORECASE)
# (an over only after "were"/"was": "reached 289 for four in the 48th over" won the game)
_IN_AN_OVER_AFTER = re.compile(r"\s+in\s+the\s+\d*[a-z]+\s+over\b", re.IGNORECASE)
_PAUSE_BEFORE = re.compile(r"\b(?:at|by)\s+(?:" + _PAUSE + r")\b", re.IGNORECASE)
# "finished with 3-42 from his 10 overs", "the best figures of 4-51": wickets for runs.
_BOWLING_BEFORE = re.compile(
    r"\b(?:with|figures\s+of|returned|took|taking|claimed|claiming)\s+$", re.IGNORECASE
)
_BOWLING_OVERS_AFTER = re.compile(
    r"\s+(?:from|in|off)\s+(?:his\s+|her\s+|their\s+)?[\w.]+\s+overs?\b", re.IGNORECASE
)
_BOWLING_END_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|as|to|on|at|but|in|from|off)\b")
# "a 2-1 lead in the five-match series", "level at 1-1 in the series": a series standing.
_SERIES_STANDING_AFTER = re.compile(
    r"\s+(?:series\s+)?(?:" + "|".join(sorted(SERIES_STANDING_NOUNS)) + r")\b", re.IGNORECASE
)
_LEVEL_AT_BEFORE = re.compile(
    r"\b(?:level\s+at|(?:lead|leads|leading|trail|trails|trailing)\s+the\s+(?:[\w-]+\s+)?series)\s+$",
    re.IGNORECASE,
)
_SERIES = re.compile(r"\bseries\b", re.IGNORECASE)
# "was unbeaten on 78", "finished unbeaten on 112": a batter's score at the end.
_UNBEATEN_ON = re.compile(r"\bunbeaten\s+on\s+(\d{1,3})(?![\w%]|[.,]\d)", re.IGNORECASE)
_DIGIT_TALLY = re.compile(
    r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})?)(?:\s+votes?)?\s+to\s+(\d{1,3}(?:,\d{3})?)(?![\w%]|[.,]\d)"
)
_PLAIN_RANGE_AFTER = re.compile(r"\s+[a-z]+s\b")


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


# "were 3, 17, 22, 41 and 48": a run of four or more bare small numbers is a list of
# labels (the numbers drawn in a lottery), no count; and the ball drawn after them ("the
# bonus ball was 21", "the Powerball was 13", "Lucky Stars 2 and 9").
_LABEL_RUN = re.compile(
    r"(?<![\w.,$£€])\d{1,2}(?:,\s*\d{1,2}){2,}(?:,?\s+(?:and|&)\s+\d{1,2})?"
    r"(?![\w%]|[.,]\d|\s?(?:per\s?cent|percent)\b)"
)
_DRAWN_BALL = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (re.escape(n).replace(r"\ ", r"\s+") for n in LOTTERY_BALL_NAMES), key=len, reverse=True
        )
    )
    + r")\s+(?:(?:was|were|is|are|of)\s+|:\s*)?\d{1,2}(?:\s+and\s+\d{1,2})?(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)


_NUMBER_IDIOM = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(
        r"[\s-]+".join(re.escape(word) for word in idiom.split())
        for idiom in sorted(NUMBER_IDIOMS, key=len, reverse=True)
    )
    + r")(?![\w’'-]|[.,]\d)",
    re.IGNORECASE,
)


def _not_figure_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _NOT_FIGURES.finditer(text):
        if elapsed_seconds(match.group()) is not None and not _CLOCK_AFTER.match(text, match.end()):
            continue  # an elapsed time, read by _scores
        spans.append(match.span())
    spans += [m.span() for m in _LABEL_RUN.finditer(text) if m.group().count(",") >= 2]
    spans += [m.span() for m in _DRAWN_BALL.finditer(text)]
    spans += [m.span() for m in _NUMBER_IDIOM.finditer(text)]  # "on cloud nine" (round 26)
    return _disjoint(spans)


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, overlapping ones merged (a _Spans needs them disjoint)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _is_clock_or_code(text: str, mention: NumberMention) -> bool:
    """A time of day ("5.50am", "6pm", "9 a.m.", "six in the morning"), or a number glued
    to a code."""
    if mention.percent or mention.currency:
        return False
    if mention.value <= 12 and _DAY_PART.match(text, mention.end):
        return True
    return bool(_CLOCK_AFTER.match(text, mention.end) or _CODE_DIGITS.match(mention.text))


# Round 24: "at 10.30", "until 2.15", "shortly before 9.45": an hour and two digits of
# minutes after a preposition of time, with no unit, currency or percent ("to" and "from"
# tell levels: "weakened to 18.45", "rose from 1.25").
_BARE_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# "The match kicks off at 3 on Saturday": an hour of the clock's face, written bare.
_BARE_HOUR = re.compile(r"[1-9]|1[0-2]")
_CLOCK_PREPOSITION_BEFORE = re.compile(r"\b(?:at|until|till|before|after)\s+$", re.IGNORECASE)


def _is_a_bare_clock_time(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "Talks resumed at 10.30 on Monday", "The last train leaves at 11.45 each night",
    "The hearing was adjourned until 2.15": a time of day written bare, after a verb
    that puts no price or level at a number. Not "Petrol rose to 1.72 a litre" (a unit
    or a rate after it), "Sterling closed at 1.25 on Friday" (a verb of change or of a
    price's level), unless a part of the day follows ("Polls close at 8.30 tonight")."""
    if mention.currency or mention.percent:
        return False
    hour = _BARE_HOUR.fullmatch(mention.text) is not None
    if not (hour or _BARE_CLOCK.fullmatch(mention.text)):
        return False
    if not _CLOCK_PREPOSITION_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        index = tokens.at(mention.start)
        return (
            not hour
            and index >= 0
            and tokens.end[index] == mention.end
            and _is_moved_to_a_clock_time(tokens, index)
        )
    index = tokens.at(mention.start)
    if index < 0 or tokens.end[index] != mention.end:
        return False
    if hour and (tokens.dep[index] != "pobj" or tokens.lower[tokens.head[index]] != "at"):
        return False  # "kicks off at 3", not "at 3 sites" nor "until 3" (a count)
    after = index + 1
    same_sentence = after < len(tokens) and tokens.sent[after] == tokens.sent[index]
    if same_sentence and (
        canonical_unit(tokens.lower[after]) is not None
        or tokens.lower[after] in ("a", "an", "per", "%")
        or tokens.pos[after] == "NUM"
    ):
        return False
    day_part = any(
        tokens.lower[i] in CLOCK_DAY_PART_WORDS
        for i in range(after, min(after + 3, len(tokens)))
        if tokens.sent[i] == tokens.sent[index]
    )
    verb = tokens.head[index]
    for _ in range(4):  # up from the preposition to the verb it hangs on
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    lemma = tokens.lemma[verb]
    pricing = lemma in CHANGE_NOUNS or lemma in PRICE_LEVEL_LEMMAS
    if hour and lemma == "be":  # "The toll is at 9", but "Kick-off is at 8 tonight"
        pricing = True
    if pricing and lemma in HOURS_LEMMAS and _an_unpriced_thing_does(tokens, verb):
        pricing = False  # round 25: "Doors open at 7.30", "The session ended at 11.15"
    return day_part or not pricing


def _an_unpriced_thing_does(tokens: Tokens, verb: int) -> bool:
    """ "Doors open at 7.30", "The library will open at 10", "The session ended at 11.15":
    what opens or ends is a common noun that bears no price (not "Shares closed at
    10.30", "The rand ended at 18.45", "Sterling closed at 1.25", "It closed at 1.25")."""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass")]
    if not subjects and tokens.dep[verb] == "conj":  # "The store opens at 8 and closes at 9.30"
        shared = tokens.head[verb]
        subjects = [c for c in tokens.children[shared] if tokens.dep[c] in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    noun = subjects[0]
    return (
        tokens.pos[noun] == "NOUN"
        and tokens.lemma[noun] not in PRICED_SUBJECT_NOUNS
        and canonical_unit(tokens.lower[noun]) is None
        and canonical_unit(tokens.lemma[noun]) is None
    )


def _is_moved_to_a_clock_time(tokens: Tokens, index: int) -> bool:
    """Round 25: "The kick-off has been brought forward to 6.45", "Kick-off was moved to
    12.30", "The flight was delayed to 9.40": a clock time (hour and minutes, no unit) a
    verb of putting off or moving takes with "to" or "for", said of a thing that bears no
    price ("The rand moved to 18.45" stays a level)."""
    preposition = tokens.head[index]
    if tokens.dep[index] != "pobj" or tokens.lower[preposition] not in ("to", "for"):
        return False
    after = index + 1
    if (
        after < len(tokens)
        and tokens.sent[after] == tokens.sent[index]
        and (
            canonical_unit(tokens.lower[after]) is not None
            or tokens.lower[after] in ("a", "an", "per", "%")
            or tokens.pos[after] == "NUM"
        )
    ):
        return False
    verb = tokens.head[preposition]
    lemma = tokens.lemma[verb]
    moved = (
        lemma in RESCHEDULE_LEMMAS
        or lemma in MOVING_LEMMAS
        or any(
            (lemma, tokens.lower[c]) in RESCHEDULE_PHRASALS
            for c in tokens.children[verb]
            if tokens.dep[c] in ("prt", "advmod")
        )
    )
    if not (moved and _an_unpriced_thing_does(tokens, verb)):
        return False
    if lemma not in MOVING_LEMMAS:
        return True
    # A plain "moved to" times only an event ("Kick-off was moved to 12.30"), not "Its
    # target was moved to 12.50".
    (noun,) = [c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass")]
    first = min([noun, *(c for c in tokens.children[noun] if tokens.dep[c] == "compound")])
    phrase = "".join(tokens.text[first : noun + 1]).lower()
    return phrase in SCHEDULED_EVENT_NOUNS or tokens.lemma[noun] in SCHEDULED_EVENT_NOUNS


# Round 24: "Lap 44 of 57", "day three of five": a named step, then "of" and the run.
_NAMED_STEP_OF_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+(?:\d+|[a-z]+)\s+of\s+$")


def _is_the_run_of_a_named_step(text: str, mention: NumberMention) -> bool:
    """ "Lap 44 of 57 saw Norris pit", "Tan won Race 3 of 10": the run's length after a
    step named by its number frames the step (the "57" is no figure; "won 3 of 5" is a
    part of a whole, read elsewhere)."""
    if mention.currency or mention.percent:
        return False
    named = _NAMED_STEP_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if named is None:
        return False
    noun = named.group(1).lower()
    return noun in CONTEST_STEP_NOUNS or noun in NUMBERED_STAGE_NOUNS or noun in NUMBERED_DAY_NOUNS


def _is_restatement_or_designation(text: str, mention: NumberMention) -> bool:
    """ "4.2 million euros ($4.6 million)": a conversion in brackets restates the amount
    before it; "per forty-foot unit": a number inside the unit an amount is per; "comet
    88P/Halley": a designation."""
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 3]
    if mention.currency and _CONVERSION_BEFORE.search(before) and after.startswith(")"):
        return True
    # "43 degrees Celsius (109 Fahrenheit)", "a 12-mile (19km) stretch", "24.5 billion
    # Norwegian crowns ($2.3 billion)": the amount again in another unit, alone in brackets.
    if _UNIT_THEN_BRACKET.search(before) and _BRACKET_CLOSES.match(text, mention.end):
        return True
    # "4.2 million euros, or about $4.6 million", "120mm, about 4.7 inches": the amount
    # again after a comma, in another currency or unit.
    restated = (
        None
        if mention.percent
        else _AMOUNT_THEN_RESTATED.search(text, max(0, mention.start - 60), mention.start)
    )
    if restated is not None:
        unit_after = _NOUN_AFTER.match(text, mention.end)
        now = mention.currency or (
            canonical_unit(unit_after.group(1)) if unit_after is not None else None
        )
        # "79.6 feet, about six feet below": the same unit again is another amount
        if now is not None and now != _unit_told(restated):
            return True
    # "($1 = 18.29 rand)": an exchange rate given for the conversions.
    if _RATE_BEFORE.search(before) or _EXCHANGE_RATE_AFTER.match(text, mention.end):
        return True
    if _PER_BEFORE.search(before):
        return True
    return bool(_DESIGNATION_AFTER.match(after))


# "a mother of three", "the father-of-two": how many children describes a person.
_PARENT_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PARENT_NOUNS)) + r")s?[\s-]+of[\s-]+$", re.IGNORECASE
)


# "a 12-month price target", "its 12-month target price": a span glued before a horizon.
_HORIZON_AFTER = re.compile(
    r"-(?:"
    + "|".join(sorted(CAREER_SPANS))
    + r")\s+(?:price\s+)?(?:"
    + "|".join(sorted(HORIZON_NOUNS))
    + r")\b",
    re.IGNORECASE,
)
# "a career spanning six decades", "a career of more than 40 years": the span of a career.
_CAREER_SPAN_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(CAREER_RECORD_WORDS))
    + r")\s+(?:"
    + "|".join(sorted(CAREER_SPAN_VERBS))
    + r")\s+(?:(?:more than|almost|nearly|over|about|around|some)\s+)?$",
    re.IGNORECASE,
)
_CAREER_SPAN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(CAREER_SPANS)) + r")s?\b")


def _is_a_horizon_or_a_career_span(text: str, mention: NumberMention) -> bool:
    """ "Analysts set a 12-month price target of 450p": the span is the horizon the
    target is set for; "She recorded 27 albums over a career spanning six decades": the
    span describes a whole working life (the target's price and the albums stay)."""
    if mention.currency or mention.percent:
        return False
    if _HORIZON_AFTER.match(text, mention.end):
        return True
    return bool(
        _CAREER_SPAN_AFTER.match(text, mention.end)
        and _CAREER_SPAN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


# "0-62mph in 3.9 seconds", "from 0 to 100km/h in 3.5 seconds": a speed test's name, then
# the time it took.
_SPEED_TEST_AFTER = re.compile(
    r"(?:\s*(?:-|–|to)\s*\d+)?\s*([A-Za-z/]+)\s+(?:in\s+\d|(?:"
    + "|".join(sorted(SPEED_TEST_NOUNS))
    + r")\b)"  # "its 0-62mph time is 5.9 seconds" (round 19)
)
_FROM_NOUGHT_BEFORE = re.compile(r"\b0\s*(?:-|–|to)\s*$")


def _names_a_speed_test(text: str, mention: NumberMention) -> bool:
    """ "The new GT does 0-62mph in 3.9 seconds", "accelerates from 0 to 100km/h in 3.5
    seconds": the speeds name the test a car is timed over (the time is the figure)."""
    if mention.currency or mention.percent:
        return False
    after = _SPEED_TEST_AFTER.match(text, mention.end)
    if after is None:
        return False
    unit = canonical_unit(after.group(1))
    if unit is None or unit[0] != "speed":
        return False
    return mention.value == 0 or bool(
        _FROM_NOUGHT_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    )


# "the second of six children", "The eldest of four sons": a place among siblings.
_BIRTH_ORDER_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(BIRTH_ORDER_WORDS)) + r")\s+of\s+$", re.IGNORECASE
)
_SIBLINGS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SIBLING_GROUP_NOUNS)) + r")\b")
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)
_FAMILY_ENDS_AFTER = re.compile(r"\s*[,.;)]|\s+(?:born|raised|brought)\b")


def _counts_siblings_born_among(text: str, mention: NumberMention) -> bool:
    """ "Born in Lagos, the second of six children, he trained as an engineer", "the
    youngest of 11 children born to a miner": how many children a family had tells
    where someone comes from, like "a mother of three"; it is no figure of the story."""
    siblings = _SIBLINGS_AFTER.match(text, mention.end)
    if siblings is None:
        return False
    if _ONE_OF_BEFORE.search(text, max(0, mention.start - 16), mention.start):
        # "He was one of 12 children.", "one of six siblings born to": the family, when
        # nothing the children did or suffered follows (not "one of 12 children hurt")
        return _FAMILY_ENDS_AFTER.match(text, siblings.end()) is not None
    return bool(_BIRTH_ORDER_BEFORE.search(text, max(0, mention.start - 16), mention.start))


# "ranked 212th in the world", "to around 130th in the world rankings": a standing.
_RANK_BEFORE = re.compile(r"\branked\s+(?:(?:about|around|joint|only)\s+)?$", re.IGNORECASE)
_RANK_AFTER = re.compile(
    r"\s+in\s+the\s+(?:[A-Z]+\s+|world\s+)?(?:world|rankings?|standings|table)\b", re.IGNORECASE
)
_NAME_THEN_RANKED = re.compile(
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+ranked\s+(?:(?:about|around|joint|only)\s+)?$"
)
# "at least the 12th UK festival to be cancelled": the count of such cases so far.
_NTH_CASE_AFTER = re.compile(r"((?:\s+[\w’'-]+){1,3}?)\s+to\s+(?:be|have\s+been)\s+[a-z]+ed\b")
_THE_BEFORE = re.compile(
    r"(?:\b(?:at least|at most|only|about|around|some)\s+)?\bthe\s+$", re.IGNORECASE
)


def _ordinal_figures(text: str, numbers: list[NumberMention], quoted: _Spans) -> list[FoundFigure]:
    """Ordinals are names and sequence ("the 23rd minute", "the 3rd Battalion") except a
    standing ("ranked 212th in the world") and a count of cases so far ("at least the
    12th festival to be cancelled this year")."""
    found: list[FoundFigure] = []
    for mention in numbers:
        if not mention.ordinal or mention.spelled or mention.start in quoted:
            continue
        start = mention.start
        approximator = _APPROXIMATORS.search(text[max(0, start - 20) : start])
        if approximator:
            start -= len(approximator.group())
        before = text[max(0, start - 24) : start]
        ranked = _RANK_BEFORE.search(before)
        placed = _RANK_AFTER.match(text, mention.end)
        if ranked or placed:
            kind = "world ranking" if placed and "world" in placed.group().lower() else "ranking"
            # "Isla Venables, ranked 212th": the name the standing is of.
            name = _NAME_THEN_RANKED.search(text, max(0, start - 60), start)
            measures = f"{kind} of {name.group(1)}" if name else kind
            found.append(
                FoundFigure(
                    text[start : mention.end],
                    start,
                    mention.end,
                    mention.value,
                    None,
                    "ranking",
                    measures,
                )
            )
            continue
        case = _NTH_CASE_AFTER.match(text, mention.end)
        the = _THE_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        if case is not None and the is not None:
            words = case.group(1).split()
            found.append(
                FoundFigure(
                    text[the.start() : mention.end],
                    the.start(),
                    mention.end,
                    mention.value,
                    None,
                    unit_name(words[-1]),
                    " ".join(words) + text[case.end(1) : case.end()],
                )
            )
    return found


_NOUN_COMMA_BEFORE = re.compile(r"\b([a-z]+),\s+$")
_BOTH_COMMA_BEFORE = re.compile(r"\b[a-z]+,\s+(?:both|all)\s+(?:aged\s+)?$")


def _is_age_after_a_person_noun(text: str, mention: NumberMention) -> bool:
    """ "her son, 12, was taken to hospital", "the driver, 34, was arrested": an age set
    off by commas after a noun of people."""
    if mention.spelled or mention.currency or mention.percent or mention.value >= 120:
        return False
    if text[mention.end : mention.end + 1] != ",":
        return False
    if _BOTH_COMMA_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True  # "The two men, both 23, were arrested": the age each of them is
    noun = _NOUN_COMMA_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    return noun is not None and _is_person_noun(noun.group(1))


def _is_person_noun(lemma: str) -> bool:
    """A noun of people: listed, or an agent noun that names no thing ("plasterer")."""
    return lemma in PERSON_NOUNS | ROLE_NOUNS | DESCRIPTION_NOUNS | BARE_PERSON_NOUNS or (
        len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES) and lemma not in AGENT_LOOKALIKES
    )


# "at 14 Tarragon Street", "from 9a Mill Lane": a house number before a street's name;
# not "40 High Street shops" (a count of the things the street names).
_HOUSE_NUMBER_AFTER = re.compile(
    r"[a-z]?(?:\s+[A-Z][\w’'-]*){1,3}?\s+(?:"
    + "|".join(sorted(ADDRESS_HEADS))
    + r")\b(?![-’'])(?!\s+(?!was\b|has\b|does\b|is\b)[a-z]+s\b)"
)
_LEADING_GROUP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LEADING_GROUP_WORDS)) + r")\s+$")


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


_RACE_REACH = 60  # characters from a race time to the distance that names its race
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _race_named_near(
    text: str, numbers: list[NumberMention], starts: list[int], figure: FoundFigure
) -> str:
    """ "won the 10,000m in 27:31.42", "a record of 1:52.70 in the 200m freestyle": the
    race a race time is for, as written (with its event's noun), when a distance naming
    a race stands in the time's sentence just before or after it; "" when none does.
    `starts` are the numbers' starts, listed once for all the figures."""
    low = bisect_left(starts, figure.start - _RACE_REACH)
    for mention in numbers[low:]:
        if mention.start > figure.end + _RACE_REACH:
            break
        if mention.start == figure.start or not _names_a_race(text, mention):
            continue
        between = text[min(mention.end, figure.end) : max(mention.start, figure.start)]
        if _SENTENCE_BREAK.search(between):
            continue
        race = _RACE_DISTANCE_AFTER.match(text, mention.end)
        written = text[mention.start : race.start(1) if race and race.group(1) else mention.end]
        if race is not None and race.group(1) in RACE_EVENT_NOUNS:
            written = text[mention.start : race.end(1)]
        elif race is None:
            event = _EVENT_NOUN_AFTER.match(text, mention.end)
            if event is not None and event.group(1) in RACE_EVENT_NOUNS:
                written = text[mention.start : event.end(1)]
        return " ".join(written.split())
    return ""


def _with_race_distances(
    text: str, numbers: list[NumberMention], figures: list[FoundFigure]
) -> list[FoundFigure]:
    """A race time keeps the distance that names its race: "won the 10,000m in 27:31.42"
    measures the time in the 10,000m, not a "won m" the parse leaves when it splits the
    distance's digits from their unit."""
    out = []
    starts = [m.start for m in numbers]
    for figure in figures:
        race = _race_named_near(text, numbers, starts, figure) if figure.unit == "seconds" else ""
        if not race or race.split()[0] in figure.measures:
            out.append(figure)
            continue
        distance = race.split()[0]
        unit = distance.lstrip("0123456789,.")  # "m" of "10,000m"
        words = figure.measures.split()
        event = race.split()[-1] if len(race.split()) > 1 else ""
        if unit and unit in words:  # the parse's orphaned unit stands for the distance
            words[words.index(unit)] = distance
            measured = " ".join(words)
        elif event and event in words:  # "won men's hurdles": the distance names them
            words.insert(words.index(event), distance)
            measured = " ".join(words)
        else:
            measured = f"{figure.measures} in the {race}".strip()
        out.append(replace(figure, measures=measured))
    return out


_CENTIMETRE_MARK = re.compile(r"\d{1,3}\.\d{2}m")
_FIELD_MARK_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(FIELD_MARK_NOUNS)) + r")\s+of\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_FIELD_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(FIELD_EVENT_VERBS)) + r")\s+(?:(?:a|an|just|only)\s+)?$",
    re.IGNORECASE,
)


def _is_field_mark(text: str, mention: NumberMention) -> bool:
    """ "Lal cleared 1.94m", "threw 61.35m": a height or a distance in metres, the "m"
    glued to the number after a field event's verb."""
    if mention.currency or mention.text[-1:] != "m" or mention.base == mention.value:
        return False
    return (
        _FIELD_VERB_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
        # "a throw of 62.87m", "a leap of 6.71m": a mark to the centimetre ("a jump of
        # 1.5m passengers" is millions)
        or (
            _CENTIMETRE_MARK.fullmatch(mention.text) is not None
            and _FIELD_MARK_OF_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            is not None
        )
    )


# "Waves of 4m", "swells of up to 5m", "snow drifts of 2-3m": a glued "m" told of a noun
# of water, of a depth of stuff or of a size ("of" between them) is metres (round 23; "a
# population of 4m" stays millions).
_OF_BEFORE_AMOUNT = re.compile(
    r"\b([A-Za-z]+)\s+of\s+(?:(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|"
    r"between)\s+)?$",
    re.IGNORECASE,
)


def _is_a_height_of(text: str, tokens: Tokens | None, mention: NumberMention) -> bool:
    """ "Waves of 4m battered the coast", "Waves of 3-4m" (the range's first end, the "m"
    glued to the second): a noun of water, of a depth of stuff or of a size before "of"
    tells a height or a depth in metres, when no counted noun follows the "m"; so does
    such a noun right after it ("4m waves", "2-3m swells": not "2m flood victims") and
    "as high as" before it ("waves as high as 9m")."""
    if tokens is None or mention.currency or mention.percent:
        return False
    glued = _GLUED_M_AHEAD.match(text, mention.start)
    if glued is None:
        return False
    after = tokens.at(glued.end())
    told_after = 0 <= after < len(tokens.lower) and tokens.start[after] >= glued.end()
    if (
        told_after
        and tokens.pos[after] == "NOUN"
        and tokens.dep[after] != "compound"
        and tokens.lemma[after] in WATER_LEVEL_NOUNS | METRE_SIZE_NOUNS
    ):
        return True
    if _AS_HIGH_AS_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True
    of = _OF_BEFORE_AMOUNT.search(text, max(0, mention.start - 40), mention.start)
    if of is None:
        return False
    noun = tokens.at(of.start(1))
    if noun < 0 or tokens.start[noun] != of.start(1) or tokens.pos[noun] != "NOUN":
        return False
    if tokens.lemma[noun] not in WATER_LEVEL_NOUNS | DEPTH_STUFF_NOUNS | METRE_SIZE_NOUNS:
        return False
    return not (told_after and tokens.tag[after] in ("NNS", "NNPS"))


_AS_HIGH_AS_BEFORE = re.compile(
    r"\bas\s+(?:" + "|".join(sorted(DIMENSION_WORDS)) + r")\s+as\s+$", re.IGNORECASE
)


# The number (or a range of two) and the glued "m" that ends it: "4m", "3-4m", "3 to 4m".
_GLUED_M_AHEAD = re.compile(
    r"\d+(?:\.\d+)?(?:\s?(?:-|–|to|and)\s?\d+(?:\.\d+)?)?m\b\s*", re.IGNORECASE
)


# "2m deep", "a 1.8m-high fence", "1.2m higher than forecast": a glued "m" before a
# word of a dimension is metres (round 20).
_DIMENSION_AFTER = re.compile(
    r"\s*-?\s*(?:" + "|".join(sorted(DIMENSION_WORDS)) + r")(?:er|r)?\b", re.IGNORECASE
)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _is_glued_metres(text: str, tokens: Tokens | None, mention: NumberMention) -> bool:
    """ "The snow was 2m deep", "a 2m wall", "The river rose 2m overnight": a glued "m"
    with no currency is metres when a dimension follows, when "a" makes it describe a
    thing ("a 5m landslip"; not a change, "a 2m increase in visitors"), or when water
    rises or falls by it; "2m people", "sold 1.6m units" stay millions (round 20)."""
    if mention.currency or mention.text[-1:] != "m" or mention.base == mention.value:
        return False
    dimension = _DIMENSION_AFTER.match(text, mention.end)
    if dimension is not None and not dimension.group().rstrip().endswith("er"):
        return True
    if tokens is None:
        return False
    if dimension is not None:  # "1.2m higher": of water ("The tide was"), not "Turnout"
        sentence = tokens.sent[tokens.at(mention.start)]
        return any(
            tokens.sent[i] == sentence
            and tokens.dep[i] in ("nsubj", "nsubjpass")
            and tokens.lemma[i] in WATER_LEVEL_NOUNS
            for i in range(len(tokens.lower))
        )
    after = tokens.at(mention.start)
    while after < len(tokens.lower) and tokens.start[after] < mention.end:
        after += 1
    if (  # "It was 2m of water in the kitchen", "1.5m of snow": a depth of that stuff
        after + 1 < len(tokens.lower)
        and tokens.lower[after] == "of"
        and tokens.tag[after + 1] == "NN"
        and tokens.dep[after + 1] != "compound"  # (not "2m of sand sales": a count)
        and tokens.lemma[after + 1] in WATER_LEVEL_NOUNS | DEPTH_STUFF_NOUNS
    ):
        return True
    glued = after - 1  # the "m" (or the number, when read as one token)
    head = tokens.head[glued]
    if _A_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return (
            head >= after
            and tokens.tag[head] not in ("NNS", "NNPS")
            and tokens.lemma[head] not in CHANGE_NOUNS
            and tokens.lemma[head] not in CHANGE_NOUNS.values()
            and tokens.lemma[head] not in MILLIONS_DESCRIBED_NOUNS
        )
    if after < len(tokens.lower) and tokens.pos[after] in ("NOUN", "PROPN"):
        return False  # "rose 2m visitors"
    verb = head
    if tokens.dep[glued] == "pobj" and tokens.lower[verb] == "by":
        verb = tokens.head[verb]
    if tokens.lemma[verb] not in CHANGE_NOUNS and tokens.lemma[verb] != "reach":
        return False
    return any(
        tokens.dep[c] == "nsubj"
        and (tokens.lemma[c] in WATER_LEVEL_NOUNS or _is_a_size_of_water(tokens, c))
        for c in tokens.children[verb]
    )


def _is_a_size_of_water(tokens: Tokens, noun: int) -> bool:
    """ "The height of the waves reached 12m" (round 24): a size whose "of" tells water or
    a heap of stuff (not "The height of the debt reached 12m", millions)."""
    if tokens.lemma[noun] not in METRE_SIZE_NOUNS:
        return False
    return any(
        tokens.lower[p] == "of"
        and any(
            tokens.dep[o] == "pobj" and tokens.lemma[o] in WATER_LEVEL_NOUNS | DEPTH_STUFF_NOUNS
            for o in tokens.children[p]
        )
        for p in tokens.children[noun]
    )


# "lived at No 14", "wears the No. 9 shirt": a number sign names a house, a shirt or a
# seat; "the world No 4" ranks a player and stays.
_NUMBER_SIGN_BEFORE = re.compile(r"(?<![Ww]orld )(?<![\w.])(?:No|Op)\.?\s?$")  # "No 14", "Op. 28"
# "entered the chart at number 14", "climbed to number three": a place in a chart or a
# list reached, not a count ("world number 6", a ranking, is kept).
_PLACE_REACHED_BEFORE = re.compile(r"\b(?:at|to)\s+number\s+$", re.IGNORECASE)


# "41 deals worth more than $10 million each": the bar each counted item clears, not a
# sum of the story (but "two contracts worth £5m each" says what each is worth).
_BAR_BEFORE = re.compile(
    r"\b(?:worth|valued\s+at|costing|of)\s+(?:more\s+than|over|at\s+least|above|upwards\s+of)\s+$",
    re.IGNORECASE,
)
_EACH_AFTER = re.compile(r"\s+(?:million|billion|bn|m)?\s*each\b", re.IGNORECASE)


def _is_a_bar_each(text: str, mention: NumberMention) -> bool:
    if not mention.currency:
        return False
    return bool(
        _EACH_AFTER.match(text, mention.end)
        and _BAR_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


# "reduced to 10 men", "down to nine players", "finished with 14 men": a side's strength
# on the field after a dismissal (no side plays with more than 15).
_SHORT_SIDE_BEFORE = re.compile(
    r"\b(?:(?:" + "|".join(sorted(SHORT_SIDE_LEADS)) + r")\s+to|with)\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
_SIDE_MEMBERS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SIDE_MEMBER_NOUNS)) + r")\b")
_LARGEST_SIDE = 15
_SMALLEST_SIDE = 5


# "the 10-man hosts", "The 14-man visitors": a side's strength glued before its noun.
_GLUED_SIDE_AFTER = re.compile(
    r"-(?:man|men|woman|women)\s+(?:" + "|".join(sorted(SHORT_SIDE_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_SIDE_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _is_a_side_s_strength(text: str, mention: NumberMention) -> bool:
    """ "Town were reduced to 10 men", "Down to nine men, Wanderers won", "the 10-man
    hosts held on": how many a side had on the field, not a figure of the match (but "a
    10-man crew" counts the crew)."""
    if mention.currency or mention.percent:
        return False
    if not _SMALLEST_SIDE <= mention.value <= _LARGEST_SIDE:
        return False
    if _GLUED_SIDE_AFTER.match(text, mention.end) and _SIDE_THE_BEFORE.search(
        text, max(0, mention.start - 6), mention.start
    ):
        return True
    return (
        _SIDE_MEMBERS_AFTER.match(text, mention.end) is not None
        and _SHORT_SIDE_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


# "its 200-day moving average", "the seven-day rolling average": a span glued to the
# average it names.
_AVERAGE_WINDOW_AFTER = re.compile(
    r"-([a-z]+)\s+(?:(?:"
    + "|".join(sorted(AVERAGE_WINDOW_WORDS))
    + r")\s+)?(?:"
    + "|".join(sorted(AVERAGE_NOUNS))
    + r")\b",
    re.IGNORECASE,
)


def _names_an_average(text: str, mention: NumberMention) -> bool:
    """ "fell below its 200-day moving average": the window names the average (a market
    or health indicator); it measures nothing itself."""
    window = _AVERAGE_WINDOW_AFTER.match(text, mention.end)
    return window is not None and is_duration(window.group(1))


# "a black 4x4", "two 6x6 trucks", "the 4x100m relay": numbers joined by an "x" with no
# space name a drive, a grid or an event.
_BY_AFTER = re.compile(r"[x×]\d")
_BY_BEFORE = re.compile(r"\d[x×]$")


def _is_a_by_designation(text: str, mention: NumberMention) -> bool:
    """ "a 4x4", "6x6 trucks": a type named by numbers, not a count."""
    return not mention.spelled and (
        _BY_AFTER.match(text, mention.end) is not None
        or _BY_BEFORE.search(text, max(0, mention.start - 2), mention.start) is not None
    )


_THE_SHIRT_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SHIRT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SHIRT_NOUNS)) + r")\b(?![’'-]|s\b)")
_WEARING_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(SHIRT_VERBS)) + r")\s+(?:the\s+)?$", re.IGNORECASE
)
_LABEL_ENDS = re.compile(r"\s*(?:[,;:)]|\.(?!\d))")
_HIGHEST_SHIRT = 99


def _is_a_shirt_number(text: str, mention: NumberMention) -> bool:
    """ "handed the 10 jersey", "wearing 23, came off the bench": a shirt's number."""
    if mention.spelled or mention.currency or mention.percent or mention.value > _HIGHEST_SHIRT:
        return False
    before = max(0, mention.start - 16)
    if _SHIRT_AFTER.match(text, mention.end):
        return _THE_SHIRT_BEFORE.search(text, before, mention.start) is not None
    return (
        _WEARING_BEFORE.search(text, before, mention.start) is not None
        and _LABEL_ENDS.match(text, mention.end) is not None
    )


# "3nm chips", "a 5,000mAh battery", "its 50MP camera": letters glued to the number, then
# the device part they describe.
# "four stars", "four and a half stars", "a five-star hotel", "two Michelin stars": a
# rating judges a thing, it counts nothing; so does the scale it is out of ("three stars
# out of five") and the rating it was changed to ("from five stars to four").
_RATING_AFTER = re.compile(
    r"(?:\s+and\s+a\s+half)?(?:-|\s+)(?:[A-Z][a-z]+\s+)?(?:"
    + "|".join(sorted(RATING_NOUNS))
    + r")(?![\w’'-])"
)
_RATING_SCALE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(RATING_NOUNS)) + r")\s+(?:out\s+of|to)\s+$",
    re.IGNORECASE,
)
_HIGHEST_RATING = 5  # "50 stars" on a flag, "1.8 billion stars" in a survey are counted
_HIGHEST_SCALE = 10


# "Sections 302, 307 and 34", "Articles 14 and 21": the later numbers of a list of
# provisions name more of them.
_PROVISION_LIST_BEFORE = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(sorted(PROVISION_NOUNS))
    + r")\s+(?:\d+[A-Za-z]?(?:\(\w+\))*(?:,\s*|,?\s+(?:and|or|to)\s+)){1,8}$",
    re.IGNORECASE,
)


def _names_a_provision_in_a_list(text: str, mention: NumberMention) -> bool:
    """ "under Sections 302, 307 and 34": not "section 12 and 40 homes" (a count)."""
    return (
        not (mention.currency or mention.percent or mention.spelled)
        and _PROVISION_LIST_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        is not None
        and not _PLAIN_RANGE_AFTER.match(text, mention.end)
    )


# "rated 142 by the BHA", "officially rated 88,", "off a mark of 95 in the handicap": a
# grade, then the clause goes on (not "rated 6.1 on the Richter scale": a measured size).
_GRADE_BEFORE = re.compile(
    r"\b(?:rated|(?:" + "|".join(sorted(GRADE_NOUNS)) + r")\s+of)\s+$", re.IGNORECASE
)
_GRADE_ENDS = re.compile(r"\s*(?:[,.;:)]|(?:by|and|in|for|but)\b|$)")


def _is_a_grade(text: str, mention: NumberMention) -> bool:
    """ "The horse, rated 142 by the BHA,", "runs off a mark of 95 in the handicap", "a
    Timeform rating of 170": a grade a judge gives, no figure of the story (a share, "an
    approval rating of 38%", and a sum stay)."""
    return (
        not mention.currency
        and not mention.percent
        and bool(_GRADE_BEFORE.search(text, max(0, mention.start - 12), mention.start))
        and bool(_GRADE_ENDS.match(text, mention.end))
    )


def _is_a_star_rating(text: str, mention: NumberMention) -> bool:
    if mention.currency or mention.percent:
        return False
    if _RATING_SCALE_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        # (not "awarded stars to 12 restaurants": a count of what the scale's number is not)
        return mention.value <= _HIGHEST_SCALE and not _PLAIN_RANGE_AFTER.match(text, mention.end)
    return mention.value <= _HIGHEST_RATING and bool(_RATING_AFTER.match(text, mention.end))


_COMPONENT_SPEC_AFTER = re.compile(
    r"([A-Za-z]{2,4})\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(COMPONENT_NOUNS)) + r")\b"
)


def _is_a_component_spec(text: str, mention: NumberMention) -> bool:
    """ "a plant to make 3nm chips", "a 5,000mAh battery": a part's specification."""
    spec = _COMPONENT_SPEC_AFTER.match(text, mention.end)
    return (
        spec is not None
        and not mention.currency
        and not mention.percent
        and canonical_unit(spec.group(1)) is None
    )


# "delivered 12 787 Dreamliners": a bare number right after a count, then a name
_COUNT_JUST_BEFORE = re.compile(r"(?<![\w.,])\d+ $")
_CAPITALIZED_AFTER = re.compile(r"\s+[A-Z]")


def _is_a_model_after_a_count(text: str, mention: NumberMention) -> bool:
    """ "Boeing delivered 12 787 Dreamliners", "4 737 MAX jets": the second number names
    the model the first counts."""
    return (
        not mention.spelled
        and not mention.currency
        and not mention.percent
        and _COUNT_JUST_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        and _CAPITALIZED_AFTER.match(text, mention.end) is not None
    )


# "hit double 16 to win the leg", "treble 20": a bed of the dartboard, named by its number
_DARTS_BED_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(DARTS_BED_WORDS)) + r")\s+$", re.IGNORECASE
)
_DARTBOARD_MAX = 20
# (what follows a bed ends the phrase: not "will double 12 of its routes", "double 16
# parking charges", "a double 12-hour shift": the verb or a count)
_BED_ENDS_AFTER = re.compile(
    r"(?:\s*[,.;:!?)'\"’”]|\s+(?:to|and|or|with|in|on|for|at|then|before|after|but)\b|\s*$)"
)


def _names_a_darts_bed(text: str, mention: NumberMention) -> bool:
    """ "needed double 16", "treble 20 and double 12 to finish": a number of the board after
    "double" or "treble" names where a dart landed, not a count (not "will double 12 of
    its routes", "double 16 parking charges")."""
    return (
        mention.text.isdigit()
        and 1 <= mention.value <= _DARTBOARD_MAX
        and _DARTS_BED_BEFORE.search(text, max(0, mention.start - 10), mention.start) is not None
        and _BED_ENDS_AFTER.match(text, mention.end) is not None
    )


# "a three-judge panel", "a five-judge bench", "the seven-member jury": how many sit on a
# court's bench; "on a shortlist of six": how many a prize was chosen from
_BENCH_AFTER = re.compile(
    r"-(?:"
    + "|".join(sorted(BENCH_MEMBER_NOUNS))
    + r")\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(BENCH_NOUNS))
    + r")\b"
)
_SHORTLIST_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(SHORTLIST_NOUNS)) + r")\s+of\s+$", re.IGNORECASE
)
_BENCH_MAX = 15


def _sizes_a_bench_or_a_shortlist(text: str, mention: NumberMention) -> bool:
    """ "A three-judge panel heard the appeal", "a shortlist of six novels": the size of the
    bench that hears a case or of the list a prize is chosen from describes them, it is no
    figure of the story (not "a panel of 12 critics", whom the story counts)."""
    if mention.currency or mention.percent or mention.value > _BENCH_MAX:
        return False
    return (
        _BENCH_AFTER.match(text, mention.end) is not None
        or _SHORTLIST_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
    )


# "the 49ers beat the Rams", "the Philadelphia 76ers": digits glued to a suffix that makes
# a team's name of them, not a count
_NAME_SUFFIX_GLUED = re.compile(r"(?:" + "|".join(sorted(NUMBER_NAME_SUFFIXES)) + r")\b")


def _is_house_number(text: str, mention: NumberMention) -> bool:
    """ "a house at 27 Larchmont Avenue": the number of a door, not an amount."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    return mention.value < 10_000 and bool(_HOUSE_NUMBER_AFTER.match(text, mention.end))


# "the top 10 hotels", "The top five clubs": a rank word glued or spaced before the number.
_RANKED_GROUP_BEFORE = re.compile(
    r"(?:^|[.!?\"“‘']\s*|['’]s\s+|\b(?:"
    + "|".join(sorted(DEFINITE_DETERMINERS | PERSONAL_POSSESSIVES))
    + r")\s+)(?:"
    + "|".join(sorted(RANKED_GROUP_WORDS))
    + r")[\s-]$",
    re.IGNORECASE | re.MULTILINE,
)


def _names_a_ranked_group(text: str, mention: NumberMention) -> bool:
    """ "the top 10 hotels in Europe", "in the top 20 places to live", "the top 1% of
    earners": a number after "top" or "bottom" opening a noun phrase names a group by
    its rank, it counts nothing the story reports (not the verb: "gates to top 10,000";
    not a sum, "the top £5m")."""
    return not mention.currency and bool(
        _RANKED_GROUP_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    )


# "on 14 and 15 January", "from 14 to 16 August", "on 3, 4 and 5 March": more days of
# the month after this one, then the month.
_MORE_DAYS_THEN_MONTH = re.compile(
    r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*(?:,\s*)?(?:and|to|or|until|till|&|-|–)\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
    + r")(?![\w])"
)


def _is_a_day_before_more_days(text: str, mention: NumberMention) -> bool:
    """ "Nurses will strike on 14 and 15 January", "runs from 14 to 16 August",
    "between 10 and 12 June": the first of two or more days of one month is a date,
    as the last one, told with the month, is."""
    return (
        mention.text.isdigit()
        and 1 <= mention.value <= 31
        and not mention.currency
        and not mention.percent
        and bool(_MORE_DAYS_THEN_MONTH.match(text, mention.end))
    )


# "told 3AW", "Speaking to 2GB", "radio station 6PR": one digit glued to two to four
# capitals, after a word that names whom someone spoke to, and no "of" after ("on 8GB of
# memory" is a size).
_CALL_SIGN_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(sorted(CALL_SIGN_CUES)) + r")\s+$", re.IGNORECASE
)
_CALL_SIGN_LETTERS = re.compile(r"[A-Z]{2,4}\b(?![-\d])(?!\s+of\b)")


def _is_a_call_sign(text: str, mention: NumberMention) -> bool:
    """ "The mayor told 3AW", "Speaking on 4BC this morning": a radio station named by
    its call sign (Australian stations are a state's digit and letters)."""
    return (
        len(mention.text) == 1
        and mention.text.isdigit()
        and bool(_CALL_SIGN_LETTERS.match(text, mention.end))
        and bool(_CALL_SIGN_BEFORE.search(text, max(0, mention.start - 12), mention.start))
    )


# "Ward 3 Alderman", "District 4 Supervisor": the area's noun, one space, then the digits.
_NUMBERED_AREA_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(NUMBERED_AREA_NOUNS)) + r") $", re.IGNORECASE
)


def _numbers_an_area(text: str, mention: NumberMention) -> bool:
    """ "Ward 3 Alderman Pete Novak said", "District 4 Supervisor Ana Ruiz voted": digits
    after the singular noun of an area or a division name it (English counts before the
    noun), also where a sentence opens on it."""
    return (
        mention.text.isdigit()
        and not mention.currency
        and not mention.percent
        and bool(_NUMBERED_AREA_BEFORE.search(text, max(0, mention.start - 12), mention.start))
    )


# "a three-time winner", "the 20-time champion": the number glued to "-time" before a noun.
_TIMES_HELD_AFTER = re.compile(r"-time\s+[A-Za-z]")


def _counts_titles_held(text: str, mention: NumberMention) -> bool:
    """ "a three-time winner of the award", "the two-time Olympic champion": how often
    someone has won describes them, like an age told in passing; it is no figure of the
    story."""
    return not mention.currency and bool(_TIMES_HELD_AFTER.match(text, mention.end))


def _names_leading_group(text: str, mention: NumberMention) -> bool:
    """ "the big four banks", "the Big Three agencies": the name of a trade's leaders."""
    return (
        mention.spelled
        and mention.value <= 10
        and not mention.currency
        and not mention.percent
        and bool(_LEADING_GROUP_BEFORE.search(text, max(0, mention.start - 8), mention.start))
    )


_MARGIN_PREPOSITIONS = frozenset({"above", "below", "over", "under", "beyond"})
_MARGIN_VERB_REACH = 12  # tokens back to the verb of the amount a margin follows


# Words that may open an aside told of the noun before its comma: "the VAT increase,
# from 15% to 15.5%,", "The fare rise, up to £2.50,", "the levy, at 2%," (round 22).
_ASIDE_OPENERS = frozenset({"from", "to", "up", "down", "at", "of", "by", "about", "around"})
_ASIDE_NOUN_DEPS = frozenset({"compound", "amod", "poss", "case"})


def _noun_set_off_before(tokens: Tokens, start: int, end: int) -> str:
    """ "the VAT increase, from 15% to 15.5%, would raise ...": a share or a sum set off by
    commas right after a noun, with no measure of its own, measures that noun and the
    words it is told with ("VAT increase"). Only when the aside closes with a comma or
    the sentence's end, so "Sales fell, to £2m" reads as before (round 22)."""
    first, last = tokens.at(start), tokens.at(max(start, end - 1))
    if first < 1 or tokens.end[first] <= start:
        return ""
    before = first - 1
    while before > 0 and first - before <= 2 and tokens.lower[before] in _ASIDE_OPENERS:
        before -= 1
    after = last + 1
    if (
        before < 1
        or tokens.text[before] != ","
        or tokens.sent[before] != tokens.sent[first]
        or after >= len(tokens)
        or tokens.text[after] not in {",", ";"}
    ):
        return ""
    noun = before - 1
    if (
        tokens.pos[noun] not in {"NOUN", "PROPN"}
        or tokens.dep[noun] in {"npadvmod", "appos"}
        or tokens.ent[noun] in {"GPE", "LOC", "DATE", "TIME", "PERSON"}
    ):
        return ""
    begin = noun
    while (
        begin - 1 >= tokens.sent_starts[tokens.sent[noun]]
        and tokens.dep[begin - 1] in _ASIDE_NOUN_DEPS
        and noun >= tokens.head[begin - 1] >= begin - 1
    ):
        begin -= 1
    return _joined([tokens.text[i] for i in range(begin, noun + 1)])


_MARGIN_ADVERBS = frozenset({"ahead", "behind"})


def _margin_ahead(tokens: Tokens, start: int, end: int) -> str:
    """ "Receipts came in R8.2bn ahead of the estimate", "Sales were £3m behind plan": a
    sum right before "ahead" or "behind" is the margin of the clause's subject over what
    follows (round 22)."""
    last = tokens.at(max(start, end - 1))
    following = last + 1
    if last < 0 or following >= len(tokens) or tokens.lower[following] not in _MARGIN_ADVERBS:
        return ""
    verb = tokens.head[following]
    sentence = tokens.sent[verb]
    subject = next(
        (
            i
            for i in range(tokens.sent_starts[sentence], verb)
            if tokens.head[i] == verb and tokens.dep[i] in ("nsubj", "nsubjpass")
        ),
        None,
    )
    skip = range(tokens.at(start), last + 1)
    told = _noun_phrase(tokens, subject, skip, with_tail=False) if subject is not None else ""
    return _joined(["margin", told, *_words_under(tokens, following, skip)])


def _margin_measure(tokens: Tokens, mention: NumberMention) -> str:
    """What a sum or a share with no measure yet measures from where it hangs: "sold for
    $1.34 million, $190,000 above its reserve" (hung on "above", "below", "over",
    "under"), the margin to what that preposition names; "the third most expensive
    place to rent, at €2,100 a month", the price of the noun it is set against."""
    first, last = tokens.at(mention.start), tokens.at(max(mention.start, mention.end - 1))
    if first < 0 or tokens.end[first] <= mention.start:
        return ""  # not parsed (the parse reads prose only, and at most so much of it)
    for number in range(first, last + 1):
        head = tokens.head[number]
        if (
            tokens.pos[number] == "NUM"
            and head > last
            and tokens.lower[head] in _MARGIN_PREPOSITIONS
        ):
            # the verb the amount before it was told with: "sold", "went", "closed"
            sentence_start = tokens.sent_starts[tokens.sent[first]]
            verb = next(
                (
                    i
                    for i in range(
                        first - 1, max(sentence_start, first - _MARGIN_VERB_REACH) - 1, -1
                    )
                    if tokens.pos[i] == "VERB"
                ),
                None,
            )
            told = [tokens.text[verb]] if verb is not None else []
            return _joined(["margin", *told, *_words_under(tokens, head, range(first, last + 1))])
    following = last + 1
    if following < len(tokens) and tokens.lower[following] in _MARGIN_PREPOSITIONS:
        # "sold for €1.05m, €155,000 over its asking price" parsed with "over" on the house
        return _joined(["margin", *_words_under(tokens, following, range(first, last + 1))])
    for number in range(first, last + 1):
        preposition = tokens.head[number]
        noun = tokens.head[preposition]
        if (
            tokens.pos[number] == "NUM"
            and tokens.dep[number] == "pobj"
            and tokens.lower[preposition] == "at"
            and tokens.pos[noun] == "NOUN"
        ):
            # "the third most expensive place to rent, at €2,100 a month": the amount
            # prices the thing it is set against
            return _noun_phrase(tokens, noun, range(first, last + 1))
    return ""


def _is_airliner_variant(text: str, mention: NumberMention) -> bool:
    """ "the 747-8 freighter", "its 737-800 jets", "a 777-300ER": a model number and its
    variant told without the maker (after a determiner, a maker's possessive or a count
    of the jets; the model number not round, the variant under 20 or whole hundreds), not
    a score "a 112-108 win" or a range "the 300-400 people"."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    start = mention.start
    if text[start - 1 : start] == "-" and mention.start >= 4:
        start = mention.start - 4  # the variant: its model number is before the hyphen
    pair = _VARIANT_PAIR.match(text, start)
    if pair is None or pair.start(2) not in (mention.start, mention.start + 4):
        return False
    model, variant = int(pair.group(1)), int(pair.group(2))
    if model % 10 == 0 or not (variant < 20 or variant % 100 == 0):
        return False
    if _VARIANT_OPENER_BEFORE.search(text, max(0, start - 12), start):
        return True
    # "lease three 787-9s", "the carrier's 787-9 fleet": a count in words or any
    # possessive before the model (round 17).
    word = _WORD_OPENER_BEFORE.search(text, max(0, start - 24), start)
    return word is not None and (word.group(1) is not None or _is_spelled_count(word.group(2)))


def _is_spelled_count(word: str) -> bool:
    """ "three", "twelve", "forty": a count written in words (one word)."""
    found = find_numbers(word)
    return len(found) == 1 and found[0].spelled and found[0].text.lower() == word.lower()


def _ends_a_group_name(text: str, mention: NumberMention) -> bool:
    """ "the Birmingham Six", "the Group of Seven", "Ocean's Eleven": a capitalized spelled
    number after a capitalized word (or "X of") names a group or a work, when a lower-case
    word or a stop follows (not a title-case headline "Storm Kills Six In Town"); "their
    Six Nations campaign", "the Three Lions shirt": one inside a sentence before a
    capitalized word opens a name, when the line is not a title-case headline."""
    if not (mention.spelled and mention.text[:1].isupper()):
        return False
    before = _GROUP_NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if (
        before is not None
        and before.group(1) not in COMMON_CAPITALIZED
        and _LOWER_OR_STOP_AFTER.match(text, mention.end)
    ):
        return True
    if not _NAME_WORD_AFTER.match(text, mention.end) or _OPENS_A_SENTENCE_BEFORE.search(
        text, max(0, mention.start - 8), mention.start
    ):
        return False
    return _in_a_story_line(text, mention)


def _in_a_story_line(text: str, mention: NumberMention) -> bool:
    """The line around the mention has a lower-case word: a story line, not a headline in
    title case ("Storm Kills Six In Town")."""
    line_start = text.rfind("\n", max(0, mention.start - _SENTENCE_WINDOW), mention.start) + 1
    line_end = text.find("\n", mention.end, mention.end + _SENTENCE_WINDOW)
    line = text[line_start : line_end if line_end != -1 else mention.end + _SENTENCE_WINDOW]
    return bool(_LOWER_CASE_WORD.search(line))


def _opens_a_name(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "3 Commando Brigade", "6 Music", "7 News": digits before a run of capitalized
    words ending in a singular name, with no noun after the run, are the name's first word
    (not "12 Democrats", "3 Premier League sides": a plural is counted); grouped digits
    after "the" too ("won the 1,000 Guineas", round 17)."""
    if mention.spelled or mention.currency or mention.percent:
        return False
    if not mention.text.isdigit() and not (
        mention.text.replace(",", "").isdigit()
        and _SIDE_THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
    ):
        return False
    number = tokens.at(mention.start)
    if number < 0 or tokens.start[number] != mention.start or tokens.end[number] != mention.end:
        return False
    last = number
    while (
        last + 1 < len(tokens)
        and tokens.pos[last + 1] == "PROPN"
        and tokens.text[last + 1][:1].isupper()
    ):
        last += 1
    if last == number or tokens.tag[last] != "NNP":
        return False
    if not number < tokens.head[number] <= last:
        return False
    first = tokens.text[number + 1]
    if first in MONTHS | WEEKDAYS or canonical_unit(first) is not None:
        return False
    after = last + 1
    if after < len(tokens) and tokens.pos[after] in ("NOUN", "PROPN", "NUM"):
        return False
    return _in_a_story_line(text, mention)


def _ends_a_name_before_its_noun(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Nikkei 225 futures fell", "Boeing 737 jets": digits that hang on the capitalized
    name before them, the name on the noun after, end the name of an index or a model; the
    noun is what the name describes, not what the digits count (the parse reads "[Nikkei
    225] futures", not "Nikkei [225 futures]")."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    number = tokens.at(mention.start)
    if number < 1 or number + 1 >= len(tokens) or tokens.start[number] != mention.start:
        return False
    name, noun = number - 1, number + 1
    return (
        tokens.end[number] == mention.end
        and tokens.head[number] == name
        and tokens.pos[name] == "PROPN"
        and tokens.text[name][:1].isupper()
        and tokens.text[name] not in COMMON_CAPITALIZED | MONTHS | WEEKDAYS
        and tokens.head[name] == noun
        and tokens.pos[noun] == "NOUN"
        and tokens.text[noun].islower()
    )


# "two of its stores", "two of its older jets": a part of what a body holds (not "two of
# their neighbours", colour)
_OF_ITS_AFTER = re.compile(r"\s+of\s+its\s")
# "Train 2S45", "service 1A07": digits glued to a capital and more digits, a code
_GLUED_CODE_AFTER = re.compile(r"[A-Z]\d")
# "the 24 Hours of Le Mans", "the 12 Hours of Sebring": a unit in title case, then "of"
# and a name
_TITLED_UNIT_OF_A_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\s+of\s+[A-Z]")
# "the 30 Under 30 list", "40 Over 40": a list named by an age bound in title case
_AGE_LIST_AFTER = re.compile(r"\s+(?:Under|Over)\s+\d")
_AGE_LIST_BEFORE = re.compile(r"\d\s+(?:Under|Over)\s+$")


def _names_a_code_an_event_or_a_list(text: str, mention: NumberMention) -> bool:
    """ "Train 2S45 stopped": a code glued to the digits; "finished second in the 24 Hours
    of Le Mans": a race named by a title-cased unit and the place it is "of"; "the Forbes
    30 Under 30 list": a list named by an age bound. None counts anything (round 17)."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    if _GLUED_CODE_AFTER.match(text, mention.end):
        return True
    if _AGE_LIST_AFTER.match(text, mention.end) or _AGE_LIST_BEFORE.search(
        text, max(0, mention.start - 10), mention.start
    ):
        return True
    titled = _TITLED_UNIT_OF_A_NAME_AFTER.match(text, mention.end)
    return (
        titled is not None
        and canonical_unit(titled.group(1)) is not None
        and _in_a_story_line(text, mention)
    )


def _is_the_number_as_subject(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "The 911 topped the chart", "The 747 landed safely", "The 33 walked free": digits
    after "the" that are themselves the subject, with no noun they count, name a model or
    point back at a group counted before; neither is a new figure (round 17)."""
    if mention.spelled or mention.currency or mention.percent:
        return False
    if not _SIDE_THE_BEFORE.search(text, max(0, mention.start - 5), mention.start):
        return False
    number = tokens.at(mention.start)
    if number < 0 or tokens.start[number] != mention.start or tokens.end[number] != mention.end:
        return False
    return tokens.dep[number] in ("nsubj", "nsubjpass") and tokens.pos[tokens.head[number]] in (
        "VERB",
        "AUX",
    )


def _says_how_far_behind_a_group_is(tokens: Tokens, mention: NumberMention) -> bool:
    """ "homeowners three or more months behind on their repayments", "households two
    months behind on rent": a span of time on a word like "behind" that itself describes
    a noun says which ones a count takes in, a threshold, not a figure of the story (not
    "the trains were 40 minutes late", the verb's own measure; round 18)."""
    if mention.currency or mention.percent:
        return False
    number = tokens.at(mention.start)
    if number < 0 or tokens.start[number] != mention.start:
        return False
    span = tokens.head[number] if tokens.dep[number] == "nummod" else number
    if tokens.ent[span] not in _WHEN or tokens.dep[span] != "npadvmod":
        return False
    how = tokens.head[span]
    described = tokens.head[how]
    return (
        how > span
        and tokens.pos[how] in ("ADV", "ADJ", "ADP")
        and tokens.dep[how] in ("advmod", "amod", "prep")
        # a group counted, or the frame that counts it (not "crossed the line 40 seconds
        # clear", a margin)
        and (tokens.tag[described] == "NNS" or tokens.lemma[described] in _FRAMES)
        and described < span
    )


def _played_in_a_competition(tokens: Tokens, preposition: int) -> bool:
    """ "after five rounds of the league", "after three stages of the Tour": "of the" and a
    competition (not "after seven rounds of talks")."""
    noun = preposition + 2
    return (
        tokens.lower[preposition] == "of"
        and noun < len(tokens)
        and tokens.lower[preposition + 1] == "the"
        and tokens.lemma[noun] in COMPETITION_NOUNS
    )


def _is_the_rounds_of_a_standing(tokens: Tokens, mention: NumberMention) -> bool:
    """Round 25: "Kellow sit top of the table after seven rounds", "After six matches
    Dunmore are third", "The Wolves are unbeaten after 12 games": the rounds played frame
    where a side stands (not "has scored 10 goals after 12 games", a record; not "after
    seven rounds of talks")."""
    index = tokens.at(mention.start)
    if index < 1 or mention.currency or mention.percent or tokens.end[index] != mention.end:
        return False
    noun = index + 1
    if (
        tokens.lower[index - 1] != "after"
        or noun >= len(tokens)
        or tokens.pos[noun] != "NOUN"
        or tokens.lemma[noun] not in CONTEST_STEP_NOUNS | PLAYED_STEP_NOUNS
        or (
            noun + 1 < len(tokens)
            and tokens.lower[noun + 1] in ("of", "in", "at", "with")
            and not _played_in_a_competition(tokens, noun + 1)
        )
    ):
        return False
    verb = tokens.head[index - 1]
    if tokens.dep[verb] == "acomp":  # "are unbeaten after 12 games"
        verb = tokens.head[verb]
    if tokens.sent[verb] != tokens.sent[index]:
        return False
    if tokens.dep[noun] == "nsubj":  # "After six matches Dunmore are third": misparsed
        verb = tokens.head[noun]
    return tokens.pos[verb] in ("VERB", "AUX") and tokens.lemma[verb] in STANDING_LEMMAS


def _is_a_product_s_number(tokens: Tokens, mention: NumberMention) -> bool:
    """ "The 747 jumbo jet made its final flight", "the 747 landed": digits the recognizer
    reads as (part of) a product's name name a model, not a count, when they count no
    plural noun (round 17; not "20 iPhones", "12 A350 jets")."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    number = tokens.at(mention.start)
    if number < 0 or tokens.start[number] != mention.start or tokens.end[number] != mention.end:
        return False
    if tokens.ent[number] != "PRODUCT":
        return False
    head = tokens.head[number]
    return head == number or tokens.tag[head] in ("NN", "NNP")


def _ends_a_group_name_in_digits(tokens: Tokens, mention: NumberMention) -> bool:
    """ "the Group of 20 met", "the Group of 77 developing nations": digits after "the X
    of" or "<someone>'s X of", X capitalized inside the sentence, name the group when no
    noun they count follows (not "the Council of 12 members")."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    number = tokens.at(mention.start)
    if number < 3 or tokens.start[number] != mention.start or tokens.lower[number - 1] != "of":
        return False
    name = number - 2
    # (or after a possessive: "Manchester United's Class of 92 reunited", round 18)
    if not (
        tokens.text[name][:1].isupper()
        and tokens.text[name] not in COMMON_CAPITALIZED
        and (tokens.lower[name - 1] == "the" or tokens.tag[name - 1] == "POS")
    ):
        return False
    return number + 1 >= len(tokens) or tokens.pos[number + 1] not in ("NOUN", "PROPN", "NUM")


def _is_wholly(text: str, mention: NumberMention) -> bool:
    """ "100% fit", "100 per cent committed", "gave it 110 per cent": a whole (or more than
    whole) percent that says "wholly", not a share (not "100% renewable power", "rose
    100%", "gave 100% of its profits")."""
    if not mention.percent or mention.value < 100 or mention.value % 10:
        return False
    word = _WORD_AFTER.match(text, mention.end)
    if mention.value == 100 and word is not None and word.group(1).lower() in WHOLLY_PERCENT_WORDS:
        return True
    given = _GIVEN_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    return given is not None and not _OF_AFTER.match(text, mention.end)


def _names_a_resolution(text: str, mention: NumberMention) -> bool:
    """ "a 4K camera", "8K TVs": one digit glued to a capital K before the noun of a
    picture names its resolution (not "$50K", a sum in thousands)."""
    if mention.currency or not _RESOLUTION.fullmatch(mention.text):
        return False
    word = _WORD_AFTER.match(text, mention.end)
    return word is not None and word.group(1).lower() in RESOLUTION_NOUNS


# "112 off 98 balls", "187 in 52.3 overs": runs, then the balls or overs they took
_OFF_THE_BALLS_AFTER = re.compile(r"\s+(?:off|from|in)\s+\d+(?:\.\d)?\s+([a-z]+)\b")


def _scored_off_the_balls(text: str, mention: NumberMention, end: int) -> bool:
    """ "Smith made 112 off 98 balls", "bowled out for 187 in 52.3 overs": a bare number
    told with the balls or overs it came from is a score in runs (the parser may hang
    both numbers on the balls)."""
    if mention.currency or mention.percent or mention.spelled or end != mention.end:
        return False
    detail = _OFF_THE_BALLS_AFTER.match(text, end)
    return detail is not None and detail.group(1) in BALLS_FACED_NOUNS


def _names_a_road_race(text: str, mention: NumberMention) -> bool:
    """ "a 10K run", "a 5k charity walk", "the 50K ultra": digits glued to a "K" before the
    noun of a road race or a walk give its distance in thousands of metres, which names the
    event (not "a 60k crowd", "a £90k salary": thousands of people or of money)."""
    if mention.currency or mention.text[-1:] not in ("K", "k") or not mention.text[:1].isdigit():
        return False
    word = _WORD_AFTER.match(text, mention.end)
    return word is not None and word.group(1).lower() in ROAD_RACE_NOUNS | RACE_EVENT_NOUNS


_SCRIPTURE_NUMBERS = frozenset({"1", "2", "3"})
_CAPITALIZED_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _names_a_book_of_scripture(text: str, mention: NumberMention) -> bool:
    """ "1 Corinthians 13", "2 Samuel", "1 Kings 19": the number before a book of scripture
    that comes in parts is part of the book's name."""
    if mention.text not in _SCRIPTURE_NUMBERS:
        return False
    book = _CAPITALIZED_WORD_AFTER.match(text, mention.end)
    return book is not None and book.group(1).lower() in NUMBERED_SCRIPTURE_BOOKS


_HOME_PART_AFTER = re.compile(r"-([a-z]+)\s+[\w£$€]")
_HOME_PART_MAX = 12  # "a 46-bed ward" is a size the story tells
_STOREYS_MAX = 200  # the tallest towers have some 160 floors
_PLANNED_REACH = 60  # characters either side of a storey count read for a plan
_PLANNED_NEAR = re.compile(
    r"\b(?:" + "|".join(sorted(PLANNED_BUILDING_WORDS)) + r")\b", re.IGNORECASE
)


def _describes_a_home_s_rooms(text: str, mention: NumberMention) -> bool:
    """ "a three-bedroom semi", "a four-bed terrace", "a 2-storey extension": a small number
    of rooms or floors in a compound before the noun of a home says what kind of home it
    is, not how many of anything the story counts (not "a 46-bed ward", "three bedrooms")."""
    if mention.currency or mention.percent or mention.value > _STOREYS_MAX:
        return False
    part = _HOME_PART_AFTER.match(text, mention.end)
    if part is None:
        return False
    if part.group(1) in STOREY_NOUNS:
        # "the 12-storey block", "a 40-storey tower": the building's kind (round 26), but
        # the height of one proposed, approved or refused is what the story weighs ("A
        # 14-storey tower proposed for the marina")
        return mention.value <= _HOME_PART_MAX or not _PLANNED_NEAR.search(
            text[max(0, mention.start - _PLANNED_REACH) : mention.end + _PLANNED_REACH]
        )
    if mention.value > _HOME_PART_MAX:
        return False
    if part.group(1) in ROOMED_HOME_PART_NOUNS:
        # "a four-room flat", "a five-room HDB flat": the rooms of a home name its type
        # (Singapore's flats are sold by it), not "a 30-room hotel", a size of a business
        home = _HOME_NOUN_AFTER_ROOMS.match(text, part.end(1))
        return home is not None and (home.group(1) or home.group(2)).lower() in HOME_KIND_NOUNS
    return part.group(1) in HOME_PART_NOUNS


_KIND_MARK_MAX = 30  # the gauges of shotguns run to 28
_BUILD_PART_AFTER = re.compile(r"-([a-z]+)(?:-drive\b|\s+([a-z]+)\b)")


# "the 1-in-100-year flood", "a one-in-50-year storm": how rare an event is, a name for
# its kind, not a count or a share the story tells.
_RETURN_PERIOD_AFTER = re.compile(r"-in-(?:an?-)?[\w,.]+-years?\b", re.IGNORECASE)
# "for four generations", "five generations of the Okafor family": a lineage's length.
_COUNTED_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)\b")


def _tells_a_return_period_or_a_lineage(text: str, mention: NumberMention) -> bool:
    """ "the 1-in-100-year flood", "held by the family for four generations": how rare an
    event is, or how many generations a family or a body goes back, is its kind or its
    history, never a figure of the story (round 21)."""
    if mention.currency or mention.percent:
        return False
    if _RETURN_PERIOD_AFTER.match(text, mention.end):
        return True
    word = _COUNTED_WORD_AFTER.match(text, mention.end)
    return word is not None and word.group(1).lower() in LINEAGE_NOUNS


def _describes_a_vehicle_s_build(text: str, mention: NumberMention) -> bool:
    """ "a five-seat electric estate", "an eight-speed gearbox", "a four-cylinder engine",
    "a five-door hatchback", "four-wheel drive": a small number of seats, doors, gears or
    cylinders in a compound before a noun says what kind of vehicle or machine it is, not
    how many of anything the story counts (not "a five-seat majority", an election's
    margin, nor "a 46-seat coach", a size the story tells)."""
    if mention.currency or mention.percent:
        return False
    part = _BUILD_PART_AFTER.match(text, mention.end)
    if part is None:
        return False
    if part.group(1) in KIND_MARK_PART_NOUNS:  # round 21: "a 12-bore shotgun", "a 20-gauge
        return mention.value <= _KIND_MARK_MAX  # cartridge", "a three-line whip" mark a kind
    if part.group(1) not in VEHICLE_BUILD_PART_NOUNS or mention.value > _HOME_PART_MAX:
        return False
    return part.group(2) is None or part.group(2) not in ELECTORAL_MARGIN_NOUNS


# the home noun after "-room", or past an acronym before it ("five-room HDB flat")
_HOME_NOUN_AFTER_ROOMS = re.compile(r"\s+(?:([a-z]+)\b|[A-Z]{2,5}\s+([a-z]+)\b)")


_HOME_WITH_BEFORE = re.compile(r"\b([a-z]+)\s+with\s+(?:[a-z\d]+\s+(?:or|to)\s+)?$")
_HOUSEHOLD_MEMBERS_AFTER = re.compile(r"(?:\s+(?:or|to)\s+(?:more|fewer|[a-z]+|\d+))?\s+([a-z]+)\b")
_HOUSEHOLD_SIZE_MAX = 6  # "a family home with 12 people" is a story's own count
_HOUSEHOLD_BILL = re.compile(r"[£$€]|\b(?:pay|pays|paid|bill|bills|use|uses)\b", re.IGNORECASE)
_HOUSEHOLD_BILL_WINDOW = 120


def _describes_a_household_s_size(text: str, mention: NumberMention) -> bool:
    """ "a large home with five or more people", "a flat with one or two occupants": a
    small count after "with" that follows the noun of a home, counting who lives there,
    tells which household a bill is for, not a figure of the story."""
    if mention.currency or mention.percent or mention.value > _HOUSEHOLD_SIZE_MAX:
        return False
    before = _HOME_WITH_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if before is None or before.group(1) not in HOME_KIND_NOUNS:
        return False
    after = _HOUSEHOLD_MEMBERS_AFTER.match(text, mention.end)
    if after is None or after.group(1) not in HOUSEHOLD_MEMBER_NOUNS:
        return False
    # (a bill's household: what it pays or uses follows in the sentence, not "a care home
    # with six residents was evacuated")
    rest = text[after.end() : after.end() + _HOUSEHOLD_BILL_WINDOW].split(".")[0]
    return bool(_HOUSEHOLD_BILL.search(rest))


def _opens_a_name_with_a_span(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "the 10 Year Health Plan", "30 Hours Free Childcare", "its 5 Year Fixed Saver":
    digits, then a capitalized span of time that hangs on a capitalized word after it,
    open the name of a plan, a scheme or a product (not "for 10 years", nor a title-case
    line's "Jailed For 12 Years In 2019", where no name follows the span)."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    number = tokens.at(mention.start)
    span, name = number + 1, number + 2
    if number < 0 or name >= len(tokens) or tokens.start[number] != mention.start:
        return False
    word, following = tokens.text[span], tokens.text[name]
    if not (word[:1].isupper() and following[:1].isupper()):
        return False
    if following.lower() in TITLE_CASE_MINOR_WORDS or not is_duration(unit_name(word)):
        return False
    return (
        tokens.head[number] >= span
        and tokens.head[span] >= name
        and _in_a_story_line(text, mention)
    )


def _opens_a_work_s_title(tokens: Tokens, mention: NumberMention) -> bool:
    """ "the song 99 Problems", "the musical 9 to 5", "her album 25 sold": digits right
    after the noun of a work or a named thing open its title, when a capitalized word, "to"
    and a number, or a verb follows (not "sang the song 40 times": a plural it counts)."""
    if mention.spelled or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    number = tokens.at(mention.start)
    if number < 1 or tokens.start[number] != mention.start or number + 1 >= len(tokens):
        return False
    if (  # the second number of "the musical 9 to 5"
        number >= 3
        and tokens.lower[number - 1] == "to"
        and tokens.pos[number - 2] == "NUM"
        and tokens.lower[number - 3] in NAMED_THING_NOUNS
    ):
        return True
    if _is_a_title_set_off_after_its_noun(tokens, number):
        return True
    if tokens.lower[number - 1] not in NAMED_THING_NOUNS or not tokens.text[number - 1].islower():
        return False
    after = number + 1
    if tokens.text[after][:1].isupper() or tokens.pos[after] in ("VERB", "AUX"):
        return True
    return (
        tokens.lower[after] == "to" and after + 1 < len(tokens) and tokens.pos[after + 1] == "NUM"
    )


_TITLE_REACH = 6  # tokens of a title set off by commas ("12 Rules for Young Leaders")


def _is_a_title_set_off_after_its_noun(tokens: Tokens, number: int) -> bool:
    """ "Her third album, 33 Revolutions, is out", "His new book, 12 Rules for Leaders,
    sold": digits that open a capitalized title set off by commas after the noun of a work
    (the comma that closes it within a few words) are the title's first word."""
    if (
        number < 2
        or tokens.lower[number - 1] != ","
        or tokens.lower[number - 2] not in NAMED_THING_NOUNS
        or not tokens.text[number - 2].islower()
        or not tokens.text[number + 1][:1].isupper()
    ):
        return False
    if tokens.ent[number + 1] == "NORP":
        return False  # "The ship, 12 Irish crew on board,": a count of people
    for index in range(number + 2, min(number + 2 + _TITLE_REACH, len(tokens))):
        if tokens.lower[index] == ",":
            return True
        if not (tokens.text[index][:1].isupper() or tokens.lower[index] in ORG_CONNECTORS):
            return False
    return False


def _is_goals_and_behinds(text: str, mention: NumberMention) -> bool:
    """ "Collingwood 12.8 (80)": an Australian football tally of goals and behinds before
    its total in brackets (six points a goal, one a behind); the total is the score."""
    tally = _GOALS_BEHINDS.fullmatch(mention.text)
    total = _BRACKETED_TOTAL.match(text, mention.end)
    if tally is None or total is None:
        return False
    goals, behinds = int(tally.group(1)), int(tally.group(2))
    return goals * 6 + behinds == int(total.group(1))


def _names_a_denomination(text: str, mention: NumberMention) -> bool:
    """ "the new £5 note", "a 50p coin", "a counterfeit $20 bill": a sum before the noun of
    a note or coin names the denomination, not an amount (not "a £200 bill": "bill" only
    after a dollar sum of a note's size)."""
    if mention.percent or mention.value >= 1000:
        return False
    noun = _DENOMINATION_AFTER.match(text, mention.end)
    if noun is None or (noun.group(1) is not None) == (mention.currency is not None):
        return False  # a glued "p" or "c" when no currency sign, none after a sign
    word = noun.group(2).lower()
    if word in DENOMINATION_NOUNS:
        return True
    return (
        word in DOLLAR_BILL_NOUNS
        and mention.currency == "USD"
        and mention.value in _DOLLAR_NOTE_SIZES
    )


def _is_dialled(text: str, mention: NumberMention) -> bool:
    """ "call 111", "a 999 call", "a neighbor called 911", "phoned 999", "triple zero
    (000)": a number someone dials, not a quantity (not "called 420 voters": a round
    number after a call verb counts)."""
    if _PHONE_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return True
    if _is_dial_code(mention) and _CALL_ON_BEFORE.search(
        text, max(0, mention.start - 48), mention.start
    ):
        return True  # "Contact police on 101", "call the NHS on 111"
    if mention.text.isdigit() and len(mention.text) > 1 and mention.value == 0:
        return True  # "000": zeros alone count nothing
    return (
        _is_dial_code(mention)
        and not _CALLS_TAKEN_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        and bool(
            _DIALLED_AFTER.match(text, mention.end)
            or (
                _SIDE_THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
                and _NAMED_SERVICE_AFTER.match(text, mention.end)
            )
            or _DIAL_VERB_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        )
    )


def _is_dial_code(mention: NumberMention) -> bool:
    """Three digits, no grouping: the shape of an emergency or service number (999,
    911, 112, 101, 111); never a round number ("more than 300 calls" counts calls)."""
    return len(mention.text) == 3 and mention.text.isdigit() and mention.value % 10 != 0


def _is_label(tokens: Tokens, mention: NumberMention) -> bool:
    """ "on page 14", "in paragraph 212 of chapter 9", "quoting incident 447", "the number
    38 bus": a number after a bare singular noun it names (English counts before the
    noun), not "a record 48,000" (an article makes the noun an amount's description)."""
    if mention.currency or mention.percent:
        return False
    number = tokens.at(mention.start)
    noun = number - 1
    if noun < 0 or tokens.start[number] != mention.start:
        return False
    if mention.spelled:
        return False
    # "Flight 370 vanished", "Gate 12 closes": the noun opens its sentence, capitalized
    opens = tokens.sent_starts[tokens.sent[noun]] == noun
    if noun < 1 and not opens:
        return False
    if tokens.lower[noun] == "number":  # "the number 38 bus", not a ranking "world number 6"
        return number + 1 < len(tokens) and tokens.pos[number + 1] == "NOUN"
    if tokens.head[number] != noun or tokens.lower[noun] in SCALE_READING_NOUNS:
        return False  # "a quake of magnitude 6.2": a reading on a scale (round 19)
    return (
        tokens.tag[noun] == "NN"
        and (tokens.text[noun].islower() or (opens and tokens.text[noun].istitle()))
        and tokens.end[noun] + 1 == mention.start
        and (
            opens or (tokens.pos[noun - 1] not in ("DET", "PRON") and tokens.tag[noun - 1] != "POS")
        )
    )


def _ends_a_list_of_labels(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Wards 5 and 6 reopened", "Lots 12 and 14 sold", "Holes 23 to 27 tested": a plural
    noun right before a number makes the numbers after it labels (English counts before
    the noun), the last of the list too (round 18; not "between 5 and 6 per cent")."""
    if mention.currency or mention.percent or mention.spelled:
        return False
    number = tokens.at(mention.start)
    if number < 2 or tokens.start[number] != mention.start:
        return False
    if tokens.dep[number] not in ("conj", "appos"):
        return False
    first = number - 2  # "5 and 6", "23 to 27"
    if tokens.lower[first + 1] not in ("and", "or", "to") or tokens.pos[first] != "NUM":
        return False
    noun = first - 1
    return (
        noun >= 0
        and tokens.tag[noun] in ("NNS", "NNPS")
        and tokens.end[noun] + 1 == tokens.start[first]
        and tokens.head[number] in (first, noun)
        and tokens.head[first] in (noun, number)
    )


def _tells_of_drilling(tokens: Tokens) -> bool:
    """A story of drilling (mining or oil exploration: "drilling", "the drill rig",
    "assays", "boreholes"): its holes are drilled, and counting them is news, not the
    holes of a round of golf (round 18). One pass over the article's lemmas. The verb
    counts when holes are what it drills ("The firm drilled 27 holes", round 19), not
    "drilled the ball into the net"."""
    return any(
        lemma in DRILLING_LEMMAS
        and (
            tokens.pos[i] == "NOUN"
            or lemma not in ("drill", "drilling")
            or any(
                tokens.dep[c] == "dobj" and tokens.lower[c] in DRILLED_HOLE_NOUNS
                for c in tokens.children[i]
            )
        )
        for i, lemma in enumerate(tokens.lemma)
    )


def _names_the_noun_after(tokens: Tokens, mention: NumberMention) -> bool:
    """ "its 747 fleet", "the 42 bus", "its 777 programme": a number before a singular
    noun names the thing (English counts with a plural), not "its 300 staff", a noun
    counted without a plural ending."""
    if mention.spelled or mention.currency or mention.percent:
        return False
    if not mention.text.replace(",", "").isdigit():
        return False
    number = tokens.at(mention.start)
    noun = number + 1
    if number < 1 or noun >= len(tokens) or tokens.end[number] != mention.end:
        return False
    # "The 737 Max order", "the 1,000 Guineas winner": a capitalized name between the
    # number and the singular noun is the model or event the number opens (round 18;
    # not "the 12 Premier League clubs", a plural counted)
    while (
        noun + 1 < len(tokens)
        and tokens.pos[noun] == "PROPN"
        and tokens.text[noun][:1].isupper()
        and tokens.text[noun] not in MONTHS | WEEKDAYS
        and canonical_unit(tokens.text[noun]) is None
    ):
        noun += 1
    if noun == number + 1 and not mention.text.isdigit():
        return False
    # (the noun may be the first of a compound: "the 42 bus face" names, "the 40 bus
    # routes" counts the routes)
    plural_after = noun + 1 < len(tokens) and tokens.tag[noun + 1] in ("NNS", "NNPS")
    return (
        mention.value > 1
        and tokens.dep[number] == "nummod"
        and not plural_after
        and tokens.tag[noun] == "NN"
        and tokens.text[noun].islower()
        and tokens.lower[noun] not in UNMARKED_PLURAL_NOUNS
        and canonical_unit(tokens.text[noun]) is None
        and tokens.lower[number - 1] in DEFINITE_DETERMINERS
    )


def _names_a_numbered_stage(tokens: Tokens, mention: NumberMention) -> bool:
    """ "a phase 2 inquiry", "tier 3 restrictions", "year 9 pupils": digits right after a
    noun of steps or classes that they hang on, or that shares their head, name the step
    (not "at that stage 40 homes had flooded", where the noun ends its own phrase)."""
    if mention.currency or mention.percent:
        return False
    number = tokens.at(mention.start)
    noun = number - 1
    if noun < 0 or tokens.start[number] != mention.start:
        return False
    if tokens.lower[noun] in NUMBERED_DAY_NOUNS and tokens.end[noun] + 1 == mention.start:
        # "On day three of the trial", "Day 12 of the strike", "in week six": the
        # number hangs on the noun it follows and names one day of a run (round 23)
        # (or, read as a subject, before "of the": "day three of the clean-up", when the
        # noun has no article: not "a day three of the men were missing")
        bare = (
            noun == 0
            or tokens.sent[noun - 1] != tokens.sent[noun]
            or (
                tokens.tag[noun - 1] not in ("DT", "PDT", "CD", "PRP$")
                and tokens.lower[noun - 1] != "per"
            )
        )
        of_the = (
            number + 2 < len(tokens.lower)
            and tokens.lower[number + 1] == "of"
            and tokens.tag[number + 2] in ("DT", "PRP$")
        )
        return (tokens.head[number] == noun and tokens.dep[number] == "nummod") or (bare and of_the)
    if mention.spelled:
        return False
    labels = NUMBERED_STAGE_NOUNS | DOCUMENT_PART_NOUNS
    if tokens.lower[noun] not in labels or tokens.end[noun] + 1 != mention.start:
        return False
    head = tokens.head[number]
    # "had stage 4 cancer", "had stage 3 kidney disease": the parser may hang the named
    # thing on the stage noun
    # "the section 60 order", "the series 11 winner": the parser may hang the named
    # singular noun right after the number elsewhere (not "at that stage 40 homes")
    return (
        head == noun
        or head == tokens.head[noun]
        or (head > number and tokens.head[head] == noun)
        or (
            head == number + 1
            and tokens.tag[head] == "NN"
            and noun > 0
            and (tokens.lower[noun - 1] in ("the", "a", "an") or tokens.pos[noun - 1] == "PROPN")
        )
    )


def _names_a_service(tokens: Tokens, mention: NumberMention) -> bool:
    """ "the 38 bus", "the 7.15 train from Leeds", "the 101 freeway": digits right before
    the singular noun of a service or road they hang on name it (not "the 38 buses")."""
    if mention.currency or mention.percent or mention.spelled or mention.value == 1:
        return False
    number = tokens.at(mention.start)
    noun = number + 1
    if number < 1 or noun >= len(tokens) or tokens.start[number] != mention.start:
        return False
    return (
        tokens.head[number] == noun
        and tokens.tag[noun] == "NN"
        and tokens.lower[noun] in NUMBERED_SERVICE_NOUNS
        and tokens.lower[number - 1] == "the"
    )


# "three miles (", "two kilometres (about ": a spelled amount with its unit, then a bracket.
_UNIT_WORDS_THEN_BRACKET = re.compile(
    r"(?P<words>(?:[\s-]+[A-Za-z°][A-Za-z°.]*){1,3})\s*\((?:" + _BRACKET_HEDGES + r")?"
)


def _conversions_of_spelled_amounts(text: str, numbers: list[NumberMention]) -> set[int]:
    """The starts of amounts that restate, in brackets, a spelled amount told in a unit
    just before ("about three miles (5km)", "two miles (3.2km)"); not a part of
    a count ("nine ferries (4 for export)": ferries are no unit)."""
    starts = set()
    for before, after in pairwise(numbers):
        if not before.spelled or before.currency or before.percent:
            continue
        gap = _UNIT_WORDS_THEN_BRACKET.fullmatch(text, before.end, after.start)
        if gap is None or not _BRACKET_CLOSES.match(text, after.end):
            continue
        if any(canonical_unit(word) is not None for word in gap.group("words").split()):
            starts.add(after.start)
    return starts


# "68.3 points, or ", "58p, or about ": a move, then the same move as a share.
_MOVE_THEN_OR = re.compile(
    r"[A-Za-z]*(?:\s+[A-Za-z]+)?\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?"
)


# "1.2% at ", "0.6% lower at ", "31.2 points, at ": a move, then the level it left.
_MOVE_THEN_AT = re.compile(r"[A-Za-z]*(?:\s+(?:higher|lower|up|down))?,?\s+at\s+")
_CHANGE_IN = re.compile(r"^(?:" + "|".join(sorted(set(CHANGE_NOUNS.values()))) + r")\s+in\s+")


def _level_after_a_move(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "The Nikkei closed up 1.2% at 39,104", "was up 0.2% at 104.6": a bare number
    right after a move in the same clause, joined by "at", is the level the moving thing
    stood at: the level of what the move measures; or ""."""
    if not figures or not figures[-1].measures or figures[-1].unit not in ("percent", "points"):
        return ""
    if _MOVE_THEN_AT.fullmatch(text, figures[-1].end, start) is None:
        return ""
    return "level of " + _CHANGE_IN.sub("", figures[-1].measures)


# ", or " between a price and a second one in the same currency; what the second is for
# ("for students", "if paid within 14 days", "with a railcard"), to the clause's end.
_OR_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,2}\s*,?\s+or\s+$")  # "rupiah each, or"
_FOR_WHOM_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+((?:for|if|with|when|under|on)\s+[^.,;:!?()\"“”]{2,60})"
)


def _price_for_others(text: str, start: int, end: int, figures: list[FoundFigure]) -> str:
    """ "Entry is €10, or €5 for students", "A$12, or A$7 for concession holders": a
    price right after another in the same currency, joined by "or", is the same charge
    for other payers: the first's measure with whom it is for; or "" (round 19)."""
    if not figures or not figures[-1].measures or not _is_money(figures[-1]):
        return ""
    before = figures[-1]
    if _OR_BETWEEN.fullmatch(text, before.end, start) is None:
        return ""
    whom = _FOR_WHOM_AFTER.match(text, end)
    if whom is None:
        return ""
    return f"{before.measures} {' '.join(whom.group(1).split())}"


def _share_as_the_agent(tokens: Tokens, start: int, end: int) -> str:
    """ "Nausea was reported by 12% of patients", "Rashes were reported by 6% of those
    taking it": a share that is the agent of a passive verb did what the verb tells to
    its subject: "who reported nausea"; "" otherwise (round 20)."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    root, _ = found
    for _ in range(3):  # "by 12% of patients on it and 4% of those given the placebo"
        if tokens.dep[root] != "conj" or tokens.head[root] == root:
            break
        root = tokens.head[root]
    by = tokens.head[root]
    if tokens.dep[root] != "pobj" or tokens.lower[by] != "by" or tokens.dep[by] != "agent":
        return ""
    verb = tokens.head[by]
    if tokens.tag[verb] != "VBN" or not tokens.lower[verb].endswith("ed"):
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubjpass"]
    if len(subjects) != 1 or tokens.pos[subjects[0]] not in ("NOUN", "PROPN"):
        return ""
    subject = subjects[0]
    kept = [
        c for c in tokens.children[subject] if c < subject and tokens.dep[c] in ("amod", "compound")
    ]
    kept.append(subject)
    kept += [c for c in tokens.children[subject] if tokens.dep[c] in ("cc", "conj") and c > subject]
    words = [
        tokens.text[i]
        if tokens.pos[i] == "PROPN" and tokens.sent_starts[tokens.sent[i]] != i
        else tokens.lower[i]
        for i in kept
    ]
    return _joined(["who", tokens.lower[verb], *words])


# "That is another £90", "It's an extra £200", "That works out at £45": a sum said of a
# pronoun by "is" or a verb of amounting, maybe told as more (round 20).
_COST_SAID_OF_BEFORE = re.compile(
    r"\b(?:that|this|it)(?:\s+is|\s+was|'s|’s|\s+works\s+out\s+at|\s+comes\s+to"
    r"|\s+equates\s+to|\s+amounts\s+to)\s+(?P<more>(?:another|an\s+extra|an\s+additional"
    r"|a\s+further)\s+)?(?:(?:about|around|roughly|nearly|almost|over|some)\s+)?$",
    re.IGNORECASE,
)
_COST_RATE_AFTER = re.compile(r"\s+(?:a|an|per|every)\s+(year|month|week|day|night|dose)\b")
_COST_FOR_AFTER = re.compile(r"\s+((?:per|for|on|to)\s+[^.,;:!?()\"“”]{2,40}?)(?=[.,;:!?()\"“”]|$)")
_COMPARED_AFTER = re.compile(r"\s+(?:more|less|cheaper|dearer|higher|lower|up|down|than)\b")
_THIN_COST_WORDS = frozenset(
    {"is", "was", "'s", "’s", "per", "works", "work", "out", "at", "comes", "to", "equates"}
    | {"amounts", "year", "month", "week", "day", "night", "dose", "every"}
    | {f"{p}{s}" for p in ("that", "it", "this") for s in ("'s", "’s")}
)


def _cost_said_of_that(text: str, start: int, end: int, measures: str) -> str:
    """ "That is another £90 a month", "It is an extra £200 a year on our bills", "That
    works out at £45 a week": a sum said of "that", "this" or "it", whose measure read so
    far is only those words, is a cost ("extra cost" when told as more), per the period
    and for whom the words after it name; "" otherwise ("That is £15 more than last
    year" is a difference, left to the comparison) (round 20)."""
    words = {w.casefold().strip(",.") for w in measures.split()}
    if words - FURTHER_AMOUNT_WORDS - POINTING_BACK_PRONOUNS - _THIN_COST_WORDS:
        return ""
    said = _COST_SAID_OF_BEFORE.search(text, max(0, start - 48), start)
    if said is None:
        return ""
    after = end
    rate = _COST_RATE_AFTER.match(text, after)
    if rate is not None:
        after = rate.end()
    if _COMPARED_AFTER.match(text, after):
        return ""
    whom = _COST_FOR_AFTER.match(text, after)
    return _joined(
        [
            "extra" if said.group("more") else "",
            "cost",
            f"per {rate.group(1).lower()}" if rate is not None else "",
            " ".join(whom.group(1).split()) if whom is not None else "",
        ]
    )


_MORE_OF_AN_AMOUNT_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+(?:extra|additional|further))\s+$"
)


def _more_of_the_one_before(text: str, figure: FoundFigure, figures: list[FoundFigure]) -> str:
    """ "The bank pledged $20 million in aid and said a further $20 million could
    follow": an amount told as "a further" or "another" one, whose own measure is only
    those words and a verb of speech, is more of what the amount of the same kind just
    before it in the sentence measures ("further aid pledged by bank"); or "" (round 19)."""
    words = {w.casefold() for w in figure.measures.split()}
    if words - FURTHER_AMOUNT_WORDS - SPEECH_VERBS:
        return ""  # the figure names its own measure ("another 2,000 tents")
    before = figures[-1]
    if (
        before.unit != figure.unit
        or not before.measures
        or _SENTENCE_END.search(text, before.end, figure.start)
    ):
        return ""
    measured = before.measures.split()
    if measured and measured[0].casefold() == "further":
        measured = measured[1:]
    return " ".join(["further", *measured])


def _move_restated_as_share(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "closed down 68.3 points, or 0.9%", "lost 58p, or 4.7%, to 1,176p": a share right
    after a move in points, pence or money, joined by ", or", is that move as a share and
    measures what it measures; or ""."""
    if not figures or figures[-1].unit == "percent" or not figures[-1].measures:
        return ""
    if _MOVE_THEN_OR.fullmatch(text, figures[-1].end, start) is None:
        return ""
    return figures[-1].measures


def _unit_told(restated: re.Match[str]) -> str | tuple[str, str] | None:
    """The currency or unit an amount before a restatement is told in, in the form the
    restated amount's is compared in (a currency code, or a unit's dimension and name)."""
    if restated.group("sign"):
        # "A$12, or A$7": the country prefix glued before the sign tells the dollar
        # (round 19; it read USD, and A$7 as the same sum restated)
        told = restated.string[max(0, restated.start("sign") - 2) : restated.end("sign")]
        prefixed = next(
            (
                CURRENCY_PREFIXES[prefix]
                for prefix in sorted(CURRENCY_PREFIXES, key=len, reverse=True)
                if told.endswith(prefix)
            ),
            None,
        )
        return prefixed or CURRENCY_SIGNS.get(restated.group("sign"))
    for word in restated.group("words").replace("-", " ").split():
        if word.lower() in CURRENCY_WORDS:
            return CURRENCY_WORDS[word.lower()]
        unit = canonical_unit(word)
        if unit is not None:
            return unit
    return None


def _is_spoken_small_number(mention: NumberMention, quoted: _Spans, text: str) -> bool:
    """ "three patients", "one quarter", "a third" inside someone's quoted words: a word
    of speech, not a figure the story reports (digits and large numbers in quotes are
    kept: "£6million of my own money", "fourteen hundred people"); "I've told them a
    hundred times", "I rang 12 times": a figure of speech."""
    if mention.currency or mention.percent or mention.start not in quoted:
        return False
    if _TIMES_AFTER.match(text, mention.end):  # "loved me 40 times a day"
        return True
    # "a million miles from it", "a thousand reasons": a round "a" number is a figure of
    # speech (not "£6million", "a million pounds": money is told as money).
    words = mention.text.lower().split()
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in HYPERBOLE_SCALES:
        return True
    return mention.spelled and mention.value < 100


_TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)
# "call 111", "ring 999", "text 60011": a number to dial, not a quantity.
# "a 999 call", "the 101 line", "911 dispatchers": the number dialled, not a quantity.
_DIALLED_AFTER = re.compile(
    r"\s+(?:calls?|callers?|lines?|numbers?|operators?|dispatchers?|services?)\b", re.IGNORECASE
)
# "the 101 non-emergency number", "the 101 online service", "the 111 helpline": after
# "the", one hyphened or kind word may stand before the service (round 17; not "hired
# 213 part-time operators", a count).
_NAMED_SERVICE_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+-[a-z]+|emergency|online|phone|text|free|freephone)\s+)?"
    r"(?:lines?|numbers?|services?|helplines?|hotlines?)\b"
)
# "Contact police on 101", "ring the helpline free on 116": whom to call, then the number.
_CALL_ON_BEFORE = re.compile(
    r"\b(?:call|ring|contact|phone|text|reach|reached|contacted)\s+(?:[\w’'-]+\s+){0,3}on\s+$",
    re.IGNORECASE,
)
_PHONE_BEFORE = re.compile(
    r"\b(?:call|calls|calling|ring|dial|dialled|dialed|text)\s+(?:on\s+)?$", re.IGNORECASE
)
# "747-8", "737-800", "777-300ER", "787-9s": a model number, its variant, a glued
# range code or plural.
_VARIANT_PAIR = re.compile(r"(?<![\w.,$£€/-])(\d{3})-(\d{1,3})(?:[A-Z]{1,3})?s?(?![\w-]|[.,]\d)")
# (or a maker's possessive, "Boeing's 737-9", or a count of the jets, "ordered 65 777-9 jets")
_VARIANT_OPENER_BEFORE = re.compile(
    r"(?:\b(?:an?|"
    + "|".join(sorted(DEFINITE_DETERMINERS))
    + r")|\b(?-i:[A-Z])[A-Za-z]*['’]s?|(?<![\d,.])\d{1,4})\s+$",
    re.IGNORECASE,
)
# "the carrier's 787-9", "three 787-9s": a possessive or a word (a count in words?) before.
_WORD_OPENER_BEFORE = re.compile(r"(?:\b[A-Za-z]+(['’]s?)|\b([A-Za-z]+))\s+$")
# "the Birmingham Six", "the Group of Seven": a capitalized word (and "of") before.
_GROUP_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*)\s+(?:of\s+)?$")
_LOWER_OR_STOP_AFTER = re.compile(r"(?:\s+[a-z]|[,.;:!?])")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
# What may stand before a word that opens a sentence, a quote or a line.
_OPENS_A_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\"“‘'(\n—–-])\s*$")
_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z]{4,}\b")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_GIVEN_BEFORE = re.compile(r"\b(?:give|gives|gave|given|giving)\s+(?:it\s+|everything\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
_RESOLUTION = re.compile(r"\dK")
_GOALS_BEHINDS = re.compile(r"(\d{1,2})\.(\d{1,2})")
_BRACKETED_TOTAL = re.compile(r"\s*\((\d{1,3})\)")
# "£5 note", "50p coin", "$20 bill": the noun right after a sum (a glued "p" or "c").
_DENOMINATION_AFTER = re.compile(r"([pc])?[\s-]+([A-Za-z]+)\b")
_DOLLAR_NOTE_SIZES = frozenset({1, 2, 5, 10, 20, 50, 100})
# "a neighbor called 911", "phoned 999": a past call verb before a number of the dialled
# shape (_is_dial_code).
_CALLS_TAKEN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(CALL_HANDLING_VERBS)) + r")\s+$", re.IGNORECASE
)
_DIAL_VERB_BEFORE = re.compile(r"\b(?:called|phoned|phone|rang)\s+$", re.IGNORECASE)


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


# "the 18th of ", "its third of ": a later ordinal told of a total right after it.
_LATER_ORDINAL_OF_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:\d+(?:st|nd|rd|th)|"
    + "|".join(sorted(LATER_ORDINAL_WORDS))
    + r")\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# No noun of its own after the total: the sentence ends or a time or a place follows.
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:this|last|next|so|in|at|on|for|since)\b", re.IGNORECASE
)


# "-capacity ground", "-seat east stand", "-seater stadium": a venue's size glued before
# it (up to two words between: "a 2,000-seat east stand", "the 32,000-capacity Vihar
# Stadium").
_VENUE_SIZE_AFTER = re.compile(
    r"-(?:"
    + "|".join(sorted(VENUE_SIZE_WORDS, key=len, reverse=True))
    + r")\s+(?:[\w'-]+\s+){0,2}?(?:"
    + "|".join(sorted(VENUE_NOUNS))
    + r")\b",
    re.IGNORECASE,
)


# "27 wickets at 19.4", "612 runs at an average of 51": the average the tally came at, a
# statistic of a career or a season; "lost three wickets at 150": the total on the way.
_AVERAGE_AT_BEFORE = re.compile(
    r"\b(?:wickets|runs)\s+at\s+(?:an\s+average\s+of\s+)?$", re.IGNORECASE
)


def _sizes_a_venue(text: str, m: NumberMention) -> bool:
    """ "A crowd of 27,000 at the 32,000-capacity ground", "where a new 2,000-seat east
    stand is due to open": the size of a sports ground told in passing, not a figure of
    the story (the crowd is; so are "1,150 seats" of a hall counted on their own)."""
    return not (m.currency or m.percent) and bool(_VENUE_SIZE_AFTER.match(text, m.end))


def _is_a_total_after_an_ordinal(text: str, m: NumberMention) -> bool:
    """ "The race was the 18th of 24 this season", "It was the third of four at
    Lingfield": a total after a later ordinal, sharing its noun, restates a calendar in
    passing. A total with a noun of its own ("the fifth of eight planned walkouts") and
    the first of a programme ("the first of 40 new hospitals") stay."""
    if m.currency or m.percent:
        return False
    return bool(
        _LATER_ORDINAL_OF_BEFORE.search(text, max(0, m.start - 30), m.start)
        and _NO_NOUN_AFTER.match(text, m.end)
    )


def _series_measure(text: str, start: int, after: str) -> str:
    """What a series standing is of: the words after it that name the series ("a 2-1
    lead in the five-match series"), else the clause before it ("Sri Lanka lead the
    three-match series 1-0")."""
    words = re.split(r"[,.;:!?]", after)[0].split()[:6]
    if not any(_SERIES.search(w) for w in words):
        words = re.split(r"[,;:]", _sentence_before(text, start))[-1].split()[-6:]
    return _joined(["series score:", *words])


def _is_bowling_figures(text: str, match: re.Match[str], first: int, second: int) -> bool:
    """ "Chidzikwe finished with 3-42 from his 10 overs", "Bhamre ... with 4-51": a
    bowler's wickets for runs, told with a hyphen; no side scores ten or fewer to more
    than ten told that way round, and what follows is no noun ("4-15 shooting")."""
    start, end = match.start(), match.end()
    if not first <= 10 < second:
        return False
    if _BOWLING_OVERS_AFTER.match(text, end):
        return True
    return bool(
        _BOWLING_BEFORE.search(text, max(0, start - 14), start)
        and _BOWLING_END_AFTER.match(text, end)
    )


def _is_passed_on_the_way(text: str, match: re.Match[str]) -> bool:
    """An innings total the story passes on the way to the result: "at 150 for two",
    "began the day on 171 for three", "were 88 for five when rain came", "143 for six with
    12 overs left" (but "ended on 276 for eight" is where the innings finished)."""
    start = match.start()
    if _ON_THE_WAY_BEFORE.search(text, max(0, start - 6), start):
        verb = _ENDED_ON_BEFORE.search(text, max(0, start - 40), start)
        return verb is None or verb.group(1).lower() not in INNINGS_END_VERBS
    if (
        _OVERS_LEFT_AFTER.match(text, match.end())
        or _PAUSE_AFTER.match(text, match.end())
        or _OVERNIGHT_AFTER.match(text, match.end())
    ):
        return True
    if _IN_AN_OVER_AFTER.match(text, match.end()) and _STATE_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True
    if _PAUSE_BEFORE.search(_sentence_before(text, start)):
        return True  # "At tea Wessex were 142 for four"
    return bool(
        _STATE_BEFORE.search(text, max(0, start - 8), start)
        and _PASSED_WHEN_AFTER.match(text, match.end())
    )


def _with_innings_measure(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """An innings tally measures its doer's total ("Vale posted 241 for six": Vale's
    total), unbeaten score ("Okafor made 112 not out") or bowling figures ("Lumb took five
    for 33": wickets for runs), the doer being the subject of the verb it hangs on."""
    # round 16b: "with 3-42" (wickets for runs by a hyphen) and "unbeaten on 78"
    hyphened = figure.unit == "wickets" and _SCORE.fullmatch(figure.text) is not None
    unbeaten = figure.unit == "runs" and figure.measures.endswith("unbeaten score")
    if not (hyphened or unbeaten) and (
        figure.unit != "score" or not _INNINGS_TALLY.fullmatch(figure.text)
    ):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    verb = inside.start
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    doer, _ = _subject_of(tokens, verb, inside)
    if doer is not None and tokens.dep[verb] == "relcl" and tokens.tag[doer] == "WP":
        doer = tokens.head[verb]  # "spinner Farai Chidzikwe, who finished with 3-42"
    if doer is None or tokens.pos[doer] == "PRON":
        return figure
    amounts = [n.value for n in find_numbers(figure.text)]
    if hyphened:
        what = "bowling figures"
    elif unbeaten:
        what = "unbeaten score"
    elif len(amounts) == 2 and amounts[0] <= 10 < amounts[1]:
        what = "bowling figures"
    elif _NOT_OUT.search(figure.text):
        what = "unbeaten score"
    else:
        what = "total"
    who = _noun_phrase(tokens, doer, inside, False)
    # ("The hosts ended on 312 for 9": "hosts' total", round 26)
    return replace(
        figure, measures=f"{_possessive(tokens, doer, who)} {what}" if who else figure.measures
    )


_ODDS_AFTER = re.compile(
    r"\s+(?:(?:" + "|".join(sorted(ODDS_MODIFIERS)) + r")[\s-]+)?"
    r"(?:" + "|".join(sorted(ODDS_NOUNS)) + r")\b",
    re.IGNORECASE,
)


def _scores(
    text: str, quoted: _Spans | None = None
) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """Scores and tallies: every one is taken out of the numbers; the first result score
    (a score in a sentence that reports a win, a defeat, a draw or a final) and every vote
    are kept as figures. Race times ("2:14:38") are kept as elapsed times in seconds."""
    found: list[FoundFigure] = []
    spans: list[tuple[int, int]] = []
    result_kept = series_kept = False
    for match in _SCORE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        bowling = _is_bowling_figures(text, match, first, second)
        if _PLAIN_RANGE_AFTER.match(text, match.end()) and second > first and not bowling:
            continue  # "10-15 people": a range, read as one with the numbers
        if text[max(0, match.start() - 1) : match.start()] == "-" or first > 200:
            continue
        spans.append(match.span())
        if _ODDS_AFTER.match(text, match.end()):
            continue  # "the 7-2 favourite", "a 33-1 outsider": a price, not a score
        sentence = _sentence_around(text, match.start(), match.end())
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 40]
        if bowling and not (quoted is not None and match.start() in quoted):
            who = _subject_before(text, match.start())
            found.append(
                FoundFigure(
                    match.group(),
                    match.start(),
                    match.end(),
                    first,
                    None,
                    "wickets",
                    _joined([who, "bowling figures"]) if who else "bowling figures",
                )
            )
            continue
        aggregate = _ON_AGGREGATE_AFTER.match(text, match.end())
        if aggregate and _SCORE_ON_THE_WAY_AFTER.match(text, aggregate.end()):
            continue  # "led 2-1 on aggregate at half-time": the tie on the way
        if aggregate and not (quoted is not None and match.start() in quoted):
            # "won 2-0 on the night and 3-1 on aggregate", "went through 4-2 on aggregate":
            # the result of a two-legged tie, told with or without a verb of winning and
            # beside the second leg's own score (round 26)
            # (past a first leg's score just before: "Sundowns won 2-0 on the night and")
            leg = _SCORE_IN_WINDOW.search(text, max(0, match.start() - 40), match.start())
            what = _subject_before(text, leg.start() if leg else match.start())
            measures = "aggregate score" + (f": {what}" if what else "")
            found.append(
                FoundFigure(
                    match.group(), match.start(), match.end(), first, None, "score", measures
                )
            )
            continue
        if _VOTE_WORDS.search(before + " " + after) or _CHAMBER_TALLY_BEFORE.search(before):
            measures = _subject_before(text, match.start()) or "vote"
            found.append(
                FoundFigure(
                    match.group(), match.start(), match.end(), first, None, "votes", measures
                )
            )
        elif (
            not result_kept
            and (
                _RESULT_WORDS.search(sentence)
                or (_ENDED_BEFORE.search(before) and not _HALF_OR_PAUSE.search(sentence))
            )
            and (quoted is None or match.start() not in quoted)
            # "Pike, who beat his neighbour 7-5 at bowls, said ...": a result in someone's
            # background, not the one the story reports
            and not _WHO_CLAUSE.search(_sentence_before(text, match.start()))
            # "led 1-0 at half-time but lost 3-1": the score on the way is not the result
            and not _SCORE_ON_THE_WAY_AFTER.match(text, match.end())
        ):
            result_kept = True
            what = _subject_before(text, match.start())
            measures = "final score" + (f": {what}" if what else "")
            found.append(
                FoundFigure(
                    match.group(), match.start(), match.end(), first, None, "score", measures
                )
            )
        elif (
            not series_kept
            and _SERIES.search(sentence)
            and (
                _SERIES_STANDING_AFTER.match(text, match.end())
                or _LEVEL_AT_BEFORE.search(text, max(0, match.start() - 40), match.start())
            )
            and (quoted is None or match.start() not in quoted)
        ):
            # "taking a 2-1 lead in the five-match series": where the series stands
            series_kept = True
            found.append(
                FoundFigure(
                    match.group(),
                    match.start(),
                    match.end(),
                    first,
                    None,
                    "score",
                    _series_measure(text, match.start(), after),
                )
            )
    for match in _DIGIT_TALLY.finditer(text):
        # "voted 312 to 287", "by 312 votes to 287": a vote in the Commons or a council.
        # the vote words before it ("voted 312 to 287") or in it ("by 41 votes to 12")
        if not _VOTE_WORDS.search(text, max(0, match.start() - 30), match.end()):
            continue
        if any(a <= match.start() < b for a, b in spans):
            continue
        spans.append(match.span())
        votes_for = float(match.group(1).replace(",", ""))
        measures = _subject_before(text, match.start()) or "vote"
        if measures.endswith(" by"):  # "The bill passed by 312 votes to 204" (round 19)
            measures = "vote by which " + measures.removesuffix(" by")
        # "by 2,110 votes to 1,204": the votes against are told with it, not lost (round 26)
        measures += f" ({match.group(1)} to {match.group(2)})"
        found.append(
            FoundFigure(
                match.group(), match.start(), match.end(), votes_for, None, "votes", measures
            )
        )
    for match in _INNINGS_TALLY.finditer(text):
        # "posted 241 for six", "took five for 33": runs for wickets, one score; a
        # score passed on the way ("at 150 for two") or quoted is no result.
        if any(a <= match.start() < b for a, b in spans):
            continue
        spans.append(match.span())
        if _is_passed_on_the_way(text, match) or (quoted is not None and match.start() in quoted):
            continue
        found.append(
            FoundFigure(
                match.group(),
                match.start(),
                match.end(),
                find_numbers(match.group(1))[0].value,
                None,
                "score",
                _subject_before(text, match.start()) or "score",
            )
        )
    for match in _UNBEATEN_ON.finditer(text):
        if any(a <= match.start(1) < b for a, b in spans) or (
            quoted is not None and match.start() in quoted
        ):
            continue
        spans.append(match.span(1))
        found.append(
            FoundFigure(
                match.group(1),
                match.start(1),
                match.end(1),
                float(match.group(1)),
                None,
                "runs",
                _joined([_subject_before(text, match.start()), "unbeaten score"]),
            )
        )
    for match in _WORD_TALLY.finditer(text):
        spans.append(match.span(1))  # "voted six to three": a tally in words, not two counts
    for match in _NOT_FIGURES.finditer(text):
        elapsed = elapsed_seconds(match.group())
        if elapsed is not None and not _CLOCK_AFTER.match(text, match.end()):
            spans.append(match.span())
            if _run_in_a_past_year(text, match.start(), match.end()):
                continue
            what = _subject_before(text, match.start()) or "time"
            found.append(
                FoundFigure(
                    match.group(),
                    match.start(),
                    match.end(),
                    elapsed,
                    None,
                    "seconds",
                    what,
                )
            )
    _glued_and_spelled_race_times(text, quoted, found, spans)
    return found, spans


# ", who ran 3min 55sec for the mile in 1988,": a "who" clause that dates its time.
_YEAR_IN_CLAUSE_AFTER = re.compile(r"[^,.;:!?]{0,60}?\b(?:19|20)\d{2}\b")


def _run_in_a_past_year(text: str, start: int, end: int) -> bool:
    """ "Her coach, Ray Sturt, who ran 3min 55sec for the mile in 1988, said": a time in
    a "who" clause that a year dates is the person's background, not the story's race."""
    return bool(
        _WHO_CLAUSE.search(_sentence_before(text, start)) and _YEAR_IN_CLAUSE_AFTER.match(text, end)
    )


# "two hours, nine minutes and 12 seconds", "1 hour 28 minutes 41 seconds": a race time
# in three spelled units (its value from spoken_value).
_THREE_PART_TIME = re.compile(
    r"(?<![\w-])[\w-]+\s+hours?,?\s+[\w-]+\s+minutes?(?:,?\s+and\s+|,?\s+)"
    r"\d{1,2}(?:\.\d{1,3})?\s+seconds?\b|"
    r"(?<![\w-])[\w-]+\s+hours?,?\s+[\w-]+\s+minutes?(?:,?\s+and\s+|,?\s+)"
    r"[a-z-]+\s+seconds?\b",
    re.IGNORECASE,
)


def _glued_and_spelled_race_times(
    text: str,
    quoted: _Spans | None,
    found: list[FoundFigure],
    spans: list[tuple[int, int]],
) -> None:
    """Race times the number finder reads as loose numbers: glued abbreviations
    ("3min 58.21sec", "2hr 9min 12sec", "10.08sec") and three spelled units ("two hours,
    nine minutes and 12 seconds"). Each is one elapsed time in seconds, added to `found`
    (unless quoted: a time in someone's words is their story) and its span to `spans`, so
    that its numbers are not read again one by one."""
    times: list[tuple[int, int, float]] = []
    for match in GLUED_RACE_TIME.finditer(text):
        seconds = glued_race_seconds(match)
        if seconds is not None:
            times.append((match.start(), match.end(), seconds))
    for match in _THREE_PART_TIME.finditer(text):
        seconds = spoken_value(match.group())
        if seconds is not None:
            times.append((match.start(), match.end(), seconds))
    for start, end, seconds in sorted(times):
        if any(a <= start < b or start <= a < end for a, b in spans):
            continue
        spans.append((start, end))
        if (quoted is not None and start in quoted) or _run_in_a_past_year(text, start, end):
            continue
        what = _subject_before(text, start) or "time"
        found.append(FoundFigure(text[start:end], start, end, seconds, None, "seconds", what))


# Words that make an age the news: a death, an obituary.
_DEATH_BEFORE = 50  # "died on Sunday, aged 82"
_DEATH_AFTER = 20  # "Jane Roe, 40, died"
_AGED_WORD_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
_DEATH_WORDS = re.compile(r"\b(?:died|dies|death|dead|passed away|obituary)\b", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"^-year-old(?:\s+(?:[A-Z]|(?:man|woman|boy|girl|mother|father|son|daughter|driver|"
    r"victim|pensioner|teenager|grandmother|grandfather|mum|dad|wife|husband|suspect|"
    r"student|worker|resident|player|footballer|actor|actress|singer|star)\b)|"
    # "her two-year-old spaniel Bella", "his 12-year-old son Sam": a named being
    r"\s+[a-z]+\s+[A-Z][a-z]+\b(?!\s+(?:said|says|told))|\s*$|[,.]|"
    r"\s+(?:was|is|has|had|who|and|from|of|in|died|said|says|told|[a-z]+ed|"
    + "|".join(sorted(IRREGULAR_PAST_VERBS))
    + r")\b)"
)


_INFANT_AGE_AFTER = re.compile(r"-(?:month|week|day)-old\b")


def _is_age_in_passing(
    text: str,
    mention: NumberMention,
    unit: str | None,
    measures: str,
    tokens: Tokens | None = None,
) -> bool:
    """ "Jane Roe, 34, said", "the 27-year-old man": an age that only describes a person.
    An age is news where the story is a death; an inanimate thing's age ("a 90-year-old
    bridge") is kept. A baby's age in months, weeks or days reads the same ("her
    18-month-old son", round 19)."""
    infant = _INFANT_AGE_AFTER.match(text, mention.end)
    if infant is None and (unit != "years" or not measures.startswith("age of")):
        return False
    # A death near the age is the person's: "Karen Roe, 58, who gave £250 after her
    # sister died" is an age in passing.
    # The death is the age's own when the age follows it as "aged 82" ("died on Sunday,
    # aged 82") or the death follows the age ("Jane Roe, 40, died"); "the two men who
    # died, Lee Roe, 23, and Sam Moe, 41, were asleep" gives ages in passing.
    before = text[max(0, mention.start - _DEATH_BEFORE) : mention.start]
    after = text[mention.end : mention.end + _DEATH_AFTER]
    aged = _AGED_WORD_BEFORE.search(before)
    sentence = _sentence_around(text, mention.start, mention.end)
    if (
        _DEATH_WORDS.search(after) or (aged and _DEATH_WORDS.search(before))
    ) and _DEATH_WORDS.search(sentence):
        return False
    after = text[mention.end : mention.end + 40]
    if infant is not None:  # read "-month-old" as "-year-old" is read
        after = "-year-old" + text[infant.end() : infant.end() + 40]
    if after.startswith("-year-old"):
        return bool(_PERSON_AFTER.match(after)) or (
            tokens is not None
            and (
                _aged_noun_is_a_person(tokens, mention)
                or _aged_thing_sets_the_scene(tokens, mention)
            )
        )
    return True


def _aged_thing_sets_the_scene(tokens: Tokens, mention: NumberMention) -> bool:
    """ "gathered at the 30-year-old hide", "sits beside a 30-year-old test track", "met in
    the 150-year-old chapel": a thing's age inside a phrase of where something happened
    (the preposition hung on the verb; "at", "in" and the like only where people did
    something) only sets the scene. A thing the story is about
    keeps its age ("records for a 90-year-old rail bridge", "the 134-year-old retailer
    fails", "inspected the 60-year-old pier"), as does a body ("jobs at the 160-year-old
    mutual")."""
    first = tokens.at(mention.start)
    if first < 0:
        return False
    for index in range(first + 1, min(first + 6, len(tokens))):
        if tokens.lower[index] not in ("old", "year-old"):
            continue
        noun = tokens.head[index]
        if noun <= index or tokens.pos[noun] not in _NOUNS or tokens.dep[noun] != "pobj":
            return False
        if tokens.ent[noun] in ("ORG", "PERSON") or (
            tokens.lemma[noun].lower() in BODY_NOUNS | COMPANY_NOUNS | ORG_KIND_NOUNS
        ):
            return False
        preposition, verb = tokens.head[noun], tokens.head[tokens.head[noun]]
        if tokens.pos[verb] not in ("VERB", "AUX"):
            return False
        if tokens.lower[preposition] in SCENE_AGE_PREPOSITIONS:
            return True
        # "Residents met in the 150-year-old chapel": where people did something; not
        # "cracks were found in the 60-year-old dam", "a fire broke out at the factory"
        return tokens.lower[preposition] in PEOPLE_SCENE_AGE_PREPOSITIONS and (
            _has_person_subject(tokens, verb)
        )
    return False


def _bare_age_of_a_person(
    text: str, tokens: Tokens, mention: NumberMention, unit: str | None
) -> bool:
    """ "My father is 84.", "a widow of 88": a bare number that a person is, or that
    describes a person noun with "of", is that person's age, told in passing (a death
    in its sentence keeps it, as for any age)."""
    if unit is not None or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    if not 1 <= int(mention.text) <= 120:
        return False
    index = tokens.at(mention.start)
    if index < 0 or tokens.end[index] != mention.end:
        return False
    # the number itself as the predicate or the object ("is 84 miles", "of 88 homes"
    # make it a count of the noun: nummod, not attr or pobj)
    head = tokens.head[index]
    if tokens.dep[index] in ("attr", "acomp") and tokens.lemma[head] == "be":
        person = _has_person_subject(tokens, head)
    elif (
        tokens.dep[index] == "pobj"
        and tokens.lower[head] in ("over", "under")
        and tokens.lemma[tokens.head[head]] == "be"
    ):
        # "Half of the victims were under 25", "A third of nurses are over 50": the age
        # a group of people is
        person = _has_person_subject(tokens, tokens.head[head])
    elif (
        tokens.dep[index] == "pobj"
        and tokens.lower[head] == "at"
        and tokens.pos[tokens.head[head]] in ("VERB", "AUX")
        and (
            index + 1 == len(tokens)
            or tokens.pos[index + 1] == "PUNCT"
            or tokens.lower[index + 1] in _AGE_CLAUSE_GOES_ON
        )
    ):
        # "she left school at 15 to work", "he took up the fiddle at 9 and": when a
        # person did it (not "she finished at 12 under par": a score)
        person = _has_person_subject(tokens, tokens.head[head])
    elif tokens.dep[index] == "pobj" and tokens.lower[head] == "of":
        noun = tokens.head[head]
        person = tokens.pos[noun] == "NOUN" and _is_person_noun(tokens.lemma[noun])
    elif (
        tokens.lower[index - 1] == "of"
        and index + 1 < len(tokens)
        and tokens.pos[index + 1] == "DET"
    ):
        # "showed a widow of 88 a photograph": a determiner after the number ends its
        # phrase, whatever noun the parser hung it on
        noun = tokens.head[index - 1]
        person = tokens.pos[noun] == "NOUN" and _is_person_noun(tokens.lemma[noun])
    else:
        return False
    return person and not _DEATH_WORDS.search(_sentence_around(text, mention.start, mention.end))


_AGE_CLAUSE_GOES_ON = frozenset({"to", "and", "when", "after", "before", "but", "while"})
_LEAST_OPENING_AGE = 13


def _opening_age_of_a_person(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "At 16 he was playing with the band", "By 18 she had signed for Rovers": the age
    a person did something at opens the sentence and the person follows as its subject
    (whatever unit the word after the number was read as). Not "At 10 the doors opened"
    (a clock's hour is never 13 or more written bare), nor "At 30 the club had 200
    members" (no person); a death in the sentence keeps it, as for any age."""
    if mention.currency or mention.percent or not mention.text.isdigit():
        return False
    if not _LEAST_OPENING_AGE <= int(mention.text) <= 120:
        return False
    index = tokens.at(mention.start)
    if index < 0 or tokens.end[index] != mention.end or index + 1 >= len(tokens):
        return False
    head = tokens.head[index]
    return (
        tokens.dep[index] == "pobj"
        and tokens.lower[head] in AGE_OPENING_PREPOSITIONS
        and _opens_its_sentence(tokens, head)
        and tokens.dep[index + 1] in ("nsubj", "nsubjpass")
        and tokens.head[index + 1] == tokens.head[head]
        and _has_person_subject(tokens, tokens.head[head])
        and not _DEATH_WORDS.search(_sentence_around(text, mention.start, mention.end))
    )


def _opens_its_sentence(tokens: Tokens, index: int) -> bool:
    """The token is the first of its parsed sentence (an opening quote mark aside)."""
    first = tokens.sent_starts[tokens.sent[index]]
    return all(tokens.pos[i] == "PUNCT" for i in range(first, index))


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


def _aged_noun_is_a_person(tokens: Tokens, mention: NumberMention) -> bool:
    """ "a 44-year-old plasterer", "a 62-year-old bus driver": the noun "old" describes
    is a person (a noun of people, or an agent noun that names no thing), or an animal,
    whose age is told in passing the same way ("the 45-year-old elephant")."""
    first = tokens.at(mention.start)
    for index in range(first + 1, min(first + 6, len(tokens))):
        if tokens.lower[index] in ("old", "year-old"):
            if tokens.dep[index] in ("nsubj", "nsubjpass"):
                return True  # "The 27-year-old wore ...": the aged one acts, a person
            noun = tokens.head[index]
            if noun <= index or tokens.pos[noun] != "NOUN":
                return False
            return (
                _is_person_noun(tokens.lemma[noun])
                or _stands_for_a_person(tokens, noun)
                or tokens.lemma[noun].lower() in ANIMAL_NOUNS  # "the 12-year-old gelding won"
            )
    return False


def _stands_for_a_person(tokens: Tokens, noun: int) -> bool:
    """ "Ellis Varga, the 30-year-old fly-half,", "the 26-year-old scrum-half, who has
    won 31 caps": a noun set beside a named person, or one a "who" clause tells of, is a
    person whatever the noun (a playing position, a trade no list holds)."""
    if tokens.dep[noun] == "appos" and tokens.ent[tokens.head[noun]] == "PERSON":
        return True
    return any(
        tokens.dep[clause] == "relcl"
        and any(
            tokens.dep[c] in ("nsubj", "nsubjpass") and tokens.lower[c] in PERSON_RELATIVES
            for c in tokens.children[clause]
        )
        for clause in tokens.children[noun]
    )


# A span of years is news as a sentence, a term, a contract, a ban or a record run;
# elsewhere ("for 30 years", "over five years") it is background. Words of English
# news in general.
_TERM_WORDS = re.compile(
    r"\b(?:jail(?:ed)?|prison|asked for|sought|serve[sd]?|sentenc(?:e|ed|ing)|custody|term|"
    r"contract|deal|loan|ban(?:ned)?|suspend(?:ed)?|disqualif(?:ied|ication)|first time|since|"
    r"record|closed?|closure|delay(?:ed)?|extend(?:ed)?|lease|within|next)\b",
    re.IGNORECASE,
)
_LONG_SPANS = frozenset({"years", "months", "decades"})
_SPAN_AFTER = re.compile(r"[\s-]+(?:years?|months?|decades?)\b(?!-old)", re.IGNORECASE)
# An ungrouped run of five or more digits is a code (a text shortcode, an account or
# case number): news prose groups the thousands of a quantity ("48,512").
_CODE_DIGITS = re.compile(r"^\d{5,}$")
_SHARE_COUNT = re.compile(r"\s*(?:shares?|comments?|likes?|views?)\s*$", re.IGNORECASE)


def _is_background_span(text: str, mention: NumberMention, unit: str | None) -> bool:
    if mention.percent or mention.currency or unit_name(unit or "") not in _LONG_SPANS:
        return False
    if not _SPAN_AFTER.match(text, mention.end):
        return False  # "5,100 this year": the year is when, not what is counted
    return not _TERM_WORDS.search(_sentence_around(text, mention.start, mention.end))


def _is_share_count(text: str, mention: NumberMention, end: int) -> bool:
    """ "2.4k shares", "347 comments": a page's share row, not the story."""
    rest = text[end : end + 40].split("\n", 1)[0]
    before = text[max(0, mention.start - 40) : mention.start]
    starts_a_line = mention.start < 40 or "\n" in before  # a short line of its own
    return bool(_SHARE_COUNT.match(rest)) and starts_a_line


def _counts_casualties(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Two people have died", "police arrested two men", "two were injured": people
    a casualty or arrest verb acts on (its subject or object) are counted news."""
    number = tokens.at(mention.start)
    counted = tokens.head[number] if tokens.dep[number] == "nummod" else number
    return _is_a_casualty(tokens, counted)


def _is_a_casualty(tokens: Tokens, counted: int) -> bool:
    """Whether the noun `counted` is what a casualty or arrest verb acts on."""
    verb = tokens.head[counted]
    if tokens.dep[counted] in ("nsubj", "nsubjpass", "dobj") and (
        tokens.lemma[verb] in CASUALTY_LEMMAS
        or (
            tokens.lemma[verb] == "be"
            and any(  # "two were injured" parsed on "were"
                tokens.lemma[c] in CASUALTY_LEMMAS for c in tokens.children[verb]
            )
        )
    ):
        return True
    # "Two people were taken to hospital", "three pupils were airlifted to hospital".
    if (
        tokens.dep[counted] in ("nsubjpass", "dobj")
        and tokens.lemma[verb] in CONVEYING_LEMMAS
        and any(
            tokens.lower[c] == "to"
            and any(tokens.lemma[g] in HOSPITAL_NOUNS for g in tokens.children[c])
            for c in tokens.children[verb]
        )
    ):
        return True
    if tokens.dep[counted] == "nsubj" and _in_a_casualty_s_state(tokens, verb):
        return True
    # "Two people have died": the parser may hang the verb on an auxiliary chain.
    return tokens.dep[counted] == "nsubj" and any(
        tokens.lemma[c] in CASUALTY_LEMMAS and tokens.dep[c] == "conj"
        for c in tokens.children[verb]
    )


def _in_a_casualty_s_state(tokens: Tokens, verb: int) -> bool:
    """ "are in a critical condition", "remain in hospital", "have minor injuries",
    "suffered burns": the state the verb's subject is in is a casualty's."""
    children = tokens.children[verb]
    if tokens.lemma[verb] in STATE_LEMMAS:
        return any(
            tokens.lower[c] == "in"
            and any(tokens.lemma[g] in CASUALTY_STATE_NOUNS for g in tokens.children[c])
            for c in children
        )
    return tokens.lemma[verb] in HAVING_LEMMAS and any(
        tokens.dep[c] == "dobj" and tokens.lemma[c] in INJURY_NOUNS for c in children
    )


# "three times the previous record", "roughly three times as many": a multiple. Not
# "hit the post three times" (how often something happened: colour).
_MULTIPLE_AFTER = re.compile(
    r"\s+times\s+(?:the|as\s+(?:many|much|[a-z]+\s+as)|more|less|fewer|higher|lower|bigger|larger|greater|faster|slower|"
    r"that|what|its|their|his|her|our|this|over|above|below|than)\b",
    re.IGNORECASE,
)


_COMPOUND_THEN_WORD = re.compile(r"-[a-z]+(?:-[a-z]+)?\s+([A-Za-z][\w’'-]*)")


def _describes_a_body(text: str, mention: NumberMention) -> bool:
    """ "the 27-nation bloc", "the 15-member Security Council", "the 650-seat Commons": a
    body's size written into its description is background, not the story's count."""
    if mention.currency or mention.percent:
        return False
    compound = _COMPOUND_THEN_WORD.match(text, mention.end)
    if compound is None:
        return False
    word = compound.group(1)
    return word[0].isupper() or word.lower() in BODY_NOUNS | ORG_KIND_NOUNS


_KIND_NOUN_AFTER = re.compile(r"-([a-z]+ers?)\b")
# "a 3-for-1 stock split", "a 2-for-1 offer": the two sides of a ratio.
_RATIO_AFTER = re.compile(r"-for-\w")
_RATIO_BEFORE = re.compile(r"\w-for-$")


# "95% confidence interval", "(95% CI 1.8 to 3.1)": the level an interval is drawn at.
_INTERVAL_LEVEL_AFTER = re.compile(
    r"\s+(?:(?:"
    + "|".join(sorted(INTERVAL_KIND_WORDS))
    + r")\s+)?(?:"
    + "|".join(sorted(INTERVAL_NOUNS))
    + r")\b"
)


def _is_an_interval_level(text: str, mention: NumberMention) -> bool:
    """ "the hazard ratio was 1.27 (95% confidence interval 1.09 to 1.48)": the share an
    interval is drawn at names the interval; it measures nothing in the story."""
    return mention.percent and _INTERVAL_LEVEL_AFTER.match(text, mention.end) is not None


def _is_a_ratio(text: str, mention: NumberMention) -> bool:
    """ "a 3-for-1 stock split", "a 10-for-1 share consolidation", "a 2-for-1 offer": a
    number on either side of "-for-" names the terms of a split or an offer, no amount."""
    if mention.currency or mention.percent:
        return False
    return bool(
        _RATIO_AFTER.match(text, mention.end)
        or _RATIO_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    )


def _names_a_kind(text: str, mention: NumberMention) -> bool:
    """ "a nine-darter", "a relegation six-pointer", "a 12-seater minibus": a number
    glued into a noun names a kind of thing; it counts nothing (not "a 100-meter
    sprint", whose length is a unit)."""
    glued = _KIND_NOUN_AFTER.match(text, mention.end)
    return (
        glued is not None
        and not mention.currency
        and not mention.percent
        and canonical_unit(glued.group(1)) is None
    )


def _is_told_how_often(text: str, mention: NumberMention) -> bool:
    """ "scored twice and hit the post three times": a small spelled count of times
    something happened is colour; a multiple of another amount is a figure."""
    return (
        mention.spelled
        and mention.value <= 10
        and bool(_TIMES_AFTER.match(text, mention.end))
        and not _MULTIPLE_AFTER.match(text, mention.end)
    )


# "their previous five matches", "the opening five sets": a window a form or an average
# is read over.
_WINDOW_BEFORE = re.compile(r"\b(?:previous|last|past|preceding|opening|final)\s+$", re.IGNORECASE)


def _frames_a_window(text: str, mention: NumberMention) -> bool:
    """A count that only frames a window ("won their previous five matches", "averaging
    104.6 across the opening five sets"): the form guide, not the story's count. ("with
    nine games left" is left alone: in a relegation fight how much remains is news.) Money
    and shares stay figures."""
    if mention.currency or mention.percent:
        return False
    return bool(_WINDOW_BEFORE.search(text, max(0, mention.start - 16), mention.start))


def _is_small_count(mention: NumberMention, unit: str | None) -> bool:
    """ "two men", "two children": a pair of people or things is colour, not a figure
    (kept with a measurement unit, money or a share)."""
    return (
        mention.spelled
        and mention.value == 2
        and not mention.percent
        and not mention.currency
        and canonical_unit(unit) is None
    )


_SMALL_SPELLED_MAX = 12
_DETAIL_PREPOSITION_DEPS = frozenset({"prep"})


def _counts_a_detail_of_a_thing(tokens: Tokens, mention: NumberMention, unit: str | None) -> bool:
    """ "footage from five doorbell cameras", "a room with three beds", "tapestries in
    galleries across four countries": a small spelled count inside a phrase that describes
    another noun tells what that thing is like, not what happened; the story's counts are
    what its verbs act on ("targeted six shops", "took samples at six points"). Not "of"
    ("the deaths of three climbers", "a group of four teenagers": the count is the thing)."""
    if (
        not mention.spelled
        or mention.value > _SMALL_SPELLED_MAX
        or mention.percent
        or mention.currency
        or canonical_unit(unit) is not None
    ):
        return False
    number = tokens.at(mention.start)
    if tokens.dep[number] != "nummod":
        return False
    counted = tokens.head[number]
    for _ in range(_CLAUSE_STEPS):  # "on two cars and four holidays": up the list
        if tokens.dep[counted] != "conj" or tokens.head[counted] == counted:
            break
        counted = tokens.head[counted]
    if tokens.dep[counted] != "pobj":
        return False
    preposition = tokens.head[counted]
    if tokens.dep[preposition] not in _DETAIL_PREPOSITION_DEPS or tokens.lower[preposition] == "of":
        return False
    attached = tokens.head[preposition]
    if tokens.pos[attached] in _NOUNS:
        # not the clause's subject: "keepers at three lighthouses will strike" counts the
        # places the news happens in
        return tokens.dep[attached] not in ("nsubj", "nsubjpass")
    # "fed the additive to 310 dairy cows on four farms": where a counted act took place
    return tokens.lower[preposition] in LOCATIVE_PREPOSITIONS and _verb_counts_another(
        tokens, attached, preposition
    )


def _verb_counts_another(tokens: Tokens, verb: int, besides: int) -> bool:
    """Whether another argument of `verb` (not the `besides` branch) carries a number
    written in digits or an amount of money: the clause's own count."""
    for index in range(tokens.sent_starts[tokens.sent[verb]], len(tokens.dep)):
        if tokens.sent[index] != tokens.sent[verb]:
            break
        if tokens.pos[index] != "NUM" or not any(ch.isdigit() for ch in tokens.text[index]):
            continue
        step, seen = index, 0
        while tokens.head[step] != step and seen < _CLAUSE_STEPS:
            if step == besides:
                break
            if tokens.head[step] == verb:
                return True
            step, seen = tokens.head[step], seen + 1
    return False


# --------------------------------------------------------------------------------------
# Figures outside the story's event: the clause a number stands in says whether it is
# the story's news or background, scenery, method or a hypothetical.

_CLAUSE_STEPS = 10
_AWAY_AFTER = re.compile(r"\s+away\b", re.IGNORECASE)
_PROGRESS_AFTER = re.compile(r"\s+(?:to go|to run|left|remaining)\b", re.IGNORECASE)
_ITEMISED = 3  # items in a list of what a priced thing includes
_LIST_REACH = 14  # tokens from "including" to an item of its list


def _clause_chain(tokens: Tokens, index: int) -> list[int]:
    """The token and its heads up to the root of its sentence, a bounded few."""
    chain = [index]
    while tokens.head[chain[-1]] != chain[-1] and len(chain) < _CLAUSE_STEPS:
        chain.append(tokens.head[chain[-1]])
    return chain


def _is_outside_the_event(
    tokens: Tokens, text: str, mention: NumberMention, end: int, unit: str | None, quoted: _Spans
) -> bool:
    """A number that does not report the story's event: a quoted source's credentials
    ("Lee Vance, who scored 84 goals for the club, said"), how a measure is made ("an
    index, which tracks 12 lanes", "carried out by 40 volunteers"), a general fact that
    recurs ("about 20 storms hit the country each year"), a memory in a quote ("when I
    came here we had 19 players"), what like things did elsewhere ("similar schemes
    elsewhere raised recycling by 10 points"), a condition or a counterfactual ("if warming is
    limited to 2C", "a loss of 2% would have been extreme"), a point in a race ("after 30
    km"), the weather an event happened in ("started in temperatures of 11C"), a
    landmark's distance ("the river, about 9 miles away") and the items a priced package
    includes ("£3,800 for a package including surgery, four nights in a hotel and
    transfers"). Money and shares stay news in a source's background or a memory; a
    distance, a temperature or a count is only scenery there."""
    found = _amount_root(tokens, mention.start, end)
    if found is None:
        return False
    root, _ = found
    head = tokens.head[root]
    counted = head if tokens.dep[root] in _NUMBER_DEPS and tokens.pos[head] in _NOUNS else root
    if tokens.dep[counted] == "compound" and canonical_unit(tokens.text[tokens.head[counted]]):
        counted = tokens.head[counted]  # "31 degrees Celsius" parsed on "Celsius"
    chain = _clause_chain(tokens, counted)
    clauses = [i for i in chain if tokens.pos[i] in ("VERB", "AUX")]
    for verb in clauses:
        if tokens.dep[verb] == "advcl" and _condition_holds(tokens, verb, root):
            return True
    # A counterfactual is a speaker's musing ("‘a loss of 2% would have been called
    # extreme’"); in the story's own voice it tells what a plan or deal would have done
    # ("the rejected budget would have raised council tax by 4.99%"), which is news.
    if clauses and (
        (mention.start in quoted and _is_counterfactual(tokens, clauses[0]))
        or _is_told_of_elsewhere(tokens, clauses[0])
    ):
        return True
    dimension = canonical_unit(unit)
    if dimension is None and tokens.lemma[counted] == "degree":
        dimension = ("temperature", "degrees")  # "31 degrees Celsius" parsed on "degrees"
    if mention.percent or mention.currency:
        return False
    if _is_habitual(tokens, counted):
        return True
    # "the 1,150-pupil school": a size glued to its noun describes a thing, counts no deed.
    glued = text[end : end + 1] == "-"
    if glued and _is_someone_s_own(tokens, counted):
        return True  # "walked her 45-hectare block", "his 40-foot yacht"
    size = canonical_unit((unit or "").split("-")[0])  # "4-metre-wide": a length too
    # "a 9mm pistol", "the 40ft yacht": a unit written straight onto the number glues too
    # (then the thing must follow the unit at once: not "the sinkhole, 30ft deep,")
    written_on = _UNIT_THEN_WORD.match(text, mention.end)
    if (glued or written_on) and size is not None and size[0] == "length":
        described = _glued_size_noun(tokens, root)
        if (
            described is not None
            and tokens.lemma[described] not in EXTENT_NOUNS
            and (
                glued
                or (
                    written_on is not None
                    and tokens.start[described] == written_on.end()
                    and tokens.lower[described] not in DIMENSION_WORDS
                )
            )
        ):
            return True  # "the 38-metre ferry hit", "a 20-yard shot": how big a thing is
    if _counts_a_possessor(tokens, root, counted):
        return True
    if dimension is not None:
        return _is_scenery(tokens, text, counted, end, dimension[0])
    return (
        (not glued and _is_credential(tokens, clauses))
        or _is_method(tokens, counted, chain)
        or (mention.start in quoted and _is_memory(tokens, clauses))
        or (mention.start in quoted and _is_told_of_oneself(tokens, clauses))
        or _is_package_item(tokens, counted)
    )


_UNIT_THEN_WORD = re.compile(r"[A-Za-z]+\s+")


def _glued_size_noun(tokens: Tokens, root: int) -> int | None:
    """The noun a size written as an adjective describes ("a 38-metre ferry", "a
    3-metre-wide painting"): up the heads from the number, past the unit and "wide"."""
    index = root
    for _ in range(4):
        head = tokens.head[index]
        if head <= index:
            return None
        index = head
        if tokens.pos[index] in _NOUNS and canonical_unit(tokens.text[index]) is None:
            return index
    return None


def _counts_a_possessor(tokens: Tokens, root: int, counted: int) -> bool:
    """ "three children's books and a cot were found": a count on a possessor only says
    whose the thing is (the parse hangs the count there whichever it counts); the story's
    counts are of what its verbs act on (not when the owned thing is a casualty: "two
    boys' bodies were found" is left to the casualty rule)."""
    return (
        tokens.dep[root] == "nummod"
        and counted != root
        and tokens.dep[counted] == "poss"
        and not _is_a_casualty(tokens, tokens.head[counted])
    )


def _condition_holds(tokens: Tokens, verb: int, amount: int) -> bool:
    """Whether the amount is inside the "if"/"unless" clause `verb` heads: after its
    marker, with no comma between (the parser can hang the main clause's first words on
    a condition that opens the sentence: "if warming is limited to 2C, between a third
    and a half ...")."""
    for marker in tokens.children[verb]:
        if tokens.dep[marker] == "mark" and tokens.lower[marker] in CONDITION_MARKERS:
            low, high = sorted((marker, amount))
            return not any(tokens.text[i] == "," for i in range(low + 1, high))
    return False


def _is_told_of_elsewhere(tokens: Tokens, verb: int) -> bool:
    """ "Similar schemes elsewhere have increased recycling by up to 10 points": what
    like things did somewhere else is a comparison, not the story's figure."""
    return any(
        tokens.dep[subject] in ("nsubj", "nsubjpass")
        and any(tokens.lower[m] in ELSEWHERE_WORDS for m in tokens.children[subject])
        for subject in tokens.children[verb]
    )


def _is_counterfactual(tokens: Tokens, verb: int) -> bool:
    """ "would have been called extreme": what did not happen."""
    auxiliaries = [c for c in tokens.children[verb] if tokens.dep[c] in ("aux", "auxpass")]
    modal = any(tokens.lower[c] in COUNTERFACTUAL_MODALS for c in auxiliaries)
    return modal and any(tokens.lower[c] == "have" for c in auxiliaries)


def _is_scenery(tokens: Tokens, text: str, root: int, end: int, dimension: str) -> bool:
    """A distance that is a point in a race ("after 30 km", "with 8km to go") or
    a landmark's ("the Duck River, about 9 miles away"), a measure of the conditions an
    event happened in ("in temperatures of 11C", "in winds of 40mph")."""
    head = tokens.head[root]
    if dimension == "length":
        if tokens.dep[root] == "pobj" and tokens.lower[head] in PROGRESS_PREPOSITIONS:
            return True
        unit_end = tokens.end[root]
        if _PROGRESS_AFTER.match(text, unit_end):
            return True
        if _AWAY_AFTER.match(text, unit_end):
            before = tokens.at(tokens.start[root] - 1)
            while before > 0 and tokens.pos[before] in ("ADV", "NUM", "ADP") and root - before < 5:
                before -= 1  # past "about", the number
            return before > 0 and tokens.text[before] == "," and tokens.pos[before - 1] == "PROPN"
    # "in temperatures of 11C": "of" on a noun that is the object of "in" on a clause.
    if tokens.dep[root] != "pobj" or tokens.lower[head] != "of":
        return False
    condition = tokens.head[head]
    within = tokens.head[condition]
    if tokens.dep[condition] != "pobj" or tokens.lower[within] != "in":
        return False
    # On a clause ("kicked off in ...") or a time of it ("at 9am local time in ..."); not
    # on a noun it measures ("a rise in temperatures of 2C").
    event = tokens.head[within]
    return tokens.pos[event] in ("VERB", "AUX") or (
        tokens.pos[event] == "NOUN"
        and (tokens.ent[event] in _WHEN or tokens.dep[event] == "npadvmod")
    )


def _is_credential(tokens: Tokens, clauses: list[int]) -> bool:
    """ "Former striker Lee Vance, who scored 84 goals for the club, said": a count in
    the aside on who a quoted source is."""
    for verb in clauses:
        if tokens.dep[verb] != "relcl":
            continue
        who = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] in ("nsubj", "nsubjpass") and tokens.lower[c] == "who"
        ]
        source = tokens.head[verb]
        if not who or who[0] == 0 or tokens.text[who[0] - 1] != ",":
            return False
        speech = tokens.head[source]
        return tokens.dep[source] == "nsubj" and tokens.lemma[speech] in SPEECH_LEMMAS
    return False


def _is_method(tokens: Tokens, counted: int, chain: list[int]) -> bool:
    """How a measure is made: a count in a clause on an index, a survey or a poll
    ("which tracks rates on 12 lanes"), the people asked ("a poll of 2,000 adults"), or
    the people who did it ("the measurements were carried out by 40 volunteers", "a
    team of 40 scientists measured")."""
    clause = next((i for i in chain[1:] if tokens.dep[i] in ("relcl", "acl")), None)
    if clause is not None and tokens.lemma[tokens.head[clause]] in MEASURING_NOUNS:
        return True
    preposition = tokens.head[counted]
    owner = tokens.head[preposition]
    if tokens.dep[counted] == "pobj" and tokens.lower[preposition] == "of":
        if tokens.lemma[owner] in SAMPLED_NOUNS:
            return True  # "a poll of 2,000 adults"
        counted = owner  # "a team of 40 scientists measured"
    if tokens.dep[counted] == "nsubj":
        return tokens.lemma[tokens.head[counted]] in MEASURING_LEMMAS
    if tokens.dep[counted] != "pobj" or tokens.lower[preposition] != "by":
        return False
    return any(
        tokens.dep[c] == "nsubjpass" and tokens.lemma[c] in MEASURING_NOUNS
        for c in tokens.children[owner]
    )


def _is_habitual(tokens: Tokens, counted: int) -> bool:
    """ "About 20 storms hit the country each year", "wildfires burn 4 million hectares
    annually": what recurs year after year, told of the counted things themselves or of
    things in general (a bare plural subject), is background; not "the festival attracts
    80,000 visitors every year", nor a clause of the story's own time ("will hit", "have
    been admitted")."""
    verb = tokens.head[counted]
    habit = False
    for child in tokens.children[verb]:
        if tokens.dep[child] in ("aux", "auxpass") and (
            tokens.tag[child] == "MD" or tokens.lemma[child] == "have"
        ):
            return False
        if tokens.dep[child] == "advmod" and tokens.lower[child] in HABITUAL_ADVERBS:
            habit = True
        if tokens.dep[child] == "npadvmod" and tokens.lemma[child] in HABITUAL_PERIODS:
            habit = habit or any(
                tokens.lower[d] in ("each", "every") for d in tokens.children[child]
            )
    if not habit or _is_about_the_story_s_own(tokens, verb):
        return False
    if tokens.dep[counted] in ("nsubj", "nsubjpass", "npadvmod"):
        return True
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"]
    return bool(subjects) and _is_generic(tokens, subjects[0])


def _is_about_the_story_s_own(tokens: Tokens, verb: int) -> bool:
    """ "50,000 fans attend the festival every year": a habit done to a thing the story
    has named ("the festival", "its stores") is that thing's size, not a general fact
    (a place a habit happens in is not: "die on Britain's roads every year")."""
    return any(
        tokens.dep[thing] == "dobj"
        and tokens.pos[thing] == "NOUN"
        and any(
            tokens.lower[d] == "the" or (tokens.dep[d] == "poss" and tokens.pos[d] == "PRON")
            for d in tokens.children[thing]
        )
        for thing in tokens.children[verb]
    )


def _is_generic(tokens: Tokens, noun: int) -> bool:
    """A bare plural: things in general ("wildfires", "drivers"), not a named or
    determined one."""
    return (
        tokens.tag[noun] == "NNS"
        and tokens.ent[noun] == ""
        and not any(tokens.dep[c] in ("det", "poss", "nummod") for c in tokens.children[noun])
    )


def _is_memory(tokens: Tokens, clauses: list[int]) -> bool:
    """ "When I came here we had 19 senior players", "ten years ago we had 50 staff": a
    quoted memory of the past."""
    for verb in clauses[:2]:
        if tokens.tag[verb] != "VBD":
            continue
        if any(tokens.lower[c] == "ago" for c in tokens.children[verb]):
            return True  # "ten years ago we had 50 staff"
        # The figure's own clause is the "when" clause, or has one.
        own = [c for c in tokens.children[verb] if tokens.dep[c] == "advcl"]
        timed = [verb] if tokens.dep[verb] == "advcl" else own
        if any(
            tokens.lower[m] == "when" and tokens.dep[m] in ("advmod", "mark")
            for clause in timed
            for m in tokens.children[clause]
        ):
            return True
    return False


def _is_someone_s_own(tokens: Tokens, counted: int) -> bool:
    """The size of a person's own thing ("her 45-hectare block"): the noun the size is
    glued to, or the noun that compound describes, is owned by "her", "his", "my"."""
    nouns = [counted, tokens.head[counted]] if tokens.dep[counted] in _MODIFIER_DEPS else [counted]
    return any(
        tokens.dep[c] == "poss" and tokens.lower[c] in PERSONAL_POSSESSIVES
        for noun in nouns
        for c in tokens.children[noun]
    )


def _is_told_of_oneself(tokens: Tokens, clauses: list[int]) -> bool:
    """ "I've applied for 60 jobs since the summer", "I have managed 400 games": a count
    a speaker gives of their own doings, colour for their words (money and shares they
    name stay news: "I lost £40,000")."""
    return bool(clauses) and any(
        tokens.dep[c] == "nsubj" and tokens.lower[c] == "i" for c in tokens.children[clauses[0]]
    )


def _is_package_item(tokens: Tokens, counted: int) -> bool:
    """ "£3,800 for a package including a gastric sleeve, four nights in a hotel and
    airport transfers": an item in the list of what a priced package includes is what
    was bought, not news. The parse of such lists is loose, so the list is read from
    "including"/"includes" before the count to the end of its sentence."""
    sentence = tokens.sent[counted]
    index = counted - 1
    while index >= 0 and tokens.sent[index] == sentence and counted - index <= _LIST_REACH:
        if tokens.lemma[index] == "include":
            break
        index -= 1
    if index < 0 or tokens.sent[index] != sentence or tokens.lemma[index] != "include":
        return False
    last = index
    while last + 1 < len(tokens) and tokens.sent[last + 1] == sentence:
        last += 1
    separators = sum(tokens.text[i] in (",", "and") for i in range(index, last + 1))
    if separators < _ITEMISED - 1:
        return False
    whole = tokens.head[index] if tokens.dep[index] == "prep" else index
    if tokens.pos[whole] == "VERB":
        subjects = [c for c in tokens.children[whole] if tokens.dep[c] == "nsubj"]
        whole = subjects[0] if subjects else whole
    return _is_priced(tokens, whole)


def _is_priced(tokens: Tokens, noun: int) -> bool:
    """A thing with a price on it: "the £1,999 deal", "paid £3,800 for a package"."""
    if any(tokens.ent[c] == "MONEY" for c in tokens.children[noun]):
        return True
    preposition = tokens.head[noun]
    if tokens.dep[noun] != "pobj" or tokens.lower[preposition] != "for":
        return False
    verb = tokens.head[preposition]
    return any(tokens.ent[c] == "MONEY" for c in tokens.children[verb])


# --------------------------------------------------------------------------------------
# What a figure measures, from the parse

_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "amod", "appos", "npadvmod"})
_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd", "advmod", "acomp"})
_COPULAS = frozenset(
    {"be", "become", "remain", "stand", "total", "reach", "hit", "range", "number", "vary"}
)
# Nouns that only frame a count: "estimates of the number of children" count children.
_FRAMES = frozenset(
    {"estimate", "number", "figure", "total", "count", "tally", "toll", "amount", "range"}
)
_TAIL_PREPS = frozenset(
    {
        "of",
        "without",
        "with",
        "in",
        "for",
        "on",
        "from",
        "at",
        "across",
        "over",
        "along",
        "among",
        "about",
        "near",
        "to",
        "into",
        "behind",  # "tenants behind on their rent" (round 18)
    }
)
_LEVEL_PREPS = frozenset({"to", "at", "from", "of", "above", "below", "over", "under"})
_BY_FOR = frozenset({"by", "for"})
_THRESHOLD_PREPS = frozenset({"above", "below", "over", "under", "past", "beyond"})
# Prepositions that place a distance or a height against something ("300 miles from").
_RELATIVE_PREPS = frozenset({"from", "below", "above", "away", "off", "short"})
_WHEN_OWN = frozenset({"at", "for", "on", "in"})
_KIND_PREPS = frozenset({"in", "per"})
_FOR = frozenset({"for"})
_CHANGE_ADVERBS = frozenset({"up", "down"})
_AGE_WINDOW = 12
_AGE_BRACKET = frozenset({"over", "under", "between", "at", "least", "about", "around"})
_WHEN_PREPS = frozenset({"during", "since", "until", "till", "before", "after", "within"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_MAX_MEASURE_WORDS = 14
_STATE_TAIL = re.compile(r"\b(?:with|without)\b")
_MAX_PHRASE = 9
_WHEN = frozenset({"DATE", "TIME"})


def _noun_phrase(
    tokens: Tokens, head: int, skip: range, with_tail: bool = True, stop: int | None = None
) -> str:
    """The noun phrase around `head`: its modifiers on the left (not its determiner, nor
    the figure itself), and on the right a short participle or prepositional phrase
    ("fighters killed or wounded", "homes without power", "cost of the new stand")."""
    sentence = tokens.sent[head]
    first = head
    index = head - 1
    while (
        index >= 0
        and tokens.sent[index] == sentence
        # (further through a hyphened modifier: "Like-for-like sales", round 18)
        and (head - index <= 4 or (first == index + 2 and _glued_hyphen(tokens, index + 1)))
    ):
        if index in skip or _glued_hyphen(tokens, index):
            index -= 1  # past the figure itself, and through "full-year", "46-bed"
            continue
        if (
            index + 1 == first
            and index > 1
            and _glued_hyphen(tokens, index - 1)
            and tokens.pos[index - 2] != "NUM"  # not "a one-off payment", "a two-year deal"
        ):
            first = index  # "Per-pupil funding": a hyphened modifier the parser split
            index -= 1
            continue
        if tokens.pos[index] in ("DET", "PUNCT", "NUM", "SYM"):
            if tokens.pos[index] == "PUNCT":
                break
            if tokens.pos[index] == "NUM" and (
                _glued_hyphen(tokens, index + 1)  # "zero-degree line"
                or is_duration(unit_name(tokens.text[head]))  # "the three months to June"
            ):
                first = index
            index -= 1
            continue
        glued = index + 2 == first and _glued_hyphen(tokens, index + 1)  # "best-known"
        # "heating and aid shelters": modifiers joined by "and" before their noun.
        joined = tokens.dep[index] in ("conj", "cc") and index + 1 < head
        if glued or (
            (tokens.dep[index] in _MODIFIER_DEPS or joined)
            and hangs_within(tokens.head, index, head, 3)
        ):
            first = index
            index -= 1
            continue
        break
    if first < head and tokens.dep[first] == "case" and tokens.head[first] == first - 1:
        # "Rovers' season-ticket holders": a possessive mark keeps its owner, however far
        # the compound behind it reaches.
        first = first - 1 if first - 1 not in skip else first + 1
    last = head
    # "The number of homeowners three months behind on their repayments": the parser can
    # hang what says which ones are counted on the frame, not on the counted noun.
    of = tokens.head[head]
    framed = (
        tokens.head[of]
        if tokens.dep[head] == "pobj"
        and tokens.lower[of] == "of"
        and tokens.lemma[tokens.head[of]] in _FRAMES
        and tokens.head[of] < of
        else None
    )
    if with_tail:
        index = head + 1
        while (
            index < len(tokens)
            and tokens.sent[index] == sentence
            and index - first < _MAX_PHRASE
            and index not in skip
            and index != stop
        ):
            dep, pos = tokens.dep[index], tokens.pos[index]
            if index == head + 1 and _defining_clause(tokens, head, index):
                # "the number of pupils who achieved a clean sweep": a relative clause with
                # no comma says which ones are counted; it is read as far as it goes (not
                # when it holds the figure itself: "a ground that holds about 900").
                end = _defining_clause_end(tokens, index, first)
                if not any(i in skip for i in range(index, end + 1)):
                    last = end
                break
            if (
                (pos == "PUNCT" and not _glued_hyphen(tokens, index))  # "from 18-year-olds"
                or dep in ("relcl", "appos")
                or tokens.lower[index] in _CLAUSE_STOP
            ):
                break
            if dep == "cc" and _another_amount(tokens, index + 1):
                break  # "a £42m deficit and 1,100 vacancies": another amount, not this noun's
            parent = tokens.head[index]
            if (
                dep in ("nsubj", "nsubjpass")
                and tokens.dep[parent] == "relcl"
                and tokens.head[parent] == head
                and parent - index <= 2
                and parent not in skip
            ):
                last = parent  # "the water it supplies": a relative clause with no "that"
                break
            # A participle the parser hung on a noun before the head ("the number of
            # children deported": "deported" on "number") still describes the head.
            hung_high = (
                index == head + 1
                and parent < head
                and (dep == "acl" or (dep == "amod" and pos == "ADJ"))  # "pupils eligible"
                and hangs_within(tokens.head, head, parent, 4)
            )
            if not (
                hung_high
                or hangs_within(tokens.head, index, head, 5)
                or (
                    framed is not None
                    and index != framed
                    and hangs_within(tokens.head, index, framed, 4)
                    and not hangs_within(tokens.head, framed, index, 4)
                )
                or (last > head and hangs_within(tokens.head, index, last, 3))
                or (last > head and hangs_within(tokens.head, index, head + 1, 3))
            ):
                break
            if (
                index == head + 1
                and dep == "prep"
                and tokens.lower[index] not in _TAIL_PREPS
                and not _accounting_qualifier(tokens, index)
            ):
                break
            if (
                tokens.ent[index] in _WHEN
                and tokens.ent[head] not in _WHEN  # "the year to March" names a period
                and (dep in ("npadvmod", "advmod") or tokens.head[index] == head)
                # "patients waiting more than a year": a span that says which are counted
                and not any(tokens.lower[j] == "than" for j in (index - 1, index - 2) if j > head)
                # "homeowners three or more months behind": how far behind, which ones
                and not (
                    tokens.dep[index] == "npadvmod"
                    and tokens.pos[tokens.head[index]] in ("ADV", "ADJ")
                    and tokens.head[index] > index
                )
            ):
                # "fires attended by crews last year": not the time's own words either
                while last > head and tokens.head[last] == index:
                    last -= 1
                break  # "homes a year", "revenue last year"; not "revenue for its quarter"
            last = index
            index += 1
        while last > head and tokens.pos[last] in ("ADP", "CCONJ", "DET", "PART", "AUX"):
            last -= 1
        if last == head:
            last = _state_phrase(tokens, head, skip, last)
    kept = [
        i
        for i in range(first, last + 1)
        if i not in skip
        and not (i < head and _scale_of_a_number(tokens, i))
        and not (
            i < head
            and tokens.pos[i] in ("DET", "NUM", "SYM")
            and not (tokens.pos[i] == "NUM" and _glued_hyphen(tokens, i + 1))  # "zero-degree"
            # "in the three months to June": a number of a period names the period.
            and not (tokens.pos[i] == "NUM" and is_duration(unit_name(tokens.text[head])))
        )
    ]
    # A hyphen stays only between two kept words ("full-year", not "-bed").
    words = [
        tokens.text[i]
        for n, i in enumerate(kept)
        if not _glued_hyphen(tokens, i) or (n and kept[n - 1] == i - 1 and i + 1 in kept)
    ]
    return _joined(words)


def _accounting_qualifier(tokens: Tokens, preposition: int) -> bool:
    """ "profit before tax", "earnings before interest and tax", "income after housing
    costs": "before" or "after" with a bare noun (no determiner) right after it says which
    line of the accounts the figure is, and stays in the measure (not "homes after the
    flood", a time)."""
    following = preposition + 1
    return (
        tokens.lower[preposition] in ACCOUNTING_QUALIFIER_WORDS
        and following < len(tokens)
        and tokens.pos[following] == "NOUN"
        and tokens.ent[following] not in _WHEN
        and tokens.head[following] in (preposition, following + 1)
    )


def _qualified_noun(tokens: Tokens, preposition: int) -> int | None:
    """The noun an accounting qualifier right after it qualifies ("profit" in "reported
    profit after tax of $1.2bn", wherever the parser hung "after"). None otherwise."""
    if not _accounting_qualifier(tokens, preposition) or tokens.dep[preposition] != "prep":
        return None
    noun = preposition - 1
    if tokens.pos[noun] not in _NOUNS or tokens.sent[noun] != tokens.sent[preposition]:
        return None
    return noun if tokens.head[preposition] in (noun, tokens.head[noun]) else None


def _bare_share_as_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "The survey found 43% had no savings", "Researchers found that 30% said they had
    skipped meals": a share with no "of" phrase as the subject of its own clause is the
    share of those who did what the clause says, not the words before it (round 18)."""
    verb, dep = tokens.head[root], tokens.dep[root]
    if (
        dep not in ("nsubj", "nsubjpass")
        or tokens.pos[verb] not in ("VERB", "AUX")
        or verb < root
        # a finite clause of its own (not "with 74% reaching the standard", an absolute)
        or not (
            tokens.tag[verb] in ("VBD", "VBZ", "VBP")
            or any(tokens.dep[c] in ("aux", "auxpass") for c in tokens.children[verb])
        )
        or not any(tokens.ent[i] == "PERCENT" or tokens.text[i] == "%" for i in inside)
        or any(tokens.dep[c] == "prep" for c in tokens.children[root])
    ):
        return ""
    predicate = _with_predicate(tokens, root, "", inside).strip()
    return _budget(["share", "who", predicate]) if predicate else ""


def _scale_of_a_number(tokens: Tokens, index: int) -> bool:
    """ "the 1.92m offers", "the £5bn deal": a scaled number the parser split from its
    digits or took for a noun is part of the number, no word of what it counts."""
    if tokens.pos[index] == "NUM" or not tokens.text[index][-1:].isalpha():
        return False
    glued = (
        index > 0
        and tokens.pos[index - 1] == "NUM"
        and tokens.end[index - 1] == tokens.start[index]
    )
    written = f"{tokens.text[index - 1]}{tokens.text[index]}" if glued else tokens.text[index]
    numbers = find_numbers(written)
    return (
        len(numbers) == 1
        and numbers[0].end == len(written)
        and numbers[0].value != numbers[0].base
        and not numbers[0].spelled
    )


def _defining_clause(tokens: Tokens, head: int, index: int) -> bool:
    """ "pupils who achieved", "households that cut back": a relative pronoun right after
    the noun, the subject of a clause that hangs on the noun (or on the frame the noun
    is counted in: "the number of pupils who")."""
    clause = tokens.head[index]
    return (
        tokens.lower[index] in ("who", "that")
        and tokens.dep[index] in ("nsubj", "nsubjpass")
        and tokens.dep[clause] == "relcl"
        and hangs_within(tokens.head, head, tokens.head[clause], 2)
    )


def _defining_clause_end(tokens: Tokens, pronoun: int, first: int) -> int:
    """The last word of the relative clause `pronoun` opens, within the phrase's length."""
    clause = tokens.head[pronoun]
    last = pronoun
    for index in range(pronoun + 1, min(len(tokens), first + _MAX_PHRASE + 3)):
        if tokens.pos[index] == "PUNCT" or not hangs_within(tokens.head, index, clause, 4):
            break
        last = index
    while last > pronoun and tokens.pos[last] in ("ADP", "CCONJ", "DET", "PART", "AUX"):
        last -= 1
    return last


def _another_amount(tokens: Tokens, index: int) -> bool:
    """A conjoined noun with its own amount ("and 1,100 vacancies"), not a number word
    inside this noun's name ("category one and two calls")."""
    if index >= len(tokens) or tokens.pos[index] not in ("NUM", "SYM"):
        return False
    if tokens.dep[index] == "conj" and tokens.text[index][:1].isdigit():
        return True  # "up from 39,800 in 2024 and 35,100 in 2020": an amount of its own
    counted = tokens.head[index]
    while tokens.pos[counted] in ("NUM", "SYM") and tokens.head[counted] != counted:
        counted = tokens.head[counted]  # "£ 42m", "1.2 million"
    return counted > index and tokens.dep[counted] == "conj"


def _glued_hyphen(tokens: Tokens, index: int) -> bool:
    """A hyphen written inside a compound ("full-year"): touching both its neighbours."""
    return (
        0 < index < len(tokens) - 1  # (first: "index + 1" past the last word, round 20)
        and tokens.text[index] in ("-", "–")
        and tokens.end[index - 1] == tokens.start[index]
        and tokens.end[index] == tokens.start[index + 1]
    )


def _state_phrase(tokens: Tokens, head: int, skip: range, last: int) -> int:
    """ "left 40,000 homes without power": a "with"/"without" phrase right after the noun
    says the state of what is counted, even when the parser hangs it on the verb."""
    preposition = head + 1
    if (
        preposition < len(tokens)
        and preposition not in skip
        and tokens.lower[preposition] in ("without", "with")
        and tokens.head[preposition] in (head, tokens.head[head])
        and tokens.sent[preposition] == tokens.sent[head]
    ):
        objects = [c for c in tokens.children[preposition] if tokens.dep[c] == "pobj"]
        if objects and objects[0] - preposition <= 3:
            return objects[0]
    return last


def _joined(words: list[str]) -> str:
    out = ""
    for word in words:
        out += (
            word
            if not out or word in ("'s", "’s", "'", "’", "-") or out.endswith("-")
            else " " + word
        )
    return out.strip()


def _time_read_as_a_second_subject(tokens: Tokens, verb: int, subject: int) -> bool:
    """ "Town's average attendance this season is 18,240": the parser can take the time
    between the subject and its verb for a second subject; the other one is the subject."""
    return tokens.ent[subject] in _WHEN and any(
        tokens.dep[c] in ("nsubj", "nsubjpass") and c < subject and tokens.ent[c] not in _WHEN
        for c in tokens.children[verb]
    )


def _holder_of_a_with_count(tokens: Tokens, subject: int) -> int:
    """ "A large home with five or more people will pay around £2,530": the parser can
    take the counted noun of a "with" phrase for the verb's subject; the noun "with"
    belongs to is. The subject itself otherwise."""
    numbers = [c for c in tokens.children[subject] if tokens.pos[c] == "NUM" and c < subject]
    if not numbers:
        return subject
    before = min([numbers[0], *tokens.children[numbers[0]]]) - 1
    if before < 1 or tokens.lower[before] != "with" or tokens.dep[before] != "prep":
        return subject
    holder = tokens.head[before]
    return holder if holder < before and tokens.pos[holder] in _NOUNS else subject


def _subject_of(tokens: Tokens, verb: int, skip: range) -> tuple[int | None, bool]:
    """Who or what does `verb`, and whether the verb is passive: its own subject; the
    antecedent of a relative pronoun ("Pell, who received"); the subject a conjoined
    verb shares ("shares opened higher and rose 4%"); the subject of the verb governing
    an infinitive ("was ordered to pay"); the noun a participle describes ("a reservoir
    costing $1.6bn", "a villa valued at")."""
    passive = False
    current = verb
    priced = _priced_noun_before(tokens, verb, skip)
    if priced is not None:
        return priced, False
    for step in range(4):
        # The subject nearest the verb: "Her work, the Elmstead Library, opened" can come
        # parsed with two subjects; the name beside the verb is the better one.
        for child in sorted(tokens.children[current], key=lambda c: (c > current, -c)):
            role = tokens.dep[child]
            if role in ("nsubj", "nsubjpass") and _is_dateline_place(tokens, child, current):
                # "TORONTO, March 4 (Wire) - Halvorsen Motors is recalling": the dateline's
                # place is no subject; a name the parser hung on it after the dash is.
                named = [
                    c
                    for c in tokens.children[child]
                    if tokens.dep[c] == "appos" and _across_a_dateline(tokens, child, c)
                ]
                if not named:
                    continue
                child = named[-1]
                for _ in range(3):
                    # "JOHANNESBURG, Dec 4 (Reuters) - South Africa's energy regulator
                    # approved": the agency's credit can come parsed as the place's
                    # apposition, the story's subject hung on it (round 17).
                    deeper = [
                        c
                        for c in tokens.children[child]
                        if tokens.dep[c] == "appos" and _across_a_dateline(tokens, child, c)
                    ]
                    if not deeper:
                        break
                    child = deeper[-1]
                if _in_brackets(tokens, child):
                    continue  # the agency's credit alone is no subject
            if role in ("nsubj", "nsubjpass") and child not in skip:
                if _remarks_on_a_subject(tokens, current, child):
                    continue
                if _time_read_as_a_second_subject(tokens, current, child):
                    continue
                child = _holder_of_a_with_count(tokens, child)
                child = _named_before_a_remark(tokens, current, child)
                if step == 0:
                    passive = role == "nsubjpass"
                if tokens.lower[child] in _RELATIVES and tokens.dep[current] == "relcl":
                    antecedent = tokens.head[current]
                    return (antecedent if antecedent not in skip else None), passive
                return child, passive
        parent, dep = tokens.head[current], tokens.dep[current]
        if parent == current or tokens.sent[parent] != tokens.sent[verb]:
            return None, passive
        if dep in ("acl", "relcl") and tokens.pos[parent] in _NOUNS:
            if step == 0:
                passive = tokens.tag[current] == "VBN"
            return (parent if parent not in skip else None), passive
        if dep not in ("xcomp", "conj", "advcl"):
            return None, passive
        speaker = _speaker_of_a_joined_act(tokens, current, parent) if dep == "conj" else None
        if speaker is not None:
            return (speaker if speaker not in skip else None), passive
        if dep == "xcomp":
            # "The judge ordered Harkup to pay": the one told to, not the one telling.
            told = [
                c
                for c in tokens.children[parent]
                if tokens.dep[c] == "dobj" and c < current and c not in skip
            ]
            if told:
                return told[-1], passive
        current = parent
    return None, passive


def _priced_noun_before(tokens: Tokens, verb: int, skip: range) -> int | None:
    """ "The council approved a new bridge, costing £14m", "said a national fraud unit,
    costing £9m over three years, would begin": a participle of what a thing costs or is
    worth (a sum tied by "of": "cost of", "value of"), set off by a comma right after an
    object, describes that object, however the parser hung it (on the main verb, whose
    subject is the one who approved or spoke). None when it does not apply."""
    if (
        tokens.tag[verb] != "VBG"
        or tokens.dep[verb] != "advcl"
        or not (AMOUNT_NOUNS.get(tokens.lemma[verb]) or "").endswith(" of")
        or verb < 2
        or tokens.text[verb - 1] != ","
    ):
        return None
    noun = verb - 2
    if (
        noun in skip
        or tokens.pos[noun] != "NOUN"
        or tokens.dep[noun] not in ("dobj", "pobj")
        or tokens.sent[noun] != tokens.sent[verb]
    ):
        return None
    # Set off on both sides, the clause going on after it: a participle closing the
    # sentence tells what the whole event cost ("The fire gutted the warehouse, costing
    # £2m in damage", "Fans queued for hours, costing the club £40,000").
    if any(tokens.dep[c] == "dative" for c in tokens.children[verb]):
        return None  # "flooded the depot, costing the firm $4m, and": what the event cost
    after = verb + 1
    while after < len(tokens.text) and tokens.sent[after] == tokens.sent[verb]:
        if tokens.text[after] == ",":
            break
        if tokens.pos[after] in ("VERB", "AUX") and not _scale_after_a_number(tokens, after):
            return None
        after += 1
    if (
        after + 1 >= len(tokens.text)
        or tokens.text[after] != ","
        or tokens.sent[after + 1] != tokens.sent[verb]
        or tokens.pos[after + 1] == "PUNCT"
    ):
        return None
    return noun


def _speaker_of_a_joined_act(tokens: Tokens, act: int, state: int) -> int | None:
    """ "Lorna Vance said the detection rate was a scandal and called for 1,000 extra
    officers", "Dale Hume said the figures were grim and demanded 500 more nurses": a
    past act with an object, joined to a state the speaker reports (a copula under a
    speech verb), is the speaker's, however the parser joined it (to the state, whose
    subject is a thing). Not a change ("said sales were weak and fell 3%"), nor a verb
    of its own tense ("and would take ten years"). None when it does not apply."""
    speech = tokens.head[state]
    if (
        tokens.lemma[state] != "be"
        or tokens.dep[state] != "ccomp"
        or tokens.lemma[speech] not in SPEECH_LEMMAS
        or tokens.tag[speech] != "VBD"
        or tokens.tag[act] != "VBD"
        or tokens.lemma[act] in CHANGE_NOUNS
        or tokens.lemma[act] == "be"
    ):
        return None
    children = tokens.children[act]
    if any(tokens.dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children):
        return None
    if not any(
        tokens.dep[c] == "dobj" or (tokens.dep[c] == "prep" and tokens.lower[c] == "for")
        for c in children
    ):
        return None
    things = [c for c in tokens.children[state] if tokens.dep[c] == "nsubj"]
    speakers = [c for c in tokens.children[speech] if tokens.dep[c] == "nsubj"]
    if (
        not things
        or not speakers
        or tokens.pos[things[0]] != "NOUN"
        or tokens.ent[things[0]] in _HOLDER_ENTS
    ):
        return None
    return speakers[0]


def _scale_after_a_number(tokens: Tokens, index: int) -> bool:
    """ "£9m", "£1.3m withheld": the tagger can read the "m" of a sum as a verb; a word
    glued to a number is its scale, never a verb."""
    return (
        index > 0
        and tokens.pos[index - 1] == "NUM"
        and tokens.start[index] == tokens.end[index - 1]
    )


def _remarks_on_a_subject(tokens: Tokens, verb: int, subject: int) -> bool:
    """ "The number of lorries crossing each day, a figure watched by hauliers, rose": a
    measure noun with "a", parsed as a second subject, only remarks on the subject
    before it."""
    return (
        tokens.lemma[subject] in ANAPHORIC_MEASURE_NOUNS
        and any(tokens.lower[c] in ("a", "an") for c in tokens.children[subject])
        and any(
            c < subject and tokens.dep[c] in ("nsubj", "nsubjpass") for c in tokens.children[verb]
        )
    )


def _named_before_a_remark(tokens: Tokens, verb: int, subject: int) -> int:
    """ "The bank expects CPIF inflation, its target measure, to slow to 2.1%": a
    subject set off by commas right after the object of the verb that governs its own is
    a remark on that object; the object is what slows. The subject otherwise."""
    first = min((c for c in tokens.children[subject] if c < subject), default=subject)
    comma, governor = first - 1, tokens.head[verb]
    if (
        comma < 1
        or tokens.text[comma] != ","
        or subject + 1 >= len(tokens)
        or tokens.text[subject + 1] != ","
        or governor == verb
        or tokens.dep[verb] not in ("ccomp", "xcomp")
    ):
        return subject
    noun = comma - 1
    if tokens.dep[noun] == "dobj" and tokens.head[noun] == governor and tokens.pos[noun] in _NOUNS:
        return noun
    return subject


def _budget(words: list[str], limit: int = _MAX_MEASURE_WORDS) -> str:
    return _joined(words[:limit])


def _verb_extras(
    tokens: Tokens, verb: int, skip: range, avoid: int | None, limit: int = 3
) -> list[str]:
    """What the verb's clause says about the amount after the verb, three phrases at most:
    its object when the amount is not the object ("billed the public purse"), its
    prepositional phrases ("in pay and bonuses", "over five years"), a purpose ("to
    upgrade its works") or an adverb ("so far")."""
    words: list[str] = []
    phrases = 0
    start = max(verb, avoid if avoid is not None and limit == 1 else verb)
    for child in tokens.children[verb]:
        if child <= start or child in skip or child == avoid or phrases >= limit:
            continue
        if avoid is not None and hangs_within(tokens.head, avoid, child, 4):
            continue
        piece = _extra_phrase(tokens, verb, child, skip)
        if piece:
            words += piece
            phrases += 1
    return words


def _other_level_of_time(tokens: Tokens, preposition: int, noun: int) -> bool:
    """ "has risen from nine days to 14 days": the other end of the change, a span of
    time with its own number, is not what the span measures."""
    return (
        tokens.lower[preposition] in ("from", "to")
        and is_duration(unit_name(tokens.text[noun]))
        and any(tokens.pos[c] == "NUM" for c in tokens.children[noun])
    )


def _compared_phrase(tokens: Tokens, preposition: int, skip: range) -> list[str]:
    """ "than the previous course best": what a margin is measured against."""
    if tokens.lower[preposition] != "than":
        return []
    objects = [c for c in tokens.children[preposition] if tokens.dep[c] == "pobj"]
    if not objects or objects[0] in skip or tokens.pos[objects[0]] not in _NOUNS:
        return []
    return [tokens.text[preposition], _noun_phrase(tokens, objects[0], skip)]


def _extra_phrase(tokens: Tokens, verb: int, child: int, skip: range) -> list[str]:
    dep = tokens.dep[child]
    if dep in ("prep", "dative") and tokens.lower[child] not in ("than", "as", "like"):
        objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
        if (
            objects
            and objects[0] not in skip
            and tokens.pos[objects[0]] in _NOUNS
            and tokens.lower[child] not in _WHEN_PREPS
            and not _other_level_of_time(tokens, child, objects[0])
        ):
            if child > 0 and tokens.lower[child - 1] == tokens.lower[objects[0]] == (
                tokens.lower[child + 1] if child + 1 < len(tokens) else ""
            ):  # "year on year", "month on month": one phrase
                return [tokens.text[child - 1], tokens.text[child], tokens.text[child + 1]]
            return [tokens.text[child], _noun_phrase(tokens, objects[0], skip)]
        # "set aside £80m for adapting existing homes": what the amount is for
        doing = [c for c in tokens.children[child] if tokens.dep[c] == "pcomp"]
        if tokens.lower[child] == "for" and doing and tokens.tag[doing[0]] == "VBG":
            done = [c for c in tokens.children[doing[0]] if tokens.dep[c] == "dobj"]
            if done and done[0] not in skip and tokens.pos[done[0]] in _NOUNS:
                return [
                    tokens.text[child],
                    tokens.text[doing[0]],
                    _noun_phrase(tokens, done[0], skip, False),
                ]
    elif dep == "dobj" and tokens.pos[child] in _NOUNS:
        return [_noun_phrase(tokens, child, skip, False)]
    elif dep in ("xcomp", "advcl") and tokens.pos[child] == "VERB":
        marker = [c for c in tokens.children[child] if tokens.dep[c] == "aux"]
        objects = [c for c in tokens.children[child] if tokens.dep[c] == "dobj"]
        if marker and tokens.lower[marker[0]] == "to":
            if objects and objects[0] not in skip:
                return ["to", tokens.text[child], _noun_phrase(tokens, objects[0], skip, False)]
            return ["to", tokens.text[child]]
        unmarked = not any(tokens.dep[c] == "mark" for c in tokens.children[child])
        if tokens.tag[child] == "VBG" and unmarked and objects and objects[0] not in skip:
            # "spent £2m signing the midfielder": what the money or the time went on.
            return [tokens.text[child], _noun_phrase(tokens, objects[0], skip, False)]
    elif dep in ("prt", "advmod") and tokens.pos[child] in ("ADP", "ADV") and child <= verb + 3:
        return [*(tokens.text[c] for c in tokens.children[child] if c < child), tokens.text[child]]
    return []


def _clause_measure(
    tokens: Tokens, verb: int, skip: range, preposition: str = "", amount: int | None = None
) -> str:
    """ "revenue rose 6%" -> "rise in revenue"; "fell 3.2 per cent to 864p" -> the
    subject for the level; "ordered to pay £94m" -> "payment by <who was ordered>";
    "received £1.3m in pay" -> "pay received by <who>"; otherwise the subject and the
    verb with what the clause says of the amount. A copula only links: the subject."""
    doer = verb
    if tokens.pos[verb] in ("ADV", "ADP") and tokens.head[verb] != verb:  # "demand was up 7%"
        doer = tokens.head[verb]
        if tokens.pos[doer] == "NUM" and tokens.head[doer] != doer:
            # "reached £1.9bn (up 4%)": the change hangs on the level; the level's verb
            # says what changed.
            doer = tokens.head[doer]
            if tokens.pos[doer] == "ADP" and tokens.head[doer] != doer:  # "stood at £412,000"
                doer = tokens.head[doer]
        change = CHANGE_NOUNS.get(tokens.lower[verb])
        if change and tokens.pos[doer] in _NOUNS and doer < verb and doer not in skip:
            # "Prices, up 3% on the month, are at a record": the noun before is what rose.
            return _budget([change, "in", _noun_phrase(tokens, doer, skip, stop=verb)])
    subject, passive = _subject_of(tokens, doer, skip)
    frame = subject
    if subject is not None:
        subject = _through_frames(tokens, subject)
    known = subject is not None and tokens.pos[subject] != "PRON"
    phrase = _those_of(tokens, subject, skip) if subject is not None and not known else ""
    if subject is not None and not known and not phrase and _told_by_its_clause(tokens, subject):
        # "those who pay when a bill arrives will pay £1,951": the pronoun and its clause
        phrase = _noun_phrase(tokens, subject, skip, stop=doer)
    known = known or bool(phrase)
    if subject is not None and known and not phrase:
        # "a reservoir costing $1.6bn": the participle is not part of its own subject.
        phrase = _noun_phrase(tokens, subject, skip, stop=doer)
        owner = _owner_named_before(tokens, subject)
        if owner and phrase.split()[:1] == [tokens.text[owner[0]]]:
            phrase = _joined([owner[1], *phrase.split()[1:]])  # "Its shares rose 4%"
        appositive = _appositive_name(tokens, subject, skip)
        if appositive and appositive not in phrase:
            phrase = f"{phrase}, {appositive}"
        if frame is not None and frame != subject:
            phrase = _joined([phrase, *_clause_on_the_frame(tokens, frame, subject, phrase, skip)])
    lemma, lower = tokens.lemma[verb], tokens.lower[verb]
    if lemma in _COPULAS and tokens.pos[verb] != "ADV":  # "inflation was 3.1% in May"
        # "Sea temperatures were 2.1C above the long-term average": what it is set against.
        against = _own_phrases(tokens, amount, skip, _THRESHOLD_PREPS) if amount is not None else []
        # "The vaccine was 87 per cent effective at ...": the quality the share is of.
        quality = (
            [
                c
                for c in tokens.children[amount]
                if tokens.dep[c] == "amod" and tokens.pos[c] == "ADJ" and c == amount + 1
            ]
            if amount is not None
            else []
        )
        if quality:
            against = _words_under(tokens, quality[0], skip) + against
        when = _place_or_time(tokens, verb, skip, amount) or (
            _when_of(tokens, [verb], skip, before=True) if lemma == "be" else []
        )  # ("Her pay last year was £1.2m"; not "could hit 34C this weekend": an event)
        if (
            phrase
            and " " not in phrase
            and subject is not None
            and tokens.lower[subject] not in ANAPHORIC_MEASURE_NOUNS  # told from before
        ):
            # "Under white LED lamps the drop was 52%": a lone noun is measured under the
            # conditions set before it.
            fronted = [
                word
                for c in tokens.children[verb]
                if tokens.dep[c] == "prep" and c < subject
                for word in _extra_phrase(tokens, verb, c, skip)
            ]
            when = [word.lower() if n == 0 else word for n, word in enumerate(fronted)] + when
        return _budget([phrase, *against, *when]) if phrase else ""
    own = _own_phrases(tokens, amount, skip) if amount is not None else []
    if amount is not None and tokens.dep[amount] == "conj" and tokens.head[amount] == verb:
        # "Tickets cost £15, or £9 for under-25s": a second sum the parser joined to the
        # verb keeps whom or what it is for (the first has it on the verb's object)
        own += _own_phrases(tokens, amount, skip, _FOR)
    if not own and amount is not None and amount in skip:
        # "save £4m a year in drug costs": the kind of money, wherever the parser hung it.
        own = _phrase_words_after(tokens, skip, frozenset({"in"}), past_rate=True)
    change = CHANGE_NOUNS.get(lemma) or CHANGE_NOUNS.get(lower) or _phrasal_change(tokens, verb)
    kind_noun = _amount_noun(tokens, verb)
    changed = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj"
        and tokens.pos[c] in _NOUNS
        and c not in skip
        and not (change is not None and _is_an_amount(tokens, c, skip))
    ]
    if change is not None and changed and preposition in ("by", "to", "from"):
        kind_noun = None  # "raised the dividend by 5% to 21p": a change, no sum raised
    if change is not None and kind_noun is None:
        # "cut the number of ships from 36 to 24": a level of what the verb changes.
        if changed and preposition in _LEVEL_PREPS:
            return _noun_phrase(tokens, _through_frames(tokens, changed[0]), skip)
        if changed:  # "cut its workforce by 10%"
            target = _through_frames(tokens, changed[0])
            # "cut the risk of a second stroke by 27%": the "of" says whose risk (round 18)
            of = target + 1 < len(tokens) and tokens.lower[target + 1] == "of"
            thing = _noun_phrase(tokens, target, skip, of)
            return _budget([change, "in", thing, *(["at", phrase] if phrase else [])])
        if preposition in _THRESHOLD_PREPS and known:
            # "temperatures climbed above 28C": the threshold crossed, said as crossed.
            when = _place_or_time(tokens, doer, skip, amount)
            return _budget([phrase, tokens.text[verb], preposition, *when])
        if preposition in _LEVEL_PREPS or not known:  # the level: "fell to 4.2%"
            return _budget([phrase, *_place_or_time(tokens, doer, skip, amount)]) if phrase else ""
        extras = _verb_extras(tokens, verb, skip, amount) or _verb_extras(
            tokens, doer, skip, amount
        )
        on = extras[:2] if extras[:1] == ["on"] else []  # "up 7% on last year"
        on = extras[:3] if extras[1:2] == ["on"] and len(set(extras[:3:2])) == 1 else on
        when = _when_of(tokens, [verb], skip)
        if doer != verb:  # "demand was up 7%": the change named, "rise in demand"
            return _budget([change, "in", phrase, *on, *when])
        # "fell 14% in after-hours trading": where or how the change happened. The
        # change is named as a noun ("house prices climbed 2.7%" -> "rise in house
        # prices"), as a figure's label reads.
        where = extras[:2] if extras[:1] == ["in"] else []
        if lemma in OWNER_CHANGE_LEMMAS:  # "the women lost £186,000": the owner's loss
            return _budget([phrase, tokens.text[verb], *where, *on, *when])
        return _budget([change, "in", phrase, *where, *on, *when])
    extras = _verb_extras(tokens, verb, skip, amount)
    if len(own) > 1 and own[1] in " ".join(extras):
        own = []  # the clause already says it ("earned ... in her whole career")
    paid_as = len(own) > 1 and _is_payment_form(own[1])  # "in cash"
    if own[:1] == ["in"] and extras[:1] != ["in"] and not paid_as:
        extras = own + extras
    elif own:
        extras = extras + own
    if kind_noun is not None and preposition in ("", "for", "up", "by"):
        kind_in = extras[:1] == ["in"] and len(extras) > 1 and not _is_payment_form(extras[1])
        if kind_in and tokens.tag[verb] in ("VBD", "VBN"):  # "received £1.3m in pay"
            kind, link, extras = f"{extras[1]} {tokens.text[verb]}", "by", extras[2:]
        elif kind_in:  # "would save £4m a year in drug costs": savings in drug costs
            kind, _, link = kind_noun.rpartition(" ")
            kind, extras = f"{kind} in {extras[1]}", extras[2:]
            link = "of" if passive else link
        else:
            kind, _, link = kind_noun.rpartition(" ")
            link = "of" if passive else link
        head = f"{kind} {link} {phrase}" if phrase else kind
        # (a measure stays short; a sum "for" something is no object of two: "sold his
        # stake for 3.5 million euros" sold the stake, not to it)
        if len(" ".join([head, *extras]).split()) < 8 and preposition != "for":
            extras = _paid_to(tokens, verb, skip, extras) + extras
        anchors = [verb] if amount is None else [amount, verb]
        return _budget([head, *extras, *_when_of(tokens, anchors, skip)])
    if not known and not extras:
        return ""
    if amount is not None and lemma in CONTAINING_LEMMAS and (not extras or extras[0] == "for"):
        # "The budget includes €900,000 for street lighting": a bare sum a budget holds
        # is the money for what it is for (round 25).
        purpose = extras or _purpose_of(tokens, amount, skip)
        if purpose and phrase:
            return _budget(["money", *purpose, "in", phrase])
    before = [phrase] if phrase else []
    return _budget([*before, tokens.text[verb], *extras])


def _is_a_sum(tokens: Tokens, inside: range) -> bool:
    """A figure written as money ("€3.2m", "$450,000"): a currency sign or a money entity."""
    return any(tokens.pos[i] == "SYM" or tokens.ent[i] == "MONEY" for i in inside)


def _purpose_of(tokens: Tokens, noun: int, skip: range) -> list[str]:
    """ "a €3.2m grant to repair the pier", "€900,000 for street lighting": what a sum
    is for, as an infinitive on its noun or a "for" phrase on it; [] when it has none."""
    for child in tokens.children[noun]:
        if child <= noun or child in skip:
            continue
        if tokens.dep[child] in ("acl", "relcl") and tokens.pos[child] == "VERB":
            marks = [c for c in tokens.children[child] if tokens.dep[c] == "aux" and c == child - 1]
            if marks and tokens.lower[marks[0]] == "to":
                return ["to", *_words_under(tokens, child, skip)]
        if tokens.dep[child] == "prep" and tokens.lower[child] == "for":
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.ent[objects[0]] not in _WHEN:
                return ["for", _noun_phrase(tokens, objects[0], skip)]
    return []


def _is_an_amount(tokens: Tokens, noun: int, skip: range) -> bool:
    """ "Rents shot up 12 per cent to £1,450", "Diesel rose to 152.9p a litre": the parser
    may make the change's own unit ("cent") or the rate's base ("a litre", right after
    the amount) the verb's object; neither is the thing that changed."""
    if tokens.lower[noun] in _PERCENT_WORDS:
        return any(tokens.pos[c] == "NUM" for c in tokens.children[noun])
    return (
        noun == skip.stop + 1
        and tokens.lower[skip.stop] in ("a", "an", "per")
        and canonical_unit(tokens.text[noun]) is not None
    )


def _phrasal_change(tokens: Tokens, verb: int) -> str | None:
    """ "Water bills are going up by £2 to £28", "fares went down by 20p to £2": a verb of
    moving with the particle "up" or "down" is a verb of change (a rise or a fall), so
    the amount after "by" is the change and the one after "to" the level. None
    otherwise, and when the verb has no noun of its own for a subject (a participle or
    "it": the words around say better what went up)."""
    if tokens.lemma[verb] not in RISE_UP_VERBS or not any(
        tokens.dep[c] in ("nsubj", "nsubjpass") and tokens.pos[c] in _NOUNS
        for c in tokens.children[verb]
    ):
        return None
    particles = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] in ("prt", "advmod") and tokens.lower[c] in _CHANGE_ADVERBS and c > verb
    ]
    return CHANGE_NOUNS[tokens.lower[particles[0]]] if particles else None


def _clause_on_the_frame(
    tokens: Tokens, frame: int, noun: int, phrase: str, skip: range
) -> list[str]:
    """ "The number of families the charity helped with food parcels rose to 2,940": the
    parser hangs the counted noun's own clause on the frame ("number"); its words, right
    after the noun, say which are counted. [] when the frame has no such clause or the
    noun's phrase already holds it."""
    clauses = [c for c in tokens.children[frame] if tokens.dep[c] in ("relcl", "acl") and c > noun]
    words: list[str] = []
    if not clauses or tokens.text[clauses[0]] in phrase.split():
        return words
    for index in range(noun + 1, min(noun + 1 + _MAX_PHRASE, len(tokens))):
        if index in skip or tokens.pos[index] == "PUNCT":
            break
        if not hangs_within(tokens.head, index, clauses[0], 6):
            break
        words.append(tokens.text[index])
    while words and words[-1].lower() in _STOP_WORDS:  # not a dangling "in" or "the"
        words.pop()
    return words


def _paid_to(tokens: Tokens, verb: int, skip: range, extras: list[str]) -> list[str]:
    """ "would pay each of its 410,000 members about £1,500": whom a sum is paid or given
    to, when the verb's other words do not say it already (["to", ...] or [])."""
    for child in tokens.children[verb]:
        # (the parser may read the first of two objects as a direct object: "pay each of")
        recipient = tokens.dep[child] == "dative" or (
            tokens.dep[child] == "dobj" and len(skip) > 0 and child < skip.start
        )
        bare = tokens.pos[child] == "PRON" and not tokens.children[child]
        if not recipient or child in skip or bare:
            continue
        if tokens.pos[child] == "NUM" or tokens.ent[child] == "MONEY":
            continue  # "cost €90 a night, or €70 for members": another sum, no payee
        if tokens.text[child] in extras:
            return []
        words = [w for w in _noun_phrase(tokens, child, skip).split() if not _DIGIT.search(w)]
        return ["to", *words] if words else []
    return []


def _told_by_its_clause(tokens: Tokens, pronoun: int) -> bool:
    """ "those who pay by cheque", "anyone who booked online": a pronoun whose relative
    clause, right after it, says who it is."""
    return tokens.pos[pronoun] == "PRON" and any(
        tokens.dep[c] == "relcl" and c > pronoun for c in tokens.children[pronoun]
    )


def _those_of(tokens: Tokens, pronoun: int, skip: range) -> str:
    """ "Exports to Germany rose 4%, while those to France fell 2%": "those" with its own
    phrase stands for the noun the clause it answers is about ("Exports to France"), or
    ""."""
    own = [c for c in tokens.children[pronoun] if tokens.dep[c] == "prep" and c == pronoun + 1]
    if tokens.lower[pronoun] != "those" or not own:
        return ""
    verb = tokens.head[pronoun]
    if tokens.dep[verb] not in ("advcl", "conj") or tokens.head[verb] >= pronoun:
        return ""
    answered, _ = _subject_of(tokens, tokens.head[verb], skip)
    if answered is None or tokens.pos[answered] not in _NOUNS or answered >= pronoun:
        return ""
    words = _extra_phrase(tokens, pronoun, own[0], skip)
    return _joined([tokens.text[answered], *words]) if words else ""


def _is_payment_form(phrase: str) -> bool:
    """ "cash", "shares": how a sum is paid, not what kind of money it is."""
    first = phrase.lower().split()[:1]
    return bool(first) and first[0] in PAYMENT_FORMS


def _amount_noun(tokens: Tokens, verb: int) -> str | None:
    """The sum a verb makes of its amount (AMOUNT_NOUNS), by its lemma or, where the
    tagger's lemma is wrong ("fined" -> "fin"), by its written past form."""
    found = AMOUNT_NOUNS.get(tokens.lemma[verb])
    lower = tokens.lower[verb]
    if found is None and lower.endswith("ed"):
        found = AMOUNT_NOUNS.get(lower[:-1]) or AMOUNT_NOUNS.get(lower[:-2])
    return found


def _place_or_time(tokens: Tokens, verb: int, skip: range, amount: int | None) -> list[str]:
    """ "in May", "in Seville": where or when a level or a linked amount holds."""
    words = _verb_extras(tokens, verb, skip, amount, 1)
    return words if words[:1] and words[0].lower() in ("in", "on", "at", "for") else []


def _own_phrases(
    tokens: Tokens, amount: int, skip: range, preps: frozenset[str] = _KIND_PREPS
) -> list[str]:
    """ "£1.3m in pay and bonuses", "$350 per container": a phrase on the amount itself
    that says what kind of money it is (or, for a comparison, when or where it held)."""
    words: list[str] = []
    for child in tokens.children[amount]:
        if child > amount and tokens.dep[child] == "prep" and tokens.lower[child] in preps:
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and (tokens.ent[objects[0]] not in _WHEN or preps is not _KIND_PREPS):
                words += [tokens.text[child], _noun_phrase(tokens, objects[0], skip)]
    return words


def _named(tokens: Tokens, noun: int, skip: range) -> str:
    """A doer's short phrase, with the proper name beside it ("her best-known work, the
    Elmstead Library")."""
    phrase = _noun_phrase(tokens, noun, skip, False)
    name = _appositive_name(tokens, noun, skip)
    phrase = f"{phrase}, {name}" if name and name not in phrase else phrase
    partners = _joined_doers(tokens, noun, skip)
    if not partners:
        # "Acme or Zenith will cut 900 jobs": one of the two, never the first alone
        # (round 25)
        other = _alternative_doer(tokens, noun, skip)
        return f"{phrase} or {other}" if other else phrase
    # "Bluecrest and Tarran Airways cancelled 40 flights": the flights both cancelled,
    # never the first one's alone (round 21).
    return ", ".join([phrase, *partners[:-1]]) + f" and {partners[-1]}"


def _alternative_doer(tokens: Tokens, noun: int, skip: range) -> str:
    """The one noun offered as the doer's alternative by "or" ("Acme or Zenith"), as
    its short phrase; "" when there is none or more than one."""
    partners = [
        c
        for c in tokens.children[noun]
        if tokens.dep[c] == "conj"
        and c > noun
        and c not in skip
        and tokens.pos[c] in ("PROPN", "NOUN")
        and tokens.sent[c] == tokens.sent[noun]
    ]
    if len(partners) != 1 or any(tokens.dep[c] == "conj" for c in tokens.children[partners[0]]):
        return ""
    offered = any(
        tokens.dep[c] == "cc" and tokens.lower[c] == "or" and noun < c < partners[0]
        for c in (*tokens.children[noun], *tokens.children[partners[0]])
    )
    return _noun_phrase(tokens, partners[0], skip, False) if offered else ""


def _joined_doers(tokens: Tokens, noun: int, skip: range) -> list[str]:
    """The nouns joined to a doer by "and" ("Bluecrest and Tarran Airways", "Police and
    paramedics", "Acme, Zenith and Orbis"), each as its short phrase, in order."""
    joined: list[str] = []
    at = noun
    while len(joined) < 3:
        partner = next(
            (
                c
                for c in tokens.children[at]
                if tokens.dep[c] == "conj"
                and c > at
                and c not in skip
                and tokens.pos[c] in ("PROPN", "NOUN")
                and tokens.sent[c] == tokens.sent[noun]
            ),
            None,
        )
        if partner is None:
            break
        # (joined by "and", or listed with commas before the last "and"; never "or")
        linked = any(
            tokens.dep[c] == "cc" and tokens.lower[c] in ("and", "&")
            for c in (*tokens.children[at], *tokens.children[partner])
        ) or any(tokens.lower[i] == "," for i in range(at + 1, partner))
        if not linked or any(
            tokens.dep[c] == "cc" and tokens.lower[c] in ("or", "nor")
            for c in (*tokens.children[at], *tokens.children[partner])
        ):
            return []  # "Acme, Zenith or Orbis will cut jobs": one of them, not all
        joined.append(_noun_phrase(tokens, partner, skip, False))
        at = partner
    return joined


def _when_of(tokens: Tokens, anchors: list[int], skip: range, before: bool = False) -> list[str]:
    """ "last year", "this year": a time the amount or its verb holds at, said as a bare
    noun phrase beside it (after it; with `before`, also before it: "Her pay last year
    was £1.2m")."""
    for anchor in anchors:
        for child in tokens.children[anchor]:
            if (
                (child > anchor or before)
                and child not in skip
                and tokens.dep[child] == "npadvmod"
                and tokens.ent[child] == "DATE"
            ):
                kept = [c for c in tokens.children[child] if c < child][-2:]
                words = [tokens.text[c] for c in (*kept, child)]
                first = (*kept, child)[0]
                if first == 0 or tokens.sent[first - 1] != tokens.sent[first]:
                    words[0] = words[0].lower()  # "Last year the deficit was £2.1bn"
                return words
    return []


def _appositive_name(tokens: Tokens, noun: int, skip: range) -> str:
    """ "Shares in Severnvale's parent, Midlands Utilities": a proper name in apposition
    to the phrase's last noun, kept with it."""
    for index in _heads_chain(tokens, noun):
        for child in tokens.children[index]:
            if (
                tokens.dep[child] == "appos"
                and child not in skip
                and tokens.pos[child] == "PROPN"
                and child > index
                and child - index <= 6
            ):
                name = _noun_phrase(tokens, child, skip, False)
                return name if " " in name else ""  # a name, not a title ("MP")
    return ""


def _heads_chain(tokens: Tokens, noun: int) -> list[int]:
    """The noun and the object of its one prepositional phrase ("shares in the parent")."""
    chain = [noun]
    for child in tokens.children[noun]:
        if tokens.dep[child] == "prep" and child > noun:
            chain += [c for c in tokens.children[child] if tokens.dep[c] == "pobj"][:1]
            break
    return chain


def _owner_named_before(tokens: Tokens, noun: int) -> tuple[int, str] | None:
    """ "Orvane Motors said profits fell. Its shares rose 4%": the body a possessive "its"
    or "their" on `noun` stands for, when the main clause before it (in its sentence or
    the one before) has an organisation's name for its subject, told as an owner
    ("Orvane Motors'"); None otherwise."""
    pronouns = [
        c
        for c in tokens.children[noun]
        if tokens.dep[c] == "poss" and tokens.lower[c] in ("its", "their") and c < noun
    ]
    if not pronouns:
        return None
    pronoun = pronouns[0]
    sentence = tokens.sent[pronoun]
    first = tokens.sent_starts[max(0, sentence - 1)]
    for index in range(pronoun - 1, first - 1, -1):
        verb = tokens.head[index]
        if tokens.dep[index] in ("nsubj", "nsubjpass") and tokens.head[verb] == verb:
            entity = tokens.entity(index)
            if entity is None or entity.label != "ORG":
                return None
            name = entity.text.removeprefix("The ").removeprefix("the ")
            return pronoun, name + ("'" if name.endswith("s") else "'s")
    return None


def _through_frames(tokens: Tokens, noun: int, units: bool = False) -> int:
    """ "Estimates of the number of displaced families" -> "families"; with `units`,
    through a unit of measurement instead ("14kg of cocaine" -> "cocaine")."""
    for _ in range(3):
        if units:
            framing = canonical_unit(tokens.text[noun]) is not None
        else:
            framing = tokens.lemma[noun] in _FRAMES
        if not framing:
            return noun
        of = [
            c for c in tokens.children[noun] if tokens.dep[c] == "prep" and tokens.lower[c] == "of"
        ]
        objects = [c for c in tokens.children[of[0]] if tokens.dep[c] == "pobj"] if of else []
        if not objects:
            return noun
        noun = objects[0]
    return noun


_SHARED_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _with_predicate(tokens: Tokens, noun: int, phrase: str, skip: range) -> str:
    """ "dogs reported stolen", "people killed", "schools staying closed", "flights
    cancelled", "villages mobile teams would visit", "people signed a petition", "plot
    watched by people", "crews took water samples at points": a counted noun is counted
    by what it did or what was done to it, in the words of its own clause."""
    verb = tokens.head[noun]
    dep = tokens.dep[noun]
    if verb == noun:
        return phrase
    if dep == "appos" and verb < noun and _across_a_dateline(tokens, verb, noun):
        verb, dep = tokens.head[verb], tokens.dep[verb]  # the dateline's clause is the noun's
    first = verb
    if dep == "conj" and tokens.pos[first] in _NOUNS and tokens.dep[first] in _SHARED_ROLES:
        # "destroyed 300 homes and 40 schools", "ended the season with 71 goals and 84
        # points": the later count shares the clause.
        verb, dep = tokens.head[first], tokens.dep[first]
        skip = range(min(skip.start, first), max(skip.stop, first + 1))
    speech = tokens.lemma[verb] in SPEECH_VERBS or tokens.lower[verb] in SPEECH_VERBS
    saying: list[int] = []
    if speech and dep == "nsubj":
        # "230 schools announced they will stay closed": what they said of themselves.
        said = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] == "ccomp"
            and any(
                tokens.dep[g] == "nsubj" and tokens.pos[g] == "PRON" for g in tokens.children[c]
            )
        ]
        # "One in 10 drivers admitted using a phone": what they said they did, as said.
        doing = [c for c in tokens.children[verb] if c == verb + 1 and tokens.dep[c] == "xcomp"]
        if not said and doing and tokens.tag[doing[0]] == "VBG":
            said, saying = doing, [verb]
        if not said:
            return phrase
        verb = said[0]
    elif speech and dep not in ("nsubjpass", "dobj"):  # "were admitted to hospital"
        return phrase  # ("recalled 60,000 trucks": a counted object is not speech either)
    if dep == "npadvmod" and noun > verb and _is_passive(tokens, verb):
        dep = "dobj"  # "have been deducted 12 points": the parser's second object
    if dep in ("nsubj", "nsubjpass") and tokens.pos[verb] in ("VERB", "AUX"):
        copula = tokens.lemma[verb] == "be"
        since = _since_clause(tokens, verb)
        # "members did not vote": the "not" keeps what they did from flipping.
        negation = [c for c in tokens.children[verb] if tokens.dep[c] == "neg" and c < verb]
        read = [] if copula else [*negation[:1], verb]
        for index in range(verb + 1, min(verb + 8, len(tokens))):
            if index in skip or (tokens.pos[index] == "PUNCT" and not _glued_hyphen(tokens, index)):
                break  # "went into new-build homes" reads on through its hyphen
            if _joined_participle(tokens, verb, index):
                read.append(index)  # "were killed or injured": both are what was done
                continue
            # "one in five people is now 65 or older": an age the copula says they are
            aged = copula and tokens.pos[index] == "NUM" and tokens.dep[index] == "attr"
            bracket = (  # "65 or older", "16 and under"
                tokens.dep[index] in ("cc", "conj")
                and tokens.head[index] in read
                and tokens.dep[tokens.head[index]] == "attr"
                and tokens.pos[tokens.head[index]] == "NUM"
            )
            if tokens.ent[index] in _WHEN and not _names_an_event(tokens, index) and not aged:
                break
            if tokens.pos[index] == "SYM" or tokens.ent[index] in ("MONEY", "PERCENT"):
                break  # "cleared at £58.20, up 7% from £54.23": another sum or share is
                # not what this one counts ("killed nine lambs" still tells it)
            if bracket:
                read.append(index)
                continue
            inside_since = since is not None and hangs_within(tokens.head, index, since, 3)
            # "Monday's", the hyphen of "new-build": one step deeper
            possessive = tokens.dep[index] == "case" or any(
                _glued_hyphen(tokens, i) for i in (index - 1, index, index + 1)
            )
            if not inside_since and (
                not hangs_within(tokens.head, index, verb, 4 if possessive else 3)
                or tokens.dep[index] in ("ccomp", "conj", "cc", "advcl", "mark", "acl", "relcl")
            ):
                break
            read.append(index)
            # Six words, a hyphened compound ("state-run", "play-off") counted as one.
            words = len(read) - 2 * sum(_glued_hyphen(tokens, i) for i in read)
            if words >= 6 and not _glued_hyphen(tokens, index + 1):
                break
        if len(read) > 2 and _glued_hyphen(tokens, read[-1]):
            del read[-2:]  # "for the play-": a compound cut at its hyphen is no word
        while (
            read
            and not _glued_hyphen(tokens, read[-1] - 1)  # "play-off" ends in a word
            and (
                (
                    tokens.pos[verb] != "AUX"
                    and (
                        tokens.lower[read[-1]] in _STOP_WORDS
                        or (read[-1] != verb and tokens.pos[read[-1]] == "ADP")
                    )
                )
                # "excluded this term", "in buildings over 50 years old": a word left
                # without the noun it needs ends nothing.
                or (read[-1] != verb and tokens.pos[read[-1]] in ("DET", "ADP", "CCONJ", "SCONJ"))
            )
        ):
            read.pop()
        if copula and not read:
            return phrase
        when = _clause_time(tokens, verb, skip, read[-1] if read else verb)
        return _budget([phrase, *(tokens.text[i] for i in saying + read), *when])
    if dep == "pobj" and tokens.lower[verb] in ("including", "among"):
        return _governed_by_preposition(tokens, noun, verb, phrase, skip)
    if tokens.pos[verb] != "VERB":
        if dep == "pobj" and tokens.pos[verb] == "ADP":
            return _governed_by_preposition(tokens, noun, verb, phrase, skip)
        return phrase
    if dep == "dobj":
        subject, passive = _subject_of(tokens, verb, skip)
        named = subject is not None and tokens.pos[subject] in _NOUNS and subject not in skip
        who = _named(tokens, subject, skip) if named and subject is not None else ""
        if passive and who:
            # "Wrexley have been deducted 12 points": the points the subject was deducted
            # (not deducted "by" it), in the clause's own words.
            aux = [
                tokens.text[c]
                for c in tokens.children[verb]
                if tokens.dep[c] in ("aux", "auxpass", "neg") and c < verb
            ]
            after = _verb_extras(tokens, verb, skip, noun, 1)
            return _budget([phrase, who, *aux, tokens.text[verb], *after])
        # "holds 600 objects from the period", "loses water through leaking pipes": a
        # phrase the parser hung on the verb after the noun still describes the count.
        after = [
            word
            for word in _verb_extras(tokens, verb, skip, noun, 1)
            if not _STATE_TAIL.search(phrase)
        ]
        if tokens.tag[verb] in ("VBD", "VBN") and tokens.lower[verb].endswith("ed"):
            # "carried out 3,400 hip replacements": the verb with its particle.
            particle = [tokens.text[c] for c in tokens.children[verb] if tokens.dep[c] == "prt"]
            done = [tokens.text[verb], *particle[:1]]
            return _budget([phrase, *done, *(["by", who] if who else []), *after])
        purpose = _purpose_of(tokens, noun, skip) if _is_a_sum(tokens, skip) else []
        if purpose and tokens.lemma[verb] in CONTAINING_LEMMAS:
            # "The budget includes a €3.2m grant to repair the pier": the grant is told
            # by what it is for; the budget only holds it (round 25).
            return phrase if " ".join(purpose) in phrase else _budget([phrase, *purpose])
        # "left 40,000 homes without power": a state after the noun says it all.
        if who and not _STATE_TAIL.search(phrase):
            aux = [
                tokens.text[c]
                for c in tokens.children[verb]
                if tokens.dep[c] in ("aux", "neg") and c < verb and tokens.lower[c] != "to"
            ]
            governing = _governing_verb(tokens, verb)
            return _budget([who, *aux, *governing, tokens.text[verb], phrase, *after])
        if (
            not who
            and tokens.lemma[verb] == "have"
            and not any(tokens.dep[c] == "neg" for c in tokens.children[verb])
        ):
            # "We had 16,180 officers at the end of March", "It has 212 dealerships":
            # a bare "had" before what a pronoun holds tells nothing
            return _budget([phrase, *after])
        if not who:
            return _budget([tokens.text[verb], phrase, *after])
    return phrase


def _is_passive(tokens: Tokens, verb: int) -> bool:
    return any(tokens.dep[c] in ("auxpass", "nsubjpass") for c in tokens.children[verb])


def _joined_participle(tokens: Tokens, verb: int, index: int) -> bool:
    """ "killed or injured", "arrested and charged": the "or"/"and" and a participle
    conjoined to the clause's verb say together what was done to what is counted."""
    if tokens.dep[index] == "cc" and tokens.head[index] == verb:
        following = index + 1
        return (
            following < len(tokens)
            and tokens.dep[following] == "conj"
            and tokens.head[following] == verb
            and tokens.tag[following] == tokens.tag[verb] == "VBN"
        )
    return (
        tokens.dep[index] == "conj"
        and tokens.head[index] == verb
        and index > 0
        and tokens.dep[index - 1] == "cc"
        and tokens.tag[index] == tokens.tag[verb] == "VBN"
    )


def _across_a_dateline(tokens: Tokens, name: int, noun: int) -> bool:
    """ "SHANNON, Ireland (Reuters) - Twenty-three people were taken": the parser can hang
    the story's first noun on the dateline's place as an apposition; it is not one."""
    return any(
        tokens.text[i] in _NOT_APPOSITION_MARKS and not _glued_hyphen(tokens, i)
        for i in range(name + 1, noun)
    )


def _in_brackets(tokens: Tokens, index: int) -> bool:
    """ "(Reuters)", "(AP)": a one-word name set in brackets, a dateline's credit."""
    return (
        0 < index < len(tokens) - 1
        and tokens.text[index - 1] == "("
        and tokens.text[index + 1] == ")"
    )


def _is_dateline_place(tokens: Tokens, index: int, verb: int) -> bool:
    """ "TORONTO, March 4 (Wire) -": a place in capitals opening the sentence, cut off
    from the verb by a dateline's dash or brackets."""
    word = tokens.text[index]
    opens = index == 0 or tokens.sent[index - 1] != tokens.sent[index]
    return opens and len(word) > 2 and word.isupper() and _across_a_dateline(tokens, index, verb)


# Marks that end an apposition: a dateline's brackets and dash lie between a place and
# the story's first noun.
_NOT_APPOSITION_MARKS = frozenset({"(", ")", "-", "–", "—", ":"})


def _names_an_event(tokens: Tokens, index: int) -> bool:
    """ "in Monday's shelling", "at last year's election": a date that only says which
    event the noun after it is, not when the clause held."""
    owner = index
    for _ in range(3):
        if tokens.dep[owner] not in ("poss", "case", "compound", "amod", "det"):
            return False
        owner = tokens.head[owner]
        if owner > index and tokens.pos[owner] in _NOUNS and tokens.ent[owner] not in _WHEN:
            return True
    return False


def _since_clause(tokens: Tokens, verb: int) -> int | None:
    """ "children vaccinated since the campaign began": the clause a running count is
    counted since, or None."""
    for child in tokens.children[verb]:
        if (
            tokens.dep[child] == "advcl"
            and child > verb
            and any(tokens.lower[m] == "since" for m in tokens.children[child] if m < child)
        ):
            return child
    return None


def _clause_time(tokens: Tokens, verb: int, skip: range, after: int) -> list[str]:
    """ "gathered outside the town hall on Sunday", "On Saturday, 150 people marched": the
    day or date the clause is told for, from a phrase on its verb not yet read (past
    `after`, or before the verb)."""
    for child in tokens.children[verb]:
        if child in skip or verb < child <= after or tokens.sent[child] != tokens.sent[verb]:
            continue
        if tokens.dep[child] == "prep" and tokens.lower[child] in ("on", "in", "at", "during"):
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.ent[objects[0]] == "DATE" and objects[0] - child <= 3:
                return [tokens.lower[child]] + [
                    tokens.text[i]
                    for i in range(child + 1, objects[0] + 1)
                    if tokens.pos[i] != "DET" or tokens.ent[i] == "DATE"
                ]
    return []


def _governing_verb(tokens: Tokens, verb: int) -> list[str]:
    """ "was expected to draw 60,000 fans": the verb an infinitive depends on, with its
    auxiliaries, says whether the count happened or was only expected, planned or hoped."""
    if tokens.dep[verb] != "xcomp" or tokens.pos[tokens.head[verb]] != "VERB":
        return []
    governor = tokens.head[verb]
    aux = [
        tokens.text[c]
        for c in tokens.children[governor]
        if tokens.dep[c] in ("aux", "auxpass", "neg") and c < governor
    ]
    return [*aux, tokens.text[governor], "to"]


def _governed_by_preposition(
    tokens: Tokens, noun: int, preposition: int, phrase: str, skip: range
) -> str:
    """ "a kidnap plot watched by 6.3 million people", "took samples at six points",
    "the personal details of 2.3 million users": the clause or noun the preposition
    hangs on says what the counted noun is."""
    governor = tokens.head[preposition]
    word = tokens.text[preposition]
    if governor == preposition or tokens.sent[governor] != tokens.sent[noun]:
        return phrase
    if tokens.lower[preposition] in ("including", "among"):
        # "3,000 civilians were still in the city, including 60 children": a part of a
        # group is counted among that group, in the group's own clause.
        group = governor
        if tokens.pos[group] not in _NOUNS:
            subject, _ = _subject_of(tokens, group, skip)
            group = subject if subject is not None else group
        if tokens.pos[group] in _NOUNS and group not in skip:
            whole = _with_predicate(tokens, group, _noun_phrase(tokens, group, skip), skip)
            return _budget([phrase, "among", whole])
        return phrase
    if tokens.lower[preposition] == "of" and (
        tokens.lemma[governor] in _FRAMES or tokens.lower[governor] in PART_QUANTIFIERS
    ):
        # "A total of 312 projects are waiting", "every one of his 31 students had been
        # given": the frame stands in the clause for the counted noun.
        return _with_predicate(tokens, governor, phrase, skip)
    if tokens.pos[governor] in _NOUNS and tokens.lower[preposition] == "of":
        owner = _noun_phrase(tokens, governor, skip, False)
        return _with_predicate(tokens, governor, f"{owner} of {phrase}", skip)
    objects: list[str] = []
    if (
        tokens.pos[governor] in _NOUNS
        and tokens.dep[governor] == "dobj"
        and governor < preposition
        and tokens.pos[tokens.head[governor]] == "VERB"
    ):
        # "housebuilders started work on 29,870 homes", "placed orders for 40 aircraft":
        # the verb and its object together say what the count is.
        objects = [_noun_phrase(tokens, governor, skip, False)]
        governor = tokens.head[governor]
    if tokens.pos[governor] != "VERB" or tokens.lemma[governor] in SPEECH_LEMMAS:
        return phrase
    if tokens.lower[preposition] in _WHEN_PREPS:
        return phrase
    if tokens.lower[preposition] == "of" and preposition < governor:
        return phrase  # "Of the 1,200 pupils who sat the exam, 340 achieved": the group
    subject, _ = _subject_of(tokens, governor, skip)
    who = (
        _named(tokens, subject, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS and subject not in skip
        else ""
    )
    objects = (
        objects
        or [
            _noun_phrase(tokens, c, skip, False)
            for c in tokens.children[governor]
            if tokens.dep[c] == "dobj" and c < preposition and tokens.pos[c] in _NOUNS
        ][:1]
    )
    before = [who] if who else []
    if tokens.lower[preposition] == "between" and skip.start == preposition + 1:
        word = ""  # "needed between £3m and £4m of work": the range's own word
    return _budget([*before, tokens.text[governor], *objects, *([word] if word else []), phrase])


def _level_of_the_subject(tokens: Tokens, noun: int, inside: range) -> str:
    """ "Egg production was 2% lower, at 251 million dozen", "Exports fell 3%, at 41,000
    cars": a count told "at" the level of a clause that is, or changed, says the level of
    the clause's subject, not the counted noun alone. "" when it does not apply."""
    at = tokens.head[noun]
    verb = tokens.head[at]
    if tokens.dep[noun] != "pobj" or tokens.lower[at] != "at" or at == verb:
        return ""
    if tokens.lemma[verb] != "be" and tokens.lemma[verb] not in CHANGE_NOUNS:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)


def _counted_level_reached(tokens: Tokens, noun: int, inside: range) -> str:
    """ "Orders went up 14% to 1,820 units", "Attendance rose 8% to 12,000 fans", "the
    death toll rose to 45 people": a count after "to" on a verb of change is the level
    the changed thing reached, measured as a sum's level would be ("Orders in March"),
    not "Orders went to units" (the counted noun only counts it). "" when it does not
    apply."""
    to = tokens.head[noun]
    verb = tokens.head[to]
    if tokens.dep[noun] != "pobj" or tokens.lower[to] != "to" or to == verb:
        return ""
    if tokens.pos[verb] != "VERB" or (
        tokens.lemma[verb] not in CHANGE_NOUNS and _phrasal_change(tokens, verb) is None
    ):
        return ""
    changed = [c for c in tokens.children[verb] if tokens.dep[c] == "dobj"] or [
        c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass")
    ]  # what changed: the object if any, else the subject
    if any(
        (tokens.pos[c] == "PROPN" and not _common_noun_opening(tokens, c))
        or tokens.ent[c] in _HOLDER_ENTS
        for c in changed[:1]
    ):
        return ""  # "lifts Kingsbridge to 41 points", "the party was reduced to 29 wards": held
    return _clause_measure(tokens, verb, range(inside.start, noun + 1), "to", noun)


_HOLDER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _common_noun_opening(tokens: Tokens, noun: int) -> bool:
    """ "Fraud rose 7% to 50,510 offences", "Burglary fell 4% to 12,300 offences": a lone
    capitalized word opening its sentence, which the tagger calls a proper noun but the
    recognizer names as nothing, is a common noun there (round 25)."""
    return (
        tokens.sent_starts[tokens.sent[noun]] == noun
        and tokens.ent[noun] == ""
        and not any(tokens.dep[c] in ("compound", "poss", "det") for c in tokens.children[noun])
    )


def _from_a_time_before(tokens: Tokens, preposition: int) -> bool:
    """ "climbed 18% from a year earlier to $2.74 billion", "rose 7% from a year ago to
    $312 million": a "from" the parser hung the level's "to" on, whose object is the time
    the change is told against (no amount: not "from £900 to £1,150")."""
    if tokens.lower[preposition] != "from" or tokens.dep[preposition] != "prep":
        return False
    objects = [c for c in tokens.children[preposition] if tokens.dep[c] in ("pobj", "pcomp")]
    if not objects or tokens.head[preposition] == preposition:
        return False
    told = objects[0]
    return (
        tokens.pos[told] != "NUM"
        and not any(
            tokens.pos[c] == "NUM" or tokens.ent[c] in ("MONEY", "PERCENT", "QUANTITY")
            for c in tokens.children[told]
        )
        and tokens.pos[tokens.head[preposition]] in ("VERB", "AUX")
    )


def _rate_of_the_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "The incidence of Lyme disease rose to 14.2 cases per 100,000 people", "the rate
    was 41 cases per 100,000 person-years", "The suicide rate was 14.8 per 100,000
    people": an amount told per a base, as the level of a clause whose verb is a copula or
    a change, is the level of the clause's subject (the rate), in the base's terms; not
    the counted noun alone. "" when it does not apply."""
    after = inside.stop
    if after + 1 >= len(tokens):
        return ""
    counted: int | None = None
    if tokens.lower[after] == "per":  # "14.8 per 100,000 people": no counted noun
        anchor = root
        while after < tokens.head[anchor] <= after + 4:
            anchor = tokens.head[anchor]
        if anchor == root:
            return ""
    elif tokens.head[root] == after and tokens.pos[after] in _NOUNS:
        if tokens.lower[after + 1] != "per":
            return ""
        anchor = counted = after
    else:
        return ""
    verb = tokens.head[anchor]
    if tokens.dep[anchor] == "pobj" and tokens.lower[verb] in ("to", "at"):
        verb = tokens.head[verb]
    elif tokens.dep[anchor] != "attr":
        return ""
    if tokens.lemma[verb] not in _COPULAS and tokens.lemma[verb] not in CHANGE_NOUNS:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)
    # "Among adults who had never smoked, the rate was ...": whose rate it is
    phrase = _joined([phrase, _fronted_phrase(tokens, verb)])
    if counted is None:
        return phrase
    per = counted + 1
    terms = [
        tokens.text[i]
        for i in range(counted, min(per + 5, len(tokens)))
        if i == counted or hangs_within(tokens.head, i, per, 3)
    ]
    return _budget([phrase + ",", *terms])


def _share_made_up_by(tokens: Tokens, root: int, whole: str, skip: range) -> str:
    """ "Women make up 38% of the workforce", "Nurses make up one in five of them",
    "Exports account for a quarter of sales": the share of the whole that the subject
    is ("share of workforce made up by Women"), not "Women make workforce". "" otherwise."""
    verb = tokens.head[root]
    if tokens.dep[root] == "dobj" and tokens.lemma[verb] == "make":
        if not any(
            tokens.dep[c] == "prt" and tokens.lower[c] == "up" for c in tokens.children[verb]
        ):
            return ""
        told = "made up by"
    elif tokens.dep[root] == "pobj" and tokens.lower[verb] == "for":
        verb = tokens.head[verb]
        if tokens.lemma[verb] != "account":
            return ""
        told = "accounted for by"
    else:
        return ""
    subject, _ = _subject_of(tokens, verb, skip)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    who = _noun_phrase(tokens, subject, skip, stop=verb)
    share = any(  # "accounted for 152,300 of the pathways": a count of them, no share
        tokens.lower[i] in (*_PERCENT_WORDS, "in") or _FRACTION_WORD.match(tokens.text[i])
        for i in skip
    )
    return _budget(["share of" if share else "", whole, told, who])


def _amount_tail(tokens: Tokens, inside: range) -> str:
    """ "$2 billion left under a share repurchase plan", "the $1,350 charged for leading
    treatments": a participle after the amount says what the amount is."""
    for index in inside:
        for child in tokens.children[index]:
            if child in inside or child < index or tokens.dep[child] != "acl":
                continue
            if tokens.tag[child] not in ("VBN", "VBD", "VBG"):
                continue
            if any(tokens.lower[i] == "of" for i in range(inside.stop, child)):
                # "one in six of all crimes recorded", "6% of rapes reported": the
                # participle after a share's "of" phrase tells of the whole, not the share
                continue
            words = []
            for position in range(child, min(child + 8, len(tokens))):
                glued = _glued_hyphen(tokens, position)  # "first-time buyers"
                if (tokens.pos[position] == "PUNCT" and not glued) or tokens.ent[position] in _WHEN:
                    break
                if not hangs_within(tokens.head, position, child, 4):
                    break
                words.append(tokens.text[position])
            while words and words[-1].lower() in _STOP_WORDS:
                words.pop()
            return _joined(words)
    return ""


def _linked_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "Rainfall in July was 160 per cent of the average": the subject a copula links the
    amount to, or ""."""
    verb = tokens.head[root]
    if (
        tokens.dep[root] == "pobj"
        and tokens.lower[verb] in ("at", "to")
        and tokens.head[verb] != verb
        and tokens.lemma[tokens.head[verb]] in ("be", "stand", "fall", "rise", "drop")
        and verb == inside.start - 1
    ):  # "The reservoir is at 61% of capacity", "stocks fell to 48% of capacity" (round 18)
        root, verb = verb, tokens.head[verb]
    elif tokens.dep[root] != "attr" or tokens.lemma[verb] != "be":
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, subject, inside, stop=verb)


def _share_measure(tokens: Tokens, root: int, inside: range) -> str:
    """ "One in five trains on the line will be cancelled", "nine in 10 care homes have
    vacancies": the noun after the share is what it counts, in the share's own clause."""
    if tokens.pos[root] != "NUM" or inside.stop >= len(tokens):
        return ""
    last = inside.stop - 1
    if not (inside.start < last and tokens.lower[inside.start + 1] == "in"):
        return ""
    noun = tokens.head[last]
    if noun <= last or noun - last > 3 or tokens.pos[noun] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, noun, inside)
    # The clause's own argument: the share ("One in five trains will be cancelled") or,
    # where the parser made the share a modifier, its noun ("one in five adults said").
    anchor = root if tokens.dep[root] in ("nsubj", "nsubjpass", "dobj") else noun
    # "Fewer than one in three buses ran on time": the parser made "Fewer" the subject
    climb = root
    for _ in range(3):
        if tokens.head[climb] == climb or tokens.dep[climb] in ("nsubj", "nsubjpass"):
            break
        climb = tokens.head[climb]
        if tokens.dep[climb] in ("nsubj", "nsubjpass") and climb < root:
            anchor = climb
            break
        if tokens.lower[climb] not in ("than", "fewer", "more", "less"):
            break
    return _with_predicate(tokens, anchor, phrase, inside)


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


def _listed_object_measure(tokens: Tokens, root: int, inside: range) -> str:
    """ "Officers seized three cars, two motorbikes and £14,000 in cash": an amount at the
    end of a list of objects is measured by the list's verb, as if it stood alone
    ("seized £14,000 in cash"), not by the item before it."""
    if tokens.dep[root] != "conj" or tokens.ent[root] != "MONEY":
        return ""
    item = tokens.head[root]
    for _ in range(6):
        if tokens.dep[item] not in ("conj", "appos") or tokens.head[item] >= item:
            break
        item = tokens.head[item]
    verb = tokens.head[item]
    if tokens.dep[item] != "dobj" or tokens.pos[verb] != "VERB" or tokens.ent[item] == "MONEY":
        return ""  # (not "adults paying £8 and under-16s £2": a list of prices)
    return _clause_measure(tokens, verb, inside, amount=root)


def _price_of_a_misread_verb(tokens: Tokens, start: int, end: int) -> str:
    """ "A typical family home in the village costs around £425,000", "Parking at the
    hospital costs £3.50": the tagger reads "costs" as a plural noun ending the place
    phrase; it is the verb, and the amount is the cost of the thing before the phrase."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    verb = inside.start - 1
    while verb > 0 and tokens.pos[verb] in ("ADP", "SYM", "ADV") and inside.start - verb <= 3:
        verb -= 1  # past "around £", "for"
    if verb < 1 or tokens.tag[verb] != "NNS" or tokens.lemma[verb] not in PRICE_VERB_NOUNS:
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj" and c < verb]
    if subjects:  # "A typical flat in the city now rents for": read as the root noun
        thing = subjects[0]
    else:
        preposition = tokens.head[verb]
        if tokens.dep[verb] != "pobj" or tokens.pos[preposition] != "ADP":
            return ""
        thing = tokens.head[preposition]
        if thing >= preposition:
            return ""
    if tokens.pos[thing] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, thing, inside, stop=verb)
    if not phrase or (phrase == tokens.text[thing] and tokens.lower[thing] in _FRAMES):
        return ""
    return _budget([PRICE_VERB_NOUNS[tokens.lemma[verb]], "of", phrase])


def _average_measure(tokens: Tokens, average: int, skip: range) -> str:
    """ "Diesel costs an average of 152.3p a litre", "Prices in Manchester were up 3.4%
    at an average of £246,800", "Flats sold for an average of £312,000": the average of
    what the clause the noun stands in measures (the cost of diesel, the prices)."""
    if tokens.lemma[average] not in AVERAGE_NOUNS:
        return ""
    dep, verb, preposition = tokens.dep[average], tokens.head[average], ""
    if dep == "pobj" and tokens.pos[verb] == "ADP":
        preposition, verb = tokens.lower[verb], tokens.head[verb]
        if tokens.lower[verb] in _CHANGE_ADVERBS and tokens.head[verb] != verb:
            verb = tokens.head[verb]  # "were up 3.4% at an average of": the level then
        if preposition not in ("at", "to"):
            return ""  # "sold for an average of": the words before say it
    elif dep != "dobj" or tokens.lemma[verb] not in PRICE_VERB_NOUNS:
        return ""  # "paid an average of £1,740": the words before say it
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    # the amount is the noun's: "an average of £96" stands where the noun stands
    clause = _clause_measure(tokens, verb, range(average, skip.stop), preposition, average)
    if not clause or _DIGIT.search(clause):
        return ""
    words = clause.split()
    noun = tokens.lower[average]  # "average", "median"
    return clause if noun in (w.lower() for w in words) else f"{noun} {clause}"


def _noun_subject(tokens: Tokens, verb: int) -> bool:
    """ "Patients lost an average of 6.2kg", "Pupils scored an average of 104": a noun
    does the verb, so the average is of what it did ("average Patients lost"; round 21:
    it read "average")."""
    return any(
        tokens.dep[c] == "nsubj" and tokens.pos[c] in ("NOUN", "PROPN")
        for c in tokens.children[verb]
    )


def _parsed_measure(tokens: Tokens, start: int, end: int) -> str:
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    # What is measured is read from where the whole amount stands.
    root, inside = found
    head, dep = tokens.head[root], tokens.dep[root]
    # "4.2 million euros ($4.6 million)": an amount restated in brackets stands where the
    # amount it restates stands.
    if dep == "appos" and head < root and tokens.ent[head] == tokens.ent[root] != "":
        amount = head
        while tokens.dep[amount] != "appos" and tokens.head[amount] > amount:
            amount = tokens.head[amount]
        root, head, dep = amount, tokens.head[amount], tokens.dep[amount]
    if head == root:
        return ""
    amount_noun = (
        head if dep in _NUMBER_DEPS and tokens.pos[head] in _NOUNS and head > root else root
    )
    average_of = tokens.head[amount_noun]
    if (
        tokens.dep[amount_noun] == "pobj"
        and tokens.lower[average_of] == "of"
        and tokens.lemma[tokens.head[average_of]] in AVERAGE_NOUNS
    ):  # "Scores fell by an average of 11 points": the average fall in the scores, told
        # as with a share or a sum ("by an average of 4%"), not "average of points"
        average_noun = tokens.head[average_of]
        average_frame = _noun_phrase(tokens, average_noun, inside, False)
        average_change = _framed_change(tokens, average_noun, average_frame, inside)
        if average_change:
            return average_change
    gapped = _gapped_change(tokens, inside) or _named_change_then_level(tokens, inside)
    if gapped:
        return gapped
    joined = _change_joined_to_its_level(tokens, root, inside)
    if joined:
        return joined
    listed = _listed_object_measure(tokens, root, inside)
    if listed:
        return listed
    changed = _change_then_level(tokens, root, inside)
    if changed is not None:
        return changed
    if (
        dep == "xcomp"
        and tokens.pos[head] == "VERB"
        and _phrasal_change(tokens, head) is not None
        and any(tokens.lower[c] == "to" and c == inside.start - 1 for c in tokens.children[root])
    ):  # "is going up by 2p to 55.3p a day": the tagger read the level as a verb after "to"
        return _clause_measure(tokens, head, inside, "to", root)
    aged = _age_measure(tokens, inside)
    if aged:
        return aged
    standing = _standing_in_a_poll(tokens, root, inside)
    if standing:
        return standing
    bare = _bare_share_as_subject(tokens, root, inside)
    if bare:
        return bare
    # "with 74% reaching the threshold": a share told in passing, as an absolute.
    if dep == "pobj" and tokens.lower[head] == "with":
        absolute = _with_absolute(tokens, root, head, None, inside)
        if absolute:
            return absolute
    if dep == "nsubj" and tokens.dep[head] == "pcomp" and tokens.lower[tokens.head[head]] == "with":
        absolute = _with_absolute(tokens, root, tokens.head[head], head, inside)
        if absolute:
            return absolute
    tail = _amount_tail(tokens, inside)
    if tail:
        of = tokens.head[root] if dep == "pobj" else root
        framing = tokens.head[of]
        if tokens.lower[of] == "of" and tokens.pos[framing] in _NOUNS and framing < root:
            # "a smaller cut of $600 million targeted at homeowners": the cut, so targeted
            return _budget([_noun_phrase(tokens, framing, inside, False), tail])
        verb = tokens.head[of]
        if tokens.lower[of] == "at" and tokens.pos[verb] == "VERB":
            # "Feed barley was quoted at £146 delivered into East Anglia": the participle
            # gives the price's terms; the clause says what was priced.
            clause = _clause_measure(tokens, verb, inside, "at", root)
            if clause:
                return _budget([clause, tail])
        return tail
    shared = _share_measure(tokens, root, inside)
    if shared:
        return shared
    # "3.5 per cent of the vote", "two-thirds of the fuel": the "of" phrase says of what,
    # also when the parser hung the "of" written right after the amount elsewhere.
    adjacent = inside.stop if inside.stop < len(tokens) else None
    for index in inside:
        children = list(tokens.children[index])
        if index == inside.stop - 1 and adjacent is not None and adjacent not in children:
            children.append(adjacent)
        for child in children:
            if child not in inside and tokens.dep[child] == "prep" and tokens.lower[child] == "of":
                objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
                if objects:
                    phrase = _noun_phrase(tokens, objects[0], inside)
                    counted_noun = (
                        _counted_before(tokens, objects[0], inside)
                        if tokens.lower[objects[0]] in ("them", "those")
                        and not tokens.children[objects[0]]
                        else None
                    )
                    if counted_noun is not None:  # "two-fifths of them": the count before
                        phrase = _noun_phrase(tokens, counted_noun, inside, False)
                    made = _share_made_up_by(tokens, root, phrase, inside)
                    if made:
                        return made
                    linked = _linked_subject(tokens, root, inside)
                    if linked:  # "Rainfall in July was 160 per cent of the average"
                        return _budget([linked, "as share of", phrase])
                    told = _with_predicate(tokens, root, phrase, inside)
                    if told == phrase and any(tokens.lower[i] in _PERCENT_WORDS for i in inside):
                        return f"share of {phrase}"  # "That is 47% of the target"
                    if counted_noun is not None and any(
                        tokens.lower[i] in _PERCENT_WORDS or _FRACTION_WORD.match(tokens.text[i])
                        for i in inside
                    ):  # "two-fifths of them lived alone": a share of the count before
                        return f"share of {told}"
                    return told
    rate = _rate_of_the_subject(tokens, root, inside)
    if rate:
        return rate
    # "the hazard ratio was 1.27 (95% confidence interval 1.09 to 1.48)": the parser hangs
    # the amount on a noun inside the brackets after it; the amount stands where that noun
    # stands (the brackets only qualify it).
    if dep in _NUMBER_DEPS and _bracket_opens_between(tokens, root, head):
        while dep in _NUMBER_DEPS and head > root:  # "(95% CI ...)": up to "CI"
            root, head, dep = head, tokens.head[head], tokens.dep[head]
        if head == root:
            return ""
    # "a £94m penalty", "212 dogs", "a 10-kilometre trench": the noun the amount modifies,
    # climbing through nouns that modify a later noun ("record" in "a record £94m penalty").
    if dep in _NUMBER_DEPS and tokens.pos[head] in _NOUNS:
        while (
            tokens.dep[head] in ("compound", "nmod", "amod")
            and tokens.head[head] > head
            and tokens.pos[tokens.head[head]] in _NOUNS
        ):
            head = tokens.head[head]
        if head > root and canonical_unit(tokens.text[head]) is None:
            is_count = not any(  # a count, not a sum or a share ("at 4% mortgage rates")
                tokens.pos[i] == "SYM" or tokens.lower[i] in _PERCENT_WORDS for i in inside
            )
            level = _level_of_the_subject(tokens, head, inside) if is_count else ""
            if level:
                return level
            reached = _counted_level_reached(tokens, head, inside) if is_count else ""
            if reached:
                return reached
            phrase = _noun_phrase(tokens, head, inside)
            name = _appositive_of(tokens, head, inside)
            if name:
                return _budget([name + ",", phrase])
            return _with_predicate(tokens, head, phrase, inside)
        if head > root:
            return ""
        # "a record £94m", "climbed to a record $1.02 million": the noun the amount
        # stands beside (or that the parser hung the amount on) stands where the amount does.
        record = (  # "a record $1.02 million", "hit a record 516,000", not "a grade 4"
            dep == "nummod"
            and (
                tokens.ent[root] in ("MONEY", "PERCENT", "QUANTITY")
                or tokens.lower[head] == "record"
            )
            and any(tokens.lower[c] in ("a", "an") for c in tokens.children[head])
        )
        if (dep == "appos" or record) and tokens.pos[head] == "NOUN":
            root, head, dep = head, tokens.head[head], tokens.dep[head]
    compared = _compared_measure(tokens, root, head, dep, inside) or _compared_noun(
        tokens, head, dep, inside
    )
    if compared:
        return compared
    # "a typical school would be about £190,000 short of what it needs", "the wall is 3m
    # thick": the amount says how far the subject is what the adjective says.
    if dep == "npadvmod" and tokens.pos[head] == "ADJ" and tokens.dep[head] == "acomp":
        subject, _ = _subject_of(tokens, tokens.head[head], inside)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            subject = _through_frames(tokens, subject)
            phrase = _noun_phrase(tokens, subject, inside, stop=tokens.head[head])
            return _budget([phrase, *_words_under(tokens, head, inside)])
    # "exports worth about $900m", "taking bribes worth 4.2 million euros": what is worth it.
    if tokens.lemma[head] == "worth" and head > 0:
        owner = tokens.head[head]
        if tokens.pos[owner] == "VERB":
            objects = [c for c in tokens.children[owner] if tokens.dep[c] == "dobj"]
            owner = objects[0] if objects else owner
        if canonical_unit(tokens.text[owner]) is not None:  # "14kg of cocaine worth £1.1m"
            owner = _through_frames(tokens, owner, units=True)
        if tokens.pos[owner] in _NOUNS and owner not in inside:
            phrase = _noun_phrase(tokens, owner, inside, False)
            when = _when_of(tokens, [root, head], inside)  # "exports worth $900m last year"
            return _budget([_with_predicate(tokens, owner, phrase, inside), *when])
        return ""
    # "a population of 70,000", "a rise of 7%": the noun the "of" phrase belongs to;
    # "revenue rose 6% to $3.1bn", "shares closed at 864p": the subject of the verb.
    # "almost 300 miles from his constituency", "six feet below its normal level".
    if dep == "npadvmod" and tokens.pos[head] == "ADP" and tokens.lower[head] in _RELATIVE_PREPS:
        objects = [c for c in tokens.children[head] if tokens.dep[c] == "pobj"]
        if objects and canonical_unit(tokens.text[root]) is not None:
            place = _noun_phrase(tokens, objects[0], inside)
            verb = tokens.head[head]
            subject = None
            if tokens.lower[root] in _PERCENT_WORDS and tokens.pos[verb] in ("VERB", "AUX"):
                subject, _ = _subject_of(tokens, verb, inside)
                change = CHANGE_NOUNS.get(tokens.lemma[verb])
                changed_nouns = [
                    c
                    for c in tokens.children[verb]
                    if tokens.dep[c] == "dobj" and tokens.pos[c] in _NOUNS and c < head
                ]
                if change and changed_nouns:
                    # "raise the property tax by 10% above its base rate": the change in
                    # what the verb changes, not its doer (round 25)
                    thing = _noun_phrase(tokens, changed_nouns[0], inside)
                    return _joined([change, "in", thing, tokens.text[head], place])
            if subject is not None and tokens.pos[subject] in _NOUNS:
                # "Rural bus journeys were 31% below their pre-pandemic level": a share
                # below a level measures the subject, set against that level.
                who = _noun_phrase(tokens, subject, inside, stop=verb)
                return _joined([who, tokens.text[head], place])
            return _joined([tokens.text[root], tokens.text[head], place])
    changed_by = _changed_by(tokens, head, inside) if dep == "pobj" else ""
    if changed_by:
        return changed_by
    # "edged up 2% to £1.1bn": the parser may tag the "to" of a level a particle
    if dep == "pobj" and (
        tokens.pos[head] == "ADP" or (tokens.pos[head] == "PART" and tokens.dep[head] == "prep")
    ):
        governor = tokens.head[head]
        preposition = tokens.lower[head]
        if preposition == "by" and any(
            tokens.lower[c] == "to" and tokens.dep[c] == "quantmod" and c < inside.start
            for c in tokens.children[root]
        ):  # "will rise by 5% to £1,410": the parser's one range; this is the level
            preposition = "to"
        if (
            preposition == "to"
            and tokens.lower[governor] == "by"
            and tokens.dep[governor] == "prep"
            and tokens.pos[tokens.head[governor]] == "VERB"
        ):  # "are going down by 20p to £2": the parser hung the level on the change's "by"
            governor = tokens.head[governor]
        if preposition == "to" and _from_a_time_before(tokens, governor):
            governor = tokens.head[governor]  # "jumped 22% from a year earlier to $4.8bn"
        if preposition == "to":  # "fell 6% over the same period to 96,400"
            spanned = _change_over_a_span(tokens, governor)
            governor = governor if spanned is None else spanned
        changer = _change_verb_above(tokens, governor) if preposition == "by" else None
        if changer is not None:  # "cut the risk of a second heart attack by 23%"
            return _clause_measure(tokens, changer, inside, preposition, root)
        # "fell to 51%, compared with 78% at this time last year": the same measure then.
        if tokens.lemma[governor] == "compare" and tokens.head[governor] != governor:
            anchor = tokens.head[governor]
            if tokens.pos[anchor] in ("VERB", "AUX"):
                then = _own_phrases(tokens, root, inside, _WHEN_OWN)
                level = _clause_measure(tokens, anchor, inside, "to", None)
                return _budget([level, *then, *_when_of(tokens, [root], inside)]) if level else ""
        if preposition == "of" and tokens.dep[governor] == "pobj":
            qualified = _qualified_noun(tokens, tokens.head[governor])
            if qualified is not None:  # "profit before tax of £212m": the profit's
                governor = qualified
        if tokens.pos[governor] in _NOUNS and preposition == "of":
            named = _size_of_a_named_change(tokens, governor, inside)
            if named:
                return named
            frame = _noun_phrase(tokens, governor, inside, False)
            averaged = _average_measure(tokens, governor, inside)
            if averaged:
                return averaged
            # "claimed a total of £16.2m in office costs": a frame stands for the amount.
            verb = tokens.head[governor]
            if (
                tokens.lemma[governor] in _FRAMES
                and tokens.dep[governor] in ("dobj", "nsubjpass")
                and tokens.pos[verb] == "VERB"
            ):
                # (the frame and its "of" stand where the amount does: not "to total")
                clause = _clause_measure(tokens, verb, range(governor, inside.stop), "", governor)
                if clause:
                    return clause if frame == tokens.text[governor] else f"{frame} of {clause}"
            changed = _framed_change(tokens, governor, frame, inside)
            if changed:
                return changed
            next_word = inside.stop
            against = (
                _phrase_after(tokens, inside, _AGAINST_PREPS)
                # (not "brought gusts of up to 82mph to the Dales": the verb's phrase)
                if next_word < len(tokens)
                and tokens.pos[tokens.head[next_word]] not in ("VERB", "AUX")
                else None
            )
            if against:  # "a premium of 38% to Nordavia's closing price"
                return _budget([frame, against])
            done = tokens.head[governor]
            if (
                " " not in frame
                and tokens.dep[governor] == "conj"
                and tokens.dep[done] == "dobj"
                and tokens.tag[tokens.head[done]] in ("VBD", "VBN")
            ):  # "Storm Ivor brought torrential rain and gusts of up to 82mph": the second
                # object shares the verb
                return _with_predicate(tokens, governor, frame, inside)
            if " " not in frame:
                bare = _bare_frame(tokens, governor, frame, inside)
                if (
                    bare == frame
                    and tokens.lemma[governor] in AVERAGE_NOUNS
                    and tokens.dep[governor] == "dobj"
                    and tokens.pos[done] == "VERB"
                    and _noun_subject(tokens, done)
                ):  # "Patients lost an average of 6.2kg": "average Patients lost", not
                    # "average" (round 21)
                    clause = _clause_measure(
                        tokens, done, range(governor, inside.stop), "", governor
                    )
                    if clause and not _DIGIT.search(clause):
                        return f"{frame} {clause}"
                return bare
            if (
                tokens.dep[governor] == "dobj"
                and tokens.tag[done] in ("VBD", "VBN")
                and tokens.lemma[done] not in _HOLDING_LEMMAS
            ):  # "handed over his entire savings of £22,000": the savings handed over
                return _with_predicate(tokens, governor, frame, inside)
            return frame
        if tokens.lower[governor] in _CHANGE_ADVERBS and tokens.head[governor] != governor:
            # "212 dogs were reported stolen, up from 151 the year before": the same count.
            verb = tokens.head[governor]
            subject, _ = _subject_of(tokens, verb, inside)
            if subject is not None and tokens.pos[subject] in _NOUNS and preposition == "from":
                counted = _noun_phrase(tokens, subject, inside, stop=verb)
                counted = _with_predicate(tokens, subject, counted, inside)
                # "up 7% from £54.23 in the sixth round": where or when that level held
                after = _verb_extras(tokens, governor, inside, root, limit=1)
                return _budget([counted, *_when_of(tokens, [root], inside), *after])
            if (
                subject is not None
                and tokens.pos[subject] in _NOUNS
                and preposition in ("to", "at")
                and tokens.lemma[verb] in _COPULAS
            ):  # "Pre-tax profit was up 18% to $412m": the subject's new level
                level = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)
                return _budget([level, *_when_of(tokens, [root], inside)])
        if preposition == "up" and tokens.pos[governor] in ("VERB", "AUX"):  # "up to £15,000"
            return _clause_measure(tokens, governor, inside, "up", root)
        if tokens.pos[governor] in ("VERB", "AUX") and preposition in _LEVEL_PREPS | _BY_FOR:
            return _clause_measure(tokens, governor, inside, preposition, root)
        return ""
    if (
        dep in ("nsubj", "nsubjpass")
        and tokens.pos[root] == "NUM"
        and tokens.pos[head] == "VERB"
        and not any(tokens.ent[i] == "MONEY" or tokens.lower[i] in _PERCENT_WORDS for i in inside)
    ):
        # "Of the 1,200 pupils who sat, 340 achieved a top grade": a bare number counts
        # the group named in front, as its clause tells. Without one, a number right
        # before its verb may name something ("93 stands"): the words decide (_measure).
        group = _fronted_group(tokens, head, inside)
        if group:
            return _with_predicate(tokens, root, group, inside)
    # "£11,000 had been recovered so far": the amount is what the verb did to it.
    if dep == "nsubjpass" and tokens.pos[head] == "VERB":
        noun = _amount_noun(tokens, head) or ""
        words = [tokens.text[head], *_verb_extras(tokens, head, inside, None)]
        kind = noun.rpartition(" ")[0].split()  # "money recovered by" -> money
        return _budget([kind[0], *words] if len(kind) > 1 else words)
    # "Shares fell 3.2 per cent", "the club spent £17.5m on the stand", "the fine is £94m".
    # "(down 0.2%)" after a level: the parser may tag the change word a preposition.
    adverb_of_change = (
        tokens.pos[head] in ("ADV", "ADP")
        and tokens.dep[head] == "advmod"
        and tokens.lower[head] in CHANGE_NOUNS
    )
    if dep in _OBJECT_DEPS and (tokens.pos[head] in ("VERB", "AUX") or adverb_of_change):
        gap = _gap_on_a_copula(tokens, head, root, inside)
        if gap:
            return gap
        return _change_on_a_copula(tokens, head, root, inside) or _clause_measure(
            tokens, head, inside, "", root
        )
    # "rose 3.4% in the quarter and 14.1% over the year", "add six months and £900,000 to
    # the project": a second amount the parser joined to the verb, whose verb it shares.
    if dep == "conj" and tokens.pos[head] in ("VERB", "AUX") and head < root:
        measure = _clause_measure(tokens, head, inside, "", root)
        # "stood at 41,200, up from 39,800 in 2024 and 35,100 in 2020": the level then
        then = (
            _own_phrases(tokens, root, inside, _WHEN_OWN) or _when_of(tokens, [root], inside)
            if measure
            else []
        )
        if then and tokens.lemma[head] in _COPULAS and " ".join(then) not in measure:
            return _budget([measure, *then])
        return measure
    return ""


_TOLD_DEPS = frozenset({"acomp", "attr", "prep", "advmod"})
_TOLD_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_STATE_DEPS = frozenset({"acomp", "prep", "advmod"})


_CONTRAST_JOIN = re.compile(r"(?:,?\s+(?:but|and|while|whereas)|;)\s+(?:\w+\s+){0,2}$")


def _count_sharing_the_noun_before(
    text: str, tokens: Tokens, figure: FoundFigure, figures: list[FoundFigure]
) -> FoundFigure | None:
    """ "reconnected 31,500 customers by 6am, but about 8,500 were still without
    electricity", "cancelled 120 flights, and 45 were delayed": a bare count that is the
    subject of the next clause counts what the count before it in its sentence counts,
    with what its own clause says of them. None when it does not apply."""
    if not figures:
        return None
    before = figures[-1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or not _same_sentence(text, before, figure)
        or not _CONTRAST_JOIN.search(text, before.end, figure.start)
    ):
        return None
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return None
    number = inside.stop - 1
    verb = tokens.head[number]
    if tokens.dep[number] not in ("nsubj", "nsubjpass") or tokens.pos[verb] not in ("VERB", "AUX"):
        return None
    told = figure.measures
    if not told:  # "8,500 were still without electricity": what the copula says of them
        children = [  # (not "600 are agency staff": who they are is no count of the noun)
            c for c in tokens.children[verb] if c > verb and tokens.dep[c] in _STATE_DEPS
        ]
        told = _joined([w for c in children[:3] for w in _words_under(tokens, c, inside)])
    if not told:
        return None
    return replace(figure, unit=before.unit, measures=_budget([before.unit, told]))


def _standing_in_a_poll(tokens: Tokens, root: int, inside: range) -> str:
    """ "The poll put Fianna Fáil on 22% and Sinn Féin on 31%", "the Conservatives on
    27%", "The Tories were on 24%": a share "on" which a named party or candidate stands
    is its support ("support for Fianna Fáil"), not "put Fianna Fáil on". "" otherwise."""
    on = tokens.head[root]
    if (
        tokens.dep[root] != "pobj"
        or tokens.lower[on] != "on"
        or on != inside.start - 1
        or not any(tokens.lower[i] in _PERCENT_WORDS for i in inside)
    ):
        return ""
    holder = on - 1  # "the Conservatives on 27%", "put Sinn Féin on 31%"
    if tokens.pos[holder] in ("VERB", "AUX"):
        # "The Tories were on 24%": the subject of a copula right before "on"
        named = [c for c in tokens.children[holder] if tokens.dep[c] == "nsubj" and c < holder]
        if tokens.lemma[holder] != "be" or tokens.head[on] != holder or not named:
            return ""
        holder = named[0]
    if holder < 0 or not (
        (tokens.pos[holder] == "PROPN" and tokens.ent[holder] not in ("GPE", "LOC"))
        or tokens.ent[holder] in ("ORG", "NORP", "PERSON")
        or _a_party_ending_in_a_place(tokens, holder)
    ):
        return ""  # ("with Germany on 2.1%": a country's rate)
    sentence = tokens.sent[on]
    first = tokens.sent_starts[max(0, sentence - 2)]
    # (or later in its own sentence, round 21: "Reform UK on 19%, ..., the poll found")
    last = (
        tokens.sent_starts[sentence + 1] if sentence + 1 < len(tokens.sent_starts) else len(tokens)
    )
    if not any(tokens.lemma[i] in POLL_STANDING_LEMMAS for i in range(first, last)):
        return ""
    return _budget(["support for", _noun_phrase(tokens, holder, inside, False)])


def _a_party_ending_in_a_place(tokens: Tokens, holder: int) -> bool:
    """ "Reform UK on 19%": a name the recognizer cut to its last word, a place, is a
    party when a capitalized word outside the place's own name is written right before it
    (round 26; not "Northern Ireland on 4%", one place)."""
    before = holder - 1
    return (
        tokens.pos[holder] == "PROPN"
        and before >= 0
        and tokens.head[before] == holder
        and tokens.dep[before] == "compound"
        and tokens.pos[before] == "PROPN"
        and tokens.text[before][:1].isupper()
        and tokens.ent[before] not in ("GPE", "LOC")
    )


def _only_the_unit(measures: str) -> bool:
    """Does a measure hold nothing but a unit of measurement ("C", "mm", "km/h", "mm
    possible")? A word beside the unit may be left from the words after the number."""
    words = measures.split()
    return bool(words) and (
        canonical_unit(measures) is not None
        or (len(words) <= 2 and canonical_unit(words[0]) is not None)
    )


def _beyond_the_unit(tokens: Tokens, start: int, end: int) -> str:
    """ "It only takes 30cm of moving water to float a car", "A further 25mm is possible
    on higher ground", "The thermometer read 40C", "temperatures would fall to around 16C
    by Sunday": when the words beside a number give nothing but its unit, what it
    measures is what hangs on the unit to its right or, without that, the clause it
    stands in with the time or place told after it. "" when the parse says no more."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    root, inside = found
    own = [w for w in _words_under(tokens, root, inside) if canonical_unit(w) is None]
    while own and own[0].lower() in _STOP_WORDS:
        own = own[1:]
    under = range(inside.stop, min(inside.stop + _MAX_PHRASE, len(tokens)))
    if not any(tokens.pos[i] in _TOLD_POS and hangs_within(tokens.head, i, root, 4) for i in under):
        own = []  # "a Vauxhall with 180,000 miles on it": nothing but a pronoun
    verb = root
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return _budget(own)
    # the preposition the amount stands after, past a hedge ("to around 16C")
    before = [i for i in range(max(0, inside.start - 2), inside.start) if tokens.pos[i] == "ADP"]
    levels = [i for i in before if tokens.lower[i] in _LEVEL_PREPS]
    preposition = tokens.lower[(levels or before)[-1]] if before else ""
    if tokens.dep[root] in ("nsubj", "nsubjpass") and tokens.head[root] == verb:
        # "A further 25mm is possible on higher ground": what the clause says of it
        told = [c for c in tokens.children[verb] if c > verb and tokens.dep[c] in _TOLD_DEPS]
        return _budget([*own, *(w for c in told[:2] for w in _words_under(tokens, c, inside))])
    if own:
        return _budget(own)
    clause = _clause_measure(tokens, verb, inside, preposition, root)
    if not clause:
        return ""
    return _budget([clause, *_verb_extras(tokens, verb, inside, root, limit=1)])


def _gapped_change(tokens: Tokens, inside: range) -> str:
    """ "The unit rate for electricity will rise to 26.2p, and gas to 6.6p", "Bread rose by
    4% and milk by 6%", "The standing charge rises to 60.1p a day and the unit rate to
    27.3p": a second clause that leaves out the verb of change it shares with the first
    tells the level ("to") or the change ("by") of its own noun, which stands in the
    first subject's "for"/"of" phrase when it is of another kind ("unit rate for gas").
    "" otherwise."""
    link = inside.start - 1
    if link < 3 or inside.start >= len(tokens) or tokens.lower[link] not in ("to", "by"):
        return ""
    noun = link - 1
    verb = tokens.head[noun]
    if (
        tokens.pos[noun] not in _NOUNS
        or tokens.dep[noun] != "conj"
        or tokens.pos[verb] != "VERB"
        or verb >= noun
    ):
        return ""
    change = CHANGE_NOUNS.get(tokens.lemma[verb]) or _phrasal_change(tokens, verb)
    first = min([noun, *(c for c in tokens.children[noun] if c < noun)])
    if change is None or first < 1 or tokens.lower[first - 1] != "and":
        return ""
    phrase = _noun_phrase(tokens, noun, inside, False)
    subject, _ = _subject_of(tokens, verb, inside)
    if (
        subject is not None
        and tokens.pos[subject] in _NOUNS
        and tokens.lemma[subject] != tokens.lemma[noun]
    ):
        framed = [
            c
            for c in tokens.children[subject]
            if tokens.dep[c] == "prep" and tokens.lower[c] in ("for", "of") and c == subject + 1
        ]
        if framed and " " not in phrase:  # "the unit rate for electricity ... and gas"
            head = _noun_phrase(tokens, subject, inside, False, stop=framed[0])
            phrase = _joined([head, tokens.text[framed[0]], phrase])
    return _budget([change, "in", phrase] if tokens.lower[link] == "by" else [phrase])


def _named_change_then_level(tokens: Tokens, inside: range) -> str:
    """ "Council tax bills face a rise of 4.99% to £2,104", "Melbourne lagged with a rise
    of 1.9 per cent to $812,000", "an increase of 12% to £88m in operating profit": after
    a change named as a noun, the amount after "of" is the change ("rise in council tax
    bills") and the one after "to" the level of what changed (its "in" phrase, or else the
    subject of the clause the noun is in). "" otherwise."""
    if not len(inside) or inside.start < 3 or inside.stop >= len(tokens):
        return ""
    before = inside.start - 1
    if tokens.lower[before] == "of":  # the change: "a rise of 4.99% to ..."
        after = inside.stop
        if tokens.lower[after] != "to" or after + 1 >= len(tokens):
            return ""
        following = after + 1
        if tokens.pos[following] not in ("NUM", "SYM") and not _DIGIT.search(
            tokens.text[following]
        ):
            return ""
        noun, level = before - 1, False
    elif tokens.lower[before] == "to":  # the level: "... of 4.99% to £2,104"
        window = range(before - 1, max(0, before - 7), -1)
        of = next((i for i in window if tokens.lower[i] == "of"), None)
        if of is None or not all(
            tokens.pos[i] in ("NUM", "SYM", "NOUN") for i in range(of + 1, before)
        ):
            return ""
        noun, level = of - 1, True
    else:
        return ""
    if tokens.pos[noun] != "NOUN" or tokens.lemma[noun] not in _CHANGE_NOUN_WORDS:
        return ""
    # what changed "in": on the noun, or on its verb after the amounts ("posted a fall of
    # 8% to £41m in pre-tax profit")
    holders = [noun, tokens.head[noun]] if tokens.dep[noun] == "dobj" else [noun]
    changed = [
        o
        for h in holders
        for c in tokens.children[h]
        if tokens.dep[c] == "prep" and tokens.lower[c] == "in" and c > noun
        for o in tokens.children[c]
        if tokens.dep[o] == "pobj" and tokens.pos[o] in _NOUNS and o not in inside
    ]
    if changed:
        thing = _noun_phrase(tokens, changed[0], inside, False)
    else:
        holder = tokens.head[noun]
        if tokens.dep[noun] == "pobj" and tokens.lower[holder] == "with":
            holder = tokens.head[holder]  # "lagged with a rise of"
        elif tokens.dep[noun] != "dobj":
            return ""
        if tokens.pos[holder] != "VERB" or tokens.lemma[holder] not in CHANGE_UNDERGOING_LEMMAS:
            return ""
        subject, _ = _subject_of(tokens, holder, inside)
        if (
            subject is None
            or tokens.pos[subject] not in _NOUNS
            or tokens.ent[subject] in ("PERSON", "ORG", "NORP")
            or _is_person_noun(tokens.lemma[subject])
        ):
            return ""
        thing = _noun_phrase(tokens, subject, inside, stop=holder)
    if not thing:
        return ""
    return thing if level else _budget([tokens.text[noun], "in", thing])


def _change_joined_to_its_level(tokens: Tokens, root: int, inside: range) -> str:
    """ "Council tax will rise by 5% to £1,410": the parser may hang the change on the
    level after "to" as one range under "by"; the change is the verb's change ("rise in
    council tax"). "" otherwise."""
    level = tokens.head[root]
    if not (
        tokens.dep[root] in ("quantmod", "nummod")
        and level > root
        and tokens.dep[level] == "pobj"
        and tokens.lower[tokens.head[level]] == "by"
        and any(tokens.lower[i] == "to" for i in range(inside.stop, level))
    ):
        return ""
    verb = tokens.head[tokens.head[level]]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    return _clause_measure(tokens, verb, inside, "by", root)


def _change_on_a_copula(tokens: Tokens, verb: int, root: int, inside: range) -> str:
    """ "Exports were 3% down on last year", "Passenger numbers were 11 per cent up on
    2024": "up" or "down" right after an amount on a copula makes the amount a change of
    the subject (not its level), against what "on" or "from" names. "" otherwise."""
    after = inside.stop
    if after >= len(tokens):
        return ""
    if verb == after:  # the parser hung the amount on "up", and "up" on the copula
        verb = tokens.head[after]
    if not (
        tokens.lemma[verb] in _COPULAS
        and tokens.head[after] in (verb, *inside)
        and tokens.dep[after] == "advmod"
        and tokens.lower[after] in _CHANGE_ADVERBS
    ):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)
    against = after + 1
    words: list[str] = []
    if (
        against < len(tokens)
        and tokens.dep[against] == "prep"
        and tokens.lower[against] in ("on", "from")
        and tokens.head[against] in (verb, after, *inside)
    ):
        words = [tokens.text[against], *_set_against(tokens, against)]
    return _budget([CHANGE_NOUNS[tokens.lower[after]], "in", phrase, *words])


def _changed_by(tokens: Tokens, by: int, inside: range) -> str:
    """ "with the number from China down by a fifth", "with exports up by 4%", "Ticket
    sales were down by a quarter on last season": "up by" or "down by" an amount is a
    change of the noun that is up or down (a rise or a fall in it), against what "on" or
    "from" after the amount names. "" otherwise."""
    adverb = by - 1
    if tokens.lower[by] != "by" or adverb < 0 or tokens.lower[adverb] not in _CHANGE_ADVERBS:
        return ""
    owner: int | None = None
    if tokens.head[by] == adverb:
        subjects = [c for c in tokens.children[adverb] if tokens.dep[c] in ("nsubj", "nsubjpass")]
        verb = tokens.head[adverb]
        if subjects:  # "with the number from China down by a fifth"
            owner = subjects[0]
        elif verb != adverb and tokens.lemma[verb] in _COPULAS:  # "sales were down by"
            owner, _ = _subject_of(tokens, verb, inside)
        elif verb < adverb and tokens.pos[verb] in _NOUNS:
            owner = verb
    elif tokens.head[by] == tokens.head[adverb] != adverb:
        shared = tokens.head[by]
        if tokens.lemma[shared] in _COPULAS:  # "profits were up by £2m"
            owner, _ = _subject_of(tokens, shared, inside)
        elif shared < adverb:  # "with exports up by 4%": both hang on the noun
            owner = shared
    if owner is None or tokens.pos[owner] not in _NOUNS or owner in inside:
        return ""
    phrase = _noun_phrase(tokens, _through_frames(tokens, owner), inside, stop=adverb)
    after = inside.stop
    against = (
        [tokens.text[after], *_set_against(tokens, after)]
        if after < len(tokens) and tokens.lower[after] in ("on", "from")
        else []
    )
    return _budget([CHANGE_NOUNS[tokens.lower[adverb]], "in", phrase, *against])


def _population_measure(tokens: Tokens, start: int, end: int) -> str:
    """ "Thornby Moor, a market town of 9,000 people", "the island, home to 2,300 people":
    a count of the people a place is made of is its population ("population of Thornby
    Moor"), not the town's people. "" when it does not apply."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    number = inside[-1]
    people = tokens.head[number]
    if tokens.dep[number] != "nummod" or tokens.lower[people] not in POPULATION_NOUNS:
        return ""
    link = tokens.head[people]
    place = tokens.head[link]
    if tokens.dep[people] != "pobj" or tokens.lower[link] not in ("of", "to"):
        return ""
    if tokens.lower[link] == "to":  # "home to 2,300 people"
        if tokens.lower[place] != "home":
            return ""
        place = tokens.head[place]
    if tokens.lemma[place] not in SETTLEMENT_NOUNS or place == people:
        return ""
    named = tokens.head[place] if tokens.dep[place] in ("appos", "advmod") else None
    if named is None or tokens.pos[named] != "PROPN":
        named = next(
            (c for c in tokens.children[place] if tokens.dep[c] == "appos"),
            None,
        )
        named = named if named is not None and tokens.pos[named] == "PROPN" else None
    where = named if named is not None else place
    return _budget(["population of", _noun_phrase(tokens, where, inside, False)])


def _rises_up_to(tokens: Tokens, position: int) -> bool:
    """ "will go up to 6.8p", "fares went up to £4.20": "up" belongs to a verb of rising,
    and "to" brings the level reached, not a maximum ("up to £5,000")."""
    found = tokens.between(position, position + 2)
    if not len(found) or tokens.lower[found.start] != "up":
        return False
    up = found.start
    head = tokens.head[up]
    return (tokens.dep[up] in ("prt", "advmod") and tokens.pos[head] == "VERB") or (
        up > 0 and tokens.lemma[up - 1] in RISE_UP_VERBS
    )


def _change_over_a_span(tokens: Tokens, noun: int) -> int | None:
    """ "Burglaries fell 12% over the same period to 8,310": the parser hung "to 8,310" on
    the period the change happened over; the verb of change it belongs to, or None."""
    preposition = tokens.head[noun]
    verb = tokens.head[preposition]
    if (
        tokens.dep[noun] == "pobj"
        and (is_duration(tokens.lemma[noun]) or tokens.lemma[noun] in REPORTING_PERIOD_NOUNS)
        and tokens.lower[preposition] in ("over", "in", "during", "for")
        and tokens.pos[verb] == "VERB"
        and tokens.lemma[verb] in CHANGE_NOUNS
    ):
        return verb
    return None


def _change_verb_above(tokens: Tokens, noun: int) -> int | None:
    """ "The drug cut the risk of a second heart attack by 23%": the parser hung "by 23%"
    on a noun inside the object of a verb of change; that verb says what changed by it.
    The verb, or None."""
    if tokens.pos[noun] not in _NOUNS:
        return None
    current = noun
    for _ in range(4):
        parent = tokens.head[current]
        if parent == current or tokens.dep[current] not in ("pobj", "prep", "dobj"):
            return None
        if tokens.dep[current] == "dobj":
            return (
                parent
                if tokens.pos[parent] == "VERB" and tokens.lemma[parent] in CHANGE_NOUNS
                else None
            )
        current = parent
    return None


def _change_then_level(tokens: Tokens, root: int, inside: range) -> str | None:
    """ "fell by 23,000 to 1.41 million", which the parser can read as one range under
    "by": the first amount is the change, the second the level reached. None when the
    amount is not in that shape."""
    level = root
    if tokens.dep[root] == "quantmod" and tokens.pos[tokens.head[root]] == "NUM":
        level = tokens.head[root]
    else:  # "$236/t": the amount stands on its unit; the number is the level
        level = next((c for c in tokens.children[root] if tokens.dep[c] == "nummod"), root)
    joins = [c for c in tokens.children[level] if tokens.lower[c] == "to" and c < level]
    if not joins:
        return None
    carrier = level  # "to $236/t", "to 1.41 million tonnes": the unit carries the level
    if tokens.dep[level] == "nummod" and 0 < tokens.head[level] - level <= 3:
        carrier = tokens.head[level]
    by = tokens.head[carrier]
    if tokens.dep[carrier] == "pobj" and tokens.lower[by] == "by":
        verb = tokens.head[by]
    elif (
        tokens.dep[carrier] in ("npadvmod", "dobj")
        and tokens.pos[by] == "VERB"
        and tokens.lemma[by] in CHANGE_NOUNS
    ):
        verb = by  # "fell $12 to $236/t": the same, with no "by"
    elif (
        tokens.dep[carrier] == "npadvmod"
        and tokens.lower[by] in _CHANGE_ADVERBS
        and _phrasal_change(tokens, tokens.head[by]) is not None
    ):
        verb = tokens.head[by]  # "will go up 5% to £3.10": the same, on the particle
    else:
        return None
    if level in inside and joins[0] in inside:  # "drop by another 300 to 400": a range
        return None
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return None
    both = range(min([by + 1, *inside]), max(level + 1, inside.stop))
    return _clause_measure(tokens, verb, both, "to" if level in inside else "by", root)


def _with_absolute(
    tokens: Tokens, root: int, with_: int, participle: int | None, inside: range
) -> str:
    """ "Attendance held up, with 91% of pupils attending", "pupils in London did better,
    with 74% reaching the threshold": the share of the group (its "of" phrase, or else
    the subject of the clause the "with" hangs on) doing what the participle says, or ""."""
    group_of = [
        o
        for c in tokens.children[root]
        if tokens.dep[c] == "prep" and tokens.lower[c] == "of"
        for o in tokens.children[c]
        if tokens.dep[o] == "pobj" and tokens.pos[o] in _NOUNS
    ]
    holders = [group_of[0], root] if group_of else [root]
    doing = [participle] if participle is not None else []
    doing += [
        c
        for holder in holders
        for c in tokens.children[holder]
        if tokens.dep[c] in ("acl", "relcl") and tokens.tag[c] in ("VBG", "VBN") and c > holder
    ]
    if not doing:
        return ""
    if group_of:
        group = _noun_phrase(tokens, group_of[0], inside, False)
    else:
        subject, _ = _subject_of(tokens, tokens.head[with_], inside)
        if subject is None or tokens.pos[subject] not in _NOUNS:
            return ""
        group = _noun_phrase(tokens, subject, inside, stop=tokens.head[with_])
    share = ["share of"] if any(tokens.lower[i] in _PERCENT_WORDS for i in inside) else []
    return _budget([*share, group, *_words_under(tokens, doing[0], inside)])


def _fronted_group(tokens: Tokens, verb: int, skip: range) -> str:
    """ "Of the 1,200 pupils who sat the exam, 340 achieved": the group an "of" phrase
    set before the clause names, or ""."""
    for child in tokens.children[verb]:
        if tokens.dep[child] == "prep" and tokens.lower[child] == "of" and child < verb:
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.pos[objects[0]] in _NOUNS:
                return _noun_phrase(tokens, objects[0], skip, False)
    return ""


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_PERCENT_WORDS = frozenset({"%", "cent", "percent"})


def _compared_measure(tokens: Tokens, root: int, head: int, dep: str, inside: range) -> str:
    """ "Milk yields were 2.5 per cent lower in the seaweed group", "prices were 4% higher
    than a year earlier", "were 30 per cent less likely to be readmitted": an amount that
    says by how much a comparison differs measures its subject, compared as written."""
    if dep != "npadvmod" or tokens.pos[head] not in ("ADJ", "ADV"):
        return ""
    degree = [c for c in tokens.children[head] if tokens.lower[c] in ("less", "more") and c < head]
    if (
        tokens.lower[head] in ("less", "more")
        and tokens.dep[head] == "advmod"
        and tokens.pos[tokens.head[head]] in ("ADJ", "ADV")
    ):  # "30 per cent less likely": the amount hangs on "less"
        degree, head = [head], tokens.head[head]
    # "87 per cent effective": a share of a quality, not only a comparison.
    share = tokens.lower[root] in ("%", "cent", "percent") and tokens.pos[head] == "ADJ"
    if tokens.tag[head] not in _COMPARATIVE_TAGS and not degree and not share:
        return ""
    verb = tokens.head[head]
    if (
        verb == head
        or tokens.pos[verb] not in ("VERB", "AUX")
        or tokens.dep[head]
        not in (
            "acomp",
            "advmod",
            "oprd",
        )
    ):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    return _budget([who, *(tokens.text[c] for c in degree), *_words_under(tokens, head, inside)])


def _compared_noun(tokens: Tokens, head: int, dep: str, inside: range) -> str:
    """ "a 24% higher risk of bowel cancer", "a 12% greater chance of developing asthma":
    an amount that says by how much a compared noun differs measures that noun, with what
    it is of ("higher risk of bowel cancer", not "higher risk"). "" otherwise."""
    if dep != "npadvmod" or tokens.tag[head] not in _COMPARATIVE_TAGS:
        return ""
    noun = tokens.head[head]
    if tokens.dep[head] != "amod" or noun <= head or tokens.pos[noun] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, noun, inside)


def _words_under(tokens: Tokens, head: int, skip: range) -> list[str]:
    """ "lower in the drought-hit plots", "effective at preventing severe illness": a
    word and what hangs on it to its right, as written, a short phrase at most."""
    words: list[str] = []
    for index in range(head, min(head + _MAX_PHRASE, len(tokens))):
        if index in skip:
            continue
        glued = _glued_hyphen(tokens, index)  # "the drought-hit plots"
        if (tokens.pos[index] == "PUNCT" and not glued) or not hangs_within(
            tokens.head, index, head, 4
        ):
            break
        words.append(tokens.text[index])
    return words


_CHANGE_NOUN_WORDS = frozenset(CHANGE_NOUNS.values()) | CHANGE_NOUN_EXTRAS


def _size_of_a_named_change(tokens: Tokens, governor: int, skip: range) -> str:
    """ "an increase in parking charges of 12%", "a fall in applications of 14%", "a
    smaller increase in risk, of 9%": an amount "of" a change named as a noun, with what
    changes "in" it, is the size of the change ("increase in parking charges"), not the
    thing that changed. "" otherwise."""
    change = governor
    if tokens.dep[governor] == "pobj" and tokens.lower[tokens.head[governor]] == "in":
        change = tokens.head[tokens.head[governor]]  # "of" hung on the changed noun
    elif not any(
        tokens.dep[c] == "prep" and tokens.lower[c] == "in" for c in tokens.children[governor]
    ):
        return ""
    if change == governor and tokens.head[governor] == governor:
        return ""
    if tokens.lemma[change] not in _CHANGE_NOUN_WORDS or tokens.pos[change] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, change, skip)


def _framed_change(tokens: Tokens, frame_noun: int, frame: str, skip: range) -> str:
    """ "House prices rose by an average of 3.2%": the frame of a change, "average rise
    in house prices"."""
    by = tokens.head[frame_noun]
    verb = tokens.head[by]
    if tokens.dep[frame_noun] != "pobj" or tokens.lower[by] != "by" or verb == by:
        return ""
    change = CHANGE_NOUNS.get(tokens.lemma[verb])
    subject, _ = _subject_of(tokens, verb, skip)
    if change is None or subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _budget([frame, change, "in", _noun_phrase(tokens, subject, skip, stop=verb)])


def _bare_frame(tokens: Tokens, noun: int, frame: str, skip: range) -> str:
    """A lone "cost" or "fine" says what of from its clause: "fund 1,200 officers at a
    cost of £140m" is the cost of the officers; "anyone caught faces a fine of £1,000"
    is the fine anyone caught faces."""
    governor = tokens.head[noun]
    owner = tokens.head[governor]
    if tokens.pos[owner] == "VERB":  # "covers adults with a BMI of 30": hung on the verb
        objects = [c for c in tokens.children[owner] if tokens.dep[c] == "dobj" and c < governor]
        owner = objects[-1] if objects and governor - objects[-1] <= 2 else owner
    if (
        tokens.dep[noun] == "pobj"
        and tokens.lower[governor] == "with"
        and tokens.pos[owner] in _NOUNS
        and owner < governor
    ):  # "adults with a BMI of 30 or above": the BMI of the adults
        return _budget([frame, "of", _noun_phrase(tokens, owner, skip, False)])
    if tokens.dep[noun] == "pobj" and tokens.lower[governor] == "at":
        verb = tokens.head[governor]
        objects = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] == "dobj" and tokens.pos[c] in _NOUNS and c not in skip
        ]
        if objects:
            return _budget([frame, "of", _noun_phrase(tokens, objects[0], skip, False)])
    if (
        tokens.dep[noun] == "pobj"
        and tokens.lower[governor] in ("to", "at")
        and tokens.pos[owner] == "VERB"
    ):  # "the river rose to a height of 5.2 metres": the height the river rose to
        subject, _ = _subject_of(tokens, owner, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            who = _noun_phrase(tokens, subject, skip, stop=owner)
            return _budget([frame, who, tokens.text[owner], tokens.text[governor]])
    if (
        tokens.dep[noun] == "dobj"
        and tokens.pos[governor] == "VERB"
        and tokens.lemma[governor] in _HOLDING_LEMMAS
    ):
        subject, _ = _subject_of(tokens, governor, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            who = _noun_phrase(tokens, subject, skip, stop=governor)
            if who:
                return _budget([frame, "of", who])  # "Apex has a workforce of 41,000"
    if tokens.dep[noun] in ("nsubj", "nsubjpass") and tokens.pos[governor] == "VERB":
        # "A crowd of 52,340 watched the final": the frame with what it did.
        return _with_predicate(tokens, noun, frame, skip)
    if tokens.dep[noun] == "nsubj" and tokens.lemma[governor] == "be":
        # "The crowd of 31,408 was the largest at the ground this season": the frame with
        # the superlative said of it.
        best = [c for c in tokens.children[governor] if tokens.tag[c] == "JJS" and c > noun]
        if best:
            return _budget([frame, *_words_under(tokens, best[0], skip)])
    changed = _changed_by_clause(tokens, noun, skip) if tokens.lemma[noun] in CHANGE_NOUNS else ""
    if changed:  # "Emissions fell to 5.2m tonnes, a drop of 9%": the drop in emissions
        return _budget([frame, "in", changed])
    if (
        tokens.dep[noun] == "dobj"
        and tokens.pos[governor] == "VERB"
        and any(
            tokens.ent[i] in ("MONEY", "PERCENT")
            or tokens.lower[i] in _PERCENT_WORDS
            or tokens.text[i] in CURRENCY_CODES  # "NOK 9.4bn", which the recognizer may miss
            for i in skip
        )
    ):
        # "Homes paid an average of £1,740 for energy", "the pathway requires a cut of
        # 12%", "paid a fee of £2m to sign the winger": a sum or share framed, then the
        # clause that has it, when the clause names who has it. (A group framed, "the
        # cuts affect a workforce of 44,000", is said by its frame alone.)
        subject, _ = _subject_of(tokens, governor, skip)
        after = _verb_extras(tokens, governor, skip, noun, 1)
        if subject is not None and tokens.pos[subject] in _NOUNS and subject not in skip:
            who = _noun_phrase(tokens, subject, skip, stop=governor)
            children = tokens.children[governor]
            aux = [
                tokens.text[c]
                for c in children
                if tokens.dep[c] in ("aux", "neg") and c < governor and tokens.lower[c] != "to"
            ]
            particle = [tokens.text[c] for c in children if tokens.dep[c] == "prt"][:1]
            return _budget([frame, who, *aux, tokens.text[governor], *particle, *after])
        # "they took deposits of up to £6,500 from 57 couples": whom from, at least.
        return _budget([frame, *after])
    if tokens.dep[noun] == "pobj" and tokens.pos[owner] == "VERB":
        # "rams sold for an average of $5,870": the frame, then the clause its phrase
        # hangs on.
        clause = _governed_by_preposition(tokens, noun, governor, "", skip)
        return _budget([frame, clause]) if clause else frame
    # "a workforce of 44,000" alone: the frame says it.
    return frame


def _changed_by_clause(tokens: Tokens, noun: int, skip: range) -> str:
    """ "Emissions fell to 5.2m tonnes, a drop of 9%", "Shares closed at 412p, a fall of
    6%": a change noun set beside a clause (as its adverb, or in apposition to its
    amount) is a change in that clause's subject; "" when there is none."""
    if tokens.dep[noun] not in ("npadvmod", "appos"):
        return ""
    verb = tokens.head[noun]
    for _ in range(3):
        if tokens.pos[verb] == "VERB" or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] != "VERB" or tokens.sent[verb] != tokens.sent[noun]:
        return ""
    subject, _ = _subject_of(tokens, verb, skip)
    if subject is None or tokens.pos[subject] not in _NOUNS or subject in skip:
        return ""
    return _noun_phrase(tokens, subject, skip, stop=verb)


# Verbs of having: "Apex, which has a workforce of 41,000" is the workforce of Apex.
_HOLDING_LEMMAS = frozenset({"have", "employ", "own", "hold", "keep"})


def _age_measure(tokens: Tokens, inside: range) -> str:
    """ "who has died aged 87", "died on Sunday, aged 82": an age at death, of whom."""
    before = inside.start - 1
    while before > 0 and inside.start - before <= 3 and tokens.lower[before] in _AGE_BRACKET:
        before -= 1  # "aged over 65", "aged between 18 and 24"
    if before < 0 or tokens.lower[before] != "aged":
        return ""
    subject, _ = _subject_of(tokens, before, inside)
    if subject is None and tokens.head[before] != before:
        subject, _ = _subject_of(tokens, tokens.head[before], inside)
    who = _named(tokens, subject, inside) if subject is not None else ""
    if subject is not None and tokens.pos[subject] == "PRON":
        who = ""
    low, high = max(0, before - _AGE_WINDOW), min(len(tokens), before + _AGE_WINDOW)
    sentence = tokens.sent[before]
    died = any(
        tokens.lemma[i] in ("die", "death") and tokens.sent[i] == sentence for i in range(low, high)
    )
    what = "age at death" if died else "age"
    return f"{what} of {who}" if who else what


def _appositive_of(tokens: Tokens, noun: int, skip: range) -> str:
    """ "Oakfield House, a 46-bed home": the name a described noun stands beside."""
    name = tokens.head[noun]
    # "the Harrowgate Fen solar farm, a 150MW scheme": a common noun named by its
    # proper-noun modifiers is a name too.
    named = tokens.pos[name] == "PROPN" or any(
        tokens.pos[c] == "PROPN" and tokens.dep[c] in ("compound", "nmod") and c < name
        for c in tokens.children[name]
    )
    if tokens.dep[noun] != "appos" or not named or name in skip:
        return ""
    if _across_a_dateline(tokens, name, noun):
        return ""
    return _noun_phrase(tokens, name, skip, False)


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


def _refers_back(
    text: str, start: int, mention: NumberMention, tokens: Tokens | None = None
) -> bool:
    """ "the two areas", "the three men": a small number after "the" counts things the
    article has already introduced; it adds no figure. Nor does a fraction of an amount
    told before ("less than a fifth of that", "a third of it has been recovered"); a
    share of a count told just before is one ("2.59 million households. Almost
    two-fifths of them lived alone")."""
    of = _OF_A_PRONOUN.match(text, mention.end) if _FRACTION_WORD.search(mention.text) else None
    if of is not None:
        pronoun = tokens.between(of.start(1), of.end()) if tokens is not None else range(0)
        if (
            tokens is not None
            and len(pronoun) == 1
            and tokens.lower[pronoun.start] == "those"
            and any(
                tokens.dep[c] in ("prep", "acl", "relcl", "amod")
                for c in tokens.children[pronoun.start]
            )
        ):  # "A third of those in arrears", "two-thirds of those polled": a group told by
            return False  # its own words, not one told before (round 18)
        return not (
            tokens is not None
            and len(pronoun) == 1
            and tokens.lower[pronoun.start] in ("them", "those")
            and _counted_before(tokens, pronoun.start, tokens.between(start, mention.end))
            is not None
        )
    return (
        mention.spelled
        and mention.value < 10
        and bool(re.search(r"\b[Tt]he\s+$", text[max(0, start - 8) : start]))
    )


def _counted_before(tokens: Tokens, pronoun: int, amount: range) -> int | None:
    """ "2.59 million households. Almost two-fifths of them ...", "employs 8,200 nurses,
    and 14% of them are": the plural noun a number counts, nearest before the amount in
    its sentence or the one before, or None. Only for a share that is its clause's
    subject (not "made 310 arrests, around a third of them for drug offences")."""
    if not len(amount) or not any(
        tokens.dep[i] in ("nsubj", "nsubjpass") and tokens.head[i] not in amount for i in amount
    ):
        return None
    sentence = tokens.sent[pronoun]
    first = tokens.sent_starts[max(0, sentence - 1)]
    for index in range(min(pronoun, amount.start) - 1, first - 1, -1):
        if tokens.tag[index] == "NNS" and any(
            tokens.pos[c] == "NUM" and tokens.dep[c] == "nummod" for c in tokens.children[index]
        ):
            return index
    return None


def _restates_a_share(figure: FoundFigure, shares: list[FoundFigure], starts: list[int]) -> bool:
    """ "fewer than two-thirds" beside "63%": a fraction that rounds a percentage the
    article gives nearby is the same fact; the percentage is kept. `shares` are the
    percentages in order, `starts` their offsets; only a bounded few nearby are read."""
    if figure.unit != "fraction":
        return False
    first = bisect_left(starts, figure.start - _SAME_FACT_CHARS)
    return any(
        abs(other.start - figure.start) < _SAME_FACT_CHARS
        # under five points: "a fifth" rounds 18% or 22%, not 15% (round 22)
        and abs(other.value - figure.value * 100) < _SAME_FACT_POINTS
        for other in shares[first : first + _SAME_FACT_NEARBY]
    )


_SAME_FACT_CHARS = 600
_SAME_FACT_POINTS = 5
_SAME_FACT_NEARBY = 8


def _same_sentence(text: str, first: FoundFigure, second: FoundFigure) -> bool:
    """Whether two figures stand in one sentence (a bounded look between them): "lost
    £5m and £5m was paid" is two sums."""
    if second.start - first.end >= _SENTENCE_WINDOW:
        return False
    gap = text[first.end : second.start]
    return not re.search(r"[.!?]\s|\n", gap)


def _telling_rank(
    figure: FoundFigure, quoted: _Spans, headline_end: int
) -> tuple[bool, bool, bool, int]:
    """Which telling of an amount to keep: the story's own words over a quotation, a
    measures of more than one word, the body's full sentence over the headline's
    shorthand, then the fuller measures."""
    words = len(figure.measures.split())
    return (figure.start not in quoted, words > 1, figure.start >= headline_end, words)


_ROUNDED = re.compile(
    r"^(?:nearly|almost|about|around|roughly|some|more than|over|just over|just under|close to)\s",
    re.IGNORECASE,
)
_ROUNDING = 0.05  # how far a rounded telling may stand from the exact amount


def _rounds_another(figure: FoundFigure, exact: dict[str, list[float]]) -> bool:
    """ "nearly £9,000" when the article also gives "£8,900"; "nearly a hundred flights"
    beside "96 flights": a rounded telling of an amount the article states exactly (a
    sum in the same currency, a count of the same thing) is the same fact."""
    if figure.value_max is not None or not _ROUNDED.match(figure.text) or figure.unit is None:
        return False
    if figure.unit in ("percent", "score", "votes") or figure.value == 0:
        return False
    values = exact.get(figure.unit, [])
    first = bisect_left(values, figure.value * (1 - _ROUNDING))
    return any(
        v != figure.value and abs(v - figure.value) <= _ROUNDING * figure.value
        for v in values[first : first + _SAME_FACT_NEARBY]
    )


def _deduplicate(text: str, figures: list[FoundFigure], quoted: _Spans) -> list[FoundFigure]:
    exact: dict[str, list[float]] = {}
    for found in figures:
        if found.unit is not None and found.value_max is None and not _ROUNDED.match(found.text):
            exact.setdefault(found.unit, []).append(found.value)
    for values in exact.values():
        values.sort()
    figures = [f for f in figures if not _rounds_another(f, exact)]
    seen: set[tuple[float, float | None, str]] = set()
    kept: list[FoundFigure] = []
    shares = [f for f in figures if f.unit == "percent"]
    starts = [f.start for f in shares]
    restated: dict[tuple[float, float | None, str | None], int] = {}
    first_break = text.find("\n")
    headline_end = first_break if first_break != -1 else 0
    told_outside: set[tuple[float, float | None, str | None]] = set()
    for figure in figures:
        if _restates_a_share(figure, shares, starts):
            continue
        key = (figure.value, figure.value_max, figure.measures.lower())
        if key in seen:
            continue
        seen.add(key)
        amount = _amount_key(figure)
        if figure.start not in quoted:
            told_outside.add(amount)
        elif amount in told_outside and figure.value >= _SAME_COUNT_MIN:
            continue  # "lost by 14 votes", then '"We lost Ward 17 by 14 votes ...," he said'
        # "£46,000" in the headline and again in the body: one fact, said twice. Keep
        # the telling with the fuller measures (its own words, from its own sentence).
        if (
            _is_distinctive(figure)
            and amount in restated
            and not _same_sentence(text, kept[restated[amount]], figure)
        ):
            earlier = restated[amount]
            ranks = (_telling_rank(f, quoted, headline_end) for f in (figure, kept[earlier]))
            if next(ranks) > next(ranks):
                kept[earlier] = figure
            continue
        restated[amount] = len(kept)
        kept.append(figure)
    return sorted(kept, key=lambda f: f.start)


def _is_money(figure: FoundFigure) -> bool:
    return figure.unit is not None and figure.unit.isupper() and len(figure.unit) == 3


def _amount_key(figure: FoundFigure) -> tuple[float, float | None, str | None]:
    """What makes two tellings one amount: the value with its currency, share or unit;
    a count of a thousand or more is the same count whatever noun it is told with ("3.4
    million homes" in the headline, "3.4 million customers" in the body); dollars are
    one currency whether or not a telling names their country."""
    plain_count = not _is_money(figure) and figure.unit != "percent"
    if plain_count and canonical_unit(figure.unit) is None and figure.value >= 1000:
        return (figure.value, figure.value_max, None)
    if figure.unit in DOLLAR_CURRENCIES:  # "A$48 million", then "48 million dollars"
        return (figure.value, figure.value_max, "dollars")
    return (figure.value, figure.value_max, figure.unit)


_SAME_COUNT_MIN = 10


def _is_distinctive(figure: FoundFigure) -> bool:
    """An amount precise enough that saying it twice is saying the same thing: a sum of
    money, a share, a measurement, or a count of ten or more of the same thing ("96
    flights" in the lead and again in the body)."""
    if figure.unit in ("score", "votes", "seconds"):
        return False
    measured = canonical_unit(figure.unit) is not None
    return (
        _is_money(figure)
        or figure.unit == "percent"
        or measured
        or (figure.value >= _SAME_COUNT_MIN and figure.unit is not None)
        or figure.value >= 1000
    )
