"""Layer 1 of the outlook's clause reading: single readings of one parsed clause. Which
tokens make a clause, its subjects, its dates, holidays and clock times, habits and
stock phrases, and what kind of thing it tells (a milestone, a verdict, a venue, an
appointment, an inquiry or a decision pending).

The clause class is built in layers, each extending the one below; a method calls only
methods of its own layer and of the layers below (clause_reading < clause_terms <
clause_times), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ACCESS_STATE_WORDS,
    ADOPTION_LEMMAS,
    ADOPTION_NOUNS,
    ALERT_ISSUING_LEMMAS,
    ALERT_NOUNS,
    ALTERNATING_PAIRS,
    APPOINTMENT_LEMMAS,
    APPROVAL_LEMMAS,
    AS_EVER_WORDS,
    AWAITING_PREPOSITIONS,
    BROADCAST_NOUNS,
    CAREER_SPANS,
    CLASSING_LEMMAS,
    CLIENT_NOUNS,
    CLOCK_PREPOSITIONS,
    COMMENT_LEMMAS,
    COMPLETED_WORDS,
    CONSOLATION_NOUNS,
    CONTINUATION_LEMMAS,
    CONTINUITY_ADVERBS,
    COURT_SENDING_LEMMAS,
    COURT_STAGE_NOUNS,
    CUSTOM_WORDS,
    DATE_NOUNS,
    DATING_ADVERBS,
    DISTANT_DEMONSTRATIVES,
    DOSE_NOUNS,
    DOSING_LEMMAS,
    EFFECT_AMOUNTS,
    EFFORT_LEMMAS,
    EFFORT_WORDS,
    FIXTURE_AWAY_VERBS,
    FIXTURE_SIDE_NOUNS,
    FIXTURE_VERBS,
    FORWARD_TIME_PREPOSITIONS,
    FORWARD_TIME_WORDS,
    FREQUENCY_WORDS,
    GENERAL_QUANTIFIERS,
    GENERIC_PRONOUNS,
    HABIT_ADVERBS,
    HABIT_CONJUNCTIONS,
    HABITUAL_PERIODS,
    HORIZON_ADVERBS,
    HORIZON_MOTION_LEMMAS,
    HYPOTHESIS_MARKERS,
    INDEFINITE_ARTICLES,
    INQUIRY_LEMMAS,
    INQUIRY_NOUNS,
    INTENT_LEMMAS,
    LEGACY_ADVERBS,
    LEGACY_LEMMAS,
    LEGACY_PARTICLES,
    LEGACY_PHRASALS,
    LIFE_STAGE_NOUNS,
    LINGER_LEMMAS,
    MEMORY_LEMMAS,
    MEMORY_NOUNS,
    MILESTONE_LEMMAS,
    MILESTONE_NOUNS,
    MOVING_LEMMAS,
    OCCASION_TIME_NOUNS,
    OPEN_DATE_ADJECTIVES,
    OPEN_DATE_NOUNS,
    ORDER_LEMMAS,
    OUTCOME_NOUNS,
    PAST_TIME_WORDS,
    PENDING_PREPOSITIONS,
    PHASE_LEMMAS,
    PLAN_HOLDER_PRONOUNS,
    PLEA_PREPOSITIONS,
    PREDICTION_LEMMAS,
    PREFERENCE_ADVERBS,
    RANGE_OPENERS,
    RANGE_WORDS,
    RATE_PREPOSITIONS,
    RATE_WORDS,
    READINESS_ADJECTIVES,
    RECENT_PAST_WORDS,
    RECENT_PERIOD_MARKERS,
    RECENT_PERIOD_NOUNS,
    RELATIVE_DAY_WORDS,
    RESCHEDULE_LEMMAS,
    RESCHEDULE_PHRASALS,
    RESCHEDULE_PREPOSITIONS,
    RESTRICTED_PRONOUNS,
    RETROSPECT_PARTICLES,
    RULING_CHALLENGE_WORDS,
    SCHEME_MEMBER_NOUNS,
    SEASON_NOUNS,
    SEQUEL_ADVERBS,
    SOME_DAY_WORDS,
    SOME_QUANTIFIERS,
    SPAN_LEMMAS,
    SPEECH_LEMMAS,
    STAGE_VENUE_NOUNS,
    STATE_LEMMAS,
    STOCK_PHRASE_WORDS,
    TAKEN_AS_LEMMAS,
    TENDENCY_LEMMAS,
    TERMS_PREPOSITIONS,
    THEN_ADVERBS,
    THEN_PERIOD_NOUNS,
    UNCHANGED_LEMMAS,
    VENUE_PREPOSITIONS,
    VERDICT_FEELING_LEMMAS,
    WARNING_LEMMAS,
    WATCH_LEMMAS,
    WHEN_MARKERS,
    WISH_LEMMAS,
    WITHHELD_NOUNS,
)
from briefsmith.core.units import is_duration

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens


from briefsmith.core.extraction.summary.outlook_common import (
    _ACTORS,
    _AUXILIARIES,
    _CALENDAR,
    _CLOCK,
    _DECIDERS,
    _HABIT_DEPTH,
    _HOLIDAYS,
    _INSTITUTIONS,
    _MONTHS_CASEFOLDED,
    _OBJECTS,
    _ORDINAL_NUMBER,
    _PERSONS,
    _PLANS,
    _STAFF_AND_BODIES,
    _SUBJECTS,
    _TIME_ENTITIES,
    _VENUE_ENTITIES,
    _WEEKDAYS_CASEFOLDED,
    _WH_TAGS,
    _YEAR,
)

# How many lower-case words may describe a fixture's opponent before its name ("league
# leaders", "bottom side", "the holders").
_OPPONENT_DESCRIPTION_WORDS = 3


class _ClauseReading:
    """Layer 1 of the outlook's clause reading: single readings of one parsed clause.
    (See the module.)"""

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
            # round 32: "is slated for the spring", the lemmatizer's "slat" mended
            self.verb_lemma(clause) in INTENT_LEMMAS
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

    def warning_given(self, clause: int) -> list[int]:
        """Round 33: a warning given out, with the words its time may hang on: "has
        warned of disruptive rain from Thursday", "has warned airlines to expect delays
        this weekend", "has issued a heavy rain warning for Westland from 9pm Thursday",
        "has issued 72-hour strike notice", "a status orange alert has been declared"
        (the clause, and the warning noun or what is warned of); [] for none, for one
        that had been given ("had warned") or denied ("has not issued a warning")."""
        t = self.t
        children = t.children[clause]
        if any(
            t.dep[c] == "neg"
            or (t.dep[c] in _AUXILIARIES and t.lemma[c] == "have" and t.tag[c] == "VBD")
            for c in children
        ):
            return []
        if t.lemma[clause] in ALERT_ISSUING_LEMMAS:
            notices = [
                c
                for c in children
                # (the tagger may read "warning" as a verb, lemma "warn")
                if t.dep[c] in ("dobj", "nsubjpass")
                and (t.lemma[c] in ALERT_NOUNS or t.lower[c] in ALERT_NOUNS)
            ]
            return [clause, *notices] if notices else []
        if t.lemma[clause] in WARNING_LEMMAS and t.lemma[clause] not in PREDICTION_LEMMAS:
            # what is warned of: "of" a thing, or an infinitive ("to expect delays")
            warned = [
                g
                for c in children
                if (t.dep[c] == "prep" and t.lower[c] == "of") or t.dep[c] == "xcomp"
                for g in (c, *t.children[c])
            ]
            return [clause, *warned] if warned else []
        return []

    def challenges_ruling(self, clause: int, anchor: int) -> bool:
        """Round 33: a challenge to a ruling that someone will make, plans or weighs: the
        verb "appeal" ("he plans to appeal", "the club will appeal against the ban") or
        its noun as the object ("his lawyers are considering an appeal", "are expected
        to lodge an appeal"); not a plea ("police are appealing for witnesses", "launch
        an appeal for funds"), nor a refusal ("said he would not appeal"). The clause and
        the verb that frames it ("plans", "is expected") are read, and their objects."""
        t = self.t

        def plea(i: int) -> bool:
            # "for" on the word, or marking a clause below it ("appealing for witnesses
            # to come forward": the parser makes "for" the infinitive's mark)
            return any(
                t.lower[c] in PLEA_PREPOSITIONS
                or any(
                    t.dep[m] == "mark" and t.lower[m] in PLEA_PREPOSITIONS for m in t.children[c]
                )
                for c in t.children[i]
            )

        verbs = [clause] if anchor == clause else [clause, anchor]
        if any(t.dep[c] == "neg" for v in verbs for c in t.children[v]):
            return False
        for v in verbs:
            if t.pos[v] == "VERB" and t.lemma[v] in RULING_CHALLENGE_WORDS and not plea(v):
                return True
            if any(
                t.dep[c] == "dobj" and t.lemma[c] in RULING_CHALLENGE_WORDS and not plea(c)
                for c in t.children[v]
            ):
                return True
        return False

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

    def _holiday(self, i: int) -> bool:
        """Round 26: a festival named by one word under a preposition ("at Easter", "on
        Diwali", "after Eid", "over Christmas"): a date as a month is; not a thing named
        by it ("the Easter Rising", "a Diwali party", "Christmas trading"). Round 28: with
        its year ("by Easter 2028", "before Christmas 2026"), which the recognizer may
        take for a name of a law or an event."""
        t = self.t
        return (
            t.lower[i] in _HOLIDAYS
            and t.dep[i] == "pobj"
            and t.pos[t.head[i]] == "ADP"
            and all(
                t.dep[d] in ("amod", "npadvmod")
                or (t.dep[d] == "nummod" and d == i + 1 and _YEAR.fullmatch(t.lower[d]))
                for d in t.children[i]
            )
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
            # round 36: a word counted by an ordinal is an occasion, no stock phrase
            # ("will take charge for the first time on May 14", "will take the stand for
            # the second time")
            if any(
                t.lower[c] in words and not any(t.ent[d] == "ORDINAL" for d in t.children[c])
                for c in below
            ):
                return True
        return False

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

    def kind_at_a_rate(self, clause: int) -> bool:
        """Round 33: what one of a kind does in a span, told of it with "a" or "an" ("A
        bee will visit several thousand flowers in a day", "An adult elephant will eat
        150kg of food a day", "a nurse on the ward will see 30 patients per shift"): any
        one of them, again and again, no step. The subject a common noun with "a" or
        "an" and no name or body; the verb active; the rate a span after "a", "an" or
        "per", as a noun of the verb ("a day") or after "in" or "per" ("in a day")."""
        t = self.t
        subjects = self.subjects(clause)
        if not subjects or any(t.dep[c] == "auxpass" for c in t.children[clause]):
            return False
        if not all(
            t.pos[c] == "NOUN"
            and t.tag[c] == "NN"
            and t.lemma[c].casefold() not in _INSTITUTIONS
            and any(t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[c])
            for c in subjects
        ):
            return False

        def rate(n: int) -> bool:
            return is_duration(t.lower[n]) and any(
                t.dep[d] in ("det", "prep") and t.lower[d] in RATE_WORDS for d in t.children[n]
            )

        below = [c for c in t.children[clause] if t.dep[c] in ("npadvmod", "prep", "dobj")]
        below += [g for c in below for g in t.children[c]]
        return any(
            (t.dep[n] == "npadvmod" and rate(n))
            or (
                t.dep[n] == "pobj"
                and t.lower[t.head[n]] in RATE_PREPOSITIONS
                and (rate(n) or t.lower[t.head[n]] == "per")
                and is_duration(t.lower[n])
            )
            for n in below
        ) and not any(t.ent[n] == "MONEY" for n in below)

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
        fronted participle with no subject of its own); or once a thing is there ("Once
        complete, the line will cut the journey to 35 minutes")."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and c < clause
            and not any(t.dep[g] in _SUBJECTS for g in t.children[c])
            and (
                (t.tag[c] == "VBN" and any(t.dep[g] == "oprd" for g in t.children[c]))
                # round 31: the thing once it is there ("Once complete, it will cut the
                # journey to 35 minutes", "When finished, the tower will be ...")
                or (
                    t.lower[c] in COMPLETED_WORDS
                    and any(
                        t.dep[g] in ("advmod", "mark") and t.lower[g] in WHEN_MARKERS
                        for g in t.children[c]
                    )
                )
            )
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
        # round 30: a participle the tagger read inside the name is no verb ("The hit
        # comedy tour returns to Leeds in March")
        if any(t.pos[i] in ("VERB", "AUX") and t.dep[i] not in ("amod", "compound") for i in words):
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
                t.dep[c] == "prep"
                # round 30: or a change of phase on its own ("The ferry service restarts
                # on 1 April")
                and (t.lower[c] in VENUE_PREPOSITIONS or t.lemma[root] in PHASE_LEMMAS)
                for c in t.children[root]
            )
            and any(
                (t.lower[i] in _CALENDAR or t.lower[i] in FORWARD_TIME_WORDS)
                and t.ent[i] in _TIME_ENTITIES
                for i in words
                if i > root
            )
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
            elif t.lower[opponent] == "the" and k + 2 < len(words):
                opponent = words[k + 2]  # round 30: "The Tactix host the Magic on Sunday"
            # round 40: the opponent described first ("Town travel to league leaders
            # Dunmore on Saturday", "Rovers host bottom side Ashby"): its name after
            at = words.index(opponent)
            while (
                at + 1 < len(words)
                and at - k <= _OPPONENT_DESCRIPTION_WORDS
                and t.text[words[at]].islower()
                and t.pos[words[at]] in ("NOUN", "ADJ", "DET")
            ):
                at += 1
            opponent = words[at]
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

    def classed(self, clause: int) -> bool:
        """Round 31: a thing put in a class, in the passive with "as" or "to be" ("Flats in
        Bayshore will be classified as Plus", "the volcano will be considered to be in
        eruption"): a scheme's terms, no step."""
        t = self.t
        children = t.children[clause]
        return (
            t.lemma[clause] in CLASSING_LEMMAS
            and any(t.dep[a] == "auxpass" for a in children)
            and any(
                (
                    t.dep[c] == "prep"
                    and t.lower[c] == "as"
                    # a class, not a share or a manner ("as part of the review", "as a
                    # matter of urgency": a phrase going on over "of")
                    and not any(
                        t.dep[d] == "prep" and t.lower[d] == "of"
                        for g in t.children[c]
                        for d in t.children[g]
                    )
                )
                or (t.dep[c] in ("xcomp", "oprd") and t.lemma[c] == "be")
                for c in children
            )
        )

    def dosed(self, clause: int) -> bool:
        """Round 31: how a medicine is given, in the passive with its regimen after "in",
        "as" or "by" ("The vaccine will be given in two doses, four weeks apart", "the
        drug will be taken as a daily tablet"): a treatment's terms, no step."""
        t = self.t
        children = t.children[clause]
        return (
            t.lemma[clause] in DOSING_LEMMAS
            and any(t.dep[a] == "auxpass" for a in children)
            and any(
                t.dep[c] in ("prep", "agent")  # "by injection" reads as an agent
                and any(t.dep[g] == "pobj" and t.lemma[g] in DOSE_NOUNS for g in t.children[c])
                for c in children
            )
        )

    def tallied(self, clause: int) -> bool:
        """Round 31: a perfect after a modal ("the two sides will have met four times by
        then", "by the end of the tour the band will have played 60 shows", "rescuers
        will have been searching for ten days"): a tally of what will lie behind, no
        step; a passive is a deadline's plan ("all 40 stations will have been fitted
        with lifts")."""
        t = self.t
        children = t.children[clause]
        return (
            any(t.tag[a] == "MD" for a in children)
            and any(
                t.dep[a] == "aux" and t.lemma[a] == "have" and t.tag[a] == "VB" for a in children
            )
            and not any(t.dep[a] == "auxpass" for a in children)
        )

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
            # round 31: an age counted in years ("which will mark 75 years of flying",
            # "which will complete 25 years in March"; not "who will serve 10 years")
            or (
                t.dep[c] == "dobj"
                and t.lemma[clause] in MILESTONE_LEMMAS
                and t.lemma[c] in CAREER_SPANS
                and any(t.dep[g] == "nummod" for g in t.children[c])
            )
            for c in t.children[clause]
        )

    def _news_outcome(self, c: int) -> bool:
        """A "when" clause that tells the news's own outcome ("when the verdict was read
        out", "when the result was declared", "when the jury returned its verdict"): the
        day of the news, not an occasion of the past."""
        t = self.t
        return any(
            t.dep[g] in (*_SUBJECTS, "dobj") and t.lemma[g] in OUTCOME_NOUNS for g in t.children[c]
        )

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

    def _bare_plural(self, noun: int) -> bool:
        """A plural noun with no determiner, possessor, number or name of its own:
        "drivers", "investors", not "the drivers", "Unite members", "two analysts"."""
        t = self.t
        return t.tag[noun] == "NNS" and not any(
            t.dep[g] in ("det", "poss", "nummod", "compound") or t.pos[g] == "PROPN"
            for g in t.children[noun]
        )

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
                # round 29b: the days of every week ("from 9am to 5pm, Monday to
                # Saturday") and a rate of days ("from 8am to 8pm, seven days a week")
                or self._weekday_range(g)
                or self._days_a_week(g)
                for g in level
            ):
                return True
            # round 32: not into a relative clause ("Orme, who has always denied the
            # charges, will remain in custody until then": the habit is the aside's; an
            # apposition may carry the hours' own rate, "8pm, seven days a week")
            level = [g for c in level for g in t.children[c] if t.dep[g] != "relcl"]
        return False

    def _alternates(self, clause: int) -> bool:
        """Round 29b: a motion back and forth ("will rise and fall with the tide", "will
        go up and down", "will fill and empty"): the verb and its "and" conjunct, or two
        adverbs below it, are the two ends of `ALTERNATING_PAIRS`."""
        t = self.t
        for word in (clause, *(c for c in t.children[clause] if t.dep[c] in ("advmod", "prt"))):
            for other in t.children[word]:
                if (
                    t.dep[other] == "conj"
                    and frozenset((t.lemma[word], t.lemma[other])) in ALTERNATING_PAIRS
                    and any(t.dep[c] == "cc" and t.lower[c] == "and" for c in t.children[word])
                ):
                    return True
        return False

    def _days_a_week(self, g: int) -> bool:
        """Round 29b: days or hours told at a rate ("seven days a week", "24 hours a
        day"): a plural span with a period after "a" or "an" below it; "for a week" (no
        plural span above it) is a stretch of time."""
        t = self.t
        return (
            t.tag[g] == "NNS"
            and is_duration(t.lower[g])
            and any(
                t.dep[n] == "npadvmod"
                and is_duration(t.lower[n])
                and any(
                    t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[n]
                )
                for n in t.children[g]
            )
        )

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

        return self._alternates(clause) or any(
            t.lower[c] in FREQUENCY_WORDS
            or (recurring(c) and every(c))
            # round 29: "will flood whenever heavy rain falls": a time that recurs
            or (
                t.dep[c] == "advcl"
                and any(
                    t.dep[m] in ("advmod", "mark") and t.lower[m] in HABIT_CONJUNCTIONS
                    for m in t.children[c]
                )
            )
            # round 30: "the club will, as ever, lay on a tea", "as usual", "as always"
            or self._as_ever(c)
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

    def fronted_habit(self, clause: int) -> bool:
        """Round 33: a time that recurs, put before the clause's subject as its frame
        ("Most mornings, Harry will walk to the allotment", "Every year, the ministry will
        post the papers", "On Sundays, the vicar will ride to three parishes"): what is
        done time after time, told of whoever does it, no step. A time of day or a
        calendar word told with "every", "each", "most", "many" or "some", or a plural
        weekday; the parser may read it as a second subject. Only the clause's own words
        before its subject are read."""
        t = self.t
        subjects = self.subjects(clause)
        if not subjects:
            return False
        first = min(subjects)

        def recurring(n: int) -> bool:
            timely = (
                t.lemma[n] in OCCASION_TIME_NOUNS
                or t.lemma[n] in HABITUAL_PERIODS
                or t.lower[n] in _CALENDAR
                or t.lemma[n] in _CALENDAR
                or t.ent[n] in _TIME_ENTITIES
            )
            # "On Sundays,": a weekday in the plural (the tagger may leave it unlemmatized)
            if t.lower[n].endswith("s") and t.lower[n][:-1] in _WEEKDAYS_CASEFOLDED:
                return True
            if not timely or t.pos[n] not in ("NOUN", "PROPN"):
                return False
            return any(
                (t.dep[d] == "det" and t.lower[d] in FREQUENCY_WORDS)
                or (
                    t.tag[n] == "NNS"
                    and t.dep[d] in ("amod", "det")
                    and t.lower[d] in GENERAL_QUANTIFIERS | SOME_QUANTIFIERS
                )
                for d in t.children[n]
            )

        for c in t.children[clause]:
            if c >= first:
                continue
            if t.dep[c] in ("npadvmod", "nsubj", "advmod") and recurring(c):
                return True
            if t.dep[c] == "prep" and any(
                t.dep[g] == "pobj" and recurring(g) for g in t.children[c]
            ):
                return True
        # the parser may take the time for the subject and the name for a second one
        return len(subjects) > 1 and recurring(first)

    def _as_ever(self, c: int) -> bool:
        """Round 30: "as ever", "as usual", "as always" on a clause; round 34: "as a
        matter of course" (of policy, of routine: a word of a custom under "matter of")
        and "as in past years" (a period in the plural: the times it was done before)."""
        t = self.t
        if t.dep[c] != "prep" or t.lower[c] != "as":
            return False
        for g in t.children[c]:
            if t.lower[g] in AS_EVER_WORDS:
                return True
            # "as a matter of course": the custom's word under "of"
            if (
                t.dep[g] == "pobj"
                and t.lemma[g] == "matter"
                and any(
                    t.dep[o] == "prep"
                    and t.lower[o] == "of"
                    and any(t.lemma[w] in CUSTOM_WORDS for w in t.children[o])
                    for o in t.children[g]
                )
            ):
                return True
            # "as in past years", "as in previous seasons"
            if (
                t.dep[g] == "prep"
                and t.lower[g] == "in"
                and any(
                    t.dep[w] == "pobj"
                    and t.tag[w] == "NNS"
                    and (t.lemma[w] in HABITUAL_PERIODS or t.lemma[w] in OCCASION_TIME_NOUNS)
                    for w in t.children[g]
                )
            ):
                return True
        return False

    def customary(self, clause: int) -> bool:
        """Round 32: a clause told "as is customary", "as is the custom" or "as is
        tradition" ("the elders will open with a prayer, as is customary"): a custom."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and t.lemma[c] == "be"
            and any(t.dep[m] == "mark" and t.lower[m] == "as" for m in t.children[c])
            and any(
                t.dep[g] in ("acomp", "attr", "nsubj") and t.lemma[g] in CUSTOM_WORDS
                for g in t.children[c]
            )
            for c in t.children[clause]
        )

    def as_ever(self, clause: int) -> bool:
        """Round 31: a clause told "as ever", "as usual" or "as always"."""
        return any(self._as_ever(c) for c in self.t.children[clause])

    def vague_horizon(self, clause: int) -> bool:
        """Round 31: a clause whose time is a horizon with no date, a participle of
        motion with only "forward" below it, before the clause ("Going forward, the group
        will focus on its core brands", "Moving forward, the bank will ..."); not a
        motion of the clause's own ("the project will move forward to its tender
        stage")."""
        t = self.t
        return any(
            t.dep[c] == "advcl"
            and c < clause
            and t.tag[c] == "VBG"
            and t.lemma[c] in HORIZON_MOTION_LEMMAS
            and any(t.lower[g] in HORIZON_ADVERBS for g in t.children[c])
            and all(t.lower[g] in HORIZON_ADVERBS or t.pos[g] == "PUNCT" for g in t.children[c])
            for c in t.children[clause]
        )

    def relative_day(self, clause: int) -> bool:
        """Round 32: a time told from another of the story, hung on the clause ("The
        Dail returns the following day", "The watchdog publishes its forecasts the same
        day", "Jury selection begins the next morning", "the night before"): with a present,
        a day the story has put ahead."""
        t = self.t
        return any(
            t.dep[c] == "npadvmod"
            and t.lemma[c] in OCCASION_TIME_NOUNS
            and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[c])
            and any(
                t.dep[d] in ("amod", "advmod") and t.lower[d] in RELATIVE_DAY_WORDS
                for d in t.children[c]
            )
            for c in t.children[clause]
        )

    def some_day(self, clause: int) -> bool:
        """Round 32: a clause whose time is "one day", "some day" or "someday" ("The
        teenager says she will one day play for England"): a hope, no step."""
        t = self.t
        return any(
            t.dep[c] in ("npadvmod", "advmod")
            and (
                (t.lower[c] == "someday")
                or (
                    t.lemma[c] == "day"
                    and any(
                        t.dep[d] in ("nummod", "det") and t.lower[d] in SOME_DAY_WORDS
                        for d in t.children[c]
                    )
                )
            )
            for c in t.children[clause]
        )

    def every_time(self, c: int) -> bool:
        """Round 29: a frequency the parser reads as an object ("trams will run every six
        minutes", "will call every 15 minutes"): a time with "every" or "each"."""
        t = self.t
        return t.ent[c] in _TIME_ENTITIES and any(
            t.dep[d] == "det" and t.lower[d] in FREQUENCY_WORDS for d in t.children[c]
        )

    def on_any_occasion(self, clause: int) -> bool:
        """Round 21: what happens on any occasion of a kind ("on a good night the band will
        play for three hours", "on a busy day the hospital will see 500 patients"): a
        time of day or week with "a" and an adjective, no date; a habit, whoever acts."""
        t = self.t

        def any_one(g: int) -> bool:
            return (
                t.lemma[g] in OCCASION_TIME_NOUNS
                and any(
                    t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[g]
                )
                and (
                    (
                        any(t.dep[d] == "amod" for d in t.children[g])
                        and not any(t.dep[d] == "compound" for d in t.children[g])
                    )
                    # round 31: a kind of day named by a common noun ("on a match day the
                    # pub will serve 2,000 pints", "on a school night"), not a weekday
                    or any(
                        t.dep[d] == "compound"
                        and t.pos[d] == "NOUN"
                        and t.lower[d] not in _CALENDAR
                        and t.ent[d] in _TIME_ENTITIES
                        for d in t.children[g]
                    )
                )
            )

        def most(g: int) -> bool:
            # round 31: periods counted by "most", "many" or "some" ("most years the
            # festival will sell out", "on most nights", "some weekends")
            return (
                t.tag[g] == "NNS"
                and (t.lemma[g] in OCCASION_TIME_NOUNS or t.lemma[g] in HABITUAL_PERIODS)
                and any(
                    t.dep[d] in ("amod", "det")
                    and (t.lower[d] in GENERAL_QUANTIFIERS or t.lower[d] in SOME_QUANTIFIERS)
                    for d in t.children[g]
                )
            )

        return any(
            (t.dep[c] == "npadvmod" and most(c))
            or (
                t.dep[c] == "prep"
                and any(t.dep[g] == "pobj" and (any_one(g) or most(g)) for g in t.children[c])
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
        "summoned to appear") or an order ("ordered to repay", "directed to publish";
        see `ordered`), else None."""
        t = self.t
        governor = t.head[clause]
        if (
            # the parser hangs the infinitive as either ("remanded in custody to appear")
            t.dep[clause] in ("xcomp", "advcl")
            and governor != clause
            and (t.lemma[governor] in APPOINTMENT_LEMMAS or t.lemma[governor] in ORDER_LEMMAS)
            and any(t.tag[c] == "TO" for c in t.children[clause])
        ):
            return governor
        return None

    def mandated(self, clause: int) -> int | None:
        """Round 30: the governor of a clause an order puts in the bare subjunctive ("the
        judge directed that the matter be mentioned on November 18", "ordered that the
        accused be remanded in custody until March 3", "directed that the petition be
        listed for hearing"): a passive whose "be" is bare, with no modal and no "to",
        under a verb of ordering; else None. What the order sets is a step ahead only with
        a time of its own, which the caller asks for."""
        t = self.t
        governor = t.head[clause]
        children = t.children[clause]
        if (
            t.dep[clause] == "ccomp"
            and governor != clause
            and t.lemma[governor] in ORDER_LEMMAS
            and any(
                t.dep[c] == "auxpass" and t.lower[c] == "be" and t.tag[c] == "VB" for c in children
            )
            and not any(t.tag[c] in ("MD", "TO") for c in children)
        ):
            return governor
        return None

    def ordered(self, governor: int) -> bool:
        """Round 28: an appointment's governor is an order ("ordered", "directed"),
        whose infinitive is a step ahead only with a span or a deadline of its own."""
        return self.t.lemma[governor] in ORDER_LEMMAS

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
        if self._to_an_open_date(clause):
            return True
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

    def _to_an_open_date(self, clause: int) -> bool:
        """Round 29b: a case put off to a date not yet set ("the inquest was adjourned to
        a date to be fixed", "the hearing was adjourned until a later date", "the trial
        was postponed to a date yet to be confirmed"): a next step with no date."""
        t = self.t

        def open_date(n: int) -> bool:
            return t.lemma[n] in OPEN_DATE_NOUNS and any(
                (t.dep[d] == "amod" and t.lower[d] in OPEN_DATE_ADJECTIVES)
                or (
                    t.dep[d] in ("acl", "relcl")
                    and any(t.dep[a] == "auxpass" for a in t.children[d])
                )
                for d in t.children[n]
            )

        # the parser may hang "yet to be fixed" on the verb
        later = any(
            t.dep[c] == "xcomp" and any(t.dep[a] == "auxpass" for a in t.children[c])
            for c in t.children[clause]
        )
        return t.lemma[clause] in RESCHEDULE_LEMMAS and any(
            t.dep[c] == "prep"
            and t.lower[c] in RESCHEDULE_PREPOSITIONS
            and any(
                t.dep[n] == "pobj" and (open_date(n) or (later and t.lemma[n] in OPEN_DATE_NOUNS))
                for n in t.children[c]
            )
            for c in t.children[clause]
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
        # round 32: a conjunct shares them ("Under the scheme, landlords will have to give
        # notice and will not be able to evict ..."); so does a law by its name ("Under
        # the RTI Act, a public authority will have 30 days to reply")
        heads = [clause]
        if t.dep[clause] == "conj" and self.inside(t.head[clause]):
            heads.append(t.head[clause])
        return any(
            t.dep[c] == "prep"
            and t.lower[c] in TERMS_PREPOSITIONS
            and any(
                t.dep[g] == "pobj"
                and (
                    (t.pos[g] == "NOUN" and any(t.dep[d] in ("det", "poss") for d in t.children[g]))
                    or t.ent[g] == "LAW"
                )
                for g in t.children[c]
            )
            for h in heads
            for c in t.children[h]
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
