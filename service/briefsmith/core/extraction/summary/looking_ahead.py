"""The outlook: the sentences about what happens next (plans, deadlines, forecasts,
hearings, votes), or nothing. Pure.

A sentence looks ahead when its verb does (future tense, modals, "expected to", "plans
to", a date to come), and is no outlook when it tells testimony, a habit, a general
truth, a product's claims or a step already taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ACCESS_STATE_WORDS,
    ACCOUNT_LEMMAS,
    ACTING_NOUNS,
    ADOPTION_LEMMAS,
    ADOPTION_NOUNS,
    AFTERMATH_WORDS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    ANIMAL_KIND_NOUNS,
    APPEAL_LEMMAS,
    APPOINTMENT_LEMMAS,
    APPROVAL_LEMMAS,
    ASKING_LEMMAS,
    ATTENTION_NOUNS,
    AWAITING_PREPOSITIONS,
    BEFOREHAND_WORDS,
    BODY_OUTPUT_LEMMAS,
    BROADCAST_NOUNS,
    CAPABILITY_ADJECTIVES,
    CAUSATIVE_LEMMAS,
    CLIENT_NOUNS,
    CLOCK_PREPOSITIONS,
    COMMENT_LEMMAS,
    COMMITMENT_LEMMAS,
    COMPANY_NOUNS,
    CONDITION_ADVERBS,
    CONDITION_PREPOSITIONS,
    CONJECTURE_ADVERBS,
    CONSOLATION_NOUNS,
    CONTINUATION_LEMMAS,
    CONTINUITY_ADVERBS,
    COUNSEL_SIDES,
    COURT_OFFICER_NOUNS,
    COURT_SENDING_LEMMAS,
    COURT_SIDES,
    COURT_STAGE_NOUNS,
    CROWD_NOUNS,
    DATE_NOUNS,
    DATING_ADVERBS,
    DEFENDANT_ROLE,
    DEMONSTRATIVES,
    DEPENDENCE_LEMMAS,
    DIFFERENCE_PREPOSITIONS,
    DISTANT_DEMONSTRATIVES,
    DISTANT_HORIZON_NOUNS,
    DURATION_PREPOSITIONS,
    DUTY_LEMMAS,
    EFFECT_AMOUNTS,
    EFFECT_LEMMAS,
    EFFORT_LEMMAS,
    EFFORT_WORDS,
    ENABLING_LEMMAS,
    EVIDENCE_HEARERS,
    EVIDENCE_LEMMAS,
    EXTENT_LEMMAS,
    EXTENT_PREPOSITIONS,
    FEATURE_PHRASES,
    FEELING_LEMMAS,
    FEELING_WORDS,
    FIRST_OCCASION_WORDS,
    FIRST_PERSON,
    FIXING_LEMMAS,
    FIXTURE_AWAY_VERBS,
    FIXTURE_SIDE_NOUNS,
    FIXTURE_VERBS,
    FORECAST_LEMMAS,
    FORECAST_TIME_ADVERBS,
    FORWARD_CUES,
    FORWARD_TIME_PREPOSITIONS,
    FORWARD_TIME_WORDS,
    FREQUENCY_WORDS,
    FURNITURE_LABELS,
    GENERAL_QUANTIFIERS,
    GENERIC_PRONOUNS,
    GOING_FAR_WORDS,
    HABIT_ADVERBS,
    HOLIDAY_NAMES,
    HOPE_LEMMAS,
    HYPOTHESIS_MARKERS,
    HYPOTHETICAL_DETERMINERS,
    INDEFINITE_ARTICLES,
    INQUIRY_LEMMAS,
    INQUIRY_NOUNS,
    INSTITUTION_NOUNS,
    INTENT_LEMMAS,
    INVESTIGATOR_HEARERS,
    JEOPARDY_NOUNS,
    JUDGING_NOUNS,
    KIN_NOUNS,
    LEGACY_ADVERBS,
    LEGACY_LEMMAS,
    LEGACY_PARTICLES,
    LEGACY_PHRASALS,
    LIFE_STAGE_NOUNS,
    LINGER_LEMMAS,
    MEMORY_LEMMAS,
    MEMORY_NOUNS,
    MILESTONE_NOUNS,
    MODAL_FORCE,
    MONTHS,
    MOVING_LEMMAS,
    NAMED_BODY_NOUNS,
    NECESSITY_LEMMAS,
    NEGATIONS,
    NEW_PERIOD_WORDS,
    NEXT_TO_PLACE_WORDS,
    NOT_YET_WORDS,
    OCCASION_MARKERS,
    OCCASION_TIME_NOUNS,
    OCCURRENCE_NOUNS,
    ORG_HEADS,
    OUTCOME_NOUNS,
    PAST_TIME_WORDS,
    PENALTY_LEMMAS,
    PENALTY_PARTICIPLES,
    PENDING_PREPOSITIONS,
    PERIOD_PART_NOUNS,
    PERIOD_PART_ORDINALS,
    PERSON_NOUNS,
    PERSON_RELATIVES,
    PERSONNEL_NOUNS,
    PHASE_LEMMAS,
    PLAN_HOLDER_PRONOUNS,
    POSSESSIVE_GENDER,
    PREDICTION_LEMMAS,
    PREFERENCE_ADVERBS,
    PRODUCT_NOUNS,
    PRONOUN_GENDER,
    PROSECUTION_WORDS,
    PROSPECT_NOUNS,
    PROVERB_SUBJECTS,
    PROVOKE_LEMMAS,
    QUANTITY_TREND_LEMMAS,
    QUESTION_NOUNS,
    RANGE_OPENERS,
    RANGE_WORDS,
    REACTION_LEMMAS,
    READER_PRONOUNS,
    READINESS_ADJECTIVES,
    RECALL_LEMMAS,
    RECENT_PAST_WORDS,
    RECENT_PERIOD_MARKERS,
    RECENT_PERIOD_NOUNS,
    RECURRING_DETERMINERS,
    RESCHEDULE_LEMMAS,
    RESCHEDULE_PHRASALS,
    RESCHEDULE_PREPOSITIONS,
    RESTRICTED_PRONOUNS,
    RESUMPTION_ADVERBS,
    RETROSPECT_PARTICLES,
    ROLE_NOUNS,
    SCHEDULED_EVENT_NOUNS,
    SCHEME_MEMBER_NOUNS,
    SEASON_NOUNS,
    SEQUEL_ADVERBS,
    SEQUEL_PHRASALS,
    SINGLE_PERSON_PRONOUNS,
    SOME_QUANTIFIERS,
    SPAN_LEMMAS,
    SPECULATOR_NOUNS,
    SPEECH_LEMMAS,
    STAGE_VENUE_NOUNS,
    STANCE_LEMMAS,
    STATE_BODY_NOUNS,
    STATE_CHANGE_LEMMAS,
    STATE_CHANGE_PHRASALS,
    STATE_LEMMAS,
    STOCK_PHRASE_WORDS,
    STOCK_PLEDGE_LEMMAS,
    TAKEN_AS_LEMMAS,
    TENDENCY_LEMMAS,
    TERMS_PREPOSITIONS,
    TERMS_RECEIPT_LEMMAS,
    THEN_ADVERBS,
    THEN_PERIOD_NOUNS,
    THING_BEHAVIOUR_LEMMAS,
    TIMETABLED_RUN_NOUNS,
    TRIAL_STEP_LEMMAS,
    UNCHANGED_LEMMAS,
    UNCOUNTED_EXTENT_WORDS,
    UNDONE_LEMMAS,
    UNDONE_MARKERS,
    UNDONE_PHRASALS,
    VARIANT_NOUNS,
    VENUE_PREPOSITIONS,
    VERDICT_FEELING_LEMMAS,
    WARNING_LEMMAS,
    WATCH_LEMMAS,
    WATCHER_NOUNS,
    WEATHER_NOUNS,
    WEATHER_SYSTEM_WORDS,
    WEEKDAYS,
    WHEN_MARKERS,
    WINDOW_ADJECTIVES,
    WISH_LEMMAS,
    WITHHELD_NOUNS,
)
from briefsmith.core.segments import Segment, sentences
from briefsmith.core.units import canonical_unit, is_duration, is_long_duration

if TYPE_CHECKING:
    from briefsmith.core.analysis.index import Analysis
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.summary.lead import (
    _QUOTE_OPENERS,
    _SENTENCE_MAX_CHARS,
    _is_story_sentence,
)

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
# ... or a step the news's own actor reports of itself ("The union said it would ballot
# members on strike action", "The firm said it would appeal against the ruling") or a
# present its day puts ahead ("The cuts take effect from Sunday"), with no time besides:
# what comes next, where a bare "will" of the lead ("Harlow Steel will close the plant")
# is the news itself.
_LEAD_STEP_SCORE = 3.5
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


class _Clauses:
    """The clauses of one parsed sentence (tokens [first, last)) and what each says of
    its time. Each token's tense is read once (memoized), each walk up the tree is
    bounded, so the work is linear in the sentence."""

    def __init__(self, t: Tokens, first: int, last: int):
        self.t = t
        self.first = first
        self.last = last
        self._tenses: dict[int, str] = {}
        self._evidence: bool | None = None
        self._settled: bool | None = None

    def inside(self, i: int) -> bool:
        return self.first <= i < self.last

    def is_clause(self, i: int) -> bool:
        t = self.t
        return t.dep[i] == "ROOT" or (
            t.pos[i] in ("VERB", "AUX") and t.dep[i] not in _AUXILIARIES and t.tag[i] != "MD"
        )

    def tense(self, i: int) -> str:
        """What the clause headed by token i says of its time, from its auxiliaries and
        tag: "will publish" future, "could cost" possible, "would appeal" conditional,
        "has hired"/"was restored"/"would have won" past, "starts"/"is reviewing"
        present; "none" for an infinitive or a participle."""
        known = self._tenses.get(i)
        if known is not None:
            return known
        t = self.t
        modal = None
        perfect = False
        finite = ""
        for child in t.children[i]:
            if t.dep[child] not in _AUXILIARIES:
                continue
            if t.tag[child] == "MD":
                modal = MODAL_FORCE.get(t.lemma[child], modal or _PRESENT)
            elif t.lemma[child] == "have":
                perfect = True
            elif t.tag[child] in ("VBD", "VBZ", "VBP") and not finite:
                finite = t.tag[child]
        tag = finite or t.tag[i]
        if perfect and modal == _FUTURE:
            tense = _FUTURE  # "by 2100 the glacier will have gone": the future perfect
        elif perfect:
            tense = _PAST
        elif modal is not None:
            tense = modal
        elif tag == "VBD":
            tense = _PAST
        elif tag in ("VBZ", "VBP") or self._untagged_present(i, tag):
            tense = _PRESENT
        else:
            tense = _NONE
        self._tenses[i] = tense
        return tense

    def _untagged_present(self, i: int, tag: str) -> bool:
        """A plural present the tagger took for a base form, a noun or an adjective: a
        word with its own subject and no auxiliary heading the sentence ("Talks resume
        on Monday", "Ticket sales open on 1 December") or, as a base form, a reported
        clause ("said the courts reopen in May"); not an imperative (no subject), not an
        infinitive, not a verb a causative governs ("let him go")."""
        t = self.t
        if tag not in ("VB", "NN", "JJ"):
            return False
        head = t.head[i]
        main = t.dep[i] == "ROOT" or (
            tag == "VB" and t.dep[i] == "ccomp" and head != i and t.lemma[head] in SPEECH_LEMMAS
        )
        children = t.children[i]
        return (
            main
            and any(t.dep[c] == "nsubj" for c in children)
            and not any(
                t.dep[c] in _AUXILIARIES or t.dep[c] == "cop" or t.tag[c] == "TO" for c in children
            )
        )

    def kind(self, i: int) -> tuple[str, int]:
        """The clause's time and the token its frame is read from: an infinitive under a
        plan ("plans to", "is expected to", "is due to", "is to") is the plan's future,
        or a past plan when the plan is past ("was due to fly")."""
        t = self.t
        kind = self.tense(i)
        # A plan or an expectation with an object: "expects revenue of $12bn", "plans a
        # vote next month"; a forecast's is a possibility ("analysts forecast sales of").
        if (
            kind == _PRESENT
            and t.pos[i] == "VERB"
            and t.lemma[i] in _PLANS
            and any(t.dep[c] == "dobj" or self._misread_infinitive(c) for c in t.children[i])
        ):
            return (_POSSIBLE if t.lemma[i] in FORECAST_LEMMAS else _FUTURE), i
        if kind != _NONE or not any(t.tag[c] == "TO" for c in t.children[i]):
            return kind, i
        owner = t.head[t.head[i]]
        if t.dep[i] in ("relcl", "acl") and t.dep[t.head[i]] == "dobj" and self.deadline(owner):
            return _FUTURE, owner  # "the club has 14 days to lodge an appeal"
        if t.dep[i] not in ("xcomp", "ccomp"):
            return kind, i  # "too dangerous for civilians to leave": no plan
        governor = t.head[i]
        if governor == i:
            return kind, i
        if self.deadline(governor):
            return _FUTURE, governor  # "the club has 14 days to lodge an appeal"
        lemma = self.verb_lemma(governor)
        if lemma not in _PLANS | COMMITMENT_LEMMAS:
            return kind, i
        if t.lemma[governor] == "be" and any(
            t.dep[c] in ("acomp", "attr") for c in t.children[governor]
        ):
            return kind, i  # "the ice was never safe to walk on": the adjective's infinitive
        if any(t.lower[c] in NOT_YET_WORDS for c in t.children[governor]):
            return kind, i  # "officials are yet to confirm the cause": not done, no plan
        # the weather's forecast is the weather story's next step ("Storm Bram is
        # forecast to bring heavy rain"), a forecast of prices a projection
        forecast = lemma in FORECAST_LEMMAS and not (
            lemma in PREDICTION_LEMMAS and self.weather_subject(governor)
        )
        if t.pos[governor] == "ADJ" and t.head[governor] != governor:
            governor = t.head[governor]  # "is due to", "is likely to": the copula's time
        plan = self.tense(governor)
        if (
            lemma in COMMITMENT_LEMMAS
            and plan in (_PRESENT, _PAST)
            and not any(t.dep[c] == "neg" for c in t.children[governor])
            and not any(
                t.lemma[c] == "have" and t.tag[c] == "VBD" and t.dep[c] in _AUXILIARIES
                for c in t.children[governor]
            )
        ):
            # A commitment still stands however it is told ("has pledged to publish its
            # response by the summer", "vowed to fight the ruling"); one that had been
            # made ("had promised to attend") is behind.
            return _FUTURE, governor
        if plan in (_PRESENT, _FUTURE):
            return (_POSSIBLE if forecast else _FUTURE), governor
        if plan == _PAST and any(
            t.lemma[c] == "have" and t.tag[c] == "VBD" and t.dep[c] in _AUXILIARIES
            for c in t.children[governor]
        ):
            # "friends said the couple had planned to marry next summer": a plan that had
            # been made, as a promise that had been ("had promised to attend"), is behind
            return _PAST, governor
        if plan == _PAST:
            return _PAST_PLAN, governor
        return plan, governor

    def _misread_infinitive(self, c: int) -> bool:
        """A plan's infinitive clause that the tagger took for a noun: "markets expect the
        rate to bottom out by June" ("bottom" a noun, with its subject and its "to")."""
        t = self.t
        return (
            t.dep[c] in ("ccomp", "xcomp")
            and not self.is_clause(c)
            and any(t.tag[g] == "TO" for g in t.children[c])
        )

    def scheduled(self, clause: int) -> bool:
        """A plan told in the present with no infinitive: "the vote is expected in June",
        "sentencing is set for 22 May" (a passive of a plan), "the decision is due on 4
        February"; not a state that falls due ("its contract is due for renewal in
        2027")."""
        t = self.t
        children = t.children[clause]
        if t.lemma[clause] == "be":
            return any(
                t.dep[c] == "acomp"
                and t.lemma[c] in INTENT_LEMMAS
                and t.lemma[c] != "be"
                and not any(t.dep[g] == "prep" and t.lower[g] == "for" for g in t.children[c])
                for c in children
            )
        return (
            t.lemma[clause] in INTENT_LEMMAS
            and t.tag[clause] == "VBN"
            and any(t.dep[c] == "auxpass" for c in children)
            and not any(t.tag[g] == "TO" for c in children for g in (c, *t.children[c]))
        )

    def predicted(self, clause: int) -> bool:
        """A forecast made, with its object: "has forecast temperatures of 34C", "analysts
        forecast two more cuts" (a past tag); not one that had been made ("had forecast a
        smaller rise")."""
        t = self.t
        children = t.children[clause]
        return (
            t.pos[clause] == "VERB"
            and t.lemma[clause] in PREDICTION_LEMMAS
            and any(t.dep[c] == "dobj" for c in children)
            and not any(
                t.dep[c] in _AUXILIARIES and t.lemma[c] == "have" and t.tag[c] == "VBD"
                for c in children
            )
        )

    def verb_lemma(self, i: int) -> str:
        """The token's lemma, mended where the lemmatizer cut "-es" from a verb whose
        base ends in "e" ("hopes" read as "hop"): the third person's base is the word
        less its "s"."""
        t = self.t
        lemma = t.lemma[i]
        if t.tag[i] == "VBZ" and t.lower[i] == lemma + "es" and lemma + "e" in _PLANS:
            return lemma + "e"
        # "is slated to open" read as "slat": the participle's base is the word less "d"
        if t.tag[i] in ("VBN", "VBD") and t.lower[i] == lemma + "ed" and lemma + "e" in _PLANS:
            return lemma + "e"
        return lemma

    def weather_subject(self, clause: int) -> bool:
        """Is the clause's subject the weather: a noun of it ("temperatures", "gusts",
        "the hurricane") or a named storm ("Storm Bram")?"""
        t = self.t
        return any(
            t.lemma[c] in WEATHER_NOUNS
            or (
                t.pos[c] == "PROPN"
                and any(
                    t.dep[g] == "compound" and t.text[g] in WEATHER_SYSTEM_WORDS
                    for g in t.children[c]
                )
            )
            for c in self.subjects(clause)
        )

    def deadline(self, governor: int) -> bool:
        """A span left to act in, now: "has 14 days to lodge an appeal", "have until
        Friday to respond" ("had two weeks to" is behind)."""
        t = self.t
        return (
            t.lemma[governor] == "have"
            and self.tense(governor) == _PRESENT
            and any(
                (t.dep[c] == "dobj" and t.ent[c] in _TIME_ENTITIES)
                or (
                    t.dep[c] == "prep"
                    and t.lower[c] in FORWARD_TIME_PREPOSITIONS
                    and any(t.ent[g] in _TIME_ENTITIES for g in t.children[c])
                )
                for c in t.children[governor]
            )
        )

    def frame(self, anchor: int) -> tuple[str, int | None]:
        """ "own" for a clause in the story's voice; "reported" for one someone is
        reported to say, with the speech verb; "blocked" for a future seen from the
        past ("had decided that it would", "had never promised that it would")."""
        t = self.t
        node = anchor
        # "said 112,000 children had been vaccinated since ... and that teams would
        # visit": a second "that" clause joined to the first is the speech verb's too,
        # whatever the parser hung it on.
        complement = t.dep[anchor] == "conj" and any(
            t.dep[c] == "mark" and t.lower[c] == "that" for c in t.children[anchor]
        )
        for _ in range(_MAX_CLIMB):
            head, dep = t.head[node], t.dep[node]
            if head == node or not self.inside(head) or dep in _INDEPENDENT:
                break
            if (
                node == anchor
                and dep == "conj"
                and t.lemma[head] in SPEECH_LEMMAS
                and t.pos[head] == "VERB"
                and self.tense(anchor) == _CONDITIONAL
                and not any(t.dep[c] in _SUBJECTS for c in t.children[anchor])
            ):
                # "said the club was disappointed and would consider an appeal": the
                # parser hangs the second "that" clause, subject dropped, on the speech
                # verb itself
                return "reported", head
            if dep == "conj" or not self.is_clause(head):
                node = head  # a sibling clause, or a noun or preposition on the way up
                continue
            if t.lemma[head] in SPEECH_LEMMAS and t.pos[head] == "VERB":
                # Words someone had said, or never said, are no outlook.
                doubted = any(
                    t.dep[c] == "neg" or (t.lemma[c] == "have" and t.tag[c] == "VBD")
                    for c in t.children[head]
                )
                return ("blocked", None) if doubted else ("reported", head)
            # "was convinced the marriage would last": an adjective's clause in the past
            if (
                (dep in _EMBEDDED or dep == "acomp")
                and self.tense(head) == _PAST
                and not complement
            ):
                return "blocked", None
            node = head
        return "own", None

    def time_of(self, i: int) -> tuple[int, str] | None:
        """The clause a time word belongs to and how it stands: "forward" ("next
        month", "from Friday", "by March", "from 8am"), "span" ("within 60 days": ahead,
        but no date), "past" ("last year", "ago"),
        "dated" (a month, a weekday, a season, a year: no direction of its own); None
        for a word that is no time (a duration or a frequency: "every week", "59
        years"). A time in a participle's clause ("banned from using hosepipes from
        Friday") belongs to the finite clause above it."""
        t = self.t
        lower = t.lower[i]
        if t.pos[i] == "VERB" and lower in PAST_TIME_WORDS:
            return None  # "is expected to last five days": the verb, not "last week"
        if (
            lower in FORWARD_TIME_WORDS
            and t.dep[i] == "amod"
            and t.lemma[t.head[i]] in TIMETABLED_RUN_NOUNS
        ):
            return None  # "rebooked on the next flight": the timetable's order, no date
        if (
            lower in FORWARD_TIME_WORDS
            and i + 1 < self.last
            and t.lower[i + 1] in NEXT_TO_PLACE_WORDS
            and t.ent[i] not in _TIME_ENTITIES
        ):
            return None  # round 27: "farms 300 acres next to the reserve", "next door"
        if lower in PAST_TIME_WORDS or (lower in FORWARD_TIME_WORDS and self._sequel(i)):
            how = "past"
        elif lower in FORWARD_TIME_WORDS and any(
            t.dep[d] == "nummod" for d in t.children[t.head[i]]
        ):
            how = "span"  # "the next 40 years", "the next two days": how long, no date
        elif lower in FORWARD_TIME_WORDS:
            how = "forward"
        elif self._in_a_name(i) or any(
            t.dep[d] == "det" and t.lower[d] in RECURRING_DETERMINERS for d in t.children[i]
        ):
            return None  # "the Housing Act 1988"; "each Saturday", "every summer": no date
        elif _YEAR.fullmatch(lower) and self._year_of_a_thing(i):
            return None  # "will hope to avoid a repeat of 2016": the year names a thing
        elif self._of_a_possessed_thing(i):
            return None  # round 18: "the band's 1994 single", "its Sunday roasts"
        elif self._weekday_range(i):
            return None  # round 27: "open 9am to 5pm, Monday to Friday": every week's days
        elif (
            t.dep[i] == "compound"
            and t.pos[i] == "NOUN"
            and lower.isalpha()
            and lower not in _CALENDAR
            and t.pos[t.head[i]] == "NOUN"
            and t.ent[t.head[i]] not in _TIME_ENTITIES
            and not self._holiday(i)
        ):
            # round 27: a season or a time of day naming a thing ("a winter fuel payment",
            # "summer school", "day workers", "the night shift"); not "the March deadline"
            return None
        elif (
            # the month, never the modal "may" nor the verb "march" ("would march 20 miles")
            (lower in _CALENDAR and t.tag[i] != "MD" and t.pos[i] != "VERB")
            or _YEAR.fullmatch(lower)
            or (t.ent[i] in _TIME_ENTITIES and lower in DATE_NOUNS)
            or self._season_unread(i)
            or self._holiday(i)
        ):
            how = "dated"
        elif (
            t.ent[i] in _TIME_ENTITIES
            and t.dep[i] == "pobj"
            and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[i])
            and any(t.dep[d] == "amod" and t.lower[d] in NEW_PERIOD_WORDS for d in t.children[i])
        ):
            how = "forward"  # round 21: "in the new year", as "next year"
        elif (
            t.ent[i] in _TIME_ENTITIES
            and t.dep[i] == "pobj"
            and t.lower[t.head[i]] == "in"
            and t.lemma[i] in PERIOD_PART_NOUNS
            and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[i])
            and any(
                t.dep[d] == "amod" and t.lower[d] in PERIOD_PART_ORDINALS for d in t.children[i]
            )
        ):
            how = "forward"  # round 25: "forecast to rise in the second half"
        elif t.ent[i] in _TIME_ENTITIES:
            how = ""  # a time only when a preposition puts it ahead ("from 8am")
        else:
            return None
        node = i
        preposition = False
        aftermath = False
        for _ in range(_MAX_CLIMB):
            head = t.head[node]
            if head == node or not self.inside(head):
                break
            # an event told as new ("after a defeat", "following a fire") or an act
            # ("after limping off"), not one the story looks ahead to ("after the launch")
            aftermath = aftermath or (
                t.lower[head] in AFTERMATH_WORDS
                and t.dep[head] in ("prep", "advcl")
                and (
                    t.pos[node] == "VERB"
                    or any(
                        t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES
                        for d in t.children[node]
                    )
                )
            )
            if t.pos[head] == "ADP" and not preposition:
                # The preposition that governs the time: "from Friday", not the "by"
                # of "survived by his wife of 59 years", nor the agent's "by" of a
                # passive ("barred by the 1963 act"); "since 2020" is behind; "for the
                # next 50 years" is a span, no date ahead.
                preposition = True
                if (
                    lower in FORWARD_TIME_WORDS
                    and node == t.head[i]
                    and t.lower[head] in DURATION_PREPOSITIONS
                    # "for next month" with no article is a date ("listed for next month",
                    # "planned for next year"); "for the next two weeks" is a span
                    and (
                        t.lower[head] != "for"
                        or any(t.dep[d] in ("det", "nummod", "poss") for d in t.children[node])
                    )
                ):
                    return None
                if t.lower[head] in PAST_TIME_WORDS:
                    how = "past"
                elif (
                    how in ("dated", "")
                    and t.lower[head] in FORWARD_TIME_PREPOSITIONS
                    and (t.dep[head] != "agent" or t.ent[node] in _TIME_ENTITIES)
                ):
                    # a passive's "by" is its agent ("barred by the 1963 act") unless
                    # what it governs is a date ("a ruling is expected by the end of May");
                    # a counted span of time ("within 12 months", "within two weeks") is
                    # ahead of a future ("will be set up within 60 days") but no date that
                    # puts a present ahead ("one in four patients dies within 12 months")
                    counted = how == "" and any(t.pos[d] == "NUM" for d in t.children[node])
                    if (
                        counted
                        and t.lower[head] in DIFFERENCE_PREPOSITIONS
                        # "delay the project by at least six months" puts it ahead
                        and t.lemma[t.head[head]] not in RESCHEDULE_LEMMAS
                    ):
                        return None  # "will cut journey times by 20 minutes": how much
                    how = "span" if counted else "forward"
            node = head
            if t.dep[node] == "relcl" and t.dep[t.head[node]] in _SUBJECTS:
                break  # round 18: "guests who book before March will get": the booking's
            if self.is_clause(node) and (
                self.tense(node) != _NONE
                or t.dep[node] not in _EMBEDDED
                or any(t.tag[c] == "TO" for c in t.children[node])
            ):
                if self._caused(node):
                    continue  # "hope to have the line reopened by Monday": the hope's time
                break
        if (
            t.dep[node] == "ccomp"
            and t.head[node] < i < node
            and self.inside(t.head[node])
            and any(t.dep[s] in _SUBJECTS and i < s < node for s in t.children[node])
        ):
            # round 18: between a report and its clause's subject, the time is the
            # report's ("the board said five years ago it would move")
            node = t.head[node]
        if aftermath and how == "dated" and self.left_by(node):
            how = "past"  # "City are bottom after a defeat on Saturday": the defeat's day
        return (node, how) if how else None

    def _holiday(self, i: int) -> bool:
        """Round 26: a festival named by one word under a preposition ("at Easter", "on
        Diwali", "after Eid", "over Christmas"): a date as a month is; not a thing named
        by it ("the Easter Rising", "a Diwali party", "Christmas trading")."""
        t = self.t
        return (
            t.lower[i] in _HOLIDAYS
            and t.dep[i] == "pobj"
            and t.pos[t.head[i]] == "ADP"
            and all(t.dep[d] in ("amod", "npadvmod") for d in t.children[i])
        )

    def _weekday_range(self, i: int) -> bool:
        """Round 27: a weekday at either end of a run of weekdays told with no "from" or
        "between" before it ("Monday to Friday", "Monday-Saturday"): the days of every
        week a place keeps, no date ("from Monday to Friday" may be one week's)."""
        t = self.t
        if t.lower[i] not in _WEEKDAYS_CASEFOLDED:
            return False
        for first in (i, i - 2):
            last = first + 2
            if (
                self.first <= first
                and last < self.last
                and t.lower[first] in _WEEKDAYS_CASEFOLDED
                and t.lower[last] in _WEEKDAYS_CASEFOLDED
                and t.lower[first + 1] in RANGE_WORDS
                and not (first > self.first and t.lower[first - 1] in RANGE_OPENERS)
            ):
                return True
        return False

    def _season_unread(self, i: int) -> bool:
        """Round 21: a season after "the" that the recognizer left unread as a date ("will
        tour Japan in the autumn", where "in the spring" is read): the season word alone
        with its article under a preposition, not a thing named by it ("the autumn
        statement", "the fall in prices")."""
        t = self.t
        return (
            t.lower[i] in SEASON_NOUNS
            and t.pos[i] == "NOUN"
            and t.dep[i] == "pobj"
            and t.pos[t.head[i]] == "ADP"
            and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[i])
            and all(t.dep[d] in ("det", "amod") for d in t.children[i])
        )

    def _caused(self, i: int) -> bool:
        """A participle of what is to be done to a causative's object: "(hope to) have the
        line reopened", "get the pool refilled" (its time is the causing verb's)."""
        t = self.t
        if t.tag[i] != "VBN" or self.tense(i) != _NONE or t.head[i] == i:
            return False
        owner = t.head[i]
        if t.dep[i] == "acl" and t.dep[owner] == "dobj":
            owner = t.head[owner]
        elif t.dep[i] not in ("ccomp", "xcomp", "oprd"):
            return False
        return self.inside(owner) and t.lemma[owner] in CAUSATIVE_LEMMAS

    def hoped_in_report(self, anchor: int) -> int | None:
        """The speech verb of a hope told in the report's past: "she said she hoped the
        bridge could be reopened by Christmas" is her hope now ("had hoped" is behind);
        None for anything else."""
        t = self.t
        node = anchor
        for _ in range(_MAX_CLIMB):
            head = t.head[node]
            if head == node or not self.inside(head):
                return None
            if t.dep[node] == "conj" or not self.is_clause(head):
                node = head
                continue
            break
        else:
            return None
        said = t.head[head]
        if (
            self.verb_lemma(head) not in HOPE_LEMMAS
            or t.dep[head] != "ccomp"
            or said == head
            or not self.inside(said)
            or t.lemma[said] not in SPEECH_LEMMAS
            or t.pos[said] != "VERB"
            or any(t.dep[c] in _AUXILIARIES and t.lemma[c] == "have" for c in t.children[head])
            or any(t.dep[c] == "neg" for c in (*t.children[head], *t.children[said]))
        ):
            return None
        return said

    def forecast_weather(self, clause: int, ahead: bool) -> bool:
        """The weather forecast in a passive with no infinitive, with its time: "heavy
        snow is forecast for higher ground overnight", "gales are expected on the coast
        later" (the weather story's next step, as "Storm Bram is forecast to bring heavy
        rain"); with no time, "rainfall of 300mm is forecast over the mountains" describes
        the storm."""
        t = self.t
        children = t.children[clause]
        return (
            (ahead or any(t.lower[c] in FORECAST_TIME_ADVERBS for c in children))
            and t.lemma[clause] in PREDICTION_LEMMAS
            and t.tag[clause] == "VBN"
            and any(t.dep[c] == "auxpass" for c in children)
            and not any(t.dep[c] == "neg" for c in children)
            and not any(t.tag[g] == "TO" for c in children for g in (c, *t.children[c]))
            and self.weather_subject(clause)
        )

    def terms_from_an_event(self, clause: int) -> bool:
        """A duty of anything or anyone of a kind, timed from an event: "appeals must be
        lodged within 15 working days of the decision being notified", "claims must be
        made within 28 days of the incident" (the standing terms, no step; "the council
        must reply within 28 days of the meeting" names who acts)."""
        t = self.t
        subjects = self.subjects(clause)
        if not subjects or not all(
            self._bare_plural(c)
            or (
                t.tag[c] == "NN"
                and any(
                    t.dep[d] == "det"
                    and (
                        t.lower[d] in INDEFINITE_ARTICLES or t.lower[d] in HYPOTHETICAL_DETERMINERS
                    )
                    for d in t.children[c]
                )
            )
            for c in subjects
        ):
            return False
        return any(
            t.dep[c] == "prep"
            and any(
                t.dep[g] == "pobj"
                and t.ent[g] in _TIME_ENTITIES
                and any(t.dep[o] == "prep" and t.lower[o] == "of" for o in t.children[g])
                for g in t.children[c]
            )
            for c in t.children[clause]
        )

    def vows_effort(self, clause: int) -> bool:
        """A vow of effort that names no step: "would do anything to get his daughter
        back", "will do whatever it takes to win back the fans", "would do everything in
        its power to keep the striker"."""
        t = self.t
        return t.lemma[clause] in EFFORT_LEMMAS and any(
            (t.dep[c] == "dobj" and t.lower[c] in EFFORT_WORDS)
            or (
                t.dep[c] == "ccomp"
                and any(t.dep[g] == "dobj" and t.lower[g] in EFFORT_WORDS for g in t.children[c])
            )
            for c in t.children[clause]
        )

    def stock_phrase(self, clause: int) -> bool:
        """A stock phrase of sport or politics (`STOCK_PHRASE_WORDS`): "would take it one
        game at a time", "would leave no stone unturned", "would let her racket do the
        talking"; after a verb with no object of its own, its conjunct's ("would go out
        and enjoy himself"). Looks three levels below the verb."""
        t = self.t
        verbs = [clause]
        if not any(t.dep[d] == "dobj" for d in t.children[clause]):
            verbs += [c for c in t.children[clause] if t.dep[c] == "conj"]
        for verb in verbs:
            words = STOCK_PHRASE_WORDS.get(t.lemma[verb])
            if not words:
                continue
            level = list(t.children[verb])
            below = list(level)
            for _ in range(2):
                level = [g for c in level for g in t.children[c]]
                below += level
            if any(t.lower[c] in words for c in below):
                return True
        return False

    def animal_habit(self, clause: int) -> bool:
        """What animals of a kind do, told of the kind in the bare plural ("Male koalas
        will bellow", "Hedgehogs will roam gardens at night"; the list holds the
        plurals); not animals someone moves ("Beavers will be released into the river"),
        not "the" or "its" animals."""
        t = self.t
        return not any(t.dep[c] == "auxpass" for c in t.children[clause]) and any(
            # the tagger may read "koalas" as a singular or "Grey" as a name
            t.lower[c] in ANIMAL_KIND_NOUNS
            and not any(t.dep[g] in ("det", "poss", "nummod") for g in t.children[c])
            for c in self.subjects(clause)
        )

    def hangs_on_any(self, clause: int) -> bool:
        """A subject that may never come: "any new offer would be put to members", "any
        surplus will be returned to taxpayers"."""
        t = self.t
        return any(
            t.dep[d] == "det" and t.lower[d] in HYPOTHETICAL_DETERMINERS
            for c in self.subjects(clause)
            for d in t.children[c]
        )

    def at_a_rate(self, clause: int) -> bool:
        """A habit told by its rate ("she would work 14 hours a day"): a span after "a" or
        "an" on a quantity below the verb; not a sum ("would save £4m a year" is what a
        change is worth)."""
        t = self.t
        below = [g for c in t.children[clause] for g in t.children[c]]
        return any(
            t.dep[n] == "npadvmod"
            and is_duration(t.lower[n])
            and t.pos[t.head[n]] == "NOUN"
            and t.ent[t.head[n]] != "MONEY"
            and any(t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[n])
            for n in below
        )

    def timed_from_an_act(self, clause: int) -> bool:
        """A span measured from an act, not from now ("would return within hours of
        taking the tablets", "would be gone within days of being paid"): a habit told."""
        t = self.t
        return any(
            t.dep[c] == "prep"
            and any(
                t.dep[g] == "pobj"
                and t.ent[g] in _TIME_ENTITIES
                and any(
                    t.dep[o] == "prep"
                    and t.lower[o] == "of"
                    and any(t.dep[v] == "pcomp" and t.pos[v] == "VERB" for v in t.children[o])
                    for o in t.children[g]
                )
                for g in t.children[c]
            )
            for c in t.children[clause]
        )

    def judged_act(self, clause: int) -> bool:
        """An act judged, with "it" standing for it: "it would be wrong to comment", "it
        will be difficult to say" (the adjective judges the infinitive; "it will be ready"
        has no act after it)."""
        t = self.t
        if t.lemma[clause] != "be" or not any(t.lower[c] == "it" for c in self.subjects(clause)):
            return False
        return any(
            t.dep[c] == "acomp"
            and t.pos[c] == "ADJ"
            # "it would be happy to meet residents" is the firm's offer (a wish, below)
            and t.lower[c] not in READINESS_ADJECTIVES
            and any(
                t.dep[g] == "xcomp" and any(t.tag[a] == "TO" for a in t.children[g])
                for g in t.children[c]
            )
            for c in t.children[clause]
        )

    def not_meant(self, clause: int) -> bool:
        """A future under a negated verb that is no report: "a licence does not mean
        patients will get the drug", "the ruling does not guarantee the plant will stay
        open" (what need not follow; a denial said is a report's)."""
        t = self.t
        head = t.head[clause]
        return (
            t.dep[clause] == "ccomp"
            and head != clause
            and self.inside(head)
            and t.lemma[head] not in SPEECH_LEMMAS
            and any(t.dep[c] == "neg" for c in t.children[head])
        )

    def anyone_bound(self, clause: int) -> bool:
        """An obligation of people in general: "patients must have a scan before
        treatment starts", "visitors must register at reception" (the standing terms, not
        a step anyone takes; "the club must pay the fine" names who must act)."""
        subjects = self.subjects(clause)
        return bool(subjects) and all(self._anyone(c) for c in subjects)

    def _anyone(self, c: int) -> bool:
        """People in general as a subject: a generic pronoun ("those", "anyone") or a bare
        plural of the public or of people named by what they do ("dog owners",
        "patients"), not those who decide ("councillors") nor a body."""
        t = self.t
        return (
            t.lower[c] in GENERIC_PRONOUNS
            or t.lower[c] in RESTRICTED_PRONOUNS
            or (
                t.tag[c] == "NNS"
                and t.lemma[c] not in _INSTITUTIONS
                and (
                    t.lemma[c] not in _DECIDERS
                    or t.lemma[c] in CLIENT_NOUNS
                    or any(t.dep[g] == "compound" and t.pos[g] == "NOUN" for g in t.children[c])
                )
                and not any(
                    t.dep[g] in ("det", "poss", "nummod") or t.pos[g] == "PROPN"
                    for g in t.children[c]
                )
            )
        )

    def measured_only(self, clause: int) -> bool:
        """How long or how far a thing will run, told with nothing done to anything:
        "the show will run for 90 minutes", "the new route will run for 6.4km", "the
        film will last just under two hours" (a measure after a preposition, no object,
        a subject that is no name or pronoun). Its date makes it a step ("will run for
        three days from 1 June"); the caller checks that."""
        t = self.t
        children = t.children[clause]

        def measure(g: int) -> bool:
            return t.dep[g] in ("pobj", "npadvmod") and (
                any(t.dep[d] == "nummod" for d in t.children[g])
                or t.ent[g] == "QUANTITY"
                or (is_duration(t.lower[g]) and t.ent[g] in _TIME_ENTITIES)
            )

        def measured(c: int) -> bool:
            # round 18: a measure straight on the verb or on its dimension ("will stretch
            # 200 miles across the desert", "will stand three metres high"), or a step
            # further under the preposition ("will keep for up to a week")
            if t.dep[c] == "npadvmod":
                return measure(c)
            if t.dep[c] == "acomp" or (
                t.dep[c] == "prep" and t.lower[c] not in EXTENT_PREPOSITIONS
            ):
                return any(t.dep[g] == "npadvmod" and measure(g) for g in t.children[c])
            return (
                t.dep[c] == "prep"
                and t.lower[c] in EXTENT_PREPOSITIONS
                and any(
                    measure(g) or any(measure(d) for p in t.children[g] for d in t.children[p])
                    for g in t.children[c]
                )
            )

        if t.lemma[clause] not in EXTENT_LEMMAS or any(
            t.dep[c] in _MEASURED_NOT and not (t.dep[c] == "acomp" and measured(c))
            for c in children
        ):
            return False
        subjects = self.subjects(clause)
        if not subjects or any(
            t.pos[c] in ("PROPN", "PRON") or t.ent[c] in _AGENT_ENTITIES for c in subjects
        ):
            return False
        return any(measured(c) for c in children)

    def terms_for_a_class(self, clause: int) -> bool:
        """What anyone of a class will get or face, the class told by what its members do
        or are: "guests who book before March will get a 10% discount", "those eligible
        will receive a letter" (a bare plural of people or "those", with a clause or an
        adjective after it that picks them out): the standing terms, no step. A phrase
        of what they hold is not enough ("passengers with tickets for strike days will be
        able to claim a refund" is the news's next step, round 4)."""
        t = self.t
        subjects = self.subjects(clause)
        return bool(subjects) and all(
            self._anyone(c)
            and any(
                t.dep[g] in ("relcl", "acl")
                or (t.dep[g] == "amod" and g > c)
                # round 18: an age or a bar picks them out ("those over 65", "children
                # under five"); "passengers with tickets" stays the news's
                or (
                    t.dep[g] == "prep"
                    and g > c
                    and any(t.dep[d] == "pobj" and t.pos[d] == "NUM" for d in t.children[g])
                )
                for g in t.children[c]
            )
            for c in subjects
        )

    def class_receives(self, clause: int) -> bool:
        """Round 21: what people of a bare class will get or pay, with nothing that picks
        them out ("members will get early access", "subscribers will get a free tote bag",
        "diners will pay a 10% service charge"): the scheme's terms, as the dev references
        leave "residents will get a larger bin" out; a class the news picks out
        ("enterprise customers will receive service credits") and a date stay."""
        t = self.t
        if t.lemma[clause] not in TERMS_RECEIPT_LEMMAS or not any(
            t.dep[c] == "dobj" for c in t.children[clause]
        ):
            return False
        subjects = self.subjects(clause)
        return bool(subjects) and all(
            (t.tag[c] == "NNS" and self._anyone(c) and not t.children[c]) or self._scheme_members(c)
            for c in subjects
        )

    def _scheme_members(self, c: int) -> bool:
        """Round 26: those a scheme is for, by what they hold or are to it, though the
        word is a role elsewhere ("members", "pensioners", the tagger's "Pensioners"
        opening a sentence as a name), or told with common nouns before them ("season
        ticket holders", "first-time buyers"): a bare plural, no name, no number."""
        t = self.t
        plural = t.tag[c] == "NNS" or (
            t.tag[c] == "NNPS" and not t.ent[c] and c == t.sent_starts[t.sent[c]]
        )
        lemma = t.lemma[c]
        if t.tag[c] == "NNPS" and lemma.endswith("s"):
            lemma = lemma[:-1]  # the tagger leaves a name's plural unlemmatized
        return (
            plural
            and (lemma in SCHEME_MEMBER_NOUNS or lemma.endswith("holder"))
            and all(
                # not a body's own ("union members will get a pay rise")
                (
                    t.dep[g] == "compound"
                    and t.pos[g] == "NOUN"
                    and t.lemma[g] not in _INSTITUTIONS
                    and t.lemma[g] not in _ACTORS
                )
                or (t.dep[g] in ("amod", "punct") and g < c)
                for g in t.children[c]
            )
        )

    def left_to_itself(self, clause: int) -> bool:
        """A future told of what happens if nothing is done: "Left untreated, the
        infection will spread", "If left untreated, the condition will get worse" (a
        fronted participle with no subject of its own)."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and c < clause
            and t.tag[c] == "VBN"
            and not any(t.dep[g] in _SUBJECTS for g in t.children[c])
            and any(t.dep[g] == "oprd" for g in t.children[c])
            for c in t.children[clause]
        )

    def misread_run(self) -> bool:
        """A stage run or a tour whose verb the tagger read as a plural noun ("The play
        premieres at the Traverse on 3 August", "The production transfers to the West End
        in March"): no verb in the sentence, its root a plural noun after "the" and a noun
        of its own (the real subject), with a preposition of place and a weekday or a month
        or a time ahead ("next spring") below it; not a broadcast (the listings)."""
        t = self.t
        words = [i for i in range(self.first, self.last) if t.pos[i] != "PUNCT"]
        if any(t.pos[i] in ("VERB", "AUX") for i in words):
            return False
        roots = [i for i in words if t.head[i] == i and t.tag[i] == "NNS"]
        if len(roots) != 1:
            return False
        root = roots[0]
        before = [c for c in t.children[root] if c < root]
        subject = [c for c in before if t.dep[c] in ("compound", "amod") and t.pos[c] != "PROPN"]
        return (
            bool(subject)
            and any(t.dep[c] == "det" for c in before)
            and not any(t.lemma[c] in BROADCAST_NOUNS for c in subject)
            and any(
                t.dep[c] == "prep" and t.lower[c] in VENUE_PREPOSITIONS for c in t.children[root]
            )
            and any(
                (t.lower[i] in _CALENDAR or t.lower[i] in FORWARD_TIME_WORDS)
                and t.ent[i] in _TIME_ENTITIES
                for i in words
                if i > root
            )
        )

    def misread_deadline(self) -> bool:
        """Round 18: a window opening or closing whose verb the tagger read as an
        adjective after a noun ("Nominations close at 5pm on Friday", "Applications open
        on 1 March"): no verb in the sentence, its root a noun with "open" or "close"
        after it, and a weekday or a month below that word."""
        t = self.t
        words = [i for i in range(self.first, self.last) if t.pos[i] != "PUNCT"]
        if self._span_left_misread(words):
            return True
        if any(t.pos[i] in ("VERB", "AUX") for i in words):
            return False
        roots = [i for i in words if t.head[i] == i and t.pos[i] in ("NOUN", "ADJ")]
        if len(roots) != 1:
            return False
        root = roots[0]
        # round 27: an event's gates or doors at their hour ("Gates open at 11am", "Doors
        # open at 7pm" with "open" read as the root adjective), not a place's hours
        # ("Gates open at 11am on weekdays")
        regular = any(t.lower[i] in FREQUENCY_WORDS for i in words)
        if t.pos[root] == "ADJ":
            return (
                t.lemma[root] in WINDOW_ADJECTIVES
                and not regular
                and any(
                    t.dep[c] == "nsubj" and t.lemma[c] in SCHEDULED_EVENT_NOUNS
                    for c in t.children[root]
                )
                and self._at_its_hour(root)
            )
        event = t.lemma[root] in SCHEDULED_EVENT_NOUNS and not regular
        return any(
            t.dep[c] == "amod"
            and c > root
            and t.lemma[c] in WINDOW_ADJECTIVES
            and (
                any(
                    t.lower[g] in _CALENDAR and t.ent[g] in _TIME_ENTITIES
                    for p in t.children[c]
                    if t.dep[p] == "prep"
                    for g in t.children[p]
                )
                or (event and self._at_its_hour(c))
            )
            for c in t.children[root]
        )

    def _at_its_hour(self, c: int) -> bool:
        """Round 27: "at 11am", "at 7 pm" below a word: a clock time after a clock
        preposition."""
        t = self.t
        return any(
            t.dep[p] == "prep"
            and t.lower[p] in CLOCK_PREPOSITIONS
            and (t.ent[g] == "TIME" or _CLOCK.fullmatch(t.lower[g]))
            and any(
                _CLOCK.fullmatch(t.lower[n]) or _CLOCK.fullmatch(t.lower[g] + t.lower[n])
                for n in (g, g + 1)
                if n < self.last
            )
            for p in t.children[c]
            for g in t.children[p]
        )

    def _span_left_misread(self, words: Sequence[int]) -> bool:
        """Round 27: a span left to act in whose "have" the tagger read as the auxiliary
        of the act ("Landlords have until March 31 to register": "register" the root, "have"
        its aux with "until" and the date below it), as "Tenants have until Friday to
        respond" reads when parsed right; not a past one ("had until")."""
        t = self.t
        return any(
            t.dep[i] == "aux"
            and t.lemma[i] == "have"
            and t.tag[i] in ("VBP", "VBZ")
            and t.dep[t.head[i]] == "ROOT"
            and any(t.dep[a] == "aux" and t.tag[a] == "TO" for a in t.children[t.head[i]])
            and any(
                t.dep[p] == "prep"
                and t.lower[p] in FORWARD_TIME_PREPOSITIONS
                and any(t.ent[g] in _TIME_ENTITIES for g in t.children[p])
                for p in t.children[i]
            )
            for i in words
        )

    def misread_fixture(self) -> bool:
        """A fixture the tagger read as one long name, its verb a noun inside it ("Rovers
        host Dunmore Athletic on Saturday", "United visit Kelham Park on Saturday"): no
        verb in the sentence, a side of one to three capitalised words, a fixture verb,
        a capitalised opponent (or "to" and the ground of an away trip: "City head to
        Anfield on Sunday"), then a weekday, a month or a time ahead ("next month")."""
        t = self.t
        words = [i for i in range(self.first, self.last) if t.pos[i] != "PUNCT"]
        if len(words) < 4 or any(t.pos[i] in ("VERB", "AUX") and t.dep[i] != "amod" for i in words):
            return False

        def side(before: list[int]) -> bool:
            if all(t.text[w][:1].isupper() for w in before):
                return True
            # "Folarin's side host Rovers", "Dean Kerr's men visit Town": a manager's side
            return (
                len(before) >= 3
                and t.tag[before[-2]] == "POS"
                and t.lower[before[-1]] in FIXTURE_SIDE_NOUNS
                and all(t.text[w][:1].isupper() for w in before[:-2])
            )

        for k in range(1, min(5, len(words) - 1)):
            verb, opponent = words[k], words[k + 1]
            # "City head to Anfield on Sunday": the ground after "to"
            away = (
                t.lower[verb] in FIXTURE_AWAY_VERBS
                and t.lower[opponent] == "to"
                and k + 2 < len(words)
            )
            if away:
                opponent = words[k + 2]
            if (t.lower[verb] in FIXTURE_VERBS or away) and t.pos[verb] in ("NOUN", "PROPN"):
                return (
                    side(words[:k])
                    and t.text[opponent][:1].isupper()
                    and any(
                        (t.lower[i] in _CALENDAR or t.lower[i] in FORWARD_TIME_WORDS)
                        and t.ent[i] in _TIME_ENTITIES
                        for i in words[k + 1 :]
                    )
                )
        return False

    def left_by(self, clause: int) -> bool:
        """A state now that an earlier event left: a present copula, a state verb or a
        passive ("are bottom", "remain without power", "is closed"), not a scheduled act
        ("the team fly out after training on Friday", "talks resume after Easter")."""
        t = self.t
        return self.is_clause(clause) and (
            self.tense(clause) == _PRESENT
            and (
                t.lemma[clause] in STATE_LEMMAS
                or any(t.dep[c] == "auxpass" for c in t.children[clause])
            )
        )

    def _sequel(self, i: int) -> bool:
        """ "The next day", "the next morning" as an adverb of its own: a day after the
        story's past ("told officers she would return the money the next day"), not a
        day ahead of now ("next week", "in the next month", "the next hearing")."""
        t = self.t
        head = t.head[i]
        return (
            t.dep[i] == "amod"
            and head != i
            and t.dep[head] == "npadvmod"
            and t.ent[head] in _TIME_ENTITIES
            and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[head])
        )

    def _year_of_a_thing(self, i: int) -> bool:
        """A year that dates a thing, not the clause: under a preposition whose head is a
        noun of no time ("a repeat of 2016", "memories of 2008", "the band's last tour in
        2011"); not "by the end of 2027" (a time) nor "will open in 2027" (the verb's)."""
        t = self.t
        preposition = t.head[i]
        if preposition == i or t.pos[preposition] != "ADP":
            return False
        noun = t.head[preposition]
        return (
            noun != preposition
            and t.pos[noun] == "NOUN"
            and t.ent[noun] not in _TIME_ENTITIES
            and t.lower[noun] not in DATE_NOUNS
        )

    def _of_a_possessed_thing(self, i: int) -> bool:
        """A year or a weekday that modifies a noun someone has ("the band's 1994 single",
        "its Sunday roasts", "the club's 2019 accounts"): it tells which thing, not when
        the clause happens."""
        t = self.t
        noun = t.head[i]
        return (
            noun != i
            and t.dep[i] in ("nummod", "compound", "amod")
            and (bool(_YEAR.fullmatch(t.lower[i])) or t.lower[i] in _CALENDAR)
            and t.pos[noun] == "NOUN"
            and t.ent[noun] not in _TIME_ENTITIES
            and t.lower[noun] not in DATE_NOUNS
            and any(t.dep[d] == "poss" for d in t.children[noun])
        )

    def _in_a_name(self, i: int) -> bool:
        """A number that is part of a name ("the Housing Act 1988"), not a time."""
        t = self.t
        return (
            t.pos[i] == "NUM"
            and t.dep[i] in ("nummod", "compound")
            and t.pos[t.head[i]] == "PROPN"
            and t.lower[t.head[i]] not in _CALENDAR
        )

    def subjects(self, clause: int) -> list[int]:
        """The clause's subjects; a verb joined to another ("cut ... and said") shares
        its subject."""
        t = self.t
        subjects: list[int] = []
        for _ in range(2):
            subjects = [c for c in t.children[clause] if t.dep[c] in _SUBJECTS]
            if subjects or t.dep[clause] != "conj":
                break
            clause = t.head[clause]
        return subjects

    def named(self, clause: int) -> bool:
        """Is the clause's subject a name or an institution ("Stratus will", "the ACP
        said", "the council will")?"""
        t = self.t
        return any(
            t.pos[c] == "PROPN" or t.ent[c] in _AGENT_ENTITIES or t.lemma[c] in _INSTITUTIONS
            for c in self.subjects(clause)
        )

    def acts(self, clause: int) -> bool:
        """Does someone act in the clause: a subject that is a name, a pronoun, a
        person or a body ("the district would add", "his client would appeal",
        "investigators would"), or a passive ("a bill would be sent"), not a thing
        ("the estate would overwhelm the roads", "the label would include"), unless
        the thing opens the way to what comes next? A clause with no subject found is
        given the benefit of the doubt."""
        t = self.t
        subjects = self.subjects(clause)
        if not subjects or any(
            t.dep[c] == "dobj" and t.lemma[c] in PROSPECT_NOUNS for c in t.children[clause]
        ):
            return True  # "the ruling would pave the way for an appeal": a next step opened
        for c in subjects:
            lemma = t.lemma[c]
            if (
                t.dep[c] == "nsubjpass"
                or t.pos[c] in ("PRON", "PROPN")
                or t.ent[c] in _AGENT_ENTITIES
                or lemma in _INSTITUTIONS
                or lemma in _ACTORS
                or (lemma.endswith(AGENT_SUFFIXES) and lemma not in AGENT_LOOKALIKES)
                # round 26: "the label will release a box set"
                or (lemma in NAMED_BODY_NOUNS and t.lemma[clause] in BODY_OUTPUT_LEMMAS)
            ):
                return True
        return False

    def refused(self, clause: int) -> bool:
        """A refusal or a stance: a negated clause whose subject is not a pronoun ("its
        members would not accept it"), any "never" ("they would never forget"), any
        refusal to comment ("it would not discuss individual cases"); not "it would not
        renew the lease" (the one who says it, deciding)."""
        t = self.t
        negations = [c for c in t.children[clause] if t.dep[c] == "neg"]
        if not negations:
            return False
        return (
            any(t.lower[c] == "never" for c in negations)
            or self.declines_comment(clause)
            or not any(t.pos[c] == "PRON" for c in self.subjects(clause))
        )

    def declines_comment(self, clause: int) -> bool:
        """A refusal to speak, in any tense: "it would not discuss individual cases", "the
        club will not comment on speculation", "police would not be releasing further
        details", "the family would not be making any statement" (what is not said is no
        next step)."""
        t = self.t
        return (
            t.lemma[clause] in SPEECH_LEMMAS
            or t.lemma[clause] in COMMENT_LEMMAS
            or any(t.dep[c] == "dobj" and t.lemma[c] in WITHHELD_NOUNS for c in t.children[clause])
        ) and any(t.dep[c] == "neg" for c in t.children[clause])

    def tends(self, clause: int) -> bool:
        """A modal of habit, not of time: "storms will often bring down trees", "he
        would always stop to chat" (an adverb of habit before the verb; after it, the
        adverb tells how: "flights would operate normally on Saturday"); round 24, a
        verb of tendency ("older voters will tend to turn out in greater numbers")."""
        t = self.t
        return (
            t.lemma[clause] in TENDENCY_LEMMAS
            and any(t.dep[c] == "xcomp" for c in t.children[clause])
        ) or any(
            t.dep[c] == "advmod" and t.lower[c] in HABIT_ADVERBS and c < clause
            for c in t.children[clause]
        )

    def hypothetical(self, clause: int) -> bool:
        """A clause that a hypothesis governs: "if warming is limited to 1.5C, some
        glaciers could survive", "if convicted, he could face ten years"."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and any(t.dep[m] == "mark" and t.lower[m] in HYPOTHESIS_MARKERS for m in t.children[c])
            for c in t.children[clause]
        )

    def awaits_approval(self, clause: int) -> bool:
        """A step that waits on a decision: "if the money is confirmed, the bypass will
        open in 2029", "if councillors approve it, work will start in 2027" (an "if"
        whose verb approves, not negated; "unless" and "without" stay hypotheses)."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and t.lemma[c] in APPROVAL_LEMMAS
            and any(t.dep[m] == "mark" and t.lower[m] == "if" for m in t.children[c])
            and not any(t.dep[m] == "neg" for m in t.children[c])
            for c in t.children[clause]
        )

    def conditioned(self, clause: int) -> bool:
        """A clause a condition governs: a hypothesis ("unless the roof is repaired, the
        school would have to shut"), "without" a thing ("without the grant, the museum
        would have to close"; after the verb only of a thing with its determiner or
        modifier, not "would close without warning") or "otherwise"."""
        t = self.t
        if self.hypothetical(clause):
            return True
        for c in t.children[clause]:
            if t.dep[c] == "advmod" and t.lower[c] in CONDITION_ADVERBS:
                return True
            if t.dep[c] == "prep" and t.lower[c] in CONDITION_PREPOSITIONS:
                fronted = c < clause
                if fronted or any(
                    t.dep[g] == "pobj"
                    and any(t.dep[d] in ("det", "poss", "amod") for d in t.children[g])
                    for g in t.children[c]
                ):
                    return True
        return False

    def public(self, speaker: int) -> bool:
        """Speakers who are the public, not a source that decides: a bare plural of
        people who hold no post ("villagers say", "critics claim", "locals said"); not
        a body, officials, staff or a named group ("officials say", "Unite members
        said")."""
        t = self.t
        subjects = self.subjects(speaker)
        return bool(subjects) and all(
            t.tag[c] == "NNS"
            and t.lemma[c] not in _DECIDERS
            and not any(t.pos[g] == "PROPN" or t.dep[g] == "poss" for g in t.children[c])
            for c in subjects
        )

    def believed(self, clause: int) -> bool:
        """A clause someone holds as a view: under a verb of belief or stance ("many
        believe prices will rise further", "residents fear the closure will cut them
        off"), however deep."""
        t = self.t
        node = clause
        for _ in range(_MAX_CLIMB):
            head = t.head[node]
            if head == node or not self.inside(head) or t.dep[node] in _INDEPENDENT:
                return False
            if t.lemma[head] in STANCE_LEMMAS and t.pos[head] == "VERB":
                return True
            node = head
        return False

    def dated_back(self, clause: int) -> bool:
        """A past clause dated to a period of its own, not the news's days: a year ("in
        2019 the government pledged ...", "engineers warned in 2019 that ..."), a month
        with no day ("the minister said in March that ...", "in January, the mayor
        said ..."), last year ("last year the operator said ..."), or told as then ("the
        council said at the time that"). News tells its own days by weekday or date; a
        past act dated by a whole month or year is history, and so is what it looked
        ahead to."""
        return self.tense(clause) == _PAST and self._dated_to_a_period(clause)

    def _dated_to_a_period(self, clause: int) -> bool:
        """A year, a month with no day, last year, "at the time" or a stage of life ("as
        a child", "as a teenager") under the clause (see `dated_back`), whatever its
        tense."""
        t = self.t

        def period(g: int) -> bool:
            # a month with no day, or with its year only ("in March 2024": round 18)
            return bool(_YEAR.fullmatch(t.lower[g])) or (
                t.lower[g] in _MONTHS_CASEFOLDED
                and t.tag[g] != "MD"
                and not any(
                    t.pos[d] == "NUM" and not _YEAR.fullmatch(t.lower[d]) for d in t.children[g]
                )
            )

        def last_year(c: int) -> bool:
            # "last year", and a month or a season of a year gone ("Last March the bank
            # said it would cut three times"): guidance given then; "last week" and "last
            # month" stay the news's own days
            return (
                t.lower[c] == "year"
                or t.lower[c] in _MONTHS_CASEFOLDED
                or t.lower[c] in SEASON_NOUNS
            ) and any(t.lower[d] in PAST_TIME_WORDS for d in t.children[c])

        def the_time(g: int) -> bool:
            # "at the time", and round 24 "at that time", "in those days"
            return (
                (
                    t.lemma[g] == "time"
                    and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[g])
                )
                or (
                    t.lemma[g] in THEN_PERIOD_NOUNS
                    and any(
                        t.dep[d] == "det" and t.lower[d] in DISTANT_DEMONSTRATIVES
                        for d in t.children[g]
                    )
                )
            ) and not any(t.dep[d] == "amod" for d in t.children[g])

        def dated_at(c: int, deeper: bool) -> bool:
            # "in 2019", "at the time"; one level down, the occasion's own year ("in an
            # interview in 2021")
            return t.pos[c] == "ADP" and any(
                period(g)
                or the_time(g)
                or (
                    deeper
                    and t.dep[g] == "pobj"
                    and any(t.dep[d] in ("det", "poss") for d in t.children[g])
                    and any(t.dep[p] == "prep" and dated_at(p, False) for p in t.children[g])
                )
                for g in t.children[c]
            )

        # round 18: a time between a report and its clause's subject is the report's,
        # wherever the parser hangs it ("the bank said last year it would cut 400 jobs",
        # "the council said in 2022 it would build 500 homes")
        told = [
            g
            for r in t.children[clause]
            if t.dep[r] == "ccomp" and r > clause
            for g in t.children[r]
            if clause < g < r
            and t.dep[g] in ("prep", "npadvmod", "advmod")
            and any(t.dep[s] in _SUBJECTS and g < s < r for s in t.children[r])
        ]
        return any(
            dated_at(c, True)
            # "back in 2016, she predicted ..."
            or (
                t.dep[c] == "advmod"
                and t.lower[c] in DATING_ADVERBS
                and any(dated_at(p, False) for p in t.children[c])
            )
            # "back then, the mayor said ..." (round 24; a bare "then" is a sequence)
            or (
                t.dep[c] == "advmod"
                and t.lower[c] in THEN_ADVERBS
                and any(t.lower[d] in DATING_ADVERBS for d in t.children[c])
            )
            or (t.dep[c] == "npadvmod" and last_year(c))
            or (
                t.lower[c] == "as"
                and any(
                    t.dep[g] == "pobj" and t.lemma[g] in LIFE_STAGE_NOUNS for g in t.children[c]
                )
            )
            for c in [*t.children[clause], *told]
        )

    def dated_by_when(self, clause: int) -> bool:
        """A past clause dated by a time clause that is itself dated back ("when the plant
        opened in 1998, the company said ...", "speaking in 2022, she said ..."). One level
        down, no further."""
        t = self.t
        return self.tense(clause) == _PAST and any(
            t.dep[c] == "advcl"
            and (
                (
                    any(
                        t.dep[m] in ("mark", "advmod") and t.lower[m] in WHEN_MARKERS
                        for m in t.children[c]
                    )
                    and self.dated_back(c)
                )
                # "speaking in 2022, the chief executive said ...": a participle's date
                or (t.tag[c] in ("VBG", "VBN") and self._dated_to_a_period(c))
            )
            for c in t.children[clause]
        )

    def on_a_past_occasion(self, clause: int) -> bool:
        """A past clause in a sentence that opens on an occasion told by a past event, not
        by a date: "On the night she won the title, she said ...", "In the week the
        factory shut, the owner said ..." (the parser hangs the event's verb in many
        ways, so the opening is read in order: the preposition, "the", the noun, then a
        past verb before the first comma, a few words at most)."""
        t = self.t
        first = self.first
        if (
            self.tense(clause) != _PAST
            or first + 3 >= self.last
            or t.lower[first] not in ("on", "in")
            or t.lower[first + 1] != "the"
            or t.lemma[first + 2] not in OCCASION_TIME_NOUNS
        ):
            return False
        for i in range(first + 3, min(self.last, first + 3 + _OCCASION_WORDS)):
            if t.lower[i] == "," or t.ent[i] in _TIME_ENTITIES or t.lower[i] in _CALENDAR:
                return False  # "on the day, ..."; "on the morning of 3 May"
            if t.tag[i] == "VBD" or (t.tag[i] == "VBN" and t.lemma[i - 1] == "be"):
                return i != clause
        return False

    def wishes(self, clause: int) -> bool:
        """A wish, a preference or a readiness, not a plan: "would love to play for his
        country", "would like to thank the staff", "would welcome talks", "would rather
        lose", "would be happy to meet residents"."""
        t = self.t
        children = t.children[clause]
        return (
            t.lemma[clause] in WISH_LEMMAS
            # "would be delighted to" as a participle; not the verb ("would open a depot")
            or (t.lower[clause] in READINESS_ADJECTIVES and t.tag[clause] in ("JJ", "VBN"))
            or any(t.dep[c] == "advmod" and t.lower[c] in PREFERENCE_ADVERBS for c in children)
            or (
                t.lemma[clause] == "be"
                and any(
                    t.dep[c] == "acomp" and t.lower[c] in READINESS_ADJECTIVES for c in children
                )
            )
        )

    def keeps_as_is(self, clause: int) -> bool:
        """What stays as it is: "food waste will still be collected weekly"."""
        t = self.t
        return any(
            t.dep[c] == "advmod" and t.lower[c] in CONTINUITY_ADVERBS for c in t.children[clause]
        )

    def mourned(self, clause: int) -> bool:
        """A legacy: "she will be remembered as a fighter", "he will be sadly missed",
        "his family will miss him terribly"; not an absence ahead, a verb of memory in
        the active with a thing for its object ("Smith will miss the rest of the season",
        "the striker will miss Saturday's final")."""
        t = self.t
        children = t.children[clause]
        if any(
            (
                # "will go down as", not "prices will go down next year"
                t.dep[c] in ("prt", "advmod")
                and (t.lemma[clause], t.lower[c]) in LEGACY_PHRASALS
                and any(t.dep[a] == "prep" and t.lower[a] == "as" for a in children)
            )
            or (
                t.dep[c] == "prep"
                and t.lower[c] == "in"
                and any(t.lower[g] in MEMORY_NOUNS for g in t.children[c])
            )
            for c in children
        ):
            return True  # "it will go down as a great comeback", "will live in the memory"
        if (t.lemma[clause] in STATE_LEMMAS or t.lemma[clause] in LINGER_LEMMAS) and any(
            t.dep[c] == "advmod" and t.lower[c] in LEGACY_ADVERBS for c in children
        ):
            return True  # "the day will stay with me forever"
        if t.lemma[clause] in LINGER_LEMMAS and any(
            t.lower[c] in LEGACY_PARTICLES
            and t.dep[c] in ("prt", "prep", "advmod")
            and not any(t.dep[g] == "pobj" for g in t.children[c])
            for c in children
        ):
            return True  # "her legacy will live on in the charity she founded"
        if t.lemma[clause] not in LEGACY_LEMMAS:
            return False
        if t.lemma[clause] in MEMORY_LEMMAS:
            return True  # "fans will remember the goal for years": whatever is remembered
        objects = [c for c in children if t.dep[c] == "dobj"]
        return not objects or any(
            t.pos[c] in ("PRON", "PROPN") or t.ent[c] == "PERSON" or t.lemma[c] in _ACTORS
            for c in objects
        )

    def speculates(self, clause: int) -> bool:
        """A guess by onlookers, not a source: a clause under one whose subject is fans or
        followers ("fans predicted the striker would be sold", "many fans believe the
        manager will be gone by Christmas")."""
        t = self.t
        node = clause
        for _ in range(_MAX_CLIMB):
            if node != clause and any(t.lemma[c] in SPECULATOR_NOUNS for c in self.subjects(node)):
                return True
            head = t.head[node]
            if head == node or not self.inside(head) or t.dep[node] in _INDEPENDENT:
                return False
            node = head
        return False

    def effect(self, clause: int) -> bool:
        """A judgment, not an event: a thing that "would" act on something ("the estate
        would overwhelm the roads", "the reforms would make the system fairer"), or a
        state ("the boy would be more careful", "demand would remain strong"); not a
        thing that happens ("the plant would close")."""
        t = self.t
        if self.describes(clause) or self.taken_as(clause):
            return True  # "analysts said the deal would be seen as a defeat"
        if t.lemma[clause] in NECESSITY_LEMMAS:
            return True  # "further research would be needed"
        return not self.acts(clause) and any(
            t.dep[c] in ("dobj", "ccomp") for c in t.children[clause]
        )

    def judges(self, clause: int) -> bool:
        """A judgment in the future: the good or harm a thing will do ("the findings
        will help doctors") or how a thing will be ("this will be the third time", "the
        changes will be significant"); not an act ("the council will close the bridge"),
        not an event ("the comet will pass its closest point to the sun")."""
        t = self.t
        if self.taken_as(clause):
            return True  # "the cut will come as a relief", "will do little to shorten"
        if self.impact(clause):
            return True  # "the defeat will raise fresh questions over the manager's future"
        if t.lemma[clause] == "be":
            return self.describes(clause)
        # "the pool will remain open for now" is what happens to it: only "be" judges
        return t.lemma[clause] in EFFECT_LEMMAS and not self.acts(clause)

    def impact(self, clause: int) -> bool:
        """What a thing (no one who acts) will do to something, in the writer's voice:
        "the defeat will raise fresh questions", "the findings will fuel calls for an
        inquiry", "the closure will leave a hole in the high street" (the caller asks for
        no date: "Storm Ivo will bring gusts of 80mph on Sunday" is ahead; so is an event
        told of a date, "until 2027, when the comet will pass its closest point")."""
        t = self.t
        return (
            t.pos[clause] == "VERB"
            and not (t.dep[clause] == "relcl" and t.ent[t.head[clause]] in _TIME_ENTITIES)
            and any(t.dep[c] in _SUBJECTS for c in t.children[clause])
            and not self.acts(clause)
            and any(t.dep[c] == "dobj" for c in t.children[clause])
            # "the funeral will take place at St Mary's": an event, not an effect
            and not (
                t.lemma[clause] in SPAN_LEMMAS
                and any(
                    t.dep[c] == "dobj" and t.lemma[c] in OCCURRENCE_NOUNS
                    for c in t.children[clause]
                )
            )
        )

    def taken_as(self, clause: int) -> bool:
        """How the news lands or is taken, or how little it will change: "the cut will
        come as a relief to borrowers", "the move will be seen as a vote of confidence",
        "the money will do little to shorten waiting lists"; not a step with a particle
        ("will come in as interim chief executive")."""
        t = self.t
        children = t.children[clause]
        if t.lemma[clause] == "do":
            return any(t.dep[c] == "dobj" and t.lower[c] in EFFECT_AMOUNTS for c in children)
        return (
            t.lemma[clause] in TAKEN_AS_LEMMAS
            and not any(t.dep[c] == "prt" for c in children)
            and any(
                t.dep[c] == "prep"
                and t.lower[c] == "as"
                and any(t.dep[g] == "pobj" and t.pos[g] == "NOUN" for g in t.children[c])
                # the parser may hang "as" on the object ("will know the building as ...")
                for o in children
                for c in (o, *(t.children[o] if t.dep[o] == "dobj" else ()))
            )
        )

    def describes(self, clause: int) -> bool:
        """A state: "the boy would be more careful", "demand would remain strong", "the
        decision would be a disaster"; not an adjective with its own verb ("will be able
        to claim a refund")."""
        t = self.t
        return t.lemma[clause] in STATE_LEMMAS and any(
            t.dep[c] in ("acomp", "attr")
            and not any(t.dep[g] == "xcomp" for g in t.children[c])
            # "the road would remain closed overnight": what happens to it
            and t.lower[c] not in ACCESS_STATE_WORDS
            for c in t.children[clause]
        )

    def open_question(self, clause: int) -> bool:
        """A future asked about, not told: "whether the deal will survive remains to be
        seen", "it is unclear if the bridge will reopen", and an indirect question opened
        by a wh-word ("it is not yet known when the road will reopen", "officials could
        not say how long the repairs would take")."""
        t = self.t
        return any(
            (t.dep[c] == "mark" and t.lower[c] in HYPOTHESIS_MARKERS)
            or (
                # a temporal "when" takes the present ("when the case returns"): a
                # wh-clause with a modal is a question, however the parser hung it
                (
                    t.dep[clause] == "ccomp"
                    or (t.dep[clause] == "advcl" and self.tense(clause) in _MODAL_TENSES)
                )
                # not a relative's "which" ("the penalty, which the regulator said
                # would be paid by shareholders")
                and t.dep[t.head[clause]] != "relcl"
                and c < clause
                and self._asks(c)
            )
            for c in t.children[clause]
        )

    def _asks(self, c: int) -> bool:
        """A wh-word at a child of the clause, below it ("when the road", "how long"), or
        in the modifier of its noun ("how many jobs would go", "how much money")."""
        t = self.t

        def wh(w: int) -> bool:
            # "that" asks nothing, though the tagger may read the complementizer as a
            # relative ("said in a filing that they would seek ...")
            return t.tag[w] in _WH_TAGS and t.lower[w] != "that"

        return (
            wh(c)
            or any(wh(g) for g in t.children[c])
            or any(
                t.dep[g] in ("amod", "advmod", "det") and any(wh(w) for w in t.children[g])
                for g in t.children[c]
            )
        )

    def bids(self, clause: int) -> bool:
        """An imperative: a bare verb with no subject and no auxiliary ("Sign up ...",
        "Click here ...")."""
        t = self.t
        return t.tag[clause] == "VB" and not any(
            t.dep[c] in _SUBJECTS or t.dep[c] in _AUXILIARIES for c in t.children[clause]
        )

    def first_person(self, clause: int) -> bool:
        """The writer's own "we" or "I": "we will update this story"."""
        t = self.t
        return any(t.lower[c] in FIRST_PERSON for c in self.subjects(clause))

    def aside(self, clause: int) -> bool:
        """A future told in passing, in a relative clause that describes what it hangs
        on: a person's ("Moss, who will turn 40 next month, won the title"), a thing's
        state ("the bridge, which will be 150 years old next spring, carried ..."); not
        what is done to a person ("Okafor, who will be sentenced in April", a passive),
        not what a thing does ("the plant, which will open in May")."""
        t = self.t
        return t.dep[clause] == "relcl" and (
            self.describes(clause)
            or self.milestone(clause)
            or any(
                t.dep[c] == "nsubj" and t.lower[c] in PERSON_RELATIVES for c in t.children[clause]
            )
            or self._persons_thing(clause)
        )

    def said_lately(self, speaker: int, clause: int) -> bool:
        """Round 19: a report dated to the news's own days ("the club said last week it
        would appeal", "said yesterday that it would"): the plan stands now (not "said
        last year", "in 2022", "five years ago": guidance given long ago). Reads the
        report's own words and those up to its clause."""
        t = self.t
        near = [c for c in t.children[speaker] if c < speaker or c > clause]
        near += range(speaker + 1, min(clause, self.last))
        for c in near:
            if t.lower[c] in RECENT_PAST_WORDS:
                return True
            if t.lemma[c] in RECENT_PERIOD_NOUNS and any(
                t.lower[g] in RECENT_PERIOD_MARKERS for g in t.children[c]
            ):
                return True
        return False

    def _persons_thing(self, clause: int) -> bool:
        """Round 19: a relative clause told of a thing a person has, "whose" its subject's
        possessor ("Jo Marsh, whose new film will be released next year, grew up in
        Leeds"): the person's aside, whatever its date (a body's "whose plant will close
        in May" is the body's step)."""
        t = self.t
        head = t.head[clause]
        person = t.ent[head] == "PERSON" or t.lemma[head] in _PERSONS
        return person and any(
            t.dep[c] in ("nsubj", "nsubjpass")
            and any(t.tag[g] == "WP$" and t.dep[g] == "poss" for g in t.children[c])
            for c in t.children[clause]
        )

    def milestone(self, clause: int) -> bool:
        """A milestone of age: "will mark its centenary", "celebrates its 50th
        anniversary", "turns 125" (a number for its object)."""
        t = self.t
        return any(
            (t.dep[c] == "dobj" and t.lemma[c] in MILESTONE_NOUNS)
            # the parser may hang the age on the date ("turns 125 next season")
            or (t.lemma[clause] == "turn" and any(t.pos[g] == "NUM" for g in (c, *t.children[c])))
            # round 21: its own numbered year or season ("which will celebrate its 50th
            # year in 2027", "will mark their 10th season")
            or (
                t.dep[c] == "dobj"
                and any(t.dep[g] == "poss" for g in t.children[c])
                and any(
                    t.dep[g] == "amod" and _ORDINAL_NUMBER.fullmatch(t.lower[g])
                    for g in t.children[c]
                )
            )
            for c in t.children[clause]
        )

    def evidence(self) -> bool:
        """Is the sentence evidence told in a trial or an inquest ("..., the court heard",
        "the jury was told that ...")? Read once per sentence."""
        if self._evidence is None:
            t = self.t
            self._evidence = any(
                t.lemma[i] in EVIDENCE_LEMMAS
                and t.pos[i] == "VERB"
                and self.tense(i) == _PAST
                and any(t.lemma[c] in EVIDENCE_HEARERS for c in self.subjects(i))
                for i in range(self.first, self.last)
            )
        return self._evidence

    def testified(self, clause: int, speaker: int) -> bool:
        """An account given to the police ("he told police he would meet the buyer"),
        or to a court or an inquest of what someone else would do ("her father told the
        hearing that other girls would hide her shoes", "witnesses told the jury that
        Varga would carry a knife"); a pronoun there may be the speaker's own pledge
        ("she told the court she was sorry and would repay every penny"). Not from one
        of those who run or argue the case ("Prosecutor Ann Lee told the court the Crown
        would seek a retrial", "Defending, Tom Bell told the court ..."), nor a body."""
        t = self.t
        if (
            t.lemma[speaker] not in EVIDENCE_LEMMAS
            or self.tense(speaker) != _PAST
            or any(t.lower[c] in COURT_SIDES for c in t.children[speaker])
        ):
            return False
        hearers = [c for c in t.children[speaker] if t.dep[c] in ("dobj", "dative")]
        # a body's act told to an inquiry is its commitment ("the chief executive told
        # the inquiry the company would publish its findings")
        if not any(t.lemma[c] in INVESTIGATOR_HEARERS for c in hearers) and not (
            any(t.lemma[c] in EVIDENCE_HEARERS for c in hearers)
            and not any(
                t.pos[c] == "PRON"
                # a body's name of more than one word ("Network Rail"); a one-word
                # name the recognizer calls a body may be a person ("Varga")
                or (t.ent[c] == "ORG" and any(t.dep[g] == "compound" for g in t.children[c]))
                or t.lemma[c] in _INSTITUTIONS
                or t.lemma[c] in COMPANY_NOUNS
                for c in self.subjects(clause)
            )
        ):
            return False

        def officer(c: int) -> bool:
            return (
                t.lemma[c] in COURT_OFFICER_NOUNS
                or t.lemma[c] in PROSECUTION_WORDS
                or t.lemma[c] in _INSTITUTIONS
                or t.ent[c] == "ORG"
            )

        return not any(
            officer(c)
            or any(t.dep[g] in ("compound", "appos", "amod") and officer(g) for g in t.children[c])
            for c in self.subjects(speaker)
        )

    def remembers_another(self, clause: int, speaker: int) -> bool:
        """The public telling what someone else would do: "team-mates said he would
        arrive early", "classmates said she would sit alone" (a bare plural of people
        who hold no post, and one other person the clause is about; "residents said
        they would fight the plans" is their own plan)."""
        t = self.t
        if any(t.dep[c] == "auxpass" for c in t.children[clause]):
            return False  # "locals said she would be buried in the village": done to her
        return self.public(speaker) and any(
            t.pos[c] == "PRON" and t.lower[c] in SINGLE_PERSON_PRONOUNS
            for c in self.subjects(clause)
        )

    def said_on_an_occasion(self, speaker: int) -> bool:
        """A report made on a past occasion that a "when" clause tells, with no date in
        it: "When she collected her gold medal, she said ...", "When the hospital opened,
        health chiefs said ..." (a finite past with its own subject, before the report;
        not "When asked about his future, he said", which tells no occasion)."""
        t = self.t
        if self.tense(speaker) != _PAST:
            return False
        return any(
            t.dep[c] == "advcl"
            and c < speaker
            and self.tense(c) == _PAST
            and any(t.dep[g] in _SUBJECTS for g in t.children[c])
            and any(
                t.dep[m] in ("mark", "advmod") and t.lower[m] in OCCASION_MARKERS
                for m in t.children[c]
            )
            and not any(
                t.ent[g] in _TIME_ENTITIES or t.lower[g] in _CALENDAR
                for d in t.children[c]
                for g in (d, *t.children[d])
            )
            and not self._news_outcome(c)
            for c in t.children[speaker]
        )

    def _news_outcome(self, c: int) -> bool:
        """A "when" clause that tells the news's own outcome ("when the verdict was read
        out", "when the result was declared", "when the jury returned its verdict"): the
        day of the news, not an occasion of the past."""
        t = self.t
        return any(
            t.dep[g] in (*_SUBJECTS, "dobj") and t.lemma[g] in OUTCOME_NOUNS for g in t.children[c]
        )

    def said_at_a_first(self, speaker: int) -> bool:
        """A report made at someone's first occasion, with no date: "at his first press
        conference as manager, she said ...", "in her maiden speech, he said ...",
        "speaking at his first rally, Naidoo said ..." (a possessor and "first" make it an
        occasion of the past, not the news's day; "at her first press conference on
        Friday" is dated, and stays)."""
        t = self.t
        if self.tense(speaker) != _PAST:
            return False

        def first_occasion(p: int) -> bool:
            return t.pos[p] == "ADP" and any(
                t.dep[o] == "pobj"
                and any(t.lower[d] in FIRST_OCCASION_WORDS for d in t.children[o])
                and any(t.dep[d] == "poss" for d in t.children[o])
                for o in t.children[p]
            )

        phrases = [c for c in t.children[speaker] if c < speaker and first_occasion(c)]
        # "speaking at his first rally, ...": the participle's own preposition
        phrases += [
            p
            for c in t.children[speaker]
            if c < speaker and t.dep[c] == "advcl" and t.tag[c] == "VBG"
            for p in t.children[c]
            if first_occasion(p)
        ]
        # the occasion's own words ("on his first day") date nothing; any other date in
        # the sentence ("at his first press conference on Friday") makes it the news's
        own = {
            g
            for p in phrases
            for o in t.children[p]
            for g in (
                p,
                o,
                *(d for d in t.children[o] if t.dep[d] in ("amod", "poss", "det", "compound")),
            )
        }
        return bool(phrases) and not any(
            (t.ent[g] in _TIME_ENTITIES or t.lower[g] in _CALENDAR) and g not in own
            for g in range(self.first, self.last)
        )

    def testified_of_another(self, clause: int, speaker: int) -> bool:
        """What one person told a court or an inquest another "would" do, told by
        pronouns: "she told the court he would follow her home", "the woman told the jury
        that he would take her bank card", "he told magistrates she would lock him out"
        (a habit on trial; "she told the court she would repay every penny" is her own
        pledge, and stays; so does what one of those who run the case tells it)."""
        t = self.t
        if (
            t.lemma[speaker] not in EVIDENCE_LEMMAS
            or self.tense(speaker) != _PAST
            or not any(
                t.dep[c] in ("dobj", "dative")
                and (t.lower[c] in EVIDENCE_HEARERS or t.lemma[c] in EVIDENCE_HEARERS)
                for c in t.children[speaker]
            )
        ):
            return False
        told = [c for c in self.subjects(clause) if t.lower[c] in _GENDER_OF]
        if not told:
            return False
        gender = _GENDER_OF[t.lower[told[0]]]
        tellers = self.subjects(speaker)
        if any(t.lower[c] in _GENDER_OF for c in tellers):
            return any(_GENDER_OF.get(t.lower[c]) not in (None, gender) for c in tellers)
        if any(
            t.lemma[c] in COURT_OFFICER_NOUNS
            or t.lemma[c] in PROSECUTION_WORDS
            or t.lemma[c] == DEFENDANT_ROLE
            or t.ent[c] in _AGENT_ENTITIES
            for c in tellers
        ):
            return False
        # a noun that tells: the other one is in the account ("he would take her card")
        return any(
            _GENDER_OF.get(t.lower[g]) not in (None, gender)
            for c in t.children[clause]
            for g in (c, *t.children[c])
        )

    def told_in_a_report(self, speaker: int) -> bool:
        """Someone told something in the past, inside another report: "the lawsuit
        claims the company told buyers the homes would be finished by 2022", "passengers
        said they were told the flight would leave within the hour", "according to court
        documents, Varga told investors ...": an account of what was promised then."""
        t = self.t
        if t.lemma[speaker] not in ACCOUNT_LEMMAS or self.tense(speaker) != _PAST:
            return False
        head = t.head[speaker]
        return (
            t.dep[speaker] == "ccomp"
            and head != speaker
            and t.lemma[head] in SPEECH_LEMMAS
            and t.pos[head] == "VERB"
        ) or any(t.dep[c] == "prep" and t.lemma[c] == "accord" for c in t.children[speaker])

    def settled(self) -> bool:
        """Is a plan the sentence reports carried out, or not, in the same sentence ("said
        it would sack the manager, and did so hours later", "he would pay by Friday, but
        the money never arrived")? Read once per sentence."""
        if self._settled is None:
            t = self.t
            self._settled = any(
                t.tag[i] == "VBD"
                and t.pos[i] in ("VERB", "AUX")
                and (self._done_so(i) or self._never_after_but(i) or self._but_otherwise(i))
                for i in range(self.first, self.last)
            )
        return self._settled

    def _done_so(self, i: int) -> bool:
        """ "did so" (the parser may hang "so" on a time: "did so hours later")."""
        t = self.t
        return t.lemma[i] == "do" and any(
            t.lower[g] == "so" for c in t.children[i] for g in (c, *t.children[c])
        )

    def _but_otherwise(self, i: int) -> bool:
        """Round 18: a simple past after "but" whose subject is the one the plan was
        told of, as a pronoun ("said it would reopen the plant in March, but it stayed
        shut", "said it would sign a striker in January, but it signed nobody"): what
        came of the plan."""
        t = self.t
        joined = [i] + ([t.head[i]] if t.dep[i] == "conj" else [])
        if not any(t.dep[c] == "cc" and t.lower[c] == "but" for j in joined for c in t.children[j]):
            return False
        subject = [c for c in t.children[i] if t.dep[c] in _SUBJECTS]
        if len(subject) != 1 or t.lower[subject[0]] not in PLAN_HOLDER_PRONOUNS:
            return False

        def dated(plan: int) -> bool:
            return any(
                t.ent[g] in _TIME_ENTITIES
                for c in t.children[plan]
                if t.dep[c] in ("prep", "npadvmod")
                for g in (c, *t.children[c])
            )

        # the plan before it, dated and told of the same pronoun ("it would reopen the
        # plant in March"), and the outcome its own verb or a thing left as it was ("but
        # it signed nobody", "but it stayed shut"); "but it gave no details" is more news
        return any(
            t.tag[m] == "MD"
            and t.dep[m] == "aux"
            and dated(t.head[m])
            and (t.lemma[i] == t.lemma[t.head[m]] or t.lemma[i] in UNCHANGED_LEMMAS)
            and any(
                t.dep[c] in _SUBJECTS and t.lower[c] == t.lower[subject[0]]
                for c in t.children[t.head[m]]
            )
            for m in range(self.first, i)
        )

    def _never_after_but(self, i: int) -> bool:
        """A simple past denied by "but ... never" ("but the money never arrived")."""
        t = self.t
        if not any(t.lower[c] == "never" for c in t.children[i]):
            return False
        joined = [i] + ([t.head[i]] if t.dep[i] == "conj" else [])
        return any(t.dep[c] == "cc" and t.lower[c] == "but" for j in joined for c in t.children[j])

    def said_beforehand(self, speaker: int) -> bool:
        """A report made before an occasion the story tells: "before the game, the coach
        said ...", "ahead of the final, Ross said ..." (an occasion, not a date: "before
        Friday" is a date; "ahead of next week's vote" is ahead)."""
        t = self.t
        if self.tense(speaker) != _PAST:
            return False

        def occasion(word: int) -> bool:
            objects = [g for g in t.children[word] if t.dep[g] == "pobj"]
            if t.dep[word] == "advmod":  # "ahead of the final"
                objects = [
                    o
                    for p in t.children[word]
                    if t.dep[p] == "prep"
                    for o in t.children[p]
                    if t.dep[o] == "pobj"
                ]
            return any(
                t.ent[o] not in _TIME_ENTITIES
                and any(t.dep[d] in ("det", "poss") for d in t.children[o])
                # "ahead of next week's vote": a date ahead, two levels at most
                and not any(
                    t.ent[g] in _TIME_ENTITIES for d in t.children[o] for g in (d, *t.children[d])
                )
                for o in objects
            )

        return any(
            t.lower[c] in BEFOREHAND_WORDS and t.dep[c] in ("prep", "advmod") and occasion(c)
            for c in t.children[speaker]
        )

    def prosecution_account(self, clause: int, speaker: int) -> bool:
        """The prosecution's account of what a defendant "would" do: "Prosecutor
        Helen Osei said Lumsden would knock on doors", "Prosecuting, Ann Lee said Smith
        would tell the coaches ..." (not the prosecution's own plan: "prosecutors said
        they would seek a retrial")."""
        t = self.t
        speakers = self.subjects(speaker)
        prosecution = any(
            t.lemma[c] in PROSECUTION_WORDS
            or any(t.lower[g] in PROSECUTION_WORDS for g in t.children[c])
            for c in speakers
        ) or any(t.lower[c] in PROSECUTION_WORDS for c in t.children[speaker])
        return prosecution and self._defendant_acts(clause, PROSECUTION_WORDS)

    def _defendant_acts(self, clause: int, tellers: frozenset[str]) -> bool:
        """The clause's subject is someone accused, acting: a name, or a person's noun
        ("the defendant would wait until the shop was empty", "the suspect would pose as a
        utility worker"); not the tellers' own side ("the Crown would seek a retrial"),
        the court ("the judge would rule"), nor a passive, a step done to him ("the
        defendant would be retried")."""
        t = self.t
        return any(
            (
                (t.pos[c] == "PROPN" or t.ent[c] == "PERSON")
                and "the " + t.lower[c] not in COUNSEL_SIDES
                # "the A82 would stay shut": a name with "the" is a thing's, not a suspect's
                and not any(t.dep[d] == "det" for d in t.children[c])
            )
            or (
                t.pos[c] == "NOUN"
                and t.dep[c] == "nsubj"
                and t.lemma[c] in _ACTORS
                and t.lemma[c] not in _INSTITUTIONS
                and t.lemma[c] not in tellers
                and t.lemma[c] not in COURT_OFFICER_NOUNS
            )
            for c in self.subjects(clause)
        )

    def investigators_account(self, clause: int, speaker: int) -> bool:
        """The police's account of what a suspect "would" do: "Officers said the men
        would break into cars parked near the beach", "Detectives said Lowe would pose
        as a council worker" (how the crimes were done; not the police's own plan, "they
        would examine CCTV", nor a step in court, "Lowe would appear before
        magistrates")."""
        t = self.t
        # the police as such: "officers", "a detective", "police officers"; not "the
        # chief operating officer, Luis Arrondo" (an officer of a firm)
        police = any(
            t.lemma[c] in INVESTIGATOR_HEARERS
            and all(
                t.dep[g] in ("det", "punct") or t.lemma[g] in INVESTIGATOR_HEARERS
                for g in t.children[c]
            )
            for c in self.subjects(speaker)
        )
        return (
            police
            and t.lemma[clause] not in TRIAL_STEP_LEMMAS
            and not any(t.dep[c] == "auxpass" for c in t.children[clause])
            # a body acts for itself ("officers said Network Rail would close the line");
            # a one-word name the recognizer calls a body may be a person ("Mokoena")
            and not any(
                t.ent[c] == "ORG" and any(t.dep[g] == "compound" for g in t.children[c])
                for c in self.subjects(clause)
            )
            and self._defendant_acts(clause, INVESTIGATOR_HEARERS)
        )

    def conjectured(self, clause: int) -> bool:
        """The writer's guess: "will no doubt ask", "will surely appeal"; a feeling lent
        to someone ("will hope it marks a turning point", "will be relieved"); a
        judgment of what was just said ("that will come as cold comfort")."""
        t = self.t
        children = t.children[clause]
        return (
            any(t.dep[c] == "advmod" and t.lower[c] in CONJECTURE_ADVERBS for c in children)
            # the lemmatizer cuts "hoping" to "hop": the base is the word less "ing", plus "e"
            or t.lemma[clause] in FEELING_LEMMAS
            or (t.tag[clause] == "VBG" and t.lower[clause][:-3] + "e" in FEELING_LEMMAS)
            or (t.lower[clause] in FEELING_WORDS and t.tag[clause] in ("JJ", "VBN"))
            or (
                t.lemma[clause] == "be"
                and any(t.dep[c] == "acomp" and t.lower[c] in FEELING_WORDS for c in children)
            )
            or any(t.lower[c] in DEMONSTRATIVES and t.tag[c] == "DT" for c in self.subjects(clause))
        )

    def generic(self, clause: int) -> bool:
        """A clause about people in general: "anyone who has used the app will know the
        feeling", "you will want to book early"; how people will take a thing, said
        of a bare plural ("audiences will hardly recognise it", "visitors will enjoy
        the new cafe"); what onlookers or critics will do ("critics will point to the
        cost", "readers will search in vain")."""
        t = self.t
        subjects = self.subjects(clause)
        # the reader told or shown: "locals will tell you the best time to visit"
        if any(
            t.lower[c] in READER_PRONOUNS and t.dep[c] in ("dative", "dobj")
            for c in t.children[clause]
        ):
            return True
        # a pronoun, not a determiner's noun ("some residents will", "one man will")
        if any(t.lower[c] in GENERIC_PRONOUNS and t.pos[c] != "NUM" for c in subjects):
            return True
        # a proverb: "only time will tell", "history will judge him" (not "the time")
        if any(
            t.lower[c] in PROVERB_SUBJECTS
            and not any(t.dep[d] in ("det", "poss") for d in t.children[c])
            for c in subjects
        ):
            return True
        # people in general counted by "many" or "most": "many patients will never get a
        # diagnosis", "most people with the condition will recover" (not "many workers
        # will lose their jobs": the staff of the story)
        if subjects and all(
            self._anyone(c)
            and t.tag[c] == "NNS"
            and any(t.dep[d] == "amod" and t.lower[d] in GENERAL_QUANTIFIERS for d in t.children[c])
            for c in subjects
        ):
            return True
        # onlookers and critics judge in any verb ("critics will point to the cost"), not
        # when the clause sets terms ("readers will be able to", "fans will have to")
        onlookers = not any(t.dep[c] == "xcomp" for c in t.children[clause])
        return any(
            t.tag[c] == "NNS"
            # fans may march (a step), but how they will take a thing is a review's voice;
            # so is anyone's who does a thing ("drivers who use the road will know it")
            and (
                t.lemma[c] not in _DECIDERS
                or (t.lemma[clause] in REACTION_LEMMAS and t.lemma[c] in SPECULATOR_NOUNS)
                or (
                    t.lemma[clause] in REACTION_LEMMAS
                    and any(
                        t.dep[g] == "relcl" and t.tag[g] in ("VBP", "VBZ") for g in t.children[c]
                    )
                )
            )
            and not any(t.dep[g] in ("det", "poss") or t.pos[g] == "PROPN" for g in t.children[c])
            and (
                t.lemma[clause] in REACTION_LEMMAS
                or (onlookers and (t.lemma[c] in SPECULATOR_NOUNS or t.lemma[c] in JUDGING_NOUNS))
            )
            for c in subjects
        )

    def _bare_plural(self, noun: int) -> bool:
        """A plural noun with no determiner, possessor, number or name of its own:
        "drivers", "investors", not "the drivers", "Unite members", "two analysts"."""
        t = self.t
        return t.tag[noun] == "NNS" and not any(
            t.dep[g] in ("det", "poss", "nummod", "compound") or t.pos[g] == "PROPN"
            for g in t.children[noun]
        )

    def penalises_anyone(self, clause: int) -> bool:
        """A penalty for people in general, the standing terms of a rule: "anyone caught
        dumping rubbish will face a fine", "drivers caught using it will be fined £70",
        "those found guilty will face up to two years in prison" (the restricting
        participle or relative may take the subject: the parser hangs the penalty under
        "caught" or "found"); not "Marsh will face a retrial"."""
        t = self.t
        if not (
            t.lemma[clause] in PENALTY_LEMMAS
            or (t.tag[clause] == "VBN" and t.lower[clause] in PENALTY_PARTICIPLES)
        ):
            return False
        if any(
            t.dep[c] == "dobj" and (t.pos[c] == "PROPN" or t.ent[c] in _AGENT_ENTITIES)
            for c in t.children[clause]
        ):
            return False  # "whoever wins will face Spain in the final": a fixture
        subjects = self.subjects(clause)
        head = t.head[clause]
        if not subjects and t.dep[clause] == "ccomp" and self.inside(head):
            subjects = self.subjects(head)  # "those found guilty will face"
        subjects += [g for c in subjects if t.dep[c] == "csubj" for g in self.subjects(c)]
        subjects += [c for c in t.children[clause] if t.dep[c] == "csubj"]
        subjects += [g for c in t.children[clause] if t.dep[c] == "csubj" for g in self.subjects(c)]
        for c in subjects:
            if t.lower[c] in GENERIC_PRONOUNS or t.lower[c] in RESTRICTED_PRONOUNS:
                return True
            restricted = self.inside(c + 1) and (
                t.tag[c + 1] in ("VBN", "VBD") or t.lower[c + 1] in PERSON_RELATIVES
            )
            if self._bare_plural(c) and restricted:
                return True
        return False

    def terms_for_anyone(self, clause: int) -> bool:
        """What happens to whoever is in a class of people, told by a present relative or
        an age: "shoppers who pay by card will not be charged a fee", "passengers who miss
        their connection will be rebooked", "children under five will travel free" (the
        standing terms; "residents who lost their homes will be rehoused" are people the
        news names by what befell them)."""
        t = self.t

        def restricted(c: int) -> bool:
            for g in t.children[c]:
                if t.dep[g] == "relcl" and t.tag[g] in ("VBP", "VBZ"):
                    return True
                if t.dep[g] == "prep" and any(
                    t.dep[n] == "pobj" and t.pos[n] == "NUM" for n in t.children[g]
                ):
                    return True
            return False

        subjects = self.subjects(clause)
        return bool(subjects) and all(
            self._bare_plural(c) and self._anyone(c) and restricted(c) for c in subjects
        )

    def obliges_anyone(self, clause: int) -> bool:
        """People in general under a duty: "those wishing to attend will need to
        register", "visitors will have to book a time slot", "applicants will need to
        show proof of address", "dog owners will have to keep their pets on a lead" (the
        standing terms of taking part, not a step anyone takes; "the council will have to
        submit a plan" names who must act)."""
        t = self.t
        if t.lemma[clause] not in DUTY_LEMMAS:
            return False
        bound = any(
            t.dep[c] == "xcomp" and any(t.tag[g] == "TO" for g in t.children[c])
            for c in t.children[clause]
        )
        # "will need a permit": need and require take their object too
        if not bound and (
            t.lemma[clause] == "have" or not any(t.dep[c] == "dobj" for c in t.children[clause])
        ):
            return False
        return self.anyone_bound(clause)

    def thing_capable(self, clause: int) -> bool:
        """What a thing will be able to do: "the telescope will be able to see distant
        galaxies", "the new engine will be able to lift 20 tonnes into orbit" (a common
        noun that is no person nor body; "passengers will be able to buy tickets", "the
        hospital will be able to treat more patients" are people and a body)."""
        t = self.t
        if t.lemma[clause] != "be" or not any(
            t.dep[c] == "acomp" and t.lower[c] in CAPABILITY_ADJECTIVES for c in t.children[clause]
        ):
            return False
        return self._things_only(clause)

    def class_capable(self, clause: int) -> bool:
        """Round 20: what people of a bare class will be able to do, with nothing that
        picks them out ("residents will be able to comment online", "customers will be
        able to pay by card"): the scheme's terms, as the dev references leave "residents
        will be able to buy an annual permit" out; a class the news picks out
        ("passengers with tickets for strike days will be able to claim a refund") and a
        date ("from Monday") stay the caller's."""
        t = self.t
        if t.lemma[clause] != "be" or not any(
            t.dep[c] == "acomp" and t.lower[c] in CAPABILITY_ADJECTIVES for c in t.children[clause]
        ):
            return False
        subjects = self.subjects(clause)
        return bool(subjects) and all(
            t.tag[c] == "NNS"
            and self._anyone(c)
            and not any(
                t.dep[g] in ("prep", "relcl", "acl", "appos", "amod", "compound")
                for g in t.children[c]
            )
            for c in subjects
        )

    def general_truth(self, clause: int) -> bool:
        """Round 20: a general truth told with a "when" clause in the present, of a
        bare noun ("metal will expand when it is heated", "ice will form on untreated
        roads when temperatures drop below zero", "water will boil at a lower
        temperature when you are at altitude"): how things are, no step. The "when"
        clause tells no event of the news (its subject a pronoun or a bare noun);
        "fares will rise when the new timetable starts" stays."""
        t = self.t
        subjects = self.subjects(clause)
        if (
            t.lemma[clause] in PHASE_LEMMAS
            # round 21: a return ("trains will run again when the line is safe")
            or any(
                t.dep[c] == "advmod" and t.lower[c] in RESUMPTION_ADVERBS
                for c in t.children[clause]
            )
            or not subjects
            or not all(
                t.pos[c] in ("NOUN", "PROPN")
                # round 21: a common noun the recognizer calls a body ("Engines will
                # overheat when ...") is no name
                and (not t.ent[c] or t.pos[c] == "NOUN")
                and (
                    not any(
                        t.dep[g] in ("det", "poss", "nummod", "compound") for g in t.children[c]
                    )
                    or self._kind_of_thing(c)
                )
                for c in subjects
            )
        ):
            return False

        def generic(c: int) -> bool:
            return (t.pos[c] == "PRON" and t.lower[c] not in ("he", "she")) or (
                t.pos[c] == "NOUN"
                and not any(t.dep[g] in ("det", "poss", "nummod") for g in t.children[c])
            )

        for c in t.children[clause]:
            if t.dep[c] != "advcl" or not any(
                t.dep[m] in ("advmod", "mark") and t.lower[m] == "when" for m in t.children[c]
            ):
                continue
            verbs = [c, *(a for a in t.children[c] if t.dep[a] in ("aux", "auxpass"))]
            present = any(t.tag[v] in ("VBZ", "VBP") for v in verbs) and not any(
                t.tag[v] == "MD" for v in verbs
            )
            own = [g for g in t.children[c] if t.dep[g] in _SUBJECTS]
            if any(
                t.ent[d] in _TIME_ENTITIES
                for g in t.children[c]
                if t.dep[g] in ("prep", "npadvmod")
                for d in (g, *t.children[g])
            ):
                continue  # round 26: "when it opens in 2028": an event with its date
            if any(t.pos[g] == "PRON" for g in own) and not all(
                self._bare_noun(s) for s in subjects
            ):
                continue  # round 26: "the bridge will ... when it opens": that thing's event
            if t.tag[c] == "NNS" and not own:
                # round 26: the tagger reads the verb as a plural noun ("when warm air
                # rises"): the noun before it is its subject
                present = True
                own = [g for g in t.children[c] if t.dep[g] == "compound" and t.pos[g] == "NOUN"]
            if present and own and (all(generic(g) for g in own) or self._state_of_a_thing(c, own)):
                return True
            if (
                present
                and own
                and (
                    t.lemma[c] in STATE_CHANGE_LEMMAS
                    or any(
                        t.dep[g] in ("prt", "advmod")
                        and (t.lemma[c], t.lower[g]) in STATE_CHANGE_PHRASALS
                        for g in t.children[c]
                    )
                )
                and all(self._kind_of_thing(g) for g in own)
                and all(self._bare_noun(s) or self._kind_of_thing(s) for s in subjects)
            ):
                return True  # round 27: "fog will lift when the sun warms the valley"
        return False

    def _bare_noun(self, c: int) -> bool:
        """A noun with no determiner, possessor, number or compound: "metal", "ice"."""
        t = self.t
        return not any(t.dep[g] in ("det", "poss", "nummod", "compound") for g in t.children[c])

    def _kind_of_thing(self, c: int) -> bool:
        """Round 26: a thing of a kind told with "the" or with nouns before it ("the
        bread", "tyre pressure", "crop yields"), in a general truth: a common noun of no
        name, no actor and no body, its only words before it an article, common nouns
        or adjectives ("the council", "our bread", "two engines" are not)."""
        t = self.t
        return (
            t.pos[c] == "NOUN"
            and not t.ent[c]
            and t.lemma[c] not in _ACTORS
            and t.lemma[c] not in _INSTITUTIONS
            and all(
                g < c
                and (
                    (t.dep[g] == "det" and t.lower[g] == "the")
                    or (
                        t.dep[g] in ("compound", "amod")
                        and (
                            (t.pos[g] in ("NOUN", "ADJ") and not t.ent[g])
                            # the tagger's misreads of a sentence's first word ("Tyre
                            # pressure", "House prices" as a name or a body)
                            or (
                                g == t.sent_starts[t.sent[g]]
                                and (t.pos[g] == "NOUN" or not t.ent[g])
                            )
                        )
                        and t.lemma[g] not in _ACTORS
                        and t.lemma[g] not in _INSTITUTIONS
                    )
                )
                for g in t.children[c]
            )
        )

    def _state_of_a_thing(self, clause: int, own: Sequence[int]) -> bool:
        """Round 21: a "when" clause that tells a state of a thing, not an event ("when
        the ground is cold enough", "when the coolant runs low", "when the tank is full"):
        its verb has an adjective of state and its subject is a common noun of no name and
        no person ("fares will rise when the new timetable starts" is an event)."""
        t = self.t
        return any(t.dep[a] == "acomp" and t.pos[a] == "ADJ" for a in t.children[clause]) and all(
            t.pos[g] == "NOUN"
            and not t.ent[g]
            and t.lemma[g] not in _ACTORS
            and not any(t.dep[d] == "poss" or t.pos[d] == "PROPN" for d in t.children[g])
            for g in own
        )

    def behaves(self, clause: int) -> bool:
        """Round 18: how a thing behaves, with nothing done to anything: "the cake will
        keep for a week", "the sauce will thicken as it cools", "the vaccine will protect
        against four strains", "the app will work on older phones" (a common noun that
        is no person nor body, a verb of a thing's behaviour, no object)."""
        t = self.t
        # round 19: a feature or a scope told with its preposition ("the phone will come
        # in three colours", "the offer will apply to all new customers")
        featured = any(
            t.dep[c] == "prep"
            and (
                (t.lemma[clause], t.lower[c]) in FEATURE_PHRASES
                or (
                    (t.lemma[clause], t.lower[c]) == ("come", "in")
                    and any(
                        t.dep[g] == "pobj" and t.lemma[g] in VARIANT_NOUNS for g in t.children[c]
                    )
                )
            )
            for c in t.children[clause]
        )
        return (
            (t.lemma[clause] in THING_BEHAVIOUR_LEMMAS or featured)
            and not any(t.dep[c] in _OBJECTS for c in t.children[clause])
            and self._things_only(clause)
        )

    def verdict_feeling(self, clause: int) -> bool:
        """Round 19: a side's verdict told as how it will feel, with a clause or an
        adjective ("the home side will feel they deserved a point", "United will feel
        aggrieved after two appeals were turned down"); not a thing felt ("households
        will feel the squeeze")."""
        t = self.t
        if t.lemma[clause] not in VERDICT_FEELING_LEMMAS:
            return False
        return any(t.dep[c] in ("ccomp", "acomp") for c in t.children[clause]) and not any(
            t.dep[c] in _OBJECTS for c in t.children[clause]
        )

    def appeals(self, clause: int) -> bool:
        """A thing's pull on people: "the collection will appeal to anyone who grew up in
        the 1980s", "the hatchback will appeal to young families" (a review's voice; "the
        charity will appeal to the High Court" is a step)."""
        return self.t.lemma[clause] in APPEAL_LEMMAS and self._things_only(clause)

    def _things_only(self, clause: int) -> bool:
        """The clause's subjects are things: common nouns that are no person nor body."""
        t = self.t
        subjects = self.subjects(clause)
        return bool(subjects) and all(
            t.pos[c] == "NOUN"
            and t.ent[c] not in _AGENT_ENTITIES
            and t.lemma[c] not in _ACTORS
            and t.lemma[c] not in _INSTITUTIONS
            and not any(t.pos[g] == "PROPN" for g in t.children[c])
            for c in subjects
        )

    def at_a_venue(self, clause: int) -> bool:
        """A show told at a place, not on a channel: "the show opens at the Lyceum on 12
        December", "the show runs at the Civic Theatre until January", "the show tours
        Scotland in the spring" (a stage run; "the series continues on BBC One on Monday"
        and "the final airs at 8pm" are the listings)."""
        t = self.t
        return any(
            (
                t.dep[c] == "prep"
                and t.lower[c] in VENUE_PREPOSITIONS
                and any(
                    t.dep[g] == "pobj"
                    and t.ent[g] in _VENUE_ENTITIES
                    and (
                        t.lower[c] == "at"
                        or t.ent[g] != "ORG"
                        or t.lower[g] in STAGE_VENUE_NOUNS  # "to the Edinburgh Playhouse"
                    )
                    for g in t.children[c]
                )
            )
            or (t.dep[c] == "dobj" and t.ent[c] in _VENUE_ENTITIES and t.ent[c] != "ORG")
            for c in t.children[clause]
        )

    def recurs_below(self, clause: int) -> bool:
        """A word of a habit a few arcs below the clause, where the parser hangs it on the
        hours ("is open from 10am to 4pm daily", "is open from 8am until 3pm on
        weekdays"): opening hours, no time ahead; a weekday in the plural too ("from 10am
        until 4pm on Saturdays", round 17). Bounded: four levels."""
        t = self.t
        level = list(t.children[clause])
        for _ in range(_HABIT_DEPTH):
            if any(
                (
                    t.lower[g] in FREQUENCY_WORDS
                    # round 27: not a kind of people by what they hold ("Monthly pass
                    # holders have until Dec. 31 to claim")
                    and not (
                        t.dep[g] == "amod"
                        and t.dep[t.head[g]] in _SUBJECTS
                        and t.tag[t.head[g]] == "NNS"
                        and t.head[t.head[g]] == clause
                    )
                )
                or (t.lower[g][-1:] == "s" and t.lower[g][:-1] in _WEEKDAYS_CASEFOLDED)
                for g in level
            ):
                return True
            level = [g for c in level for g in t.children[c]]
        return False

    def time_judged(self, clause: int) -> bool:
        """A time that is the subject of a judgment: "the next few weeks will be crucial
        for the manager", "the next year will be a big test"; the time is what is judged,
        no step is dated by it ("Tuesday will be the first day of the strike" names one)."""
        t = self.t
        if t.lemma[clause] != "be" or not any(
            # the time noun itself, not "the next monthly figures are due" (a DATE to the
            # recognizer)
            is_duration(t.lower[c])
            for c in self.subjects(clause)
        ):
            return False
        return any(
            t.dep[c] == "acomp"
            or (
                t.dep[c] == "attr"
                and any(
                    t.dep[g] == "det" and t.lower[g] in INDEFINITE_ARTICLES for g in t.children[c]
                )
            )
            for c in t.children[clause]
        )

    def uncounted_span(self, clause: int) -> bool:
        """A span of years with no number: "it will take years for the town to recover",
        "the effects will be felt for years", "the party will be paying the price for
        decades" tell how long, as a judgment; "for six months" counts one."""
        t = self.t
        for c in t.children[clause]:
            spans = [c] if t.dep[c] == "dobj" and t.lemma[clause] in SPAN_LEMMAS else []
            if t.dep[c] == "prep" and t.lower[c] == "for":
                spans = [g for g in t.children[c] if t.dep[g] == "pobj"]
            if any(is_long_duration(t.lower[g]) and self._bare_plural(g) for g in spans):
                return True
        return False

    def crowd_endures(self, clause: int) -> bool:
        """Round 26: how keen a crowd or the public will be, told with an extent of no
        number ("fans will queue for hours", "visitors will wait for hours to see it",
        "fans will travel for miles", "collectors will pay thousands for a copy"): their
        habit, no step; "staff will strike for 48 hours" counts one, and a date (checked
        by the caller) makes it a step."""
        t = self.t
        subjects = self.subjects(clause)
        if not subjects or not all(
            self._bare_plural(c)
            and t.pos[c] == "NOUN"
            and (t.lemma[c] in CLIENT_NOUNS or t.lemma[c] in CROWD_NOUNS)
            for c in subjects
        ):
            return False
        for c in t.children[clause]:
            extents = [c] if t.dep[c] == "dobj" else []
            if t.dep[c] == "prep" and t.lower[c] == "for":
                extents = [g for g in t.children[c] if t.dep[g] == "pobj"]
            if any(
                (t.lower[g] in UNCOUNTED_EXTENT_WORDS or _plural_unit_of_extent(t.lower[g]))
                and not any(
                    t.dep[d] in ("nummod", "det", "amod", "quantmod") for d in t.children[g]
                )
                for g in extents
            ):
                return True
        return False

    def takes_on_board(self, clause: int) -> bool:
        """Round 25: a stock pledge told with "take": "would take the lessons on board",
        "will take on board the findings" (the noun a level or two below the verb)."""
        t = self.t
        if t.lemma[clause] not in ADOPTION_LEMMAS:
            return False
        # "take the lessons on board", "take on board the findings", "take the
        # community's feedback on board" (the noun up to three levels down)
        level = [clause]
        for _ in range(3):
            level = [g for c in level for g in t.children[c]]
            if any(t.lower[c] in ADOPTION_NOUNS for c in level):
                return True
        return False

    def enables(self, clause: int) -> bool:
        """Round 25: what a thing will let people do, a product's claim ("the app will let
        users track parcels", "the platform will allow riders to book a seat"): a verb of
        letting whose subject is a common noun of no person, body or name."""
        t = self.t
        subjects = self.subjects(clause)
        return (
            t.lemma[clause] in ENABLING_LEMMAS
            and not any(t.dep[c] == "auxpass" for c in t.children[clause])
            and bool(subjects)
            and all(
                t.pos[c] == "NOUN"
                and not t.ent[c]
                and (t.lemma[c] in PRODUCT_NOUNS or t.lemma[c] not in _ACTORS | _DECIDERS)
                and not any(t.dep[g] == "poss" or t.pos[g] == "PROPN" for g in t.children[c])
                for c in subjects
            )
        )

    def _time_phrases(self, clause: int) -> list[int]:
        """The prepositions hanging on a clause, or on the verb it completes ("are
        projected to rise by 2100": "by" may hang on either)."""
        t = self.t
        heads = [clause, *(c for c in t.children[clause] if t.dep[c] == "acomp")]
        if t.dep[clause] == "xcomp" and self.inside(t.head[clause]):
            heads.append(t.head[clause])
        return [c for h in heads for c in t.children[h] if t.dep[c] == "prep"]

    def distant_horizon(self, clause: int) -> bool:
        """Round 25: a projection to a horizon beyond any next step: "temperatures are
        projected to rise by 2.7C by the end of the century", "the Arctic may be ice-free
        within decades", "over the coming decades, rainfall is projected to decline" (a
        noun of such a span in a phrase of the clause's own)."""
        t = self.t
        if any(t.dep[c] == "auxpass" for c in t.children[clause]):
            return False  # "the bridge will be built over the next decade": a plan
        for c in self._time_phrases(clause):
            level = [c]
            for _ in range(3):
                level = [g for n in level for g in t.children[n]]
                if any(
                    t.lemma[n] in DISTANT_HORIZON_NOUNS or t.lower[n] in DISTANT_HORIZON_NOUNS
                    for n in level
                ):
                    return True
        return False

    def projected_to_a_year(self, clause: int) -> bool:
        """Round 25: a thing's quantity projected to a bare year ("sea levels could rise by
        up to a metre by 2100", "by 2040 dementia will affect 1.5 million people"): a verb
        of a quantity's course, a subject that is a common noun of no person, body or
        name, nothing done to it, and "by" a year (with no month or day); background, where
        "the new line will open by 2028" is a plan."""
        t = self.t
        subjects = self.subjects(clause)
        if not subjects and t.dep[clause] == "xcomp":
            subjects = self.subjects(t.head[clause])  # "cases are expected to double"
        # round 27: a share of a people or a kind projected to a year, whatever its verb
        # ("By 2050, a quarter of Australians will be over 65", "one in three Canadians")
        shares = bool(subjects) and all(self._share_of_a_kind(c) for c in subjects)
        if not shares and (
            t.lemma[clause] not in QUANTITY_TREND_LEMMAS
            or any(t.dep[c] == "auxpass" for c in t.children[clause])
            or not subjects
            or not all(
                t.pos[c] == "NOUN"
                and t.ent[c] not in _AGENT_ENTITIES
                and t.lemma[c] not in _ACTORS | _DECIDERS
                for c in subjects
            )
        ):
            return False
        return any(
            t.lower[c] == "by"
            and any(
                t.dep[p] == "pobj" and _YEAR.fullmatch(t.text[p]) and not t.children[p]
                for p in t.children[c]
            )
            for c in self._time_phrases(clause)
        )

    def _share_of_a_kind(self, c: int) -> bool:
        """Round 27: a subject that is a share of a people or a kind: a number or a
        fraction with "of" ("a quarter of Australians", "20% of homes") or a people
        counted "one in three" ("one in three Canadians"); not a body nor a name."""
        t = self.t
        if t.ent[c] in ("CARDINAL", "PERCENT") and t.pos[c] in ("NOUN", "NUM"):
            return any(
                t.dep[p] == "prep"
                and t.lower[p] == "of"
                and any(
                    t.dep[g] == "pobj" and (t.ent[g] == "NORP" or t.tag[g] == "NNS")
                    for g in t.children[p]
                )
                for p in t.children[c]
            )
        return (t.ent[c] == "NORP" or (t.tag[c] == "NNS" and not t.ent[c])) and any(
            t.dep[n] == "nummod"
            and any(t.dep[q] == "quantmod" and t.lower[q] == "in" for q in t.children[n])
            for n in t.children[c]
        )

    def counted_kind_recovers(self, clause: int) -> bool:
        """Round 25: what most or many of a kind of people or things will do of
        themselves, told with a span and no date ("most patients will recover within a
        week", "most fractures will heal within six weeks"): the course of a thing, no
        step (done to them, "many residents will be rehoused within six months", stays)."""
        t = self.t
        subjects = self.subjects(clause)
        return (
            bool(subjects)
            and not any(t.dep[c] in ("auxpass", "dobj") for c in t.children[clause])
            and all(self._counted_kind(c) for c in subjects)
        )

    def counted_kind_acts(self, clause: int) -> bool:
        """Round 27: what many, most or some of a kind of people will do, with an object
        and no time at all ("Many drivers will ignore the signs", "Some commuters will
        find other ways to work"): their conduct foreseen, no step (the caller asks for no
        time; done to them, "many residents will be rehoused", stays)."""
        t = self.t
        subjects = self.subjects(clause)
        return (
            bool(subjects)
            and not any(t.dep[c] == "auxpass" for c in t.children[clause])
            and all(self._counted_kind(c, det=True) for c in subjects)
        )

    def _counted_kind(self, c: int, det: bool = False) -> bool:
        """A bare plural of a kind of people or things under "many" or "most" (with
        `det`, "some" too), no name, no body, no one who decides."""
        t = self.t
        return (
            t.tag[c] == "NNS"
            and not t.ent[c]
            and (
                t.lemma[c] not in _DECIDERS
                or t.lemma[c] in CLIENT_NOUNS
                # people by what they do, not a body's staff ("many drivers", "most
                # farmers"; "many workers" stays the news's)
                or (det and t.lemma[c] not in _STAFF_AND_BODIES)
            )
            and t.lemma[c] not in _INSTITUTIONS
            and any(
                (t.dep[d] == "amod" and t.lower[d] in GENERAL_QUANTIFIERS)
                or (det and t.dep[d] == "det" and t.lower[d] in SOME_QUANTIFIERS)
                for d in t.children[c]
            )
            and not any(
                t.dep[d] in ("det", "poss", "nummod")
                and not (det and t.lower[d] in SOME_QUANTIFIERS)
                for d in t.children[c]
            )
        )

    def consoled(self, clause: int) -> bool:
        """A match report's judgment of what a side will make of a result: "City will
        take heart from their second-half display", "Town will take plenty of
        positives"."""
        t = self.t
        if t.lemma[clause] not in SPAN_LEMMAS:
            return False
        objects = [c for c in t.children[clause] if t.dep[c] == "dobj"]
        objects += [
            p
            for o in objects
            for g in t.children[o]
            if t.dep[g] == "prep"
            for p in t.children[g]
            if t.dep[p] == "pobj"
        ]
        return any(t.lower[c] in CONSOLATION_NOUNS for c in objects)

    def looks_back(self, clause: int) -> bool:
        """ "Rovers will look back on this as a missed opportunity": a judgment of the
        news (the caller asks for no date: a meeting that will look back on the year on
        3 May is a step)."""
        t = self.t
        children = t.children[clause]
        return (
            t.lemma[clause] in WATCH_LEMMAS
            and any(
                t.dep[c] in ("prt", "advmod") and t.lower[c] in RETROSPECT_PARTICLES
                for c in children
            )
            and any(t.dep[c] == "prep" and t.lower[c] == "on" for c in children)
        )

    def recalled_habit(self, clause: int, speaker: int | None) -> bool:
        """A reported "would" of the past, a life remembered: "he recalled that his coach
        would make them run up sand dunes", "she said her mother would sing to her in
        Welsh", "he said his father would come home covered in coal dust" (a relative's
        act, active, told with no date); not "she said her husband would be buried in
        his home town" (a passive: what will be done)."""
        t = self.t
        if speaker is not None and t.lemma[speaker] in RECALL_LEMMAS:
            return True
        if any(t.dep[c] == "auxpass" for c in t.children[clause]):
            return False
        return any(
            t.lemma[c] in KIN_NOUNS
            and any(t.dep[g] == "poss" and t.pos[g] == "PRON" for g in t.children[c])
            for c in self.subjects(clause)
        )

    def onlookers_watch(self, clause: int) -> bool:
        """Onlookers watching, in the writer's voice: "investors will be watching for any
        sign that ...", "analysts will be looking for signs ...", "all eyes will be on
        ..."."""
        t = self.t
        subjects = self.subjects(clause)
        if t.lemma[clause] == "be":
            return any(t.lemma[c] in ATTENTION_NOUNS for c in subjects)
        return t.lemma[clause] in WATCH_LEMMAS and any(
            (t.lemma[c] in WATCHER_NOUNS or t.lemma[c] in SPECULATOR_NOUNS) and self._bare_plural(c)
            for c in subjects
        )

    def provokes(self, clause: int, anchor: int) -> bool:
        """How the news will be taken, said of a thing with "is likely to" or "is set to":
        "the decision is likely to anger many motorists", "the move is likely to prove
        controversial", "the findings are set to reignite the debate"; not a body's plan
        ("the airline is set to cut 400 jobs")."""
        t = self.t
        if t.lemma[clause] not in PROVOKE_LEMMAS or anchor == clause:
            return False
        # "are set to" is a passive: its subject counts as a thing unless someone acts
        subjects = self.subjects(anchor)
        return bool(subjects) and not any(
            t.pos[c] in ("PRON", "PROPN")
            or t.ent[c] in _AGENT_ENTITIES
            or t.lemma[c] in _INSTITUTIONS
            or t.lemma[c] in _ACTORS
            for c in subjects
        )

    def writer_hopes(self, clause: int) -> bool:
        """A wish in the writer's voice, a column's ending: "one can only hope that the
        teenagers will find their way", "let us hope the minister listens", "we must
        hope ..." (a source's hope, "the dean hopes the bells will ring by Easter", is
        an outlook)."""
        t = self.t
        node = clause
        for _ in range(_MAX_CLIMB):
            head = t.head[node]
            if head == node or not self.inside(head) or t.dep[node] in _INDEPENDENT:
                return False
            if t.lemma[head] in STANCE_LEMMAS and t.pos[head] == "VERB":
                subjects = self.subjects(head)
                above = t.head[head]
                return any(
                    t.lower[c] in GENERIC_PRONOUNS or t.lower[c] in FIRST_PERSON for c in subjects
                ) or (not subjects and above != head and t.lemma[above] == "let")
            node = head
        return False

    def told_forward(self, clause: int, own: bool) -> bool:
        """The past told forward with "would": in the story's own voice, joined to a past
        clause ("he joined the club in 1962 and would later become its chairman"; someone
        who "said she had repaid the money and would appeal" is reporting a plan), or
        "would go on to" ("said he would go on to run the shop for 40 years")."""
        t = self.t
        head = t.head[clause]
        joined = t.dep[clause] == "conj" and head != clause and self.tense(head) == _PAST
        # "she would later describe the night as the worst of her life": a story's own
        # "would later" is the past told forward, joined to a past clause or not
        later = own and any(
            t.dep[c] == "advmod" and t.lower[c] in SEQUEL_ADVERBS for c in t.children[clause]
        )
        # "Born in Glasgow in 1961, he would rise to run the firm": a participle that
        # opens a life, with no "if" or "once" of a condition
        opened = own and any(
            t.dep[c] == "advcl"
            and t.tag[c] == "VBN"
            and c < clause
            and not any(t.dep[m] in ("mark", "advmod") for m in t.children[c])
            for c in t.children[clause]
        )
        return (
            (own and joined)
            or later
            or opened
            or any(
                t.dep[c] == "prt" and (t.lemma[clause], t.lower[c]) in SEQUEL_PHRASALS
                for c in t.children[clause]
            )
        )

    def later_alone(self, clause: int) -> bool:
        """A bare "later" on the clause and no other time in the sentence: "would later
        tip over", not "would be published later this month" (only read when the clause
        has that adverb, so the scan is rare and bounded by the sentence)."""
        t = self.t
        sequel = [
            c
            for c in t.children[clause]
            if t.dep[c] == "advmod" and t.lower[c] in SEQUEL_ADVERBS and not t.children[c]
        ]
        return bool(sequel) and not any(
            t.ent[i] in _TIME_ENTITIES and i not in sequel for i in range(self.first, self.last)
        )

    def carries_on(self, clause: int) -> bool:
        """More of the same: "would continue to monitor the situation"."""
        t = self.t
        return t.lemma[clause] in CONTINUATION_LEMMAS and any(
            t.dep[c] == "xcomp" for c in t.children[clause]
        )

    def habitual(self, clause: int) -> bool:
        """A present that recurs: "is open daily from 10am", "runs every Saturday", "would
        be at every hearing"; not "every" of a thing ("would repay every penny")."""
        t = self.t

        def recurring(c: int) -> bool:
            return (
                t.ent[c] in _TIME_ENTITIES
                or t.lower[c] in _CALENDAR
                or t.dep[c] not in ("dobj", "nsubj", "nsubjpass")
            )

        def every(c: int) -> bool:
            return any(t.lower[g] in FREQUENCY_WORDS for g in t.children[c])

        def recurring_day(g: int) -> bool:
            # "on Thursday evenings": a weekday before a plural time of day
            if t.tag[g] == "NNS" and any(
                t.dep[d] == "compound" and t.lower[d] in _CALENDAR for d in t.children[g]
            ):
                return True
            # "on the first Tuesday of every month": a day of each period
            return t.lower[g] in _CALENDAR and any(
                t.dep[o] == "prep"
                and t.lower[o] == "of"
                and any(t.dep[m] == "pobj" and every(m) for m in t.children[o])
                for o in t.children[g]
            )

        return any(
            t.lower[c] in FREQUENCY_WORDS
            or (recurring(c) and every(c))
            # "at every hearing", "for every match": the occasions that recur
            or (
                t.dep[c] == "prep"
                and any(
                    t.dep[g] == "pobj"
                    and (
                        every(g)
                        or recurring_day(g)
                        # "on Monday and Wednesday nights"
                        or any(t.dep[d] == "conj" and recurring_day(d) for d in t.children[g])
                    )
                    for g in t.children[c]
                )
            )
            for c in t.children[clause]
        )

    def on_any_occasion(self, clause: int) -> bool:
        """Round 21: what happens on any occasion of a kind ("on a good night the band will
        play for three hours", "on a busy day the hospital will see 500 patients"): a
        time of day or week with "a" and an adjective, no date; a habit, whoever acts."""
        t = self.t
        return any(
            t.dep[c] == "prep"
            and any(
                t.dep[g] == "pobj"
                and t.lemma[g] in OCCASION_TIME_NOUNS
                and any(
                    t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[g]
                )
                and any(t.dep[d] == "amod" for d in t.children[g])
                and not any(t.dep[d] == "compound" for d in t.children[g])
                for g in t.children[c]
            )
            for c in t.children[clause]
        )

    def inquiry(self, clause: int) -> bool:
        """An inquiry in the progressive: "are appealing for witnesses", "was
        considering prosecutions", "is making enquiries"."""
        t = self.t
        if t.tag[clause] != "VBG" or not any(
            t.dep[c] in _AUXILIARIES and t.lemma[c] == "be" for c in t.children[clause]
        ):
            return False
        return t.lemma[clause] in INQUIRY_LEMMAS or any(
            t.dep[c] == "dobj" and t.lemma[c] in INQUIRY_NOUNS for c in t.children[clause]
        )

    def pending(self, clause: int) -> bool:
        """A decision left to an inquiry: "has been released on bail pending further
        enquiries", "was released under investigation" (not a state: "the building was
        under review for years")."""
        t = self.t
        return t.lemma[clause] != "be" and any(
            t.dep[c] == "prep"
            and t.lower[c] in PENDING_PREPOSITIONS
            and any(t.lemma[g] in INQUIRY_NOUNS for g in t.children[c])
            for c in t.children[clause]
        )

    def awaits_decision(self, clause: int) -> bool:
        """Round 25: a thing that stays until a decision comes: "the sale remains pending
        approval from the watchdog", "the deal stays pending a vote by shareholders"."""
        t = self.t
        return t.lemma[clause] in UNCHANGED_LEMMAS and any(
            t.dep[c] == "prep"
            and t.lower[c] in AWAITING_PREPOSITIONS
            and any(t.dep[g] == "pobj" for g in t.children[c])
            for c in t.children[clause]
        )

    def appointment(self, clause: int) -> int | None:
        """The governor of an infinitive that is an appointment ("bailed to appear",
        "ordered to repay"), else None."""
        t = self.t
        governor = t.head[clause]
        if (
            # the parser hangs the infinitive as either ("remanded in custody to appear")
            t.dep[clause] in ("xcomp", "advcl")
            and governor != clause
            and t.lemma[governor] in APPOINTMENT_LEMMAS
            and any(t.tag[c] == "TO" for c in t.children[clause])
        ):
            return governor
        return None

    def until(self, clause: int) -> bool:
        """A clause of the clause that bounds it ahead: "would not comment until they
        had read them", "will not reopen before the inquiry reports"."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and any(
                t.dep[m] == "mark" and t.lower[m] in FORWARD_TIME_PREPOSITIONS
                for m in t.children[c]
            )
            for c in t.children[clause]
        )

    def put_off(self, clause: int) -> bool:
        """A verb that puts something off to a date: "adjourned sentencing until
        March 14", "the vote was postponed to next week", "bailed until June 2", and a
        release on bail or a remand in custody with its date ("released on bail until
        14 July", "remanded in custody until his next appearance on Friday")."""
        t = self.t
        children = t.children[clause]
        # "a hearing was set for 18 August", "the trial has been fixed for 8 March"
        fixed = t.lemma[clause] in FIXING_LEMMAS and any(t.dep[c] == "auxpass" for c in children)
        prepositions = _FIXING_PREPOSITIONS if fixed else RESCHEDULE_PREPOSITIONS
        if (
            not fixed
            and t.lemma[clause] not in RESCHEDULE_LEMMAS
            and not self._moved(clause)
            and not any(
                t.dep[c] == "prep" and any(t.lemma[g] in RESCHEDULE_LEMMAS for g in t.children[c])
                for c in children
            )
        ):
            return False

        def dated(g: int) -> bool:
            return (
                t.lower[g] in _CALENDAR
                or t.ent[g] in _TIME_ENTITIES
                or t.lower[g] in FORWARD_TIME_WORDS
            )

        # the parser may hang the date on the particle ("pushed back to next month")
        children = [
            *children,
            *(
                g
                for c in children
                if t.dep[c] == "advmod" and (t.lemma[clause], t.lower[c]) in RESCHEDULE_PHRASALS
                for g in t.children[c]
            ),
        ]
        return any(
            t.dep[c] == "prep"
            and t.lower[c] in prepositions
            # "until March 14", "until next month", "until a hearing on 9 May"
            and any(
                dated(g)
                or any(dated(m) or any(dated(n) for n in t.children[m]) for m in t.children[g])
                for g in t.children[c]
            )
            for c in children
        )

    def _moved(self, clause: int) -> bool:
        """A thing moved to another date: "has been pushed back", "was put back", "has
        been brought forward", "has been moved" (a passive of the plain verb of a move, or
        a phrasal verb of one)."""
        t = self.t
        children = t.children[clause]
        return any(
            t.dep[c] in ("prt", "advmod") and (t.lemma[clause], t.lower[c]) in RESCHEDULE_PHRASALS
            for c in children
        ) or (t.lemma[clause] in MOVING_LEMMAS and any(t.dep[c] == "auxpass" for c in children))

    def event_at_clock(self, clause: int) -> bool:
        """An event told in the present at its hour: "kick-off is at 3pm", "the match
        starts at 7.45pm", "the first ball is scheduled for 10.30am" (a preview); not a
        place's hours ("the library opens at 9am") nor a habit (see `habitual`)."""
        t = self.t

        def event(c: int) -> bool:
            word = t.lemma[c]
            if c - 2 >= self.first and t.tag[c - 1] == "HYPH":
                word = f"{t.lower[c - 2]}-{t.lower[c]}"  # "kick-off"
            return word in SCHEDULED_EVENT_NOUNS

        def clock(g: int) -> bool:
            return any(_CLOCK.fullmatch(t.lower[n]) for n in (g, *t.children[g]))

        return any(event(c) for c in self.subjects(clause)) and any(
            t.dep[c] == "prep"
            and t.lower[c] in CLOCK_PREPOSITIONS
            and any(t.dep[g] == "pobj" and clock(g) for g in t.children[c])
            for c in t.children[clause]
        )

    def at_a_clock(self, clause: int) -> bool:
        """Round 19: a step told at its hour of the day ("will put on a display at noon if
        the weather allows", "would be played at 3pm if the pitch passes"): a timetable
        with its time, whatever condition it waits on."""
        t = self.t
        return any(
            t.dep[c] == "prep"
            and t.lower[c] in CLOCK_PREPOSITIONS
            and any(t.dep[g] == "pobj" and _CLOCK.fullmatch(t.lower[g]) for g in t.children[c])
            for c in t.children[clause]
        )

    def sent_on(self, clause: int) -> bool:
        """A case passed on to its next stage: "sent the case to the crown court for
        trial", "was committed for sentence" (the parser may hang the participle under
        "was"), "was adjourned for reports"."""
        t = self.t
        verbs = [clause, *(c for c in t.children[clause] if t.dep[c] == "acomp")]
        return any(
            t.lemma[v] in COURT_SENDING_LEMMAS
            and any(
                t.dep[c] == "prep"
                and t.lower[c] == "for"
                and any(
                    t.dep[g] == "pobj" and t.lemma[g] in COURT_STAGE_NOUNS for g in t.children[c]
                )
                for c in t.children[v]
            )
            for v in verbs
        )

    def pronoun_subject(self, clause: int) -> bool:
        t = self.t
        return any(t.dep[c] in _SUBJECTS and t.pos[c] == "PRON" for c in t.children[clause])

    def anyone_would(self, clause: int) -> bool:
        """A "would" of someone not yet there: "a Conservative mayor would scrap the
        charge", "a Labour government would nationalise the railways" (an agent named by
        its kind with "a", active; "a review would be carried out" is a step)."""
        t = self.t
        return any(
            t.dep[c] == "nsubj"
            and t.pos[c] == "NOUN"
            and (t.lemma[c] in _ACTORS or t.lemma[c] in _INSTITUTIONS)
            and any(t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[c])
            for c in t.children[clause]
        )

    def terms(self, clause: int) -> bool:
        """A clause framed as the terms of a plan: "under the deal, the airline will keep
        its brand", "under the scheme, the spaces will cost £2 an hour" (a common noun
        with its determiner, not "under pressure")."""
        t = self.t
        return any(
            t.dep[c] == "prep"
            and t.lower[c] in TERMS_PREPOSITIONS
            and any(
                t.dep[g] == "pobj"
                and t.pos[g] == "NOUN"
                and any(t.dep[d] in ("det", "poss") for d in t.children[g])
                for g in t.children[c]
            )
            for c in t.children[clause]
        )

    def on_a_day(self, clause: int) -> bool:
        """A day under the clause's prepositions: a weekday or a month with its day
        ("merge on 1 July", "opens on Friday"); not a month alone ("between April and
        October")."""
        t = self.t
        return any(
            t.lower[g] in _WEEKDAYS_CASEFOLDED
            or (t.lower[g] in _MONTHS_CASEFOLDED and any(t.pos[d] == "NUM" for d in t.children[g]))
            for c in t.children[clause]
            if t.pos[c] == "ADP"
            for g in t.children[c]
        )


def _only_sounds_ahead(
    sentence: _Clauses,
    clause: int,
    anchor: int,
    kind: str,
    frame: str,
    speaker: int | None,
    ahead: bool,
    times: dict[int, set[str]],
) -> bool:
    """A clause with a future's words that is no next step: a habit, a hypothesis, a
    refusal to comment, an open question, the page's own "we", a person's aside, a plan
    reported long ago, a past judgment, onlookers' guesses, a judgment or more of the
    same with no time."""
    t = sentence.t
    warned = speaker is not None and t.lemma[speaker] in WARNING_LEMMAS
    if (
        kind == _PRESENT
        and any(t.lemma[c] in BROADCAST_NOUNS for c in sentence.subjects(clause))
        and not sentence.at_a_venue(clause)
    ):
        return True  # "the series continues on Monday at 7.30pm": the listings
    if kind in (_FUTURE, _CONDITIONAL, _POSSIBLE) and sentence.tends(clause):
        return True  # "storms will often bring down trees": a habit, not a next step
    # the time of the step may hang on its infinitive ("will need to register by Friday")
    steps = [clause, anchor, *(c for c in t.children[clause] if t.dep[c] == "xcomp")]
    dated = any(times.get(c, set()) & {"dated", _NEAR} for c in steps)
    if kind == _FUTURE and not dated and not sentence.until(clause):
        # round 17: a future with no date that is no step
        if sentence.measured_only(clause):
            return True  # "the show will run for 90 minutes": how long, not what next
        if frame == "own" and sentence.terms_for_a_class(clause):
            return True  # "guests who book before March will get a 10% discount"
        if frame == "own" and sentence.class_receives(clause):
            return True  # round 21: "members will get early access": the scheme's terms
        if frame == "own" and sentence.general_truth(clause):
            return True  # round 20: "metal will expand when it is heated"
        if (
            frame == "own"
            and any(t.tag[a] == "MD" for a in t.children[clause])
            and (sentence.left_to_itself(clause) or sentence.conditioned(clause))
            and not sentence.at_a_clock(clause)
            # round 20: a condition with its own date is the step's deadline ("the strike
            # will go ahead unless a deal is reached by Friday")
            and not any(
                times.get(c, set()) & {"dated", _NEAR}
                for c in t.children[clause]
                if t.dep[c] == "advcl"
            )
        ):
            # "left untreated, the infection will spread", "without treatment, most
            # patients will die within a year" (a threat, "vowed to shut down the state if
            # ...", has no modal and stays)
            return True
    if (
        kind == _FUTURE
        # what a body will do to a thing on a schedule is its plan ("a commission will
        # review the quota every six months"); opening hours and services do nothing to one
        and not any(t.dep[c] in _OBJECTS for c in t.children[clause])
        # a "will" of its own: a present a date puts ahead is a plan, whatever habit a
        # phrase below it tells ("a report is expected within 30 days, with a final one
        # typically taking 12 to 18 months")
        and any(t.tag[a] == "MD" for a in t.children[clause])
        and (sentence.habitual(clause) or sentence.recurs_below(clause))
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
    ):
        return True  # "the shop will open from 9am to 5pm on weekdays": opening hours
    if kind == _FUTURE and sentence.declines_comment(clause) and not sentence.until(clause):
        return True  # "the club will not comment on speculation"
    if (
        (kind == _POSSIBLE or (kind == _CONDITIONAL and frame == "own"))
        and not warned
        and not (ahead and _NEAR in times.get(clause, set()) | times.get(anchor, set()))
        and sentence.conditioned(clause)
    ):
        # "if warming is limited to 1.5C, some glaciers could survive"; a step with its
        # date stays ("if members back action, strikes could begin on April 10")
        return True
    if (
        kind in _MODAL_TENSES
        and warned
        # someone's act threatened, not a hazard ("engineers warned that if the rain
        # continues, the river could burst its banks" stays a warning)
        and sentence.acts(clause)
        and not (times.get(clause, set()) | times.get(anchor, set()))
        and not sentence.until(clause)
        and (
            sentence.conditioned(clause)
            or sentence.conditioned(anchor)
            or (speaker is not None and sentence.conditioned(speaker))
        )
    ):
        # "the BMA warned that doctors could strike if the government did not act": a
        # warned act that hangs on a condition, with no date, is a threat, no step yet
        # ("would strike on 12 May if the offer was not improved" stays; so does an
        # actor's own threat, "threatened to publish the data unless it was paid", a step
        # that hangs on the condition)
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.hangs_on_any(clause)
    ):
        return True  # "any new offer would be put to members in a fresh ballot"
    if kind == _CONDITIONAL and frame == "reported" and sentence.timed_from_an_act(clause):
        return True  # "she said the pain would return within hours of taking the tablets"
    if (
        kind == _FUTURE
        # the span is measured from the act ("within a few days of starting" reads
        # forward); a date or a near time is the step's own
        and not (times.get(clause, set()) | times.get(anchor, set())) & {"dated", _NEAR}
        and sentence.timed_from_an_act(clause)
    ):
        # "most patients will feel better within a few days of starting the treatment":
        # what follows an act whenever it is done, no step (a date makes one)
        return True
    if kind in (_FUTURE, _CONDITIONAL) and not ahead and sentence.not_meant(clause):
        return True  # "a licence does not mean patients will get the drug"
    if (
        kind == _OBLIGATION
        and not (times.get(clause, set()) | times.get(anchor, set())) & {"dated", _NEAR}
        and not sentence.until(clause)
        and sentence.terms_from_an_event(clause)
    ):
        return True  # "appeals must be lodged within 15 working days of the decision"
    if (
        kind == _OBLIGATION
        and not (ahead or sentence.until(clause))
        and sentence.anyone_bound(clause)
    ):
        return True  # "patients must have a scan before treatment starts": standing terms
    if kind in _MODAL_TENSES and not ahead and sentence.animal_habit(clause):
        return True  # "male koalas will bellow to attract females": the kind's habit
    if (
        kind in _MODAL_TENSES | {_OBLIGATION}
        and frame == "reported"
        # a warning of one's own act is a threat, not a prediction: "nurses warned they
        # would strike unless the offer was improved"
        and (not warned or sentence.pronoun_subject(clause))
        # only a near date makes the condition a step ("would strike on 3 March if the
        # offer was not improved"); a span is the hypothesis's own ("the charity said the
        # hospice would close within two years unless it found new funding"); a date of a
        # step that waits on a decision is the step's ("if the money is confirmed, the
        # bypass will open in 2029, officers said")
        and not (
            ahead
            and (
                _NEAR in times.get(clause, set()) | times.get(anchor, set())
                or (
                    "dated" in times.get(clause, set()) | times.get(anchor, set())
                    and sentence.awaits_approval(clause)
                )
            )
        )
        and (
            sentence.conditioned(clause) or (speaker is not None and sentence.conditioned(speaker))
        )
        # round 19: a step at its hour ("said the lifeboat would put on a display at noon
        # if the sea allowed") is a timetable
        and not sentence.at_a_clock(clause)
    ):
        # "the trustees said that without the grant the museum would close"; the
        # condition may hang on the report ("without extra funding, the trust said, ...")
        return True
    if sentence.open_question(clause):
        return True  # "whether the deal will survive remains to be seen"
    if frame == "own" and sentence.first_person(clause):
        return True  # "we will update this story": the page, not the story
    if kind == _CONDITIONAL and sentence.told_forward(clause, own=frame == "own"):
        return True  # "he joined in 1962 and would later become its chairman"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and speaker is not None
        and speaker > clause
        and sentence.later_alone(clause)
    ):
        # "two earlier landers would later tip over, she added": the story's past told
        # forward with its source after it (a plan is "said it would later publish")
        return True
    if kind in (_FUTURE, _CONDITIONAL) and sentence.aside(clause):
        return True  # "Moss, who will turn 40 next month, won the title in 2010"
    if t.dep[clause] == "relcl" and sentence.milestone(clause):
        return True  # "the club, which turns 125 next season, sacked its manager"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and frame == "own"
        and t.dep[clause] == "relcl"
        and t.ent[t.head[clause]] not in _TIME_ENTITIES
        # the relative pronoun is its subject: the clause tells of the thing it hangs on
        # (not "a partnership under which curators will work with the museum")
        and any(t.tag[c] == "WDT" for c in sentence.subjects(clause))
        and not (ahead or sentence.until(clause))
        # nor a date in a participle below it ("which will see 300 homes built by 2029")
        and not any(
            times.get(g) and "past" not in times[g]
            for c in t.children[clause]
            for g in (c, *t.children[c])
        )
    ):
        # "the lido, which will cost £3.5m to repair, has been closed since May": what a
        # thing will be or do, told of it in passing with no date, describes it (a dated
        # one is a step: "the plant, which will close in May"; "2027, when the comet will
        # pass")
        return True
    if kind in (_CONDITIONAL, _PAST_PLAN) and not ahead and sentence.evidence():
        # "she told officers she would return the money, the court heard": what someone
        # said they would do, heard as evidence, is the past on trial (a date ahead is
        # the court's own timetable: "the court heard the hearing would take place in June")
        return True
    if kind in (_CONDITIONAL, _PAST_PLAN) and not ahead and speaker is not None:
        if sentence.testified(clause, speaker):
            return True  # "he told police he would meet the buyer in a car park"
        if sentence.said_on_an_occasion(speaker):
            return True  # "when she collected her medal, she said she would ..."
        if sentence.said_at_a_first(speaker):
            return True  # "at his first press conference, he said he would ..."

    if (
        kind in (_CONDITIONAL, _PAST_PLAN)
        and frame == "reported"
        and speaker is not None
        # a deadline told then, measured from then ("within a year", "by 2022"); with no
        # time ("staff said they were told the plant would close") or a near one it stays
        and (times.get(clause, set()) | times.get(anchor, set()))
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and sentence.told_in_a_report(speaker)
    ):
        return True  # "the lawsuit claims the company told buyers the homes would be ..."
    if (
        kind in (_CONDITIONAL, _PAST_PLAN)
        and speaker is not None
        # a span alone ("within hours of being paid") puts nothing ahead
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and sentence.testified_of_another(clause, speaker)
    ):
        return True  # "she told the court he would follow her home"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and speaker is not None
        # a span alone ("two hours before every match") puts nothing ahead
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and not sentence.until(clause)
        and sentence.remembers_another(clause, speaker)
    ):
        return True  # "team-mates said he would arrive two hours before every match"
    if (
        frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.said_beforehand(speaker)
    ):
        return True  # "before the game, the coach said his side would attack"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.prosecution_account(clause, speaker)
    ):
        return True  # "Prosecutor Helen Osei said Lumsden would knock on doors"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.investigators_account(clause, speaker)
    ):
        return True  # "Officers said the men would break into cars parked near the beach"
    if frame == "own" and kind in _MODAL_TENSES and not ahead and sentence.conjectured(clause):
        return True  # "consumer groups will no doubt ask why it took so long"
    if kind in (_CONDITIONAL, _PAST_PLAN) and sentence.settled():
        return True  # "said it would sack the manager, and did so hours later"
    when = times.get(clause, set()) | times.get(anchor, set())
    if kind == _CONDITIONAL and not ahead and sentence.anyone_would(clause):
        return True  # "he said a Labour government would nationalise the railways"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and sentence.terms(clause)
        and "forward" not in when
        and not sentence.on_a_day(clause)
    ):
        return True  # "under the new rules, drivers will face a fine": the terms, no step
    if kind in (_FUTURE, _CONDITIONAL) and sentence.writer_hopes(clause):
        return True  # "one can only hope that the teenagers will find their way"
    if (
        frame == "reported"
        and not ahead
        and speaker is not None
        and "past" in times.get(speaker, ())
        and not sentence.said_lately(speaker, clause)
    ):
        return True  # "last year the company said it would build a factory": said then
    if (
        frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.tense(speaker) == _PAST
        and any(t.dep[c] == "advmod" and t.lower[c] in HABIT_ADVERBS for c in t.children[speaker])
    ):
        return True  # "he always said he would retire at 60": said again and again, then
    if kind == _PAST_PLAN and not ahead:
        # "said the storm was expected to make landfall on Saturday" is ahead;
        # "said pesticides were likely to blame" judges what happened
        return True
    # a commitment joined to a dated past shares its date: "bought the club in 2024 and
    # promised to take it into the league within five years"
    told = [anchor]
    if t.dep[anchor] == "conj" and t.head[anchor] != anchor:
        told.append(t.head[anchor])
    if t.lemma[anchor] in COMMITMENT_LEMMAS and any(
        "past" in times.get(c, ()) or sentence.dated_back(c) for c in told
    ):
        return True  # "in 2019 the government pledged to build 40 hospitals": promised then
    if (
        frame == "reported"
        and speaker is not None
        and (
            sentence.dated_back(speaker)
            or sentence.dated_by_when(speaker)
            or sentence.on_a_past_occasion(speaker)
        )
    ):
        # "engineers warned in 2019 that the bridge would need repairs within a decade",
        # "the council said at the time that it would reopen within a year": said then,
        # and the date ahead was ahead of then
        return True
    # the wish's own infinitive may carry the date: "would be happy to meet residents
    # next week" is an offer with a time
    wished = [c for c in t.children[clause] if t.dep[c] in ("xcomp", "acomp")]
    wished += [g for c in wished for g in t.children[c] if t.dep[g] == "xcomp"]
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and not any(times.get(c) for c in wished)
        and sentence.generic(clause)
    ):
        # "anyone who has used the app will know the feeling" (not "you will be able to
        # apply from 1 April": the infinitive's date)
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and not any(times.get(c) for c in wished)
        and sentence.judged_act(clause)
    ):
        return True  # "it would be wrong to comment on individual cases": a judgement
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and not any(times.get(c) for c in wished)
        and (sentence.wishes(clause) or sentence.keeps_as_is(clause))
    ):
        # "he said he would love to play for his country one day", "the board would
        # welcome talks": a wish; "food waste will still be collected weekly": no change
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and not any(times.get(c) for c in wished)
        and sentence.obliges_anyone(clause)
    ):
        return True  # "those wishing to attend will need to register" (not "by Friday")
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and not any(times.get(c) for c in wished)
        and (
            sentence.thing_capable(clause)
            or sentence.class_capable(clause)
            or sentence.appeals(clause)
        )
    ):
        return True  # "the telescope will be able to see distant galaxies"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and sentence.habitual(clause)
        and not (sentence.named(clause) or sentence.named(anchor))
    ):
        # "the market, which will take place each Saturday", "a nurse will usually see
        # 30 patients": a habit, not a step (a body sets a schedule: "the commission will
        # review the quota every six months"; so does a date: "buses will run every 20
        # minutes from Monday")
        return True
    if kind in (_FUTURE, _CONDITIONAL) and not ahead and sentence.on_any_occasion(clause):
        return True  # round 21: "on a busy day the hospital will see 500 patients"
    if sentence.speculates(anchor):
        return True  # "fans predicted the striker would be sold in January"
    if kind in (_FUTURE, _CONDITIONAL) and not (ahead or sentence.until(clause)):
        # A view of what a thing will do, with no date: "experts believe the painting will
        # fetch more than its estimate", "locals say the road will only get busier",
        # "critics say the scheme will cost more than it saves"; and a stance: "she said
        # she will never stop missing him" (the same test as a reported "would", below).
        if sentence.believed(anchor) and not sentence.acts(clause):
            return True
        if (
            frame == "reported"
            and speaker is not None
            and sentence.public(speaker)
            and not sentence.pronoun_subject(clause)
        ):
            return True  # "villagers say the pub will bring the community together"
        if (
            frame == "reported"
            and kind == _FUTURE
            and (sentence.refused(clause) or sentence.effect(clause))
        ):
            return True
    if kind == _FUTURE and sentence.time_judged(clause):
        return True  # "the next few weeks will be crucial for the manager"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and (
            sentence.penalises_anyone(clause)  # "anyone caught will face a fine"
            or sentence.terms_for_anyone(clause)  # "shoppers who pay by card will not be"
            or sentence.uncounted_span(clause)  # "will be felt for years"
            or sentence.crowd_endures(clause)  # round 26: "fans will queue for hours"
            or sentence.onlookers_watch(clause)  # "investors will be watching for ..."
            or sentence.looks_back(clause)  # "will look back on this as a missed chance"
            or sentence.provokes(clause, anchor)  # "is likely to anger motorists"
            # "a lot will depend on the weather": an open question
            or t.lemma[clause] in DEPENDENCE_LEMMAS
            # "questions will be asked about how the blaze spread"
            or (
                t.lemma[clause] in ASKING_LEMMAS
                and any(t.lemma[c] in QUESTION_NOUNS for c in sentence.subjects(clause))
            )
        )
    ):
        return True
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and not (ahead or sentence.until(clause))
        and sentence.recalled_habit(clause, speaker)
    ):
        return True  # "she said her mother would sing to her in Welsh"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.behaves(clause)
    ):
        return True  # "the sauce will thicken as it cools": a thing's behaviour, no step
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and frame == "own"
        and not (ahead or sentence.until(clause))
        and sentence.verdict_feeling(clause)
    ):
        return True  # "the home side will feel they deserved a point": a verdict
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.takes_on_board(clause)
    ):
        return True  # round 25: "the company said it would take the lessons on board"
    if kind == _FUTURE and frame == "own" and not dated and sentence.enables(clause):
        return True  # round 25: "the app will let users track parcels": a product's claim
    if (
        kind in (_FUTURE, _POSSIBLE, _CONDITIONAL, _PRESENT)
        and not sentence.until(clause)
        and (
            (kind != _PRESENT and sentence.distant_horizon(clause))
            or (
                _NEAR not in times.get(clause, set()) | times.get(anchor, set())
                # "is expected to reach 600 million by 2030": the present's infinitive
                and any(
                    sentence.projected_to_a_year(c)
                    for c in (
                        [c for c in t.children[clause] if t.dep[c] == "xcomp"]
                        if kind == _PRESENT
                        else [clause]
                    )
                )
            )
        )
    ):
        return True  # round 25: "... by the end of the century": a projection, background
    if (
        kind == _FUTURE
        and frame == "own"
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and not sentence.until(clause)
        and sentence.counted_kind_recovers(clause)
    ):
        return True  # round 25: "most patients will recover within a week"
    if (
        kind == _FUTURE
        and frame == "own"
        and not times.get(clause)
        and not times.get(anchor)
        and not sentence.until(clause)
        and sentence.counted_kind_acts(clause)
    ):
        return True  # round 27: "many drivers will ignore the signs"
    if kind in (_FUTURE, _CONDITIONAL) and sentence.consoled(clause):
        # "City will take heart from their second-half display" (whatever its time)
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL, _OBLIGATION)
        and not (ahead or sentence.until(clause))
        and t.lemma[clause] in STOCK_PLEDGE_LEMMAS
    ):
        # "the trust said it would learn lessons from the case", "lessons must be learned"
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and t.lemma[clause] == "go"
        and any(
            t.dep[c] in ("advmod", "npadvmod", "dobj") and t.lower[c] in GOING_FAR_WORDS
            for c in t.children[clause]
        )
    ):
        # round 27: "said it would not go far", "will go a long way": how much a thing is
        # worth, a judgment
        return True
    # "the findings will help doctors", "this will be the third time", "it would continue
    # to monitor the situation": a judgment or more of the same, no step
    return (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and (sentence.carries_on(clause) or (kind == _FUTURE and sentence.judges(clause)))
    )


def _names_a_thing(t: Tokens, day: int) -> bool:
    """ "quoting incident 442 of 12 March", "his letter of 4 May": a date after "of" names
    the thing it hangs on; it does not put the clause ahead."""
    head = day
    for _ in range(3):  # "of 12 March": the month, its preposition, a few heads up
        if t.head[head] == head:
            return False
        head = t.head[head]
        if t.pos[head] == "ADP":
            return t.lower[head] == "of"
    return False


def _parsed_reading(
    t: Tokens, first: int, last: int, hidden: Sequence[bool]
) -> tuple[float, float, float]:
    """How clearly the sentence of tokens [first, last) looks ahead, from its parse;
    tokens inside a quotation (`hidden`) are someone's words and count for nothing. One
    pass over the tokens, each walk bounded. Also the best score of a clause that is a
    step someone takes or one with a time ahead (a date, a deadline, an "until", an
    actor that is named, a body, or who reports it): what a second outlook sentence
    needs, where a bare "will" of a thing or of the public ("residents will get a larger
    bin", "gardeners will not be allowed to fill paddling pools") tells the terms of the
    news, not what happens next. Third, the best score of a clause that is a next step
    plain enough to be taken from the lead (see `_LEAD_STEP_SCORE`)."""
    sentence = _Clauses(t, first, last)
    times: dict[int, set[str]] = {}
    days: set[int] = set()
    clauses = []
    for i in range(first, last):
        found = sentence.time_of(i)
        if hidden[i - first] and (found is None or hidden[found[0] - first]):
            continue
        # a quoted time the writer's own clause takes counts: "said voting closes \"at
        # midnight on Friday\"" (a time in a quoted clause stays someone's words)
        if found is not None:
            times.setdefault(found[0], set()).add(found[1])
            if found[1] == "dated" and t.lower[i] in _CALENDAR and not _names_a_thing(t, i):
                # a weekday or a month however deep it hangs ("starts in April", "open at
                # 7am on Thursday", "results are due on Friday afternoon")
                days.add(found[0])
            if found[1] in ("forward", "dated") and (
                (t.lower[i] in _CALENDAR and t.tag[i] != "MD") or t.lower[i] in FORWARD_TIME_WORDS
            ):
                # a near time, on the calendar or "next": "could begin on April 10", not
                # a projection "by 2100" or "within 20 years"
                times[found[0]].add(_NEAR)
        if not hidden[i - first] and sentence.is_clause(i):
            clauses.append(i)
    # A sentence that bids its reader ("Sign up for our newsletter, which will land in
    # your inbox every morning", "Watch the interview on Sunday"): the page, not the story.
    if any(t.head[c] == c and sentence.bids(c) for c in clauses):
        return 0.0, 0.0, 0.0
    # A sentence whose main clause tells what happened ("1,800 people signed a petition,
    # but officers said that would add six months") is background first: its future
    # ranks below one that leads with it.
    background = any(
        (t.head[c] == c or not sentence.inside(t.head[c]))
        and sentence.tense(c) == _PAST
        and t.lemma[c] not in SPEECH_LEMMAS
        and not sentence.predicted(c)
        for c in clauses
    )
    best = firm = step = 0.0
    for clause in clauses:
        kind, anchor = sentence.kind(clause)
        when = times.get(clause, set()) | times.get(anchor, set())
        ahead = "past" not in when and bool(when)
        if kind == _PAST and ahead and sentence.put_off(clause):
            kind = _FUTURE  # "sentencing was adjourned until March 14": the date is ahead
        elif kind == _PRESENT and ahead and sentence.scheduled(clause):
            kind = _FUTURE  # "the vote is expected in June": a plan with its date
        elif kind == _PRESENT and "past" not in when and sentence.forecast_weather(clause, ahead):
            kind = _FUTURE  # "heavy snow is forecast for higher ground overnight"
        elif kind == _PAST and ahead and sentence.predicted(clause):
            kind = _POSSIBLE  # "has forecast temperatures of 34C on Saturday"
        elif kind == _NONE and ahead and (governor := sentence.appointment(clause)) is not None:
            kind, anchor = _FUTURE, governor  # "bailed to appear in court on June 3"
        # "police are appealing for witnesses"; in the past only as someone reports it
        # ("the regulator said it was considering prosecutions").
        if (
            kind in (_PAST, _PRESENT)
            and "past" not in when
            and sentence.inquiry(clause)
            and (kind == _PRESENT or sentence.frame(anchor)[0] == "reported")
        ):
            kind = _ONGOING
        elif kind == _PRESENT and "past" not in when and sentence.awaits_decision(clause):
            kind = _PENDING  # round 25: "the sale remains pending approval"
        elif kind == _PAST and "past" not in when and sentence.pending(clause):
            kind = _PENDING  # "released on bail pending further enquiries"
        elif kind == _PAST and "past" not in when and sentence.sent_on(clause):
            kind = _PENDING  # "committed to the crown court for sentence"
        if kind == _PRESENT and sentence.event_at_clock(clause) and not sentence.habitual(clause):
            kind = _FUTURE  # "kick-off is at 3pm": a preview
        if kind in (_PAST, _NONE):
            continue
        if sentence.mourned(clause):
            continue  # "she will be remembered as a fighter"
        if sentence.vows_effort(clause) and not any(w - {"past"} for w in times.values()):
            continue  # "he said he would do anything to get his daughter back"
        if kind in _MODAL_TENSES and sentence.stock_phrase(clause):
            continue  # "his side would take it one game at a time": a mindset, no step
        # a span is ahead of a present only when its verb looks ahead ("results are
        # expected within 10 days"), not of a plain present ("one in four patients dies
        # within 12 months" is a fact)
        spanned = "span" in when and t.lemma[clause] in INTENT_LEMMAS
        if kind == _PRESENT and (
            not (ahead and ("forward" in when or spanned or clause in days or anchor in days))
            or sentence.habitual(clause)
            # opening hours: a clock time and a habit, no day ("open from 8am on weekdays")
            or (not (clause in days or anchor in days) and sentence.recurs_below(clause))
        ):
            continue  # a present tense is the future only when a date puts it ahead
        frame, speaker = sentence.frame(anchor)
        if frame == "blocked" and ahead and (said := sentence.hoped_in_report(anchor)) is not None:
            # "she said she hoped the pool would reopen by the summer": her hope now, with
            # its time (with none, "said she hoped people would remember her" stays behind)
            frame, speaker = "reported", said
        if kind == _CONDITIONAL and frame == "own" and _NEAR not in when:
            # a story's own "would" with a span and no date ("within two years he would be
            # captain", "by the end of the decade the gallery would hold ..."): the past
            # told forward or a projection; "the tax would take effect in April" stays
            continue
        warned = speaker is not None and t.lemma[speaker] in WARNING_LEMMAS
        if _only_sounds_ahead(sentence, clause, anchor, kind, frame, speaker, ahead, times):
            continue
        score = _SCORE.get((frame, kind), 0.0)
        predicted = False
        # "the union said it would ballot members", "the cuts take effect from Sunday"
        # ("the fine must be paid by March 1": a deadline on the calendar)
        # (a standing rule is none: "landlords must register every year in May")
        own_step = (
            kind in (_PRESENT, _OBLIGATION)
            and _NEAR in when
            and not sentence.habitual(clause)
            and not sentence.recurs_below(clause)
        ) or (
            # "President Ruto has 14 days to sign it into law": the span left to act in
            # is the next step, even told in the lead (round 27, lead)
            kind == _FUTURE and anchor != clause and sentence.deadline(anchor)
        )
        if frame == "reported" and kind == _CONDITIONAL:
            if (sentence.refused(clause) or sentence.effect(clause)) and not (
                ahead or sentence.until(clause)
            ):
                continue  # "its members would not accept it", "the plan would hit the poor"
            if (
                not ahead
                and (sentence.habitual(clause) or sentence.at_a_rate(clause))
                and not sentence.named(clause)
            ):
                # "he said he would walk to school every day": a habit of the past (a body
                # that "would review the quota every six months" sets a schedule)
                continue
            if warned:
                # "he warned Ukraine would stand firm": a prediction, whoever it is about
                predicted = True
            elif sentence.acts(clause):
                score = _REPORTED_PLAN_SCORE
                # not a refusal or a stance ("it would not tolerate unsafe practices")
                own_step = sentence.pronoun_subject(clause) and not any(
                    t.dep[c] == "neg" for c in t.children[clause]
                )
        if (
            kind == _POSSIBLE
            and warned
            and not (
                t.lemma[clause] == "be" and any(t.dep[c] == "acomp" for c in t.children[clause])
            )
        ):
            # "analysts warned that the city may fall", not "warned the data could be
            # sensitive" (a state now, not something that happens).
            score = _WARNED_SCORE
        if not score:
            continue
        if ahead:
            score += _TIME_BONUS
        # A named actor: the clause's subject, or the one who says what they will do
        # ("Stratus said it would", "she said she would").
        reporter = speaker is not None and (
            sentence.named(speaker) or sentence.pronoun_subject(speaker)
        )
        named = sentence.named(clause) or sentence.named(anchor)
        if not predicted and (named or (reporter and sentence.pronoun_subject(clause))):
            score += _AGENT_BONUS
        if background:
            score -= _BACKGROUND_PENALTY
        best = max(best, score)
        # a clause told of a date ("until the end of 2027, when the comet will pass its
        # closest point to the sun") is dated by it
        dated = t.dep[clause] == "relcl" and t.ent[t.head[clause]] in _TIME_ENTITIES
        if ahead or dated or named or reporter or sentence.until(clause):
            firm = max(firm, score)
        if own_step and not predicted:
            step = max(step, score)
    if not best and (
        sentence.misread_fixture() or sentence.misread_run() or sentence.misread_deadline()
    ):
        # a fixture with its day, as "Town play Rangers on Sunday" reads
        best = firm = _SCORE[("own", _PRESENT)] + _TIME_BONUS
    return best, firm, step


def outlook(
    text: str,
    exclude: list[Segment],
    split: Sequence[Segment] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    analysis: Analysis | None = None,
) -> str:
    """The article's own sentences about what happens next, the most clearly
    forward-looking first, reported in article order; "" when the article says nothing
    about the future. `quoted` are the spans of the article's quoted passages, in order
    (the analysis's): words inside a quote are someone's speech, not the story's
    outlook, and give a sentence no forward cue.

    With the `analysis`, a sentence's time is read from its parse: a clause in the
    future ("will", "shall", "is to", "is due to", "plans to", "is expected to"), a
    future reported ("said it would publish"), a present that a date puts ahead ("the
    ban starts on Friday"); not a future seen from the past ("had promised it would"),
    not a past clause with a date ahead in it, not a bare possibility ("could cost").
    The situation (the lead) is never repeated. Without it, word cues decide."""
    if analysis is not None:
        return _parsed_outlook(text, exclude, split, quoted, analysis)
    # The situation's first two sentences are the news and are never repeated; a third
    # is, when it is plainly about what comes next (a lead often ends on the next step).
    skip = {(s.start, s.end) for s in exclude[:2]}
    in_lead = {(s.start, s.end) for s in exclude[2:]}
    scored = []
    for position, sentence, passage in _outlook_candidates(text, split, quoted, skip):
        own = _masked(sentence.text, sentence.start, quoted, passage)
        if quoted and len(own.split()) < len(sentence.text.split()) / 2:
            continue  # mostly a quotation
        score = _outlook_score(own)
        repeated = (sentence.start, sentence.end) in in_lead
        if repeated and score < _LEAD_OUTLOOK_SCORE:
            continue
        if score >= 1:
            # A sentence of the situation comes after every other forward sentence.
            scored.append((not repeated, score, -position, sentence))
    best = sorted(scored, key=lambda item: item[:3], reverse=True)[:_OUTLOOK_SENTENCES]
    return " ".join(item[3].text for item in sorted(best, key=lambda item: -item[2]))


def _outlook_candidates(
    text: str,
    split: Sequence[Segment] | None,
    quoted: Sequence[tuple[int, int]],
    skip: set[tuple[int, int]],
) -> Iterator[tuple[int, Segment, int]]:
    """The story sentences an outlook may take (position, sentence, and the index of the
    first quoted passage not before it): not in `skip`, not a quotation, not furniture,
    not overlong. One pass over sentences and passages together."""
    passage = 0
    for position, sentence in enumerate(sentences(text) if split is None else split):
        while passage < len(quoted) and quoted[passage][1] <= sentence.start:
            passage += 1
        if (sentence.start, sentence.end) in skip or sentence.text[:1] in _QUOTE_OPENERS:
            continue
        if _inside_a_quote(sentence.text) or _is_labelled_furniture(sentence.text):
            continue
        if _ASKS.search(sentence.text):
            continue  # "Will the council listen this time?": a question tells no next step
        if not _is_story_sentence(sentence.text) or len(sentence.text) > _SENTENCE_MAX_CHARS:
            continue
        yield position, sentence, passage


def _parsed_outlook(
    text: str,
    exclude: list[Segment],
    split: Sequence[Segment] | None,
    quoted: Sequence[tuple[int, int]],
    analysis: Analysis,
) -> str:
    t = analysis.tokens
    # The lead's first sentence is the news and is never repeated; a later one may be the
    # outlook when the body says nothing ahead and it plainly does ("... said the typhoon
    # was expected to make landfall late on Saturday").
    lead = {(s.start, s.end) for s in exclude[:1]}
    in_lead = {(s.start, s.end) for s in exclude[1:]}
    # The lead's words: a body sentence made mostly of them restates the headline or the
    # standfirst ("X is set to leave ..." again), which is the situation, not the outlook.
    lead_words = {
        t.lemma[i] for s in exclude for i in t.between(s.start, s.end) if t.pos[i] in _CONTENT
    }
    scored = []
    from_lead = []
    for position, sentence, passage in _outlook_candidates(text, split, quoted, lead):
        if not analysis.is_parsed(sentence.start, sentence.end):
            continue
        tokens = t.between(sentence.start, sentence.end)
        if not tokens:
            continue
        hidden = []
        index = passage
        for i in tokens:
            while index < len(quoted) and quoted[index][1] <= t.start[i]:
                index += 1
            hidden.append(index < len(quoted) and quoted[index][0] <= t.start[i])
        if quoted and sum(hidden) > len(hidden) / 2:
            continue  # mostly a quotation
        if not _ENDS_A_SENTENCE.search(sentence.text):
            continue  # a caption or a standfirst line, not a sentence of the story
        repeated = (sentence.start, sentence.end) in in_lead
        words = [t.lemma[i] for i in tokens if t.pos[i] in _CONTENT]
        if (
            not repeated
            and len(words) >= _RESTATED_MIN_WORDS
            and (sum(w in lead_words for w in words) >= _RESTATED_SHARE * len(words))
        ):
            continue
        if len(words) < _OUTLOOK_MIN_WORDS and not (
            len(words) == _OUTLOOK_MIN_WORDS - 1
            and any(t.ent[i] in _TIME_ENTITIES for i in tokens if t.pos[i] in _CONTENT)
        ):
            # "But she won't leave.": too little to say what happens next; "He will be
            # sentenced on Friday." says it with its date
            continue
        score, firm, step = _parsed_reading(t, tokens.start, tokens.stop, hidden)
        if score >= _MIN_SCORE and _undone_after(t, tokens.start, tokens.stop):
            continue  # round 26: "... said the road would open by Christmas. It did not."
        if repeated:
            if score >= _LEAD_PARSED_SCORE or step >= _LEAD_STEP_SCORE:
                from_lead.append((score, -position, sentence, firm))
        elif score >= _MIN_SCORE:
            scored.append((score, -position, sentence, firm))
    ranked = sorted(scored or from_lead, key=lambda item: item[:2], reverse=True)
    # A second sentence must be a firm step on its own (see `_parsed_reading`).
    best = [ranked[0]] if ranked else []
    more = [item for item in ranked[1:] if item[0] >= _MORE_SCORE and item[3] >= _MORE_FIRM_SCORE]
    best += more[: _PARSED_OUTLOOK_SENTENCES - 1]
    best += [
        item for item in more[_PARSED_OUTLOOK_SENTENCES - 1 :] if item[3] >= _THIRD_OUTLOOK_SCORE
    ][:_FIRM_EXTRA_SENTENCES]
    return " ".join(_forward_part(t, item[2]) for item in sorted(best, key=lambda item: -item[1]))


# How many tokens the sentence after a reported plan may have to tell what came of it
# ("It did not.", "The plan was later dropped."): a bounded look, no rescan.
_UNDONE_MAX_TOKENS = 12


def _undone_after(t: Tokens, first: int, last: int) -> bool:
    """Round 26: a plan or forecast reported with "would" whose next sentence, short and
    in the past, says it came to nothing ("The minister promised the road would open by
    Christmas. It did not.", "... would launch in spring. The plan was later dropped.",
    "... would hit the coast on Sunday. It veered out to sea instead."). Reads the
    sentence's modals and at most `_UNDONE_MAX_TOKENS` tokens after it."""
    if not any(t.tag[i] == "MD" and t.lower[i] in ("would", "'d") for i in range(first, last)):
        return False
    if any(t.tag[i] == "MD" and t.lower[i] in ("will", "'ll", "wo") for i in range(first, last)):
        return False
    sentence = t.sent[last - 1] + 1
    if sentence >= len(t.sent_starts) or t.sent_starts[sentence] != last:
        return False
    end = t.sent_starts[sentence + 1] if sentence + 1 < len(t.sent_starts) else len(t.lower)
    if end - last > _UNDONE_MAX_TOKENS:
        return False
    roots = [i for i in range(last, end) if t.dep[i] == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    children = t.children[root]
    past = t.tag[root] == "VBD" or any(
        t.dep[c] in ("aux", "auxpass") and t.tag[c] == "VBD" for c in children
    )
    subjects = [c for c in children if t.dep[c] in _SUBJECTS]
    # the plan told again: a pronoun or a noun with "the", "that" or "neither" ("It",
    # "That deadline", "The plan", "Neither figure"), not a new name
    back = len(subjects) == 1 and (
        t.pos[subjects[0]] == "PRON"
        or (
            t.pos[subjects[0]] == "NOUN"
            and any(
                t.dep[d] == "det" and t.lower[d] in ("the", "that", "this", "neither")
                for d in t.children[subjects[0]]
            )
        )
    )
    if not (past and back):
        return False
    # "It did not.", "That never happened." deny the plan; "It did not say how many" is
    # more news of a report
    denied = any(t.lower[c] in NEGATIONS for c in children) and not (
        t.lemma[root] in SPEECH_LEMMAS
        or t.lemma[root] in COMMENT_LEMMAS
        or any(t.dep[c] in ("dobj", "ccomp", "xcomp", "attr") for c in children)
    )
    return (
        denied
        or t.lemma[root] in UNDONE_LEMMAS
        or any(
            # the parser may read the particle as a preposition with nothing under it
            (t.dep[c] == "prt" or t.tag[c] == "RP" or (t.dep[c] == "prep" and not t.children[c]))
            and f"{t.lemma[root]} {t.lower[c]}" in UNDONE_PHRASALS
            for c in children
        )
        or any(t.lower[i] in UNDONE_MARKERS for i in range(last, end))
    )


def _forward_part(t: Tokens, sentence: Segment) -> str:
    """The outlook sentence without a tail that tells no next step: a participle of
    consequence ("... limited to a draught of 44 feet, forcing some vessels to carry less
    cargo") or a second past act of the one who speaks ("said wages would be paid by
    Friday and blamed a delay in a transfer"). A tail with a modal or a time in it stays:
    it may be the step itself. Bounded climbs over the sentence's tokens."""
    tokens = t.between(sentence.start, sentence.end)
    words = [i for i in tokens if t.pos[i] != "PUNCT"]
    if len(words) < 2:
        return sentence.text
    # each token's leftmost and rightmost word below it, and whether something ahead lies
    # below it: a modal, a time, a way opened or a danger ("paving the way for a vote",
    # "putting 300 jobs at risk")
    leftmost = {i: i for i in tokens}
    rightmost = {i: i for i in tokens}
    marked = {
        i: t.tag[i] == "MD"
        or t.ent[i] in _TIME_ENTITIES
        or t.lemma[i] in PROSPECT_NOUNS
        or t.lemma[i] in JEOPARDY_NOUNS
        for i in tokens
    }
    for i in words:
        node = i
        for _ in range(_MAX_CLIMB * 2):
            head = t.head[node]
            if head == node or head not in rightmost:
                break
            leftmost[head] = min(leftmost[head], i)
            rightmost[head] = max(rightmost[head], i)
            marked[head] = marked[head] or marked[i]
            node = head
    cut = None
    for c in words:
        before = leftmost[c] - 1
        # round 21: a closing aside in the past on a noun (", which signed the band in a
        # three-album deal in October"): what a thing did, no step; its past date is no
        # mark, a modal is
        if (
            t.dep[c] == "relcl"
            and t.tag[c] == "VBD"
            and rightmost[c] == words[-1]
            and before in rightmost
            and t.text[before] == ","
            and t.pos[t.head[c]] in ("NOUN", "PROPN")
            and not any(t.tag[i] == "MD" for i in range(leftmost[c], rightmost[c] + 1))
        ):
            cut = before if cut is None else min(cut, before)
            continue
        if (
            rightmost[c] != words[-1]
            or marked[c]
            or t.head[c] == c
            or t.head[c] not in rightmost
            or before not in rightmost
        ):
            continue
        deps = {t.dep[g] for g in t.children[c]}
        consequence = (
            t.dep[c] == "advcl"
            and t.tag[c] == "VBG"
            and not deps & (_SUBJECTS | {"mark"})
            and t.text[before] == ","
        )
        # a simple past joined to the speech, or to a modal it cannot share ("said
        # wages would be paid and blamed a delay": the parser may hang it on either)
        head = t.head[c]
        also_did = (
            t.dep[c] == "conj"
            and t.tag[c] == "VBD"
            and (
                t.lemma[head] in SPEECH_LEMMAS
                or any(t.tag[a] == "MD" for a in t.children[head] if t.dep[a] == "aux")
            )
            and t.dep[before] == "cc"
            # a second report is more speech, maybe ahead ("but warned further
            # cancellations were possible"); "blamed a delay" is an act done
            and "ccomp" not in deps
            # "claimed the attack and threatened to publish the data unless paid": a
            # threat, vow or promise of an act is the step ahead itself
            and "xcomp" not in deps
        )
        if consequence or also_did:
            cut = before if cut is None else min(cut, before)
    if cut is None:
        return sentence.text
    kept = sentence.text[: t.start[cut] - sentence.start].rstrip(" ,;")
    if kept.count('"') % 2 or kept.count("“") != kept.count("”"):
        return sentence.text  # the tail is inside a quotation: the words stay whole
    return kept + "."


def _plural_unit_of_extent(word: str) -> bool:
    """ "hours", "miles", "weeks": a plural unit of time or length, told with no
    number an extent ("will queue for hours")."""
    unit = canonical_unit(word) if word.endswith("s") else None
    return unit is not None and unit[0] in ("time", "length")
