"""Numbers that only name or describe something, and so are no figures of the story:
labels and codes ("on page 14", "Train 2S45"), models and products ("the 747
landed", "a 777-300ER"), works' titles ("the song 99 Problems"), services and routes
("the 38 bus"), numbered stages ("tier 3"), coins and notes ("a £5 note"), dial codes
("call 999"), and sizes that describe a thing ("a three-bedroom semi", "a five-seat
estate", "the 27-nation bloc"). Pure.

The news-value tests are five modules: value_reading (shared readers) < number_names,
clock_and_ages, results (one kind of number each, importing only value_reading) <
news_value (the entry, importing them all).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ADDRESS_HEADS,
    AVERAGE_NOUNS,
    AVERAGE_WINDOW_WORDS,
    BENCH_MEMBER_NOUNS,
    BENCH_NOUNS,
    BODY_NOUNS,
    CALL_HANDLING_VERBS,
    CALL_SIGN_CUES,
    CLIPPED_YEAR_BEFORE_WORDS,
    CODE_LABEL_NOUNS,
    COMMON_CAPITALIZED,
    COMPARATIVE_CHANGES,
    COMPONENT_NOUNS,
    DEFINITE_DETERMINERS,
    DENOMINATION_NOUNS,
    DOCUMENT_PART_NOUNS,
    DOLLAR_BILL_NOUNS,
    DRILLED_HOLE_NOUNS,
    DRILLING_LEMMAS,
    ELECTORAL_MARGIN_NOUNS,
    GRADE_NOUNS,
    HAZARD_NOUNS,
    HAZARD_SCALE_NOUNS,
    HOME_KIND_NOUNS,
    HOME_PART_NOUNS,
    HOUSEHOLD_MEMBER_NOUNS,
    KIND_MARK_PART_NOUNS,
    LEADING_GROUP_WORDS,
    MONTHS,
    NAMED_THING_NOUNS,
    NUMBERED_AREA_NOUNS,
    NUMBERED_DAY_NOUNS,
    NUMBERED_SCRIPTURE_BOOKS,
    NUMBERED_SERVICE_NOUNS,
    NUMBERED_STAGE_NOUNS,
    ORG_CONNECTORS,
    ORG_KIND_NOUNS,
    PERSONAL_POSSESSIVES,
    PLANNED_BUILDING_WORDS,
    POINTING_BACK_PRONOUNS,
    PROVISION_NOUNS,
    RACE_EVENT_NOUNS,
    RANKED_GROUP_WORDS,
    RATING_NOUNS,
    RESOLUTION_NOUNS,
    ROAD_RACE_NOUNS,
    ROOMED_HOME_PART_NOUNS,
    SCALE_READING_NOUNS,
    SHIRT_NOUNS,
    SHIRT_VERBS,
    SHORTLIST_NOUNS,
    STOREY_NOUNS,
    TEMPERATURE_WORDS,
    TITLE_CASE_MINOR_WORDS,
    UNIT_LETTERS,
    UNMARKED_PLURAL_NOUNS,
    VEHICLE_BUILD_PART_NOUNS,
    VENUE_NOUNS,
    VENUE_SIZE_WORDS,
    WEEKDAYS,
    WHOLLY_PERCENT_WORDS,
)
from briefsmith.core.numbers import (
    NumberMention,
)
from briefsmith.core.units import (
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    canonical_unit,
    is_duration,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.reading import (
    _BRACKET_CLOSES,
    _BRACKET_HEDGES,
    _NOUNS,
    _SENTENCE_WINDOW,
    FoundFigure,
    _is_spelled_count,
    _Spans,
)
from briefsmith.core.extraction.figures.value_reading import (
    _NOUN_AFTER,
    _PLAIN_RANGE_AFTER,
    _SIDE_THE_BEFORE,
)

_HAZARD_REACH = 8  # tokens read around a hazard's scale for the hazard it measures
_HAZARD_LEVEL_MAX = 12


def hazard_levels(
    text: str, tokens: Tokens, numbers: list[NumberMention], quoted: _Spans
) -> list[FoundFigure]:
    """ "as a Category 3 storm", "raised Alert Level 2": the level a storm or a volcano is
    at on its scale, read with the scale's noun (round 33e). A category only with a
    hazard in a few tokens around it ("stage 4 cancer", "category 2 of the awards" stay
    labels), a level only as an "Alert Level". Each reads a bounded window."""
    found: list[FoundFigure] = []
    for mention in numbers:
        if (
            mention.currency
            or mention.percent
            or mention.spelled
            or mention.start in quoted
            or not mention.text.isdigit()
            or not 0 < mention.value <= _HAZARD_LEVEL_MAX
        ):
            continue
        number = tokens.at(mention.start)
        if number < 1 or tokens.start[number] != mention.start:
            continue
        scale = number - 1
        if tokens.lower[scale] not in HAZARD_SCALE_NOUNS:
            continue
        noun = tokens.lower[scale]
        sentence = tokens.sent[number]
        near = [
            i
            for i in range(max(0, scale - _HAZARD_REACH), min(len(tokens), number + 4))
            if tokens.sent[i] == sentence
            and i not in (scale, number)
            and tokens.lemma[i].lower() in HAZARD_NOUNS
        ]
        alert = noun == "level" and scale > 0 and tokens.lower[scale - 1] == "alert"
        if alert:
            scale -= 1
            near = [i for i in near if i != scale]
        elif noun == "level" or not near:
            # (a bare "level 6 warning": dev's editors leave it, one writer keeps it)
            continue
        after = [i for i in near if i > number]
        hazard = tokens.lemma[after[0] if after else near[-1]].lower() if near else ""
        if noun == "category":
            storm = "storm" if hazard in ("system", "") else hazard
            unit, measures = "category", f"category of {storm}"
        else:
            unit, measures = "alert level", f"{hazard} alert level" if hazard else "alert level"
        start = tokens.start[scale]
        found.append(
            FoundFigure(
                text[start : mention.end], start, mention.end, mention.value, None, unit, measures
            )
        )
    return found


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


# "at 14 Tarragon Street", "from 9a Mill Lane": a house number before a street's name;
# not "40 High Street shops" (a count of the things the street names).
_HOUSE_NUMBER_AFTER = re.compile(
    r"[a-z]?(?:\s+[A-Z][\w’'-]*){1,3}?\s+(?:"
    + "|".join(sorted(ADDRESS_HEADS))
    + r")\b(?![-’'])(?!\s+(?!was\b|has\b|does\b|is\b)[a-z]+s\b)"
)
_LEADING_GROUP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LEADING_GROUP_WORDS)) + r")\s+$")


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


def _wears_the_number(tokens: Tokens, mention: NumberMention) -> bool:
    """ "the striker, who wore 23 at his old club", "wearing 21 for the first time": a
    bare number a wearing verb takes as its object names a shirt, however the clause
    runs on (round 30; not "wore 23 medals", where the number counts the object)."""
    if mention.spelled or mention.currency or mention.percent or mention.value > _HIGHEST_SHIRT:
        return False
    number = tokens.at(mention.start)
    return (
        tokens.start[number] == mention.start
        and tokens.dep[number] == "dobj"
        and tokens.lower[tokens.head[number]] in SHIRT_VERBS
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


_CLIPPED_YEAR_BEFORE = re.compile(
    r"(?<![\w’'])(?:" + "|".join(sorted(CLIPPED_YEAR_BEFORE_WORDS)) + r")\s+['’‘]$",
    re.IGNORECASE,
)


def _is_a_clipped_year(text: str, mention: NumberMention) -> bool:
    """ "The Class of '89 reunion", "the summer of ’76": two digits after an apostrophe
    told after "of", "in" or "since" are a year cut short (round 30)."""
    return (
        not (mention.spelled or mention.currency or mention.percent)
        and len(mention.text) == 2
        and mention.text.isdigit()
        and _CLIPPED_YEAR_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
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


# Round 28b: "the union 3F", "a 3F shop steward", "the 9F Club": digits glued to one
# capital letter that tells no unit or scale, then no more letters or digits.
_GLUED_CAPITAL = re.compile(r"[A-Z](?![\w])")
# "Temperatures hit 112F", "a high of 95F", "-4F overnight": "F" after a word of
# temperature (or degrees) a few words before tells Fahrenheit.
_FAHRENHEIT_CUE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(TEMPERATURE_WORDS | {"degrees"})) + r")\b", re.IGNORECASE
)


def _is_a_glued_letter_code(text: str, mention: NumberMention) -> bool:
    """ "according to the union 3F", "a 3F shop steward": a bare number glued to one
    capital letter that tells no unit or scale names a body or a code; it counts nothing.
    Not "35C" nor "300K" (a unit, a scale), nor "Temperatures hit 112F" (Fahrenheit told
    with a word of temperature within a few words), nor "It was 95F in Phoenix" (a
    Fahrenheit reading of 40 or more, no union's or club's number)."""
    if mention.currency or mention.percent or mention.spelled:
        return False
    glued = _GLUED_CAPITAL.match(text, mention.end)
    if glued is None or glued.group().casefold() in UNIT_LETTERS:
        return False
    return not (
        glued.group() == "F"
        and (
            mention.value >= 40  # "It was 95F in Phoenix": a reading in the heat
            or _FAHRENHEIT_CUE_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        )
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
    """ "the big four banks", "the Big Three agencies": the name of a trade's leaders; and
    "a top 20 ASX stock", "a top-50 player": the band one thing ranks in (round 30)."""
    if mention.currency or mention.percent:
        return False
    if _A_TOP_BAND_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return True
    return (
        mention.spelled
        and mention.value <= 10
        and bool(_LEADING_GROUP_BEFORE.search(text, max(0, mention.start - 8), mention.start))
    )


_A_TOP_BAND_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an)\s+top[\s-]$", re.IGNORECASE)


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
    after "the" too ("won the 1,000 Guineas", round 17); and a capitalized number word
    so ("Three Rivers District Council will cut", "Seven Oaks Hospital", round 30)."""
    if mention.currency or mention.percent:
        return False
    if mention.spelled:
        if " " in mention.text or not mention.text[:1].isupper():
            return False
    elif not mention.text.isdigit() and not (
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
    # "South Africa's first-innings 320": an owner's or an article's word before a
    # hyphened modifier makes the noun an amount's description too (round 29b)
    before = noun - 3 if noun >= 3 and tokens.text[noun - 1] == "-" else noun - 1
    return (
        tokens.tag[noun] == "NN"
        and (tokens.text[noun].islower() or (opens and tokens.text[noun].istitle()))
        and tokens.end[noun] + 1 == mention.start
        and (opens or (tokens.pos[before] not in ("DET", "PRON") and tokens.tag[before] != "POS"))
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


# A member of a list of numbered services, routes or places: digits, or digits with one
# or two capitals glued ("39A", "42X"); no thousands (a count).
_LISTED_LABEL = re.compile(r"\d{1,4}(?:[A-Z]{1,2})?")
_LIST_JOINS = frozenset({"and", "or", ","})
# How many members a list of labels is walked over, either way from the number.
_LABEL_LIST_REACH = 6


def _is_in_a_list_of_service_labels(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Bus services 858 and 969 will be rerouted", "routes 39A and 40", "the 27 and
    31A bus services": digits in a list right after the plural noun of a numbered service,
    route or place, or in a list beside a code ("31A") before or after such a noun, name
    them all, the first of the list too (round 34; not "cut bus services by 12 and 14 per
    cent", "858 services and 969 trains", where the numbers count)."""
    if mention.currency or mention.percent or mention.spelled:
        return False
    number = tokens.at(mention.start)
    if number < 0 or tokens.start[number] != mention.start:
        return False

    def member(i: int) -> bool:
        return 0 <= i < len(tokens) and _LISTED_LABEL.fullmatch(tokens.text[i]) is not None

    labels = NUMBERED_SERVICE_NOUNS | CODE_LABEL_NOUNS
    first = last = number
    for _ in range(_LABEL_LIST_REACH):
        if first >= 2 and tokens.lower[first - 1] in _LIST_JOINS and member(first - 2):
            first -= 2
        else:
            break
    for _ in range(_LABEL_LIST_REACH):
        if last + 2 >= len(tokens):
            break
        if tokens.lower[last + 1] in _LIST_JOINS and member(last + 2):
            last += 2
        else:
            break
    before, after = first - 1, last + 1
    noun_before = before >= 0 and tokens.end[before] + 1 == tokens.start[first]
    # (a plural of the closed class however tagged: "Matatu routes 46 and 105", read as
    # a verb)
    plural_before = noun_before and (
        tokens.tag[before] == "NNS" or _plural_of(tokens.lower[before], labels)
    )
    if last > first and plural_before:
        counted_after = after < len(tokens) and (
            tokens.pos[after] in ("NOUN", "PROPN", "NUM", "SYM")
            or canonical_unit(tokens.text[after]) is not None
        )
        if not counted_after and (
            tokens.lemma[before] in labels
            or _plural_of(tokens.lower[before], labels)
            or (tokens.head[first] == before and tokens.dep[first] in ("appos", "nummod"))
        ):
            return True
    coded = any(
        not tokens.text[i].isdigit() and tokens.text[i][-1:] not in "CF"
        for i in range(first, last + 1, 2)
    )
    if not coded or last == first:
        return False
    # the noun the list names: right before it, or after it (past one compound: "bus
    # services")
    named_after = [
        i
        for i in (after, after + 1)
        if i < len(tokens) and tokens.pos[i] == "NOUN" and tokens.lemma[i] in labels
    ]
    return bool(named_after) or (
        noun_before and (tokens.lemma[before] in labels or _plural_of(tokens.lower[before], labels))
    )


def _plural_of(word: str, nouns: frozenset[str]) -> bool:
    """ "routes", "buses": a plural of one of `nouns` by its ending, whatever the tagger
    made of it ("Matatu routes 46", read as the verb "rout")."""
    return word.endswith("s") and (
        word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns)
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
# "£5 note", "50p coin", "$20 bill": the noun right after a sum (a glued "p" or "c").
_DENOMINATION_AFTER = re.compile(r"([pc])?[\s-]+([A-Za-z]+)\b")
_DOLLAR_NOTE_SIZES = frozenset({1, 2, 5, 10, 20, 50, 100})
# "a neighbor called 911", "phoned 999": a past call verb before a number of the dialled
# shape (_is_dial_code).
_CALLS_TAKEN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(CALL_HANDLING_VERBS)) + r")\s+$", re.IGNORECASE
)
_DIAL_VERB_BEFORE = re.compile(r"\b(?:called|phoned|phone|rang)\s+$", re.IGNORECASE)


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
