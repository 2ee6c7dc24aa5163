"""Which numbers are figures of the story. Pure.

Dates, years, seasons, times of day, telephone numbers, codes, ordinals, model and route
designations, ages in passing, scores that are not the reported result, and the many
numbers that only name something ("the 10 Year Health Plan"; "a 46-bed ward" stays) are
not figures; each test here says which kind it drops and why.

The news-value tests are five modules: value_reading (shared readers) < number_names,
clock_and_ages, results (one kind of number each, importing only value_reading) <
news_value (the entry, importing them all).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    BOUND_PREPOSITIONS,
    CASUALTY_LEMMAS,
    CASUALTY_STATE_NOUNS,
    CASUALTY_STATE_WORDS,
    CODE_LABEL_NOUNS,
    COMMON_CAPITALIZED,
    CONDITION_MARKERS,
    CONJECTURE_MODALS,
    CONTACT_PARTICIPLES,
    CONVEYING_LEMMAS,
    COUNTERFACTUAL_MODALS,
    DEPTH_STUFF_NOUNS,
    DIMENSION_WORDS,
    EARLIER_SPELL_WORDS,
    ELSEWHERE_WORDS,
    EXTENT_NOUNS,
    HABITUAL_ADVERBS,
    HABITUAL_PERIODS,
    HAVING_LEMMAS,
    HOSPITAL_NOUNS,
    HYPERBOLE_SCALES,
    INDEFINITE_BOUND_PRONOUNS,
    INJURY_NOUNS,
    INTERVAL_KIND_WORDS,
    INTERVAL_NOUNS,
    LOCATIVE_PREPOSITIONS,
    LOTTERY_BALL_NAMES,
    MAKEUP_GROUP_NOUNS,
    MEASURING_LEMMAS,
    MEASURING_NOUNS,
    MONTHS,
    NUMBER_IDIOMS,
    PERSONAL_POSSESSIVES,
    PROGRESS_PREPOSITIONS,
    SETTING_PREPOSITIONS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    STATE_LEMMAS,
    WEEKDAYS,
    WORKING_GROUP_NOUNS,
)
from briefsmith.core.numbers import (
    NumberMention,
    elapsed_seconds,
)
from briefsmith.core.units import (
    DOLLAR_CURRENCIES,
    canonical_unit,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.number_names import (
    _ends_a_group_name,
    _glued_size_noun,
    _is_airliner_variant,
)
from briefsmith.core.extraction.figures.reading import (
    _DURATION_AFTER,
    _FRAMES,
    _MODIFIER_DEPS,
    _NOUNS,
    _NUMBER_DEPS,
    _SAME_FACT_NEARBY,
    _SKIP_WORDS,
    _WHEN,
    FoundFigure,
    _amount_root,
    _is_money,
    _same_sentence,
    _Spans,
)
from briefsmith.core.extraction.figures.value_reading import (
    _CLOCK_AFTER,
    _NOT_FIGURES,
    _PLAIN_RANGE_AFTER,
    _SENTENCE_OPENING,
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
# "discharged sewage into the River Stour 312 times", "called to the Royal Oak 23 times": a
# count of times after the name of the place or thing it happened to (round 35; a name's
# number is never followed by a lower-case "times").
_COUNT_OF_TIMES_AFTER = re.compile(r"\s+times\b")


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
    if _COUNT_OF_TIMES_AFTER.match(text, mention.end):
        return False  # "into the River Stour 312 times", "called to the Royal Oak 23 times"
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


def _is_spoken_small_number(mention: NumberMention, quoted: _Spans, text: str) -> bool:
    """ "three patients", "one quarter", "a third" inside someone's quoted words: a word
    of speech, not a figure the story reports (digits and large numbers in quotes are
    kept: "£6million of my own money", "fourteen hundred people"); "I've told them a
    hundred times", "I rang 12 times": a figure of speech."""
    if mention.currency or mention.percent or mention.start not in quoted:
        return False
    if _TIMES_AFTER.match(text, mention.end):  # "loved me 40 times a day"
        return not _times_someone_counts(text, mention)
    if _INDEFINITE_BOUND_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True  # "we can chase anything under 300"
    # "a million miles from it", "a thousand reasons": a round "a" number is a figure of
    # speech (not "£6million", "a million pounds": money is told as money).
    words = mention.text.lower().split()
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in HYPERBOLE_SCALES:
        return True
    return mention.spelled and mention.value < 100


_TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)
_INDEFINITE_BOUND_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(INDEFINITE_BOUND_PRONOUNS)) + r")\s+"
    r"(?:" + "|".join(sorted(BOUND_PREPOSITIONS)) + r")\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


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
    if _found_in_a_casualty_s_state(tokens, counted, verb):
        return True
    # "Two people have died": the parser may hang the verb on an auxiliary chain.
    return tokens.dep[counted] == "nsubj" and any(
        tokens.lemma[c] in CASUALTY_LEMMAS and tokens.dep[c] == "conj"
        for c in tokens.children[verb]
    )


_STATE_COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp", "advcl"})


def _found_in_a_casualty_s_state(tokens: Tokens, counted: int, verb: int) -> bool:
    """ "found two people dead" (the people the subject of "dead"), "Two men were found
    dead", "pulled two anglers alive from the water" (the state hung on the verb), "left
    three workers injured" (the state a participle after the people): people a clause
    leaves dead, hurt, missing or alive are counted news (round 30)."""
    dep = tokens.dep[counted]
    if dep == "nsubj" and tokens.lower[verb] in CASUALTY_STATE_WORDS:
        return tokens.dep[verb] in _STATE_COMPLEMENT_DEPS
    if dep not in ("nsubjpass", "dobj"):
        return False
    if any(
        tokens.dep[c] == "acl" and tokens.lower[c] in CASUALTY_STATE_WORDS
        for c in tokens.children[counted]
    ):
        return True
    return any(
        tokens.dep[c] in _STATE_COMPLEMENT_DEPS and tokens.lower[c] in CASUALTY_STATE_WORDS
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
    r"\s+times(?=\s*[.;]|\s+(?:since|in|this|last|already)\b"
    # (round 35: or the clause ends at an attribution, "was stabbed nine times, the Old
    # Bailey heard", "had been flooded three times, the MP said")
    r"|\s*,\s+(?:[\w’'-]+\s+){1,5}?(?:heard|" + "|".join(sorted(SPEECH_VERBS)) + r")\b)",
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
    window = _WINDOW_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    # (not "The yen weakened past 158 per dollar", "the index climbed past 5,000": "past"
    # after a verb is the level passed, not a window; round 35)
    return window is not None and not (
        window.group().lower().startswith("past")
        and _PASSED_BEFORE.search(text, max(0, window.start() - 20), window.start())
    )


# "weakened past", "climbed past", "has slipped past": a verb's past tense before "past".
_PASSED_BEFORE = re.compile(r"\b[a-z]+ed\s+$")


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
    if _counts_a_possessor(tokens, root, counted) or _counts_a_setting_s_whole(
        tokens, root, counted
    ):
        return True
    if dimension is not None:
        return _is_scenery(tokens, text, counted, end, dimension[0])
    return (
        (not glued and _is_credential(tokens, clauses))
        or _is_dated_background(tokens, root, clauses)
        or _is_method(tokens, counted, chain)
        or (mention.start in quoted and _is_memory(tokens, clauses))
        or (mention.start in quoted and bool(clauses) and _is_conjecture(tokens, clauses[0]))
        or (
            mention.start in quoted
            and _is_told_of_oneself(tokens, clauses)
            # (not "I've asked three times": how often they tried is the complaint, round 28)
            and not _times_someone_counts(text, mention)
        )
        or _is_package_item(tokens, counted)
    )


_UNIT_THEN_WORD = re.compile(r"[A-Za-z]+\s+")


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


def _counts_a_setting_s_whole(tokens: Tokens, root: int, counted: int) -> bool:
    """ "carted water to the station's 14 dams", "staff at the company's three depots",
    "led away by the club's 12 stewards": a named owner's whole set of things, told as
    where (or by whom) the clause's act happens, only describes the owner; the story's
    counts are what its verbs act on or do ("the firm's 1,450 pilots will strike", "four
    of the line's 14 stations" are not touched)."""
    if tokens.dep[root] != "nummod" or counted == root or tokens.dep[counted] != "pobj":
        return False
    owner = next((c for c in tokens.children[counted] if tokens.dep[c] == "poss"), None)
    if owner is None or tokens.pos[owner] not in ("NOUN", "PROPN"):
        return False  # "its 31 stores", "their six clinics": a pronoun, left as it was
    if root != owner + 2 or tokens.dep[owner + 1] != "case":
        return False  # the count straight after "the station's" (not "Okafor's 275 with six")
    preposition = tokens.head[counted]
    if tokens.dep[preposition] == "agent":
        return True
    return tokens.dep[preposition] == "prep" and tokens.lower[preposition] in SETTING_PREPOSITIONS


_BACKGROUND_REACH = 16  # tokens from a count to the end of its "who" aside


def _is_dated_background(tokens: Tokens, root: int, clauses: list[int]) -> bool:
    """ "Okafor, who scored 22 goals for Enugu Rangers in the 2019 season, was on the
    bench", "Ferris, who had never passed 30 in 19 previous Test innings, made 74": a
    count in a "who" aside on a person, dated to an earlier year or spell, is that
    person's background, not the story's event. Read in a bounded window from the count
    to the aside's closing comma."""
    if not any(
        tokens.dep[verb] == "relcl" and _opens_a_who_aside(tokens, verb) for verb in clauses
    ):
        return False
    stop = min(len(tokens.text), root + _BACKGROUND_REACH)
    for index in range(root + 1, stop):
        if tokens.text[index] in (",", ";", ".") or tokens.sent[index] != tokens.sent[root]:
            return False
        if _YEAR_TOKEN.fullmatch(tokens.text[index]) or tokens.lower[index] in EARLIER_SPELL_WORDS:
            return True
    return False


_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}")


def _opens_a_who_aside(tokens: Tokens, verb: int) -> bool:
    """Whether the relative clause `verb` heads is a "who" aside set off by a comma."""
    return any(
        tokens.dep[c] in ("nsubj", "nsubjpass")
        and tokens.lower[c] == "who"
        and c > 0
        and tokens.text[c - 1] == ","
        for c in tokens.children[verb]
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


def _is_conjecture(tokens: Tokens, verb: int) -> bool:
    """ "We must have had 40 chats": a guess at the past."""
    auxiliaries = [c for c in tokens.children[verb] if tokens.dep[c] in ("aux", "auxpass")]
    modal = any(tokens.lower[c] in CONJECTURE_MODALS for c in auxiliaries)
    return modal and any(tokens.lower[c] == "have" for c in auxiliaries)


def _is_counterfactual(tokens: Tokens, verb: int) -> bool:
    """ "would have been called extreme": what did not happen."""
    auxiliaries = [c for c in tokens.children[verb] if tokens.dep[c] in ("aux", "auxpass")]
    modal = any(tokens.lower[c] in COUNTERFACTUAL_MODALS for c in auxiliaries)
    return modal and any(tokens.lower[c] == "have" for c in auxiliaries)


def _of_fallen_stuff(tokens: Tokens, root: int) -> bool:
    """ "110mm of rain", "30cm of snow": a length with "of" on stuff that lies a depth
    deep (its own children only)."""
    return any(
        tokens.lower[c] == "of"
        and any(tokens.lemma[g] in DEPTH_STUFF_NOUNS for g in tokens.children[c])
        for c in tokens.children[root]
    )


def _is_scenery(tokens: Tokens, text: str, root: int, end: int, dimension: str) -> bool:
    """A distance that is a point in a race ("after 30 km", "with 8km to go") or
    a landmark's ("the Duck River, about 9 miles away"), a measure of the conditions an
    event happened in ("in temperatures of 11C", "in winds of 40mph")."""
    head = tokens.head[root]
    if dimension == "length":
        if (
            tokens.dep[root] == "pobj"
            and tokens.lower[head] in PROGRESS_PREPOSITIONS
            # (not "after 110mm of rain", "until 30cm of snow had fallen": a depth of
            # stuff that fell is the amount, no point on a route; round 30)
            and not _of_fallen_stuff(tokens, root)
        ):
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
    ("which tracks rates on 12 lanes"), or the people who did it ("the measurements were
    carried out by 40 volunteers", "a team of 40 scientists measured")."""
    clause = next((i for i in chain[1:] if tokens.dep[i] in ("relcl", "acl")), None)
    if clause is not None and tokens.lemma[tokens.head[clause]] in MEASURING_NOUNS:
        return True
    preposition = tokens.head[counted]
    owner = tokens.head[preposition]
    if tokens.dep[counted] == "pobj" and tokens.lower[preposition] == "of":
        # (round 30: "a trial of 2,410 adults", "a survey of 600 households" give the
        # study's size, which the references keep as its news, not its method)
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
    figures = _without_display_repeats(text, figures)
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


# "Back in the 1980s, doctors would routinely tell patients to eat no more than three
# eggs a week": an era gone by, opening the sentence, and "would" of its habit.
_PAST_ERA_OPENER = re.compile(
    r"""["'‘“]?\s*(?:back\s+(?:in\s+the\s+(?:(?:19|20)?\d0s|day)|then)\b"""
    r"|(?:decades|years|generations)\s+ago\b"
    r"|in\s+those\s+days\b|in\s+the\s+(?:19|20)?\d0s\b)",
    re.IGNORECASE,
)
_PAST_HABIT_TOKENS = 30  # how far into its sentence the figure may stand
_HABIT_AFTER_TOKENS = 3  # how far after the figure its "would" may stand


def _told_as_a_past_habit(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """What people "would" do in an era the sentence opens on ("Back in the 1980s",
    "Years ago", "In those days") is background to the story, not a figure of it
    (round 29b); "Last year the firm shipped 2,000 parcels a day" stays."""
    number = tokens.at(mention.start)
    if number < 0:
        return False
    first = tokens.sent_starts[tokens.sent[number]]
    if number - first > _PAST_HABIT_TOKENS or not _PAST_ERA_OPENER.match(text, tokens.start[first]):
        return False
    habit = False
    # (the count may be the subject: "crowds of 30,000 would pack the ground")
    last = min(number + _HABIT_AFTER_TOKENS, len(tokens))
    for i in range(first, last):
        if tokens.sent[i] != tokens.sent[number]:
            break
        if tokens.lemma[i] in SPEECH_LEMMAS and not habit:
            return False  # "Years ago, he said, it would cost £5m": what one said would be
        habit = habit or (tokens.lower[i] in ("would", "'d") and tokens.pos[i] == "AUX")
    return habit


# How far into an article its display lines (headline, standfirst, byline, dateline) may
# run, and how many lines they may take: a bounded look at the top, never the body.
_DISPLAY_CHARS = 1200
_DISPLAY_LINES = 16  # (blank lines between them count)
_STORY_LINE_END = re.compile(r"""[.!?]["'”’)]*\s*$|["”]\s*$""")


def _display_end(text: str) -> int:
    """Where the story's first sentence line starts: the lines above it that end in no
    stop are display copy (a headline, a standfirst, a byline); 0 when there are none or
    the top runs on past the bound."""
    position = 0
    for _ in range(_DISPLAY_LINES):
        if position >= min(len(text), _DISPLAY_CHARS):
            return 0
        newline = text.find("\n", position, position + _DISPLAY_CHARS)
        if newline == -1:  # a line longer than any headline: the story (never read whole)
            return position
        if _STORY_LINE_END.search(text, position, newline):
            return position
        position = newline + 1
    return 0


def _without_display_repeats(text: str, figures: list[FoundFigure]) -> list[FoundFigure]:
    """ "... after 22-9 vote" in the standfirst, "Councillors voted 22 to 9" in the body:
    an amount the display lines tell again in the story is told once, in the story's own
    sentence (the shorthand above it has no measures of its own). A small bare count must
    name what it counts to be the same amount; a distinctive amount (a sum, a share, a
    count of ten or more) is left to the telling ranks, which may keep a fuller standfirst
    ("£3,000 of jewellery from a house two doors away")."""
    display_end = _display_end(text)
    if not display_end:
        return figures
    told = {_amount_key(f) for f in figures if f.start >= display_end}
    return [
        f
        for f in figures
        if f.start >= display_end
        or _is_distinctive(f)
        or _amount_key(f) not in told
        or (f.unit is None and f.value < _SAME_COUNT_MIN)
    ]


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
