"""Which numbers are figures of the story. Pure.

Dates, years, seasons, times of day, telephone numbers, codes, ordinals, model and route
designations, ages in passing, scores that are not the reported result, and the many
numbers that only name something ("the 10 Year Health Plan"; "a 46-bed ward" stays) are
not figures; each test here says which kind it drops and why.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ADDRESS_HEADS,
    ANIMAL_NOUNS,
    AVERAGE_NOUNS,
    AVERAGE_WINDOW_WORDS,
    BENCH_MEMBER_NOUNS,
    BENCH_NOUNS,
    BIRTH_ORDER_WORDS,
    BODY_NOUNS,
    CALL_HANDLING_VERBS,
    CALL_SIGN_CUES,
    CAREER_RECORD_WORDS,
    CAREER_SPAN_VERBS,
    CAREER_SPANS,
    CASUALTY_LEMMAS,
    CASUALTY_STATE_NOUNS,
    CHANGE_NOUNS,
    CLOCK_DAY_PART_WORDS,
    CODE_LABEL_NOUNS,
    COMMON_CAPITALIZED,
    COMPANY_NOUNS,
    COMPARATIVE_CHANGES,
    COMPETITION_NOUNS,
    COMPONENT_NOUNS,
    CONDITION_MARKERS,
    CONTACT_PARTICIPLES,
    CONTEST_STEP_NOUNS,
    CONVEYING_LEMMAS,
    COUNTERFACTUAL_MODALS,
    DARTS_BED_WORDS,
    DEFINITE_DETERMINERS,
    DENOMINATION_NOUNS,
    DIMENSION_WORDS,
    DOCUMENT_PART_NOUNS,
    DOLLAR_BILL_NOUNS,
    DRILLED_HOLE_NOUNS,
    DRILLING_LEMMAS,
    DURATION_NEWS_NOUNS,
    ELECTORAL_MARGIN_NOUNS,
    ELSEWHERE_WORDS,
    EXTENT_NOUNS,
    GOLF_ROUND_VERBS,
    GOLF_ROUND_WORDS,
    GOLF_SCORE_FOLLOWERS,
    GRADE_NOUNS,
    HABITUAL_ADVERBS,
    HABITUAL_PERIODS,
    HAVING_LEMMAS,
    HOME_KIND_NOUNS,
    HOME_PART_NOUNS,
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
    MATCH_PAUSE_WORDS,
    MEASURING_LEMMAS,
    MEASURING_NOUNS,
    MONTHS,
    MOVING_LEMMAS,
    NAMED_THING_NOUNS,
    NUMBER_IDIOMS,
    NUMBERED_AREA_NOUNS,
    NUMBERED_DAY_NOUNS,
    NUMBERED_SCRIPTURE_BOOKS,
    NUMBERED_SERVICE_NOUNS,
    NUMBERED_STAGE_NOUNS,
    ODDS_MODIFIERS,
    ODDS_NOUNS,
    ORG_CONNECTORS,
    ORG_KIND_NOUNS,
    PEOPLE_SCENE_AGE_PREPOSITIONS,
    PERSON_RELATIVES,
    PERSONAL_POSSESSIVES,
    PLANNED_BUILDING_WORDS,
    PLAYED_STEP_NOUNS,
    POINTING_BACK_PRONOUNS,
    PRICE_LEVEL_LEMMAS,
    PRICED_SUBJECT_NOUNS,
    PROGRESS_PREPOSITIONS,
    PROVISION_NOUNS,
    RACE_CLOCK_VERBS,
    RACE_EVENT_NOUNS,
    RACE_FRONT_NOUNS,
    RACE_TIME_VERBS,
    RANKED_GROUP_WORDS,
    RATING_NOUNS,
    RELEASE_LEMMAS,
    RESCHEDULE_LEMMAS,
    RESCHEDULE_PHRASALS,
    RESOLUTION_NOUNS,
    ROAD_RACE_NOUNS,
    ROOMED_HOME_PART_NOUNS,
    SAMPLED_NOUNS,
    SCALE_READING_NOUNS,
    SCENE_AGE_PREPOSITIONS,
    SCHEDULED_EVENT_NOUNS,
    SENTENCE_LEMMAS,
    SENTENCE_OPENING_WORDS,
    SERIES_STANDING_NOUNS,
    SHIRT_NOUNS,
    SHIRT_VERBS,
    SHORT_SIDE_LEADS,
    SHORT_SIDE_NOUNS,
    SHORTLIST_NOUNS,
    SIBLING_GROUP_NOUNS,
    SIDE_MEMBER_NOUNS,
    SPEECH_LEMMAS,
    SPEED_TEST_NOUNS,
    STANDING_LEMMAS,
    STATE_LEMMAS,
    STOREY_NOUNS,
    TITLE_CASE_MINOR_WORDS,
    UNMARKED_PLURAL_NOUNS,
    VEHICLE_BUILD_PART_NOUNS,
    VENUE_NOUNS,
    VENUE_SIZE_WORDS,
    WEEKDAYS,
    WHOLLY_PERCENT_WORDS,
    WORKING_GROUP_NOUNS,
    WORKING_SPAN_NOUNS,
    WRAP_SENTENCE_OPENERS,
)
from briefsmith.core.names import given_name_gender
from briefsmith.core.numbers import (
    GLUED_RACE_TIME,
    NumberMention,
    elapsed_seconds,
    find_numbers,
    glued_race_seconds,
    spoken_value,
)
from briefsmith.core.units import (
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_CURRENCIES,
    canonical_unit,
    is_duration,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.reading import (
    _BRACKET_CLOSES,
    _BRACKET_HEDGES,
    _DEATH_WORDS,
    _DURATION_AFTER,
    _FRAMES,
    _INNINGS_TALLY,
    _MODIFIER_DEPS,
    _NOUNS,
    _NUMBER_DEPS,
    _RACE_TIME_BEFORE,
    _SAME_FACT_NEARBY,
    _SCORE,
    _SENTENCE_WINDOW,
    _SKIP_WORDS,
    _SMALL_WORD,
    _WHEN,
    _WITHIN_BEFORE,
    FoundFigure,
    _amount_root,
    _has_person_subject,
    _is_cut_off,
    _is_money,
    _is_person_noun,
    _is_spelled_count,
    _joined,
    _same_sentence,
    _sentence_around,
    _sentence_before,
    _Spans,
    _subject_before,
)

_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in MONTHS) + r")\s+$")
_MONTH_AFTER = re.compile(r"^\s+(?:" + "|".join(re.escape(m) for m in MONTHS) + r")\b")
_DESIGNATION = re.compile(r"[A-Za-z]-$")
# "hole KX-23-114", "sample AB-7-12": digits ending a chain of hyphened parts that opens
# with letters are the code's last part (round 18; not "2024-25", "a 10-15 rise").
_CODE_CHAIN_BEFORE = re.compile(r"\b[A-Za-z][A-Za-z0-9]*-\d+-$")
_GLUED_SUM_BEFORE = re.compile(r"\d(?:m|bn|k)-$")
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
    r"allow|allows|allowing|"
    # "was timed at 1 minute 12 seconds over his shot" (round 27)
    r"timed\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|up to|just|only|an extra|extra|"
    r"a further)\s+)?$",
    re.IGNORECASE,
)
_REACHED_TO_BEFORE = re.compile(
    r"\b(?:ran|runs|run|running)\s+(?:to|into|over)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_SHORT_SPAN_AFTER = re.compile(
    r"\s*(?:(?:and\s+)?\S+\s+seconds?\s+)?(?:(?:clear|faster|slower|quicker|ahead|behind|late|early|longer|shorter)\b"
    # "14.6 seconds off the winner", "1 minute 12 seconds down.": a gap to the front (round 26)
    r"|off\s+the\s+(?:" + "|".join(sorted(RACE_FRONT_NOUNS)) + r")\b"
    r"|(?:down|back)(?=\s*[,.;:)]|\s*$|\s+on\s+(?:the|her|his)\b))",
    re.IGNORECASE,
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
# The noun a duration written as an adjective describes, past up to two modifiers:
# "a 16-week suspended sentence", "an eight-hour power outage".
_NOUN_AFTER = re.compile(r"\s+([a-z]+)['’]?(?:\s+([a-z]+)['’]?)?(?:\s+([a-z]+))?")
_OF_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+of\s+(?:(?:about|around|some|nearly|almost|more than|up to)\s+)?$"
)


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
    if not_before and not adjective:
        return False  # but "a 16-week suspended sentence", "the first 48-hour stoppage" are
        # read by their noun below (the word before sizes the noun, not the span)
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
            word is not None
            and (
                word.lower() in DURATION_NEWS_NOUNS or _singular(word.lower()) in WORKING_SPAN_NOUNS
            )
            for word in words.groups()
        )
    return True


def _singular(word: str) -> str:
    """ "shifts" -> "shift", "classes" -> "class": a plural noun's singular, for a word
    list of singulars ("24-hour shifts", "45-minute classes")."""
    if word.endswith("sses") or word.endswith("shes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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


_CONVERSION_BEFORE = re.compile(
    r"(?:\d|million|billion|bn|m|euros?|pounds?|dollars?)\s*\((?:" + _BRACKET_HEDGES + r")?$"
)
# "14.2 per 100,000", "57 for every 1,000 people", "57 of every 1,000 firms": a rate's
# base is no figure of its own ("for/of/in every" since round 17).
_PER_BEFORE = re.compile(r"\b(?:per|(?:for|of|in|out\s+of)\s+every)\s+$", re.IGNORECASE)
_UNIT_THEN_BRACKET = re.compile(
    r"\d(?:[\s-]*[A-Za-z°][A-Za-z°.]*){1,4}\s*\((?:" + _BRACKET_HEDGES + r")?$"
)
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
_WORD_TALLY = re.compile(
    r"\b(?:voted|vote of|votes of|by)\s+(" + _SMALL_WORD + r"\s+(?:to|-)\s+" + _SMALL_WORD + r")\b",
    re.IGNORECASE,
)
_ON_THE_WAY_BEFORE = re.compile(r"\b(?:at|on)\s+$", re.IGNORECASE)
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
_SPELLED_HOUR = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", re.IGNORECASE
)
_CLOCK_PREPOSITION_BEFORE = re.compile(r"\b(?:at|until|till|before|after)\s+$", re.IGNORECASE)


def _is_a_bare_clock_time(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "Talks resumed at 10.30 on Monday", "The last train leaves at 11.45 each night",
    "The hearing was adjourned until 2.15": a time of day written bare, after a verb
    that puts no price or level at a number. Not "Petrol rose to 1.72 a litre" (a unit
    or a rate after it), "Sterling closed at 1.25 on Friday" (a verb of change or of a
    price's level), unless a part of the day follows ("Polls close at 8.30 tonight")."""
    if mention.currency or mention.percent:
        return False
    hour = _BARE_HOUR.fullmatch(mention.text) is not None or (
        # round 28: "The gates open at six", "the first act is on stage at eight"
        mention.spelled and _SPELLED_HOUR.fullmatch(mention.text) is not None
    )
    if not (hour or _BARE_CLOCK.fullmatch(mention.text)):
        return False
    if _SERVICE_FROM_BEFORE.search(text, max(0, mention.start - 40), mention.start) or (
        _FROM_BEFORE_CLOCK.search(text, max(0, mention.start - 6), mention.start)
        and _UNTIL_AFTER.match(text, mention.end)
    ):
        return True  # "run every 15 minutes from 6.30", "from 5.45 until midnight" (round 27)
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
        # (round 27: "Mass is at 11", "The first band is on stage at 8": a timetable)
        pricing = not (
            _ON_STAGE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            or _a_scheduled_thing_is(tokens, verb)
        )
    if pricing and lemma in HOURS_LEMMAS and _an_unpriced_thing_does(tokens, verb):
        pricing = False  # round 25: "Doors open at 7.30", "The session ended at 11.15"
    return day_part or not pricing


# Round 27: "Buses will run every 15 minutes from 6.30", "from 5.45 until midnight".
_SERVICE_FROM_BEFORE = re.compile(
    r"\bevery\s+[\w-]+\s+(?:minutes?|mins?|hours?)\s+from\s+$", re.IGNORECASE
)
_FROM_BEFORE_CLOCK = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"\s+(?:until|till|to)\s+(?:midnight|late)\b|\s+(?:until|till)\b")
_ON_STAGE_BEFORE = re.compile(r"\bon\s+stage\s+at\s+$", re.IGNORECASE)


def _a_scheduled_thing_is(tokens: Tokens, verb: int) -> bool:
    """ "Mass is at 11", "Kick-off is at 3": what the verb "be" says is at an hour is a
    thing on a timetable (not "The toll is at 9")."""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass")]
    if not subjects or subjects[-1] - subjects[0] > 2:
        return False
    # ("Kick-off" is parsed as two subjects either side of its hyphen)
    phrase = "".join(tokens.lower[subjects[0] : subjects[-1] + 1])
    return phrase in SCHEDULED_EVENT_NOUNS or (
        len(subjects) == 1 and tokens.lemma[subjects[0]] in SCHEDULED_EVENT_NOUNS
    )


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


# Round 28: "Mr Voss, who turned 61 on Friday", "the singer, who turns 80 next month": the
# age a person reaches (not "shares turned 4% higher", "turned 180 degrees": a unit or a
# scale after the number).
_TURNED_BEFORE = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.IGNORECASE)
_TURNED_AGE_END = re.compile(r"(?!\s*[-%/]|\s+(?:per|a|an|of|to|points?|times)\b)")
_FIRST_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _is_an_age_turned(text: str, mention: NumberMention) -> bool:
    """ "who turned 61 on Friday", "turns 35 next week": a birthday, an age in passing."""
    if mention.currency or mention.percent or not 1 <= mention.value < 120:
        return False
    if mention.value != int(mention.value) or mention.base != mention.value:
        return False
    if not _TURNED_BEFORE.search(text, max(0, mention.start - 9), mention.start):
        return False
    if not _TURNED_AGE_END.match(text, mention.end):
        return False
    word = _FIRST_WORD_AFTER.match(text, mention.end)
    return word is None or canonical_unit(word.group(1)) is None


# "at 14 Tarragon Street", "from 9a Mill Lane": a house number before a street's name;
# not "40 High Street shops" (a count of the things the street names).
_HOUSE_NUMBER_AFTER = re.compile(
    r"[a-z]?(?:\s+[A-Z][\w’'-]*){1,3}?\s+(?:"
    + "|".join(sorted(ADDRESS_HEADS))
    + r")\b(?![-’'])(?!\s+(?!was\b|has\b|does\b|is\b)[a-z]+s\b)"
)
_LEADING_GROUP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LEADING_GROUP_WORDS)) + r")\s+$")


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
        return not _times_someone_counts(text, mention)
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


_ODDS_AFTER = re.compile(
    r"\s+(?:(?:" + "|".join(sorted(ODDS_MODIFIERS)) + r")[\s-]+)?"
    r"(?:" + "|".join(sorted(ODDS_NOUNS)) + r")\b",
    re.IGNORECASE,
)


# A side's name: up to four capitalized words ("Shamrock Rovers", "Manchester United").
_SIDE = r"[A-Z][\w-]*(?:[ ]+(?:[A-Z][\w-]*|&)){0,3}"
# "a 2-1 win over Manchester United", "draw 2-2 with Shamrock Rovers", "lost 3-0 to X":
# the result's noun, if any, and the other side after the score.
_OPPONENT_AFTER = re.compile(
    r"\s+(?:(?P<noun>(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw|success|triumph|"
    r"thrashing|rout))\s+)?(?P<prep>at\s+home\s+to|away\s+(?:to|at)|over|against|with|to|by|at)\s+(?:the\s+)?(?P<side>"
    + _SIDE
    + ")"
)
# "City beat United 3-1", "Kestrel thrashed the Mariners 40-6": the other side before it.
_BEATEN_BEFORE = re.compile(
    r"\b(?P<verb>beat|defeated|thrashed|edged|hammered|stunned|routed|overcame)\s+"
    r"(?:the\s+)?(?P<side>" + _SIDE + r")\s+$"
)
_RESULT_VERB_BEFORE = re.compile(r"\b(?P<verb>won|drew|draw|lost|win|lose)\s+(?:by\s+)?$")
# The side that opens the sentence ("Galway United came from two goals down", "Chelsea
# boss Enzo Maresca insisted"): capitalized words, then a word in lower case.
_SIDE_OPENING = re.compile(r"\s*(?:The\s+)?(?P<side>" + _SIDE + r")\s+[a-z]")


def _result_sides(text: str, start: int, end: int) -> str | None:
    """The sides of a result score and how it went, from a bounded look around it:
    "Galway United draw with Shamrock Rovers" for "Galway United came from two goals
    down to draw 2-2 with Shamrock Rovers", "City beat United" for "City beat United
    3-1"; None when no other side is named beside the score."""
    before = _sentence_before(text, start)
    opening = _SIDE_OPENING.match(before)
    team = _side_named(opening.group("side")) if opening else None
    tail = max(0, len(before) - 60)
    beaten = _BEATEN_BEFORE.search(before, tail)
    if beaten:
        team = _side_just_before(before, beaten.start()) or team
        if team == beaten.group("side"):
            team = None
        return " ".join(w for w in (team, beaten.group("verb"), beaten.group("side")) if w)
    opponent = _OPPONENT_AFTER.match(text, end, min(len(text), end + 80))
    if opponent is None:
        return None
    verb = _RESULT_VERB_BEFORE.search(before, max(0, len(before) - 16))
    if verb:
        team = _side_just_before(before, verb.start()) or team
    result = opponent.group("noun") or (verb.group("verb") if verb else None)
    if result is None or team == opponent.group("side"):
        return None
    return " ".join(w for w in (team, result, opponent.group("prep"), opponent.group("side")) if w)


_SIDE_BEFORE = re.compile(r"(?<![\w'’-])(?P<side>" + _SIDE + r")[ ]+$")


def _side_just_before(before: str, at: int) -> str | None:
    """ "as Rovers beat ...", "Dunmore lost ...": the side named right before the verb."""
    found = _SIDE_BEFORE.search(before[max(0, at - 50) : max(0, at)])
    return _side_named(found.group("side")) if found else None


def _side_named(words: str) -> str | None:
    """A side's name from capitalized words, or None: not a sentence's opening word
    ("The", "But"), a descriptor ("Under-fire"), or a person named by a given name
    (a scorer: "Gareth Hartwell's double gave them a 2-1 win")."""
    kept = words.split()
    while kept and (
        kept[0] in SENTENCE_OPENING_WORDS | WRAP_SENTENCE_OPENERS
        or ("-" in kept[0] and not kept[0].split("-")[-1][:1].isupper())
    ):
        kept = kept[1:]
    if not kept or given_name_gender(kept[0]) is not None:
        return None
    return " ".join(kept)


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
            what = _result_sides(text, match.start(), match.end()) or _subject_before(
                text, match.start()
            )
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
        elapsed = elapsed_seconds(match.group()) or _minutes_and_seconds_raced(text, match)
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


def _is_background_span(text: str, mention: NumberMention, unit: str | None) -> bool:
    if mention.percent or mention.currency or unit_name(unit or "") not in _LONG_SPANS:
        return False
    if not _SPAN_AFTER.match(text, mention.end):
        return False  # "5,100 this year": the year is when, not what is counted
    return not _TERM_WORDS.search(_sentence_around(text, mention.start, mention.end))


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
        # (round 27: "had asked head office three times.", "flooded three times since
        # 2021", "cut rates three times in 2026": a count of what the story is about)
        and not (mention.value >= _TIMES_TOLD_MIN and _EVENT_TIMES_AFTER.match(text, mention.end))
        and not _times_someone_counts(text, mention)
    )


_TIMES_TOLD_MIN = 3
_EVENT_TIMES_AFTER = re.compile(
    r"\s+times(?=\s*[.;]|\s+(?:since|in|this|last|already)\b)",
    re.IGNORECASE,
)


# "I've asked ", "we have written to them ", "I had rung ": a speaker counting what they
# have done, the perfect told in the first person, read back a bounded window.
_FIRST_PERSON_PERFECT_BEFORE = re.compile(
    r"\b(?:I|[Ww]e)(?:['’]ve|['’]d|\s+have|\s+had)\s+(?:already\s+|now\s+)?([\w’'-]+)\s+"
    r"(?:[\w’'-]+\s+){0,6}$"
)
_FIRST_PERSON_REACH = 70  # characters read back from the count for the speaker's perfect
# "three times." "six times and never had a reply", "four times this year": the count ends
# its clause or runs on into another.
_COUNTED_TIMES_AFTER = re.compile(
    r"\s+times(?=\s*[.,;!?\"”’]|\s+(?:since|in|this|last|already|and|but|now|before|over|about)\b)",
    re.IGNORECASE,
)
_COUNTED_TIMES_RANGE = (2, 30)  # a count of acts a speaker keeps; larger ones are hyperbole
_ROUND_TIMES = 10  # "I've told him 20 times": a round number of times is a figure of speech


def _times_someone_counts(text: str, mention: NumberMention) -> bool:
    """ "I've asked three times and nobody has come", "We have written to the council 11
    times": a speaker counting, in the perfect and the first person, the times they have
    tried to reach someone or get something done is a figure (round 28). Not "I've told
    him a hundred times", "loved me 40 times a day", "I've said it 20 times" (a round,
    large or "a" number, or a rate, is a figure of speech), nor "I've watched it six
    times" (a private act, colour)."""
    low, high = _COUNTED_TIMES_RANGE
    if not low <= mention.value <= high or mention.text.lower().startswith(("a ", "an ")):
        return False
    if mention.value >= 2 * _ROUND_TIMES and mention.value % _ROUND_TIMES == 0:
        return False
    if not _COUNTED_TIMES_AFTER.match(text, mention.end):
        return False
    before = text[max(0, mention.start - _FIRST_PERSON_REACH) : mention.start]
    perfect = _FIRST_PERSON_PERFECT_BEFORE.search(before)
    return perfect is not None and perfect.group(1).lower() in CONTACT_PARTICIPLES


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
        or (
            mention.start in quoted
            and _is_told_of_oneself(tokens, clauses)
            # (not "I've asked three times": how often they tried is the complaint, round 28)
            and not _times_someone_counts(text, mention)
        )
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


def _is_time_frame(unit: str | None) -> bool:
    """A time frame ("24 hours", "two days", "30 minutes", "two weeks"), not a count.
    Months and years are kept: a sentence ("four years"), sanctions extended ("six
    months") and an age are news."""
    return is_duration(unit) and unit_name(unit or "") in _SHORT_TIME_UNITS


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


# Round 27 (helper e): "won the race in 14:52", "clocked 4:31 for the mile": minutes and
# seconds on a race clock after a verb of racing (read as a time of day otherwise).
_MINUTES_AND_SECONDS = re.compile(r"(\d{1,2}):([0-5]\d)")
_RACED_IN_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(RACE_TIME_VERBS)) + r")\b(?:\s+[\w’'-]+(?:,\d{3}[\w-]*)?){0,5}?"
    r"\s+in|\b(?:" + "|".join(sorted(RACE_CLOCK_VERBS)) + r")"
    r"|\bcross(?:ed|es|ing)\s+the\s+(?:finish(?:ing)?\s+)?line\s+in|\bin\s+a\s+time\s+of)\s+$",
    re.IGNORECASE,
)
# What a race time is followed by (not "finished in 10:30 traffic").
_RACE_TIME_FOLLOWS = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:to|at|on|for|in|and|ahead|behind|with|over|the)\b"
)


def _minutes_and_seconds_raced(text: str, match: re.Match[str]) -> float | None:
    """The seconds of "14:52" raced ("won the race in 14:52", "clocked 4:31", "crossed
    the line in 13:48"); None for a time of day ("starts at 14:30", "finished at
    16:45") or anything else. The look before and after is bounded."""
    clock = _MINUTES_AND_SECONDS.fullmatch(match.group())
    if clock is None:
        return None
    if not _RACED_IN_BEFORE.search(text, max(0, match.start() - 60), match.start()):
        return None
    if not _RACE_TIME_FOLLOWS.match(text, match.end()):
        return None
    return float(int(clock.group(1)) * 60 + int(clock.group(2)))


# Round 27 (helper e): golf. "finished at 11 under", "was 6-under for the tournament",
# "eight under par": a score to par; "a 4-under 68", "closed with a 66", "a final-round
# 64": a round's strokes.
_FOLLOWER = r"(?:\s*[,.;:)]|\s*$|\s+(?:" + "|".join(sorted(GOLF_SCORE_FOLLOWERS)) + r")\b)"
_TO_PAR_AFTER = re.compile(
    r"(-|\s+)(under|over)(?:(?:-|\s+)par\b|-par\s+(\d{2})(?![\w.,%:-])"
    r"|(?:-|\s+)(\d{2})(?![\w.,%:-])|(?=" + _FOLLOWER + r"))",
    re.IGNORECASE,
)
_ARTICLE_JUST_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_ROUND_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(GOLF_ROUND_VERBS)) + r")(?:\s+(?:for|with))?"
    r"\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:(?:"
    + "|".join(sorted(GOLF_ROUND_WORDS))
    + r")\s+)?|\b(?:"
    + "|".join(sorted(GOLF_ROUND_WORDS))
    + r")\s+)$",
    re.IGNORECASE,
)
_FOLLOWS_A_ROUND = re.compile(_FOLLOWER, re.IGNORECASE)
_ROUND_LOW, _ROUND_HIGH = 55, 89  # the strokes of a round of 18 holes
_TO_PAR_MAX = 30
# "the world No. 4", "world number 37": a standing told by its number.
_WORLD_NUMBER = re.compile(r"\bworld\s+(?:No\.|no\.|No\b|number)\s*(\d{1,4})(?![\d,.]\d|\w)")


def _golf_and_world_numbers(
    text: str,
    numbers: list[NumberMention],
    quoted: _Spans,
    taken: _Spans,
    tokens: Tokens | None = None,
) -> tuple[list[FoundFigure], list[tuple[int, int]]]:
    """Golf's scores to par and round scores, and world rankings told by number, as
    figures, with the spans their numbers take (so they are not read again one by one).
    Each test reads a bounded window after or before one number."""
    found: list[FoundFigure] = []
    spans: list[tuple[int, int]] = []
    for mention in numbers:
        if (
            mention.currency
            or mention.percent
            or mention.ordinal
            or mention.start in quoted
            or mention.start in taken
            or mention.value != int(mention.value)
        ):
            continue
        to_par = _TO_PAR_AFTER.match(text, mention.end)
        if to_par is not None and 0 < mention.value <= _TO_PAR_MAX:
            strokes = to_par.group(3) or to_par.group(4)
            if strokes is not None and to_par.group(1) != "-":
                strokes = None  # "6 under 70s"? only "4-under 68" carries its round
            if to_par.group(4) is not None and strokes is None:
                continue
            if strokes is None and (
                _ARTICLE_JUST_BEFORE.search(text, max(0, mention.start - 6), mention.start)
                or not (mention.text.isdigit() or mention.spelled)
            ):
                continue  # "a 50-over match", "the 20-over game": cricket, not golf
            who = _doer_named(text, tokens, mention.start) or _named_in_clause_before(
                text, mention.start
            )
            if strokes is not None and _ROUND_LOW <= int(strokes) <= _ROUND_HIGH:
                measures = "round score" + (f": {who}" if who else "")
                found.append(
                    FoundFigure(
                        text[mention.start : to_par.end()],
                        mention.start,
                        to_par.end(),
                        float(strokes),
                        None,
                        "strokes",
                        measures,
                    )
                )
                spans.append((mention.start, to_par.end()))
                continue
            if strokes is not None:
                continue
            unit = f"strokes {to_par.group(2).lower()} par"
            measures = "score to par" + (f": {who}" if who else "")
            found.append(
                FoundFigure(
                    text[mention.start : to_par.end()],
                    mention.start,
                    to_par.end(),
                    mention.value,
                    None,
                    unit,
                    measures,
                )
            )
            spans.append((mention.start, to_par.end()))
            continue
        if (
            not mention.spelled
            and _ROUND_LOW <= mention.value <= _ROUND_HIGH
            and _ROUND_BEFORE.search(text, max(0, mention.start - 48), mention.start)
            and _FOLLOWS_A_ROUND.match(text, mention.end)
            and text[mention.end : mention.end + 1] != "-"
        ):
            who = _doer_named(text, tokens, mention.start) or _named_in_clause_before(
                text, mention.start
            )
            found.append(
                FoundFigure(
                    mention.text,
                    mention.start,
                    mention.end,
                    mention.value,
                    None,
                    "strokes",
                    "round score" + (f": {who}" if who else ""),
                )
            )
            spans.append((mention.start, mention.end))
    for match in _WORLD_NUMBER.finditer(text):
        if match.start() in quoted or match.start(1) in taken:
            continue
        who = _doer_named(text, tokens, match.start()) or _named_in_clause_before(
            text, match.start()
        )
        found.append(
            FoundFigure(
                match.group(),
                match.start(),
                match.end(),
                float(match.group(1)),
                None,
                "world ranking",
                "world ranking" + (f": {who}" if who else ""),
            )
        )
        spans.append(match.span())
    return found, spans


_CLAUSE_BEFORE = re.compile(r"[^.!?;\n]{0,80}$")
_CAPITALIZED_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


_DOER_CLIMB = 6  # heads climbed from a score to the verb whose subject scored it


def _doer_named(text: str, tokens: Tokens | None, position: int) -> str:
    """The named subject of the verb a score hangs on, climbing a few heads through
    clauses with no subject of their own ("Castellanos closed with a 68 ..., finishing at
    11 under": "Castellanos"); "" when the parse names none."""
    if tokens is None:
        return ""
    index = tokens.at(position)
    if index < 0:
        return ""
    for _ in range(_DOER_CLIMB):
        if tokens.pos[index] in ("VERB", "AUX"):
            subjects = [c for c in tokens.children[index] if tokens.dep[c] == "nsubj"]
            if subjects:
                subject = subjects[-1]  # (a dateline parsed as a first subject)
                entity = tokens.entity(subject)
                name = entity.text if entity is not None else tokens.text[subject]
                if name.isupper():  # a dateline's "SAVANNAH": the nearest person before
                    return _person_just_before(tokens, tokens.at(position))
                # (a pronoun or a common noun names no one)
                return name if tokens.pos[subject] == "PROPN" else ""
        if tokens.head[index] == index:
            return ""
        index = tokens.head[index]
    return ""


_PERSON_LOOK_BACK = 24  # tokens


def _person_just_before(tokens: Tokens, index: int) -> str:
    """The nearest person the recognizer found in the few tokens before `index`, in
    its sentence; "" when none."""
    for i in range(index - 1, max(-1, index - _PERSON_LOOK_BACK), -1):
        if tokens.sent[i] != tokens.sent[index]:
            break
        entity = tokens.entity(i)
        if entity is not None and entity.label == "PERSON":
            return entity.text
    return ""


def _named_in_clause_before(text: str, start: int) -> str:
    """The last name in the clause before a score ("Castellanos finished at 11 under":
    "Castellanos"), or "" (a bounded look back)."""
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 80), start)
    if clause is None:
        return ""
    named = ""  # the last name before the score, the nearest doer
    for run in _CAPITALIZED_RUN.finditer(clause.group()):
        words = [w for w in run.group().split() if w not in COMMON_CAPITALIZED | WEEKDAYS | MONTHS]
        if words and not run.group().isupper():
            named = " ".join(words)
    return named
