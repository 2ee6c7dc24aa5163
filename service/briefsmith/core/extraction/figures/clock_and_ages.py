"""Times and ages that are no figures of the story: times of day ("talks resumed at
10.30"), dates, spans that only frame when something happened ("collapsed three weeks
after", "after 14 years"), careers, and ages told in passing ("Jane Roe, 34, said");
and the spans that are news (how long a sentence, a closure or a wait lasts). Pure.

The news-value tests are five modules: value_reading (shared readers) < number_names,
clock_and_ages, results (one kind of number each, importing only value_reading) <
news_value (the entry, importing them all).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ANIMAL_NOUNS,
    BIRTH_ORDER_WORDS,
    BODY_NOUNS,
    CAREER_RECORD_WORDS,
    CAREER_SPAN_VERBS,
    CAREER_SPANS,
    CHANGE_NOUNS,
    CLOCK_DAY_PART_WORDS,
    COMPANY_NOUNS,
    DELIBERATION_LEMMAS,
    DURATION_NEWS_NOUNS,
    GENERIC_PRONOUNS,
    HORIZON_NOUNS,
    HOURS_LEMMAS,
    IRREGULAR_PAST_VERBS,
    LATER_ORDINAL_WORDS,
    LINEAGE_NOUNS,
    MONTHS,
    MOVING_LEMMAS,
    ORG_KIND_NOUNS,
    ORIGIN_LEMMAS,
    PEOPLE_SCENE_AGE_PREPOSITIONS,
    PERSON_RELATIVES,
    PERSONAL_POSSESSIVES,
    PICTURE_POINTERS,
    PRICE_LEVEL_LEMMAS,
    PRICED_SUBJECT_NOUNS,
    RACE_FRONT_NOUNS,
    RELEASE_LEMMAS,
    RESCHEDULE_LEMMAS,
    RESCHEDULE_PHRASALS,
    RESTRICTED_PRONOUNS,
    SCENE_AGE_PREPOSITIONS,
    SCHEDULED_EVENT_NOUNS,
    SENTENCE_LEMMAS,
    SIBLING_GROUP_NOUNS,
    STOPPAGE_WORDS,
    SUBJECT_VERB_ADVERBS,
    WORKING_SPAN_NOUNS,
)
from briefsmith.core.numbers import (
    NumberMention,
    ordinal_value,
)
from briefsmith.core.units import (
    canonical_unit,
    is_duration,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.reading import (
    _DEATH_WORDS,
    _NOUNS,
    _RACE_TIME_BEFORE,
    _WITHIN_BEFORE,
    _has_person_subject,
    _is_cut_off,
    _is_person_noun,
    _sentence_around,
    _sentence_before,
    _span_unit,
    _Spans,
)
from briefsmith.core.extraction.figures.value_reading import (
    _CLOCK_AFTER,
    _NOUN_AFTER,
    _SENTENCE_OPENING,
    _WHO_CLAUSE,
)

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
# response time was 41 minutes") and as how long a state went on ("held up for four
# minutes"); elsewhere they are colour ("talks lasted 30 minutes").
_SHORT_SPAN_BEFORE = re.compile(
    r"\b(?:average of|averaged|averages|by|was|were|is|are|waited|wait of|waits of|from|"
    r"add|adds|added|adding|cut|cuts|cutting|from\s+[\w.,:]+(?:\s+(?:seconds?|minutes?))?\s+to|"
    # "a repair that takes about 40 minutes", "the first crew took 14 minutes" (round 19)
    r"takes?|took|taking|"
    # "riders should allow an extra 15 minutes" (round 25)
    r"allow|allows|allowing|"
    # "was timed at 1 minute 12 seconds over his shot" (round 27)
    r"timed\s+at|"
    # "play was held up for four minutes", "had been in the air for four minutes", "with
    # Pryce off for 10 minutes", "were stuck on the tarmac for 45 minutes": how long a
    # stoppage or a state lasted (round 29); not what someone did for so long ("medics
    # fought for 30 minutes to save him": colour)
    r"(?:held\s+up|off|down|out|in\s+the\s+air|(?:" + "|".join(sorted(STOPPAGE_WORDS)) + r")"
    r"(?:\s+the\s+[\w'’-]+)?|(?:was|were|been|is|are|be)(?:\s+[\w'’-]+){1,4}?)\s+for)\s+"
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
# A scoreline right before "in" ("won 6-4, 7-5 in", "beat Leeds 3-2 in"): the span after
# it is the match's length, no period another amount covers.
_SCORELINE_THEN_IN = re.compile(r"\b\d{1,3}-\d{1,3}\s+in\s+$")
_SUPERLATIVE = re.compile(r"\b(?:[a-z]+est|worst|most|highest|lowest)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:(?:more than|nearly|almost|over|about)\s+)?$", re.IGNORECASE)
# Auxiliaries and modals, which open a verb phrase: "The second phase will open in 18
# months" tells when, not a window (round 36).
_AUXILIARIES = (
    r"(?:will|would|could|should|shall|may|might|must|can|is|are|was|were|be|been|has|have|had)"
)
# Round 36: a later ordinal, the thing it counts, then "in" ("the third increase in 12
# months", "for the second time in three days", "their fourth defeat at home in"): the
# span after it is the window the count is told in, no figure of the story. ("the first
# album in nine years", "for the first time in 63 years" tell the wait that ended: news.
# The ordinal names the thing it counts: "to under a fifth in 18 months", "the fifth of
# its staff in a year" are fractions.)
_LATER_ORDINAL_THEN_IN = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+(?:"
    + "|".join(sorted(LATER_ORDINAL_WORDS - {"last", "latest"}))
    + r"|\d*[02-9](?:nd|rd|th)|\d*1[1-3]th)\s+(?!of\s)(?:(?!"
    + _AUXILIARIES
    + r"\s)[\w’'-]+\s+){1,5}in\s+"
    r"(?:(?:more than|nearly|almost|over|about|just)\s+)?$",
    re.IGNORECASE,
)
# "his 12 years as mayor", "In her 20 years at the school", "my 30 years in the job": the
# span a person has held a post, told as theirs.
_PERSONAL_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(PERSONAL_POSSESSIVES)) + r")\s+$", re.IGNORECASE
)
_TENURE_AFTER = re.compile(
    r"\s+(?:as|at|with|in\s+(?:charge|office|post|power|the\s+(?:job|role|post)))\b",
    re.IGNORECASE,
)
# round 21: a body's history told in a relative clause set off by commas ("The bakery,
# which has traded for 40 years,", "The co-operative, which has operated there for 70
# years,"), as a person's in a who-clause.
_WHICH_HAS_CLAUSE = re.compile(r",\s+which\s+(?:has|have|had)\s+[^,]*$", re.IGNORECASE)
_OF_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+of\s+(?:(?:about|around|some|nearly|almost|more than|up to)\s+)?$"
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
        (_AMOUNT_THEN_IN.search(before[-24:]) or _AMOUNT_THEN_IN_FURTHER.search(before[-36:]))
        and not race_time
        # "won 6-3, 4-6, 7-5 in two hours 51 minutes": a match's length (round 31)
        and not _SCORELINE_THEN_IN.search(before)
    ):
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
    if _LATER_ORDINAL_THEN_IN.search(sentence_before):
        return False  # "its third increase in 12 months": the window of a count (round 36)
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
    if inside.start > 0 and tokens.lower[inside.start - 1] == "for":
        return False  # "held up for four minutes after a coin struck": how long, not when
    clause = tokens.head[after]
    return any(tokens.dep[c] in ("nsubj", "nsubjpass") for c in tokens.children[clause])


def _is_offset_after_a_date(tokens: Tokens, start: int, end: int) -> bool:
    """ "published at 9.30am on Thursday, 11 days before the Budget", "faced the media on
    Sunday, less than 24 hours after the loss": a span set off by a comma after a date
    or a time only tells that date again, as an offset from another event (round 31).
    (Without the date before it, "inspected 11 days before the accident", it stays.)"""
    inside = tokens.between(start, end)
    if not len(inside) or inside.start < 2:
        return False
    unit = inside[-1]
    if tokens.dep[unit] == "nummod":
        unit = tokens.head[unit]
    anchor = tokens.head[unit]
    if (
        tokens.dep[unit] != "npadvmod"
        or anchor != unit + 1
        or tokens.lower[anchor] not in ("before", "after")
        or tokens.dep[anchor] != "prep"
    ):
        return False
    comma = inside.start - 1
    while comma > inside.start - 4 and tokens.dep[comma] in ("amod", "quantmod", "advmod"):
        comma -= 1  # "less than 24 hours", "almost two weeks"
    return (
        comma > 0
        and tokens.text[comma] == ","
        and tokens.ent[comma - 1] in ("DATE", "TIME")
        and tokens.ent[inside.start] in ("DATE", "TIME", "")
    )


def _is_the_period_of_a_sum(tokens: Tokens, start: int, end: int) -> bool:
    """ "A bookkeeper who stole £214,000 from a hospice charity over six years", "will
    spend €95m on a new plant in Poland over three years": a span after "over" that
    hangs on the verb whose object is a sum of money is the period the sum covers, no
    figure of its own (round 35; the text rule reads it only next to the sum: "£2.1bn
    over five years"). A count over a span stays ("targeted 14 people over 18 months",
    "patients lost 15% over 68 weeks": how fast a thing happened is told by the span)."""
    unit = _span_unit(tokens, start, end)
    if unit is None:
        return False
    preposition = tokens.head[unit]
    if tokens.dep[unit] != "pobj" or tokens.lower[preposition] != "over":
        return False
    verb = tokens.head[preposition]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return False
    # ("spend €95m": the parser may give the entity to the number under the object)
    objects = [c for c in tokens.children[verb] if tokens.dep[c] in ("dobj", "attr")]
    return any(
        tokens.ent[w] == "MONEY" for o in objects for w in (o, *tokens.children[o])
    ) and not any(tokens.ent[o] in ("PERCENT", "CARDINAL") for o in objects)


def _is_a_deliberation(tokens: Tokens, start: int, end: int) -> bool:
    """ "convicted him after deliberating for six hours", "The jury deliberated for about
    nine hours", "after 11 hours of deliberations": how long a jury deliberated is
    colour beside its verdict (round 31; "took two hours to convict" stays)."""
    inside = tokens.between(start, end)
    if not len(inside) or inside.stop >= len(tokens):
        return False
    unit = inside[-1]
    if tokens.dep[unit] == "nummod":
        unit = tokens.head[unit]
    for _ in range(2):  # "for five hours and 20 minutes": the first unit's
        if tokens.dep[unit] == "conj" and tokens.head[unit] in inside:
            unit = tokens.head[unit]
    after = inside.stop
    if (
        tokens.lower[after] == "of"
        and after + 1 < len(tokens)
        and tokens.lemma[after + 1] in DELIBERATION_LEMMAS
    ):
        return True  # "after nine hours of deliberations"
    preposition = tokens.head[unit]
    return (
        tokens.dep[unit] == "pobj"
        and tokens.lower[preposition] == "for"
        and tokens.lemma[tokens.head[preposition]] in DELIBERATION_LEMMAS
    )


def _is_an_age_bound(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Two-thirds of the First XI are under 21", "a curfew for anyone under 16, and":
    a bare whole number after "under" or "over" that people are held to, with no noun
    after it, is an age limit, no figure of the story (round 31). ("fell to under 3",
    "won by over 200 votes" stay: no people before the bound, or a noun after it.)"""
    if (
        mention.currency
        or mention.percent
        or mention.ordinal
        or mention.value != int(mention.value)
    ):
        return False
    inside = tokens.between(mention.start, mention.end)
    if not len(inside) or inside.start < 2 or inside.stop >= len(tokens):
        return False
    bound, after = inside.start - 1, inside.stop
    if tokens.lower[bound] not in ("under", "over") or tokens.text[after] == "-":
        return False
    if tokens.pos[after] in ("NOUN", "PROPN", "NUM", "SYM") or tokens.lower[after] in (
        "per",
        "percent",
        "%",
    ):
        return False  # "under 21 votes", "over 65 per cent"
    holder = bound - 1
    if tokens.lower[holder] in GENERIC_PRONOUNS | RESTRICTED_PRONOUNS or (
        tokens.pos[holder] == "NOUN" and _is_person_noun(tokens.lemma[holder])
    ):
        return 1 <= mention.value <= OLDEST_AGE  # "anyone under 16", "players over 35"
    # "the squad are under 23": a group said to be under an age (a young one: not
    # "rates were under 3")
    return tokens.lemma[holder] == "be" and 16 <= mention.value <= 40


_TENURE_SPANS = frozenset({"month", "year", "decade"})


def _is_tenure_or_review_point(tokens: Tokens, start: int, end: int) -> bool:
    """ "lost her job in June after 14 years", "will be reviewed after 12 months", "after
    nine years at the helm": a bare long span after which something happens is how long
    someone had served or when a thing will be looked at again, not the story's measure;
    after a verb that ends a held state it is how long that state lasted ("released
    after 18 months", "freed after two years in captivity")."""
    unit = _span_unit(tokens, start, end)
    if unit is None:
        return False
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


# "at six in the morning", "by eight in the evening": a time of day in words.
_DAY_PART = re.compile(r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)


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


# "the second of six children", "The eldest of four sons": a place among siblings.
_BIRTH_ORDER_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(BIRTH_ORDER_WORDS)) + r")\s+of\s+$", re.IGNORECASE
)
_SIBLINGS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SIBLING_GROUP_NOUNS)) + r")\b")
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)
# (the birth orders that are no ordinals: "eldest", "youngest", "middle")
_ELDEST_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(w for w in BIRTH_ORDER_WORDS if ordinal_value(w) is None))
    + r")\s+of\s+$",
    re.IGNORECASE,
)
_FAMILY_ENDS_AFTER = re.compile(r"\s*[,.;)]|\s+(?:born|raised|brought)\b")


def _counts_siblings_born_among(text: str, mention: NumberMention) -> bool:
    """ "Born in Lagos, the second of six children, he trained as an engineer", "the
    youngest of 11 children born to a miner": how many children a family had tells
    where someone comes from, like "a mother of three"; it is no figure of the story."""
    siblings = _SIBLINGS_AFTER.match(text, mention.end)
    if siblings is None:
        # "Born in Kilrush, the eldest of nine, she ...": the children left unsaid (round
        # 32), the family ending at the comma
        return bool(
            _ELDEST_OF_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            and _FAMILY_ENDS_AFTER.match(text, mention.end)
        )
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
    if mention.spelled or mention.currency or mention.percent or mention.value >= OLDEST_AGE:
        return False
    if text[mention.end : mention.end + 1] != ",":
        return False
    if _BOTH_COMMA_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True  # "The two men, both 23, were arrested": the age each of them is
    noun = _NOUN_COMMA_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    return noun is not None and _is_person_noun(noun.group(1))


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


# Words that make an age the news: a death, an obituary.
_DEATH_BEFORE = 50  # "died on Sunday, aged 82"
_DEATH_AFTER = 20  # "Jane Roe, 40, died"
_AGED_WORD_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
# Round 32: "who died in 2017 aged 79", "died in March 1961, aged 58": a death dated to a
# year is someone's history (a late wife, a trophy's namesake), not the story's death.
_DEATH_IN_A_YEAR_BEFORE = re.compile(
    r"\b(?:died|death)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:1[5-9]|20)\d{2},?\s+aged\s+$"
)
_PERSON_AFTER = re.compile(
    # (past a picture's note: "The 46-year-old (pictured) paid the price", round 35)
    r"^-year-old(?:\s*\((?:" + "|".join(sorted(PICTURE_POINTERS)) + r")(?:\s+photo)?\))?"
    r"(?:\s+(?:[A-Z]|(?:man|woman|boy|girl|mother|father|son|daughter|driver|"
    r"victim|pensioner|teenager|grandmother|grandfather|mum|dad|wife|husband|suspect|"
    r"student|worker|resident|player|footballer|actor|actress|singer|star)\b)|"
    # "her two-year-old spaniel Bella", "his 12-year-old son Sam": a named being
    r"\s+[a-z]+\s+[A-Z][a-z]+\b(?!\s+(?:said|says|told))|\s*$|[,.]|"
    # "It was the 24-year-old's first title": an age owning something is a person's
    r"['’]s\b|"
    # (past an adverb to the verb: "the 19-year-old once told a fanzine", "the 52-year-old
    # now lives in Galway", round 35)
    r"\s+(?:"
    + "|".join(sorted(SUBJECT_VERB_ADVERBS))
    + r")\s+(?:[a-z]+(?:ed|s)|said|told|"
    + "|".join(sorted(IRREGULAR_PAST_VERBS))
    + r")\b|"
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
    if not (mention.currency or mention.percent) and _DEATH_IN_A_YEAR_BEFORE.search(
        text, max(0, mention.start - _DEATH_BEFORE), mention.start
    ):
        return True
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
# No one is older: a larger age is a thing's (round 42 gave the bound one home).
OLDEST_AGE = 120
_LONG_SPANS = frozenset({"years", "months", "decades"})
# "300 million years old", "4,000 years old": an age no person reaches is a thing's.
_YEARS_OLD_AFTER = re.compile(r"\s+years\s+old\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"[\s-]+(?:years?|months?|decades?)\b(?!-old)", re.IGNORECASE)
# An ungrouped run of five or more digits is a code (a text shortcode, an account or
# case number): news prose groups the thousands of a quantity ("48,512").
_CODE_DIGITS = re.compile(r"^\d{5,}$")


def _is_background_span(text: str, mention: NumberMention, unit: str | None) -> bool:
    if mention.percent or mention.currency or unit_name(unit or "") not in _LONG_SPANS:
        return False
    if not _SPAN_AFTER.match(text, mention.end):
        return False  # "5,100 this year": the year is when, not what is counted
    if _ages_a_thing(text, mention):
        return False  # "a fish thought to be 300 million years old": a find's age (round 42)
    return not _TERM_WORDS.search(_sentence_around(text, mention.start, mention.end))


def _ages_a_thing(text: str, mention: NumberMention) -> bool:
    """ "300 million years old", "800 years old": an age no person reaches (round 42)."""
    return mention.value > OLDEST_AGE and _YEARS_OLD_AFTER.match(text, mention.end) is not None


def _is_time_frame(unit: str | None) -> bool:
    """A time frame ("24 hours", "two days", "30 minutes", "two weeks"), not a count.
    Months and years are kept: a sentence ("four years"), sanctions extended ("six
    months") and an age are news."""
    return is_duration(unit) and unit_name(unit or "") in _SHORT_TIME_UNITS


_PAST_YEAR = re.compile(r"(?:1[6-9]|20)\d{2}")


def counted_at_a_past_origin(tokens: Tokens, mention: NumberMention) -> bool:
    """ "a stadium built in 1962 for 60,000", "the school, which opened in 1962 with 180
    pupils", "Founded in 1948 with one truck": what a thing came to be with ("with",
    "for"), a verb of its coming to be dated "in" a year, is its history, not the news
    (round 32; "opened on Monday with 48 beds" and "founded in 2001 and employs 640" stay)."""
    number = tokens.at(mention.start)
    if number < 0 or tokens.start[number] != mention.start:
        return False
    head = tokens.head[number]
    if tokens.dep[number] == "nummod" and tokens.pos[head] == "NOUN":
        number, head = head, tokens.head[head]
    if tokens.dep[number] != "pobj" or tokens.lower[head] not in ("with", "for"):
        return False
    verb = tokens.head[head]
    if tokens.pos[verb] != "VERB" or tokens.lemma[verb] not in ORIGIN_LEMMAS:
        return False
    if tokens.tag[verb] not in ("VBD", "VBN"):
        return False
    for child in tokens.children[verb]:
        if tokens.dep[child] == "prep" and tokens.lower[child] == "in":
            dated = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if dated and _PAST_YEAR.fullmatch(tokens.text[dated[0]]):
                return True
    return False
