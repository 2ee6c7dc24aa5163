"""Scores, results and times of sport: the reported result score and the sides it names,
tallies and scores that are no figures, race times the number finder reads as loose
numbers, golf's scores to par, innings totals passed on the way, series standings.
Pure.

The news-value tests are five modules: value_reading (shared readers) < number_names,
clock_and_ages, results (one kind of number each, importing only value_reading) <
news_value (the entry, importing them all).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    APPOINTING_VERBS,
    APPROVAL_LEMMAS,
    COMMON_CAPITALIZED,
    COMPETITION_NOUNS,
    CONTEST_STEP_NOUNS,
    DARTS_BED_WORDS,
    FATAL_EVENT_NOUNS,
    FIXTURE_NOUNS,
    GOAL_NOUNS,
    GOLF_ROUND_VERBS,
    GOLF_ROUND_WORDS,
    GOLF_SCORE_FOLLOWERS,
    INNINGS_END_VERBS,
    LATER_ORDINAL_WORDS,
    MATCH_PAUSE_WORDS,
    MATCH_RESULT_NOUNS,
    MILESTONE_NOUNS,
    MONTHS,
    NUMBERED_DAY_NOUNS,
    NUMBERED_STAGE_NOUNS,
    ODDS_MODIFIERS,
    ODDS_NOUNS,
    PLAYED_STEP_NOUNS,
    RACE_CLOCK_VERBS,
    REFUSING_LEMMAS,
    REPORTING_PERIOD_NOUNS,
    RUN_ADJECTIVES,
    SENTENCE_OPENING_WORDS,
    SERIES_STANDING_NOUNS,
    SHORT_SIDE_LEADS,
    SHORT_SIDE_NOUNS,
    SIDE_MEMBER_NOUNS,
    SPEED_TEST_NOUNS,
    STANDING_LEMMAS,
    TALLY_SITTING_NOUNS,
    VOTE_OUTCOME_LEMMAS,
    WEEKDAYS,
    WON_LOST_RECORD_NOUNS,
    WRAP_SENTENCE_OPENERS,
)
from briefsmith.core.names import given_name_gender, possessive
from briefsmith.core.numbers import (
    GLUED_RACE_TIME,
    NumberMention,
    elapsed_seconds,
    find_numbers,
    glued_race_seconds,
    ordinal_value,
    spoken_value,
)
from briefsmith.core.units import (
    canonical_unit,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.reading import (
    _INNINGS_TALLY,
    _RACED_VERB_PHRASE,
    _SCORE,
    _SMALL_WORD,
    FoundFigure,
    _joined,
    _sentence_around,
    _sentence_before,
    _Spans,
    _subject_before,
)
from briefsmith.core.extraction.figures.value_reading import (
    _CLOCK_AFTER,
    _NOT_FIGURES,
    _PLAIN_RANGE_AFTER,
    _SIDE_THE_BEFORE,
    _WHO_CLAUSE,
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
    # (not "beat Franklin 68-61 behind 27 points from Dre Collins", "behind Kim Baker's
    # two goals": US copy's player the result was won on, round 32)
    r"\s+(?:(?:up|down|ahead)\b|behind\b(?!\s+(?:\d|[A-Z][\w-]*\s+[A-Z][\w-]*['’]s\b))|(?:at|by)\s+(?:the\s+)?(?:"
    + _PAUSE
    + r")\b|"
    r"(?:after|inside|within)\s+\S+\s+minutes\b)",
    re.IGNORECASE,
)
# An innings total at a pause or in a given over ("were 142 for four at tea", "At lunch
# they were 88 for two", "187 for six in the 38th over"): passed on the way.
_PAUSE_AFTER = re.compile(r"\s+(?:at|by)\s+(?:the\s+)?(?:" + _PAUSE + r")\b", re.IGNORECASE)
# (an over only after "were"/"was": "reached 289 for four in the 48th over" won the game)
_IN_AN_OVER_AFTER = re.compile(r"\s+in\s+the\s+\d*[a-z]+\s+over\b", re.IGNORECASE)
_PAUSE_BEFORE = re.compile(r"\b(?:at|by)\s+(?:" + _PAUSE + r")\b", re.IGNORECASE)
# "5-401 declared", "6-388 dec": an innings closed, told wickets first.
_DECLARED_AFTER = re.compile(r"\s+(?:declared|dec)\b", re.IGNORECASE)
# "Northern Districts declared at 7-352": the side, then the total it closed at.
_DECLARED_AT_BEFORE = re.compile(
    r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+declared\s+(?:at|on)\s+$"
)
# "Victoria's 5-401 declared", "carried Tasmania to 6-388 declared": the side that closed.
_DECLARING_SIDE_BEFORE = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:['’]s\s+|\s+to\s+)$")
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


def _is_goals_and_behinds(text: str, mention: NumberMention) -> bool:
    """ "Collingwood 12.8 (80)": an Australian football tally of goals and behinds before
    its total in brackets (six points a goal, one a behind); the total is the score."""
    tally = _GOALS_BEHINDS.fullmatch(mention.text)
    total = _BRACKETED_TOTAL.match(text, mention.end)
    if tally is None or total is None:
        return False
    goals, behinds = int(tally.group(1)), int(tally.group(2))
    return goals * 6 + behinds == int(total.group(1))


_GOALS_BEHINDS = re.compile(r"(\d{1,2})\.(\d{1,2})")
_BRACKETED_TOTAL = re.compile(r"\s*\((\d{1,3})\)")


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
        declared = (
            (_DECLARED_AFTER.match(text, match.end()) or _DECLARED_AT_BEFORE.search(before))
            if first <= 10 < second
            else None
        )
        if declared is not None and not (quoted is not None and match.start() in quoted):
            # "Victoria's 5-401 declared", "carried Tasmania to 6-388 declared": an innings
            # closed, wickets before runs as Australian and New Zealand papers write it
            # (round 31); its value is the runs
            side = _DECLARING_SIDE_BEFORE.search(before) or _DECLARED_AT_BEFORE.search(before)
            name = side.group(1) if side else ""
            what = f"{possessive(name)} innings total" if name else "innings total"
            found.append(
                FoundFigure(match.group(), match.start(), match.end(), second, None, "runs", what)
            )
            continue
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


# Round 27 (helper e): "won the race in 14:52", "clocked 4:31 for the mile": minutes and
# seconds on a race clock after a verb of racing (read as a time of day otherwise).
_MINUTES_AND_SECONDS = re.compile(r"(\d{1,2}):([0-5]\d)")
_RACED_IN_BEFORE = re.compile(
    r"(?:" + _RACED_VERB_PHRASE + r"\s+in|\b(?:" + "|".join(sorted(RACE_CLOCK_VERBS)) + r")"
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
_WORLD_NUMBER = re.compile(r"\b[Ww]orld\s+(?:No\.|no\.|No\b|number)\s*(\d{1,4})(?![\d,.]\d|\w)")


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
        # "beat world No 3 Sofia Lindqvist": the name written right after holds the
        # ranking, not the clause's doer
        holder = _NAME_RIGHT_AFTER.match(text, match.end(), match.end() + _NAME_AFTER_WINDOW)
        who = (
            holder.group(1)
            if holder is not None
            else _doer_named(text, tokens, match.start())
            or _named_in_clause_before(text, match.start())
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
_NAME_RIGHT_AFTER = re.compile(r"[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})")
_NAME_AFTER_WINDOW = 60
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


# Round 32 (helper E): what a run of results is counted in (a result, or a fixture).
_RUN_NOUNS = MATCH_RESULT_NOUNS | FIXTURE_NOUNS
_RUN_NOUN_REACH = 3  # tokens from the count to the noun it counts ("a 10th straight game")
_OWNER_CLIMB = 3  # heads climbed from the noun to the clause whose subject owns the run
_IN_A_ROW = ("in", "a", "row")


def _run_noun(tokens: Tokens, noun: int) -> bool:
    return tokens.pos[noun] == "NOUN" and (
        tokens.lemma[noun] in _RUN_NOUNS or tokens.lower[noun] in _RUN_NOUNS
    )


def _name_at(tokens: Tokens, head: int) -> str:
    """The proper name ending at `head` with its compound words ("Kerala Blasters")."""
    first = head
    while first > 0 and tokens.dep[first - 1] == "compound" and tokens.pos[first - 1] == "PROPN":
        first -= 1
    return " ".join(tokens.text[first : head + 1])


def _run_owner(tokens: Tokens, noun: int) -> str:
    """Whose run it is: a named possessor of the noun ("the Sharks' fourth consecutive
    win"), else the named subject of the clause the noun hangs on ("Calgary beat Regina
    5-3, their seventh straight victory"); "" when no name is told."""
    for child in tokens.children[noun]:
        if tokens.dep[child] == "poss" and tokens.pos[child] == "PROPN":
            name = _name_at(tokens, child)
            return possessive(name)
    head = noun
    for _ in range(_OWNER_CLIMB):
        if tokens.head[head] == head:
            break
        head = tokens.head[head]
        if tokens.pos[head] in ("VERB", "AUX"):
            for child in tokens.children[head]:
                if tokens.dep[child] == "nsubj" and tokens.pos[child] == "PROPN":
                    name = _name_at(tokens, child)
                    return possessive(name)
            break
    return ""


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


_TALLY_FRAME_REACH = 9  # tokens after the noun to its sitting ("in the league this season")


def _tally_so_far(tokens: Tokens, ordinal: int, noun: int) -> str:
    """ "his 14th homer of the season", "the government's seventh defeat in the Lords this
    session": an ordinal of a thing done, told with the sitting it is counted in, is a
    tally so far ("homers of the season"); "" for a part of the season ("the second
    half"), a fixture's place ("the fifth game"), a milestone ("its 50th anniversary") or
    a year's business ("its second cut this year")."""
    if (
        tokens.dep[ordinal] != "amod"
        or not ordinal < noun <= ordinal + _RUN_NOUN_REACH
        or tokens.pos[noun] != "NOUN"
        or tokens.lemma[noun] in FIXTURE_NOUNS | REPORTING_PERIOD_NOUNS | MILESTONE_NOUNS
        # (a scorer's own tally, "his 23rd goal of the season", is left out as round 4
        # ruled: a sequence of goals, not the story's count)
        or tokens.lemma[noun] in GOAL_NOUNS
        or canonical_unit(tokens.lower[noun]) is not None
    ):
        return ""
    sentence = tokens.sent[noun]
    last = min(len(tokens), noun + 1 + _TALLY_FRAME_REACH)
    for index in range(noun + 1, last):
        if tokens.sent[index] != sentence or tokens.pos[index] == "PUNCT":
            return ""
        counted_in = tokens.lower[index] in TALLY_SITTING_NOUNS or (
            # "the fifth cycling death in the borough this year"
            tokens.lower[index] == "year" and tokens.lemma[noun] in FATAL_EVENT_NOUNS
        )
        if counted_in and tokens.lower[index - 1] in ("this", "the"):
            words = [*tokens.text[ordinal + 1 : noun], _plural(tokens.text[noun].lower())]
            sitting = "this" if tokens.lower[index - 1] == "this" else "of the"
            return f"{' '.join(words)} {sitting} {tokens.lower[index]}"
    return ""


def runs_of_results(text: str, tokens: Tokens, quoted: _Spans) -> list[FoundFigure]:
    """ "their ninth straight victory", "a sixth successive defeat", "in five consecutive
    games", "the win, the Sharks' fourth in a row": a run of results without a break, an
    ordinal or a count that the parse hangs on a result or a fixture with "straight",
    "successive" or "consecutive", or an ordinal told "in a row" of a result. A run of
    anything else (months, years, cuts, titles, rallies) is no result of the match."""
    found: list[FoundFigure] = []
    for index in range(len(tokens)):
        word = tokens.lower[index]
        value: float | None = ordinal_value(word)
        if value is None and tokens.pos[index] == "NUM" and tokens.dep[index] == "nummod":
            numbers = find_numbers(tokens.text[index])
            value = numbers[0].value if len(numbers) == 1 and not numbers[0].ordinal else None
        if value is None or value < 2 or tokens.start[index] in quoted:
            continue
        noun = tokens.head[index]
        row = tuple(tokens.lower[index + 1 : index + 4]) == _IN_A_ROW
        if row and tokens.pos[index] in ("NOUN", "ADJ") and tokens.dep[index] in ("appos", "attr"):
            # "The draw, Wexford's third in a row": the ordinal stands for the result
            if not _run_noun(tokens, noun):
                continue
            end = tokens.end[index + 3]
            what = f"{_plural(tokens.lemma[noun])} in a row"
            owner = _run_owner(tokens, index)
        elif (
            tokens.dep[index] in ("amod", "nummod")
            and index < noun <= index + _RUN_NOUN_REACH
            and _run_noun(tokens, noun)
            and (
                any(tokens.lower[t] in RUN_ADJECTIVES for t in range(index + 1, noun))
                # "their third win in a row"
                or (
                    value == ordinal_value(word)
                    and tuple(tokens.lower[noun + 1 : noun + 4]) == _IN_A_ROW
                )
            )
        ):
            adjective = next(
                (
                    tokens.lower[t]
                    for t in range(index + 1, noun)
                    if tokens.lower[t] in RUN_ADJECTIVES
                ),
                "",
            )
            end = tokens.end[noun] if adjective else tokens.end[noun + 3]
            noun_words = _plural(tokens.lemma[noun])
            what = f"{adjective} {noun_words}" if adjective else f"{noun_words} in a row"
            owner = _run_owner(tokens, noun)
        else:
            tally = _tally_so_far(tokens, index, noun) if value == ordinal_value(word) else ""
            if not tally:
                continue
            end = tokens.end[noun]
            what = tally
            owner = _run_owner(tokens, noun)
        start = tokens.start[index]
        found.append(
            FoundFigure(
                text[start:end],
                start,
                end,
                float(value),
                None,
                _plural(tokens.lemma[noun]),
                _joined([owner, what]) if owner else what,
            )
        )
    return found


# Verbs of a body's decision on a named person or measure ("confirmed Okonjo 53-47",
# "elected Murphy 22-17", "backed Tremblay 41-12"): the tally is a vote (a defeat in
# sport is a result).
_TALLY_ON_A_NAME_LEMMAS = (APPROVAL_LEMMAS | VOTE_OUTCOME_LEMMAS | APPOINTING_VERBS) - {
    "defeat",
    "become",
    "make",
}
_AS_A_AFTER = re.compile(r"\s+as\s+an?\s", re.IGNORECASE)  # "17-0 as a pro"


def _capitalized_subject(tokens: Tokens, head: int) -> int | None:
    """The subject of `head` when it is a name (capitalized, no pronoun), else None."""
    for child in tokens.children[head]:
        if (
            tokens.dep[child] == "nsubj"
            and tokens.pos[child] in ("PROPN", "NOUN")
            and tokens.text[child][:1].isupper()
        ):
            return child
    return None


def _nominal_subject(tokens: Tokens, head: int) -> int | None:
    """The subject of `head` when it is a noun or a name ("The caucus"), else None."""
    for child in tokens.children[head]:
        if tokens.dep[child] == "nsubj" and tokens.pos[child] in ("PROPN", "NOUN"):
            return child
    return None


def _named_object(tokens: Tokens, verb: int) -> int | None:
    for child in tokens.children[verb]:
        if tokens.dep[child] == "dobj" and tokens.pos[child] == "PROPN":
            return child
    return None


def scores_the_parse_tells(
    text: str, tokens: Tokens, found: list[FoundFigure], quoted: _Spans
) -> list[FoundFigure]:
    """Scores the words around them leave unread that the parse tells as a result or a
    record (round 32): a score hung on one named side that a verb takes as its object
    while another named side is the subject ("Carlisle thumped Morecambe 4-0", "The
    Coalition leads Labor 52-48"), when no result is kept yet; and a won-lost record,
    a score a name "is" ("The Eagles are 11-3"), told before a record's noun ("closed out a
    21-4 season") or of a fighter "as a pro" ("Ade Olowu, 17-0 as a pro,")."""
    taken = {f.start for f in found}
    result_kept = any(f.measures.startswith("final score") for f in found)
    added: list[FoundFigure] = []
    for match in _SCORE.finditer(text):
        start, end = match.span()
        if (
            start in taken
            or start in quoted
            or text[max(0, start - 1) : start] == "-"
            or int(match.group(1)) > 200
            or (_PLAIN_RANGE_AFTER.match(text, end) and int(match.group(2)) > int(match.group(1)))
            or _ODDS_AFTER.match(text, end)
            or _SCORE_ON_THE_WAY_AFTER.match(text, end)
        ):
            continue
        first = tokens.at(start)
        if first < 0 or tokens.start[first] != start or tokens.pos[first] != "NUM":
            continue
        head = tokens.head[first]
        dep = tokens.dep[first]
        measures = ""
        named = tokens.pos[head] == "PROPN" and tokens.dep[head] == "dobj"
        verb = tokens.head[head] if named else head
        other = head if named else _named_object(tokens, head) if dep == "npadvmod" else None
        if other is not None and tokens.pos[verb] == "VERB":
            voted = tokens.lemma[verb] in _TALLY_ON_A_NAME_LEMMAS
            side = _nominal_subject(tokens, verb) if voted else _capitalized_subject(tokens, verb)
            if side is not None and (voted or not result_kept):
                said = f"{_name_at(tokens, side)} {tokens.text[verb]} {_name_at(tokens, other)}"
                if voted:  # "The Senate confirmed Okonjo 53-47": a body's vote on a person
                    measures = f"vote: {said}"
                else:
                    kind = "final score" if tokens.tag[verb] == "VBD" else "score"
                    measures = f"{kind}: {said}"
                    result_kept = True
        elif tokens.lemma[head] == "be" and dep in ("npadvmod", "attr", "acomp"):
            side = _capitalized_subject(tokens, head)
            if side is not None:
                measures = f"won-lost record: {_name_at(tokens, side)}"
        elif tokens.pos[head] == "NOUN" and tokens.lemma[head] in WON_LOST_RECORD_NOUNS:
            if dep in ("nummod", "amod", "compound"):
                side = _capitalized_subject(tokens, tokens.head[head])
                who = _name_at(tokens, side) if side is not None else ""
                measures = f"won-lost record: {who}" if who else "won-lost record"
        elif (
            dep == "npadvmod"
            and tokens.pos[head] in ("PROPN", "NOUN")
            and _AS_A_AFTER.match(text, end)
        ):
            who = _name_at(tokens, head) if tokens.pos[head] == "PROPN" else ""
            measures = f"won-lost record: {who}" if who else "won-lost record"
        if not measures:
            measures = _decision_tally(tokens, first)
        if measures:
            value = float(match.group(1))
            added.append(FoundFigure(match.group(), start, end, value, None, "score", measures))
    return added


# Verbs of a body's decision a tally right after them counts the votes of ("was refused
# 6-3", "passed third reading 170-146", "was carried 19-5"); not "defeat", a result in
# sport as often.
_DECISION_LEMMAS = (VOTE_OUTCOME_LEMMAS | REFUSING_LEMMAS) - {"defeat"}
# How far after its verb a tally is read as the verb's ("passed third reading 170-146").
_DECISION_TALLY_REACH = 4
_ACTING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _decision_tally(tokens: Tokens, number: int) -> str:
    """ "The tower was refused 6-3 by the planning panel", "Councillors refused the
    extension 7-4", "Bill C-41 passed third reading 166-150": a tally the parse hangs on a
    verb of a body's decision, or on a word hung on one, right after it, is that body's
    vote (round 34; not "defeated Munster 24-17", nor a decision on a name). "" when it
    does not apply."""
    verb = tokens.head[number]
    if tokens.dep[number] not in ("npadvmod", "dobj", "nummod", "appos"):
        return ""
    hopped: list[int] = []
    if tokens.lemma[verb] not in _DECISION_LEMMAS and verb < number:
        hopped = [verb] if tokens.text[verb].islower() else []
        verb = tokens.head[verb]  # "passed third reading 170-146": past the reading
    if (
        tokens.lemma[verb] not in _DECISION_LEMMAS
        or tokens.pos[verb] != "VERB"
        or not verb < number <= verb + _DECISION_TALLY_REACH
    ):
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass")]
    objects = [c for c in tokens.children[verb] if tokens.dep[c] == "dobj"]
    passive = any(tokens.dep[c] == "nsubjpass" for c in subjects)
    # a name acted on ("Leinster passed Munster 24-17 on the table") is a contest, no vote
    if not passive and any(
        tokens.pos[c] == "PROPN" or tokens.ent[c] in _ACTING_ENTITIES for c in objects
    ):
        return ""
    decided = [*objects, *hopped, *subjects]
    if not decided:
        return ""
    thing = decided[0]
    if tokens.pos[thing] not in ("NOUN", "PROPN"):  # "DA 2024/118 was refused 6-3"
        return f"vote: {tokens.text[verb]}"
    return f"vote: {tokens.text[thing]} {tokens.text[verb]}"
