"""What the outlook's clause layers and its scoring share: the word patterns, scores and
small readers of a sentence. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ACTING_NOUNS,
    COMPANY_NOUNS,
    FORECAST_LEMMAS,
    FORWARD_CUES,
    FURNITURE_LABELS,
    HOLIDAY_NAMES,
    INSTITUTION_NOUNS,
    INTENT_LEMMAS,
    MONTHS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSONNEL_NOUNS,
    POSSESSIVE_GENDER,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    STATE_BODY_NOUNS,
    WEEKDAYS,
)
from briefsmith.core.units import canonical_unit

if TYPE_CHECKING:
    pass


_OUTLOOK_SENTENCES = 2
# How clearly forward a sentence of the situation must be to be the outlook as well.
_LEAD_OUTLOOK_SCORE = 2

# What may happen next. Strong cues name the future outright (the lexicon's forward cues:
# "will", "expected", "plans", "next week", ...; deadlines); modal verbs only open a
# possibility and count half. Modals are matched in lower case only, so "May" the month
# and "Will" the name do not count.
_MODALS = ("could", "may", "might", "would", "should")
_FORWARD_MODAL = re.compile(rf"\b(?:{'|'.join(_MODALS)})\b")
_FORWARD_STRONG = re.compile(
    rf"\b(?:{FORWARD_CUES}|shall|due to|scheduled|deadline|later this (?:week|month|year)|"
    r"by the end of|within the next|as soon as)\b",
    re.IGNORECASE,
)
# Background: what already happened ("had", "last year", "ago", "since").
_BACKGROUND = re.compile(
    r"\b(?:had|ago|since|previously|earlier this|last (?:week|month|year|season)|"
    r"in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# The past seen from the past: what someone would have done, what was due to happen
# ("would have won", "could have been avoided", "was due to fly", "had planned to").
# These cancel a sentence's forward cues.
_PAST_CONDITIONAL = re.compile(
    r"\b(?:would|could|might|should|must|may)(?:\s+not|n[’']t)?\s+have\b"
    r"|\b(?:was|were)\s+(?:due|supposed)\s+to\b"
    r"|\bhad\s+(?:planned|hoped|expected|intended)\b",
    re.IGNORECASE,
)
# The future as reported speech puts it: "the ministry said it would publish", "his
# lawyer said he would appeal".
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|announced|confirmed|promised|pledged|vowed|insisted)\b[^.;]{0,80}?"
    r"\bwould\s+(?!have\b|not\s+have\b)[a-z]+",
)
# The future named by the clock and the calendar: "next month", "on Friday" with "will".
_DEADLINE = re.compile(
    r"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:next\s+\w+|the\s+coming\s+\w+|tomorrow)\b"
    r"|\bnext\s+(?:spring|summer|autumn|fall|winter|season|weekend|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b"
    r"|\b(?:in|within|over)\s+the\s+(?:next|coming)\s+\w+"
    r"|\bwithin\s+\w+\s+(?:hours|days|weeks|months)\b"
    r"|\b(?:start|begin|open|return|resume)s?\s+(?:in|from|by)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|"
    r"september|october|november|december)\b",
    re.IGNORECASE,
)


# A line that a furniture label opens ("Pictured: ...", "READ MORE: ..."): one or two
# words before a colon, the last of them a label.
_LABELLED = re.compile(r"^\s*(?:[A-Za-z]+\s+)?(?P<label>[A-Za-z]+)\s*:")


def _is_labelled_furniture(text: str) -> bool:
    found = _LABELLED.match(text)
    return found is not None and found.group("label").casefold() in FURNITURE_LABELS


def _inside_a_quote(text: str) -> bool:
    """A sentence that opens or closes a longer quotation ("Speed will save lives.”")."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _outlook_score(text: str) -> int:
    if _PAST_CONDITIONAL.search(text):
        return 0
    strong = sum(1 for m in _FORWARD_STRONG.finditer(text) if m.group().casefold() not in _MODALS)
    strong += len(_DEADLINE.findall(text))
    modal = len(_FORWARD_MODAL.findall(text))
    if not (strong or modal):
        return 0
    score = 2 * strong + modal - len(_BACKGROUND.findall(text))
    # A reported future ("said it would publish") looks ahead however much past the
    # sentence also reports; it ranks after the plainly forward sentences.
    return max(score, 1) if _REPORTED_FUTURE.search(text) else score


def _masked(text: str, start: int, quoted: Sequence[tuple[int, int]], first: int) -> str:
    """The sentence text[start:start+len(text)] with every quoted passage blanked out:
    what the article says in its own voice. `first` indexes the first passage that may
    overlap it (the passages are in order)."""
    end = start + len(text)
    chars = list(text)
    index = first
    while index < len(quoted) and quoted[index][0] < end:
        a, b = quoted[index]
        for position in range(max(a, start), min(b, end)):
            chars[position - start] = " "
        index += 1
    return "".join(chars)


# --------------------------------------------------------------------------------------
# The outlook read from the parse: the tense and modality of each clause (its auxiliaries
# and tag), the clause that frames it (a report, or a past that makes it a future seen
# from the past), and the time expressions attached to it.

# What a clause says of its time (`_tense`); "none" for an infinitive or a participle.
_FUTURE, _CONDITIONAL, _POSSIBLE, _OBLIGATION = "future", "conditional", "possible", "obligation"
_PAST, _PRESENT, _NONE = "past", "present", "none"
# A plan that was made in the past ("was due to fly", "was expected to land").
_PAST_PLAN = "past-plan"
# A time ahead that is near: a weekday, a month or "next" (`_parsed_reading`).
_NEAR = "near"
# An inquiry under way ("police are appealing for witnesses", "said it was making
# enquiries"): an outlook when nothing plainer is, never a second sentence.
_ONGOING = "ongoing"
# A decision left to an inquiry ("released on bail pending further enquiries"): the same,
# and it stands even beside the past it is told with.
_PENDING = "pending"
_AUXILIARIES = frozenset({"aux", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# what a clause that only measures has none of: an object or a complement
_MEASURED_NOT = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp"})
_OBJECTS = frozenset({"dobj", "dative"})
# A clause under one of these takes its time from its governor: "he had decided that it
# would rain" is a future seen from the past.
_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "pcomp"})
# A clause under one of these keeps its own time ("the plant, which will open in May").
_INDEPENDENT = frozenset({"relcl", "parataxis", "appos"})
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A personal or possessive pronoun's gender.
_GENDER_OF = PRONOUN_GENDER | POSSESSIVE_GENDER
# The tags of a wh-word ("when", "how", "what", "which") that opens an indirect question.
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})
_MODAL_TENSES = frozenset({_FUTURE, _CONDITIONAL, _POSSIBLE})
# Common nouns that stand for an organization as an agent ("the council will", "the
# company said it would"), in lower case.
_INSTITUTIONS = frozenset(w.casefold() for w in ORG_HEADS) | frozenset(INSTITUTION_NOUNS)
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# round 21: a number written as an ordinal ("50th", "3rd")
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
# Common nouns (lemmas) for those who act: people, roles, companies, bodies.
_ACTORS = (
    ACTING_NOUNS
    | ROLE_NOUNS
    | PERSON_NOUNS
    | PERSONNEL_NOUNS
    | STATE_BODY_NOUNS
    | COMPANY_NOUNS
    | frozenset(INSTITUTION_NOUNS)
)
_HOLIDAYS = frozenset(w.casefold() for w in HOLIDAY_NAMES)
_CALENDAR = frozenset(w.casefold() for w in MONTHS | WEEKDAYS)
_MONTHS_CASEFOLDED = frozenset(w.casefold() for w in MONTHS)
_WEEKDAYS_CASEFOLDED = frozenset(w.casefold() for w in WEEKDAYS)
# Nouns (lemmas) of those whose word on what comes next is a source's, not the public's.
# round 19: common nouns (lemmas) of a person ("the actor, whose new film ...")
_PERSONS = PERSON_NOUNS | ROLE_NOUNS | ACTING_NOUNS
_DECIDERS = (
    ROLE_NOUNS | PERSONNEL_NOUNS | STATE_BODY_NOUNS | COMPANY_NOUNS | frozenset(_INSTITUTIONS)
)
# round 27: of those, a body's staff and bodies (not people by what they do: "drivers")
_STAFF_AND_BODIES = PERSONNEL_NOUNS | STATE_BODY_NOUNS | COMPANY_NOUNS | frozenset(_INSTITUTIONS)
_PLANS = INTENT_LEMMAS | FORECAST_LEMMAS
_YEAR = re.compile(r"(?:19|20|21)\d\d")
# An hour on the clock, as the tokenizer leaves it: "3pm", "7.45pm", "10:30am", or the
# "pm" of "3 pm"; "noon", "midnight".
_CLOCK = re.compile(r"(?:\d{1,2}(?:[.:]\d\d)?)?(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight")
# How many words after "on the night" may tell the occasion's past event ("she won the
# world title").
_OCCASION_WORDS = 8
# The preposition that gives a fixing verb its date ("set for 18 August").
_FIXING_PREPOSITIONS = frozenset({"for"})
# How far a walk up the tree goes (news sentences are shallow): a bound that keeps the
# work per token constant.
_MAX_CLIMB = 8
# Where a show is put on (`_Clauses.at_a_venue`): a building, a place or a body's hall.
_VENUE_ENTITIES = frozenset({"FAC", "GPE", "LOC", "ORG"})
# How many levels below a present clause a word of a habit may hang ("is open from 10am
# to 4pm daily": the parser hangs "daily" on the hours).
_HABIT_DEPTH = 4
# How forward a clause is: the future in the story's own voice, the future in a report
# ("said it would"), a present that a date puts ahead ("the ban starts on Friday"), an
# obligation ("must repay"), and a possibility ("could", "may"), which alone is not an
# outlook. A time ahead and a named actor add to it.
_SCORE = {
    ("own", _FUTURE): 3.0,
    ("reported", _FUTURE): 3.0,
    # "said it would": the future seen from the report. A half point under "will": a
    # second sentence needs a named agent or a time ahead besides ("the company said it
    # would close the plant", not "critics said the estate would overwhelm the roads").
    ("reported", _CONDITIONAL): 2.5,
    ("reported", _PAST_PLAN): 2.5,
    ("own", _OBLIGATION): 2.0,
    ("reported", _OBLIGATION): 2.0,
    ("own", _PRESENT): 2.0,
    ("reported", _PRESENT): 2.0,
    ("own", _ONGOING): 2.0,
    ("reported", _ONGOING): 2.0,
    ("own", _PENDING): 2.5,
    ("reported", _PENDING): 2.5,
    ("own", _CONDITIONAL): 1.0,
    ("own", _POSSIBLE): 0.5,
    ("reported", _POSSIBLE): 0.5,
}
# What someone says a person or a body "would" do, or what "would be" done (a
# procedure: "a bill would be sent to parliament"): a plan, as plain as "will".
_REPORTED_PLAN_SCORE = 3.0
# A possibility someone warns of or predicts.
_WARNED_SCORE = 2.5
_TIME_BONUS = 1.5
_AGENT_BONUS = 0.5
_BACKGROUND_PENALTY = 0.5
# The least score of an outlook sentence, and of every sentence after the best one: a
# second sentence must be a plain next step, not a possibility.
_MIN_SCORE = 2.0
_MORE_SCORE = 3.0
# ... and the least score of a firm clause in it (see `_parsed_reading`): a step someone
# takes or one with a time ahead ("she said 12 of the pieces would remain in Bradford").
_MORE_FIRM_SCORE = 2.5
_PARSED_OUTLOOK_SENTENCES = 2
# More sentences when the article tells more next steps than two: only those as firm as a
# dated step ("will be sentenced on 19 January", "is due to appear on 3 March", "Gift
# cards will be accepted until 31 January": a future with its time), the best of those
# after the first two. Round 27: a future with its time (4.5) was left out when no one
# was named in it, and one such step only; dev references list three to five steps.
_THIRD_OUTLOOK_SCORE = 4.5
_FIRM_EXTRA_SENTENCES = 2
# How clearly forward a later sentence of the lead must be to be the outlook when the
# body has none: a next step with a time ahead ("is expected to make landfall late on
# Saturday"), not a bare "will".
_LEAD_PARSED_SCORE = 4.0
# Round 35: ... or, when no sentence of the lead is that clearly forward either, the one
# step after the news as plain and as firm as a second outlook sentence needs
# (`_MORE_SCORE`, `_MORE_FIRM_SCORE`): a named actor's "will" ("Konkan Strikers will
# resume on the second morning"), a reported plan ("His lawyer said he would appeal"), a
# present its date puts ahead ("Applications open on March 3"), a company's forecast.
# Not when the news itself looks ahead (a "will" after it tells its terms: "Harlow Steel
# is to close its plant. The firm will cut 300 jobs."), not a refusal or a standing rule,
# not a bare "will" of a pronoun or a thing ("She will remain chief executive", "The app
# will let commuters see ...": firm 0); one sentence only.
_LEAD_PLAIN_SCORE = 3.0
# ... or a step the news's own actor reports of itself ("The union said it would ballot
# members on strike action", "The firm said it would appeal against the ruling") or a
# present its day puts ahead ("The cuts take effect from Sunday"), with no time besides:
# what comes next, where a bare "will" of the lead ("Harlow Steel will close the plant")
# is the news itself.
_LEAD_STEP_SCORE = 3.5
# Round 35: how clearly forward the lead's first sentence (the news) must be to be the
# outlook when no other sentence of the article looks ahead: a step with its time ahead
# ("Shareholders will vote on the takeover at a meeting on April 22"), firm by its time
# (a bare "will", "Harlow Steel will close the plant", is the news and no more).
_OPENING_SCORE = 4.0
# A sentence ends in a full stop, a question or exclamation mark (a closing quote or
# bracket may follow); a caption or a standfirst line does not.
# A sentence that ends in a question mark (a closing quote or bracket may follow).
_ASKS = re.compile(r"\?[\"'”’»)\]]*\s*$")
_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
# Words that carry a sentence's content, by part of speech.
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# A body sentence with at least this many content words, this share of them in the
# lead, restates the lead.
_RESTATED_MIN_WORDS = 6
# The fewest content words of an outlook sentence: one that names what happens ("The
# budget will be reviewed in September"), not "But she won't leave."
_OUTLOOK_MIN_WORDS = 3
_RESTATED_SHARE = 0.7


def _plural_unit_of_extent(word: str) -> bool:
    """ "hours", "miles", "weeks": a plural unit of time or length, told with no
    number an extent ("will queue for hours")."""
    unit = canonical_unit(word) if word.endswith("s") else None
    return unit is not None and unit[0] in ("time", "length")
