"""Layer 3 of the outlook's clause reading: the clause's time and frame. The kind of time
it tells (a plan, a deadline, a forecast), whether the story or someone reported says
it, the time phrase it hangs on, and what dates it back (testimony, an account of a
past occasion, a report told forward).

The clause class is built in layers, each extending the one below; a method calls only
methods of its own layer and of the layers below (clause_reading < clause_terms <
clause_times), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    ACADEMIC_PERIOD_NOUNS,
    ACCOUNT_LEMMAS,
    AFTERMATH_WORDS,
    AGE_NOUNS,
    APPEAL_LEMMAS,
    BEFOREHAND_WORDS,
    CAPABILITY_ADJECTIVES,
    CAUSATIVE_LEMMAS,
    COMMITMENT_LEMMAS,
    COMPANY_NOUNS,
    COURT_OFFICER_NOUNS,
    COURT_SIDES,
    DATE_NOUNS,
    DEFENDANT_ROLE,
    DIFFERENCE_PREPOSITIONS,
    DISTANT_HORIZON_NOUNS,
    DURATION_PREPOSITIONS,
    DUTY_LEMMAS,
    EFFECT_LEMMAS,
    EVIDENCE_HEARERS,
    EVIDENCE_LEMMAS,
    FEATURE_PHRASES,
    FIRST_OCCASION_WORDS,
    FORECAST_LEMMAS,
    FORECAST_TIME_ADVERBS,
    FORWARD_TIME_PREPOSITIONS,
    FORWARD_TIME_WORDS,
    GRANTED_IDLE_LEMMAS,
    GRANTED_SPAN_LEMMAS,
    HOURS_LEMMAS,
    HYPOTHESIS_MARKERS,
    INDEFINITE_ARTICLES,
    INQUIRY_NOUNS,
    INVESTIGATOR_HEARERS,
    LIFE_DECADE_NOUNS,
    LONG_RUN_NOUNS,
    NECESSITY_LEMMAS,
    NEW_PERIOD_WORDS,
    NEXT_TO_PLACE_WORDS,
    NOT_YET_WORDS,
    OCCASION_MARKERS,
    OCCASION_TIME_NOUNS,
    OCCURRENCE_NOUNS,
    PAST_TIME_WORDS,
    PERIOD_PART_NOUNS,
    PERIOD_PART_ORDINALS,
    PHASE_LEMMAS,
    PREDICTION_LEMMAS,
    PROSECUTION_WORDS,
    QUANTITY_TREND_LEMMAS,
    RECURRING_DETERMINERS,
    RELATIVE_SPAN_PREPOSITIONS,
    RELATIVE_SPAN_UNITS,
    RELEASE_LEMMAS,
    RESCHEDULE_LEMMAS,
    SCHEDULED_EVENT_NOUNS,
    SEASON_NOUNS,
    SEQUEL_ADVERBS,
    SEQUEL_PHRASALS,
    SINGLE_PERSON_PRONOUNS,
    SPAN_LEMMAS,
    SPEECH_LEMMAS,
    STATE_LEMMAS,
    THING_BEHAVIOUR_LEMMAS,
    THING_EVENT_LEMMAS,
    TIMETABLED_RUN_NOUNS,
    TRIAL_STEP_LEMMAS,
    UNTAGGED_SPAN_NOUNS,
    VARIANT_NOUNS,
    WHEN_MARKERS,
)

if TYPE_CHECKING:
    pass


from briefsmith.core.extraction.summary.clause_terms import _ClauseTerms
from briefsmith.core.extraction.summary.outlook_common import (
    _ACTORS,
    _AGENT_ENTITIES,
    _AUXILIARIES,
    _CALENDAR,
    _CONDITIONAL,
    _DECIDERS,
    _EMBEDDED,
    _FUTURE,
    _GENDER_OF,
    _INDEPENDENT,
    _INSTITUTIONS,
    _MAX_CLIMB,
    _MODAL_TENSES,
    _NONE,
    _OBJECTS,
    _OCCASION_WORDS,
    _PAST,
    _PAST_PLAN,
    _PLANS,
    _POSSIBLE,
    _PRESENT,
    _SUBJECTS,
    _TIME_ENTITIES,
    _YEAR,
)


class _Clauses(_ClauseTerms):
    """The clauses of one parsed sentence (tokens [first, last)) and what each says of
    its time. Each token's tense is read once (memoized), each walk up the tree is
    bounded, so the work is linear in the sentence."""

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
        # round 29: a span to be, not to act ("gave him six months to live", "has a week
        # to recover"), is no step; "is expected to recover" is a plan
        idle = t.lemma[i] in GRANTED_IDLE_LEMMAS
        if (
            t.dep[i] in ("relcl", "acl")
            and t.dep[t.head[i]] == "dobj"
            and not idle
            and self.deadline(owner)
        ):
            return _FUTURE, owner  # "the club has 14 days to lodge an appeal"
        if (
            t.dep[i] in ("relcl", "acl")
            and t.dep[t.head[i]] == "pobj"
            and t.head[owner] != owner
            and t.dep[owner] == "prep"
            and not idle
            and self.deadline(t.head[owner])
        ):
            # round 29: "has been given until the end of the month to carry out the
            # repairs": the infinitive hung on the deadline's noun
            return _FUTURE, t.head[owner]
        if t.dep[i] == "advcl" and t.head[i] != i and not idle and self.granted(t.head[i]):
            # round 29: "gave the family 28 days to leave": the parser hangs the
            # infinitive on the giving
            return _FUTURE, t.head[i]
        if t.dep[i] not in ("xcomp", "ccomp"):
            return kind, i  # "too dangerous for civilians to leave": no plan
        governor = t.head[i]
        if governor == i:
            return kind, i
        if self.deadline(governor):
            if idle:
                return kind, i
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

    def deadline(self, governor: int) -> bool:
        """A span left to act in, now: "has 14 days to lodge an appeal", "have until
        Friday to respond" ("had two weeks to" is behind)."""
        t = self.t
        if t.lemma[governor] != "have" or self.tense(governor) != _PRESENT:
            return self.granted(governor)
        return self._span_given(governor)

    def _span_given(self, governor: int) -> bool:
        """A span or a deadline hung on the verb: "(has) 14 days", "(has) until Friday"."""
        t = self.t
        return any(
            (t.dep[c] in ("dobj", "npadvmod") and t.ent[c] in _TIME_ENTITIES)
            or (
                t.dep[c] == "prep"
                and t.lower[c] in FORWARD_TIME_PREPOSITIONS
                and any(t.ent[g] in _TIME_ENTITIES for g in t.children[c])
            )
            for c in t.children[governor]
        )

    def granted(self, governor: int) -> bool:
        """Round 29: a span granted to act in, lately: "the court gave the family 28 days
        to leave", "has given the airline until Friday to respond", "were given 30 days
        to vacate the flats", "granted the state four weeks to file its reply" (the span
        still runs, as "has 28 days to" does). Not one granted long ago ("in 2019 the
        court gave ...", "last year") nor one that had been ("had given")."""
        t = self.t
        return (
            t.lemma[governor] in GRANTED_SPAN_LEMMAS
            and t.pos[governor] == "VERB"
            and self.tense(governor) in (_PRESENT, _PAST)
            and not any(
                t.lemma[c] == "have" and t.tag[c] == "VBD" and t.dep[c] in _AUXILIARIES
                for c in t.children[governor]
            )
            and not self._dated_to_a_period(governor)
            and self._span_given(governor)
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

    def _an_age(self, i: int) -> bool:
        """Round 35: whether the date entity's word `i` is part of an age: a decade of a
        life with a possessive ("their twenties", "his late seventies") or the noun "age"
        ("the age of five", "at age 65"). Climbs at most three heads inside the entity."""
        t = self.t
        node = i
        for _ in range(3):
            if t.pos[node] == "NOUN" and (
                t.lemma[node] in AGE_NOUNS
                or (
                    t.lower[node] in LIFE_DECADE_NOUNS
                    and any(t.dep[d] == "poss" for d in t.children[node])
                )
            ):
                return True
            head = t.head[node]
            if head == node or t.ent[head] not in _TIME_ENTITIES:
                return False
            node = head
        return False

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
        # round 30: "the first there since 1857", "the highest since 2008": how rare a
        # thing is, no time of the clause (the preposition and the year it governs)
        since = i if t.dep[i] == "prep" else t.head[i] if t.dep[i] == "pobj" else None
        if (
            since is not None
            and t.dep[since] == "prep"
            and t.lower[since] in PAST_TIME_WORDS
            and self._of_a_record(since)
        ):
            return None
        if t.pos[i] == "VERB" and lower in PAST_TIME_WORDS:
            return None  # "is expected to last five days": the verb, not "last week"
        if t.ent[i] in _TIME_ENTITIES and self._an_age(i):
            # round 35: "do not breed until their twenties", "are not vaccinated until
            # the age of five": an age the recognizer tags as a date, no day ahead
            return None
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
        elif (
            t.lemma[i] in UNTAGGED_SPAN_NOUNS
            and t.dep[i] == "pobj"
            and t.ent[i] not in _TIME_ENTITIES
            and t.lower[t.head[i]] in FORWARD_TIME_PREPOSITIONS | RELATIVE_SPAN_PREPOSITIONS
        ):
            # round 29: "within a fortnight", which the recognizer leaves untagged: a time
            # as "within two weeks" is (its "a" counts it, below); round 36: "in a
            # fortnight", of a future only (see the end)
            how = ""
        elif lower in _CALENDAR and self._given_name(i):
            return None  # round 36: "survived by his wife, June, and three daughters"
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
            t.lemma[i] in ACADEMIC_PERIOD_NOUNS
            and t.pos[i] == "NOUN"
            and t.dep[i] == "pobj"
            and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[i])
            and any(
                t.dep[d] in ("compound", "amod") and t.lower[d] in SEASON_NOUNS
                for d in t.children[i]
            )
        ):
            how = "dated"  # round 29: "before the start of the autumn term", as "autumn"
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
        relative = False  # a counted span after "in" or "after" (see the end)
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
                    counted = how == "" and (
                        any(t.pos[d] == "NUM" for d in t.children[node])
                        # round 29: "within a week", "within a fortnight": one, counted
                        or any(
                            t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES
                            for d in t.children[node]
                        )
                    )
                    if (
                        counted
                        and t.lower[head] in DIFFERENCE_PREPOSITIONS
                        # "delay the project by at least six months" puts it ahead
                        and t.lemma[t.head[head]] not in RESCHEDULE_LEMMAS
                    ):
                        return None  # "will cut journey times by 20 minutes": how much
                    how = "span" if counted else "forward"
                elif (
                    how == ""
                    and node == i
                    and t.lower[head] in RELATIVE_SPAN_PREPOSITIONS
                    and t.lemma[i] in RELATIVE_SPAN_UNITS
                    and any(
                        t.pos[d] == "NUM"
                        or (t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES)
                        for d in t.children[i]
                    )
                    # a count from now, not a period named ("in the first two years")
                    and not any(
                        (t.dep[d] == "det" and t.lower[d] not in INDEFINITE_ARTICLES)
                        or t.dep[d] in ("amod", "poss")
                        for d in t.children[i]
                    )
                ):
                    relative = True
            node = head
            if t.dep[node] == "relcl" and t.dep[t.head[node]] in _SUBJECTS:
                break  # round 18: "guests who book before March will get": the booking's
            if self.is_clause(node) and (
                self.tense(node) != _NONE
                or t.dep[node] not in _EMBEDDED
                or any(t.tag[c] == "TO" for c in t.children[node])
                # round 30: an order's bare subjunctive keeps its own time ("directed
                # that the matter be mentioned on November 18")
                or self.mandated(node) is not None
            ):
                if self._caused(node):
                    continue  # "hope to have the line reopened by Monday": the hope's time
                if self._starting(node):
                    continue  # round 30: "available at pharmacies starting next week"
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
        if relative and self.kind(node)[0] == _FUTURE:
            # round 36: "peace talks are scheduled to begin in three weeks", "officials
            # will review the arrangement after six months": the span from now, ahead of
            # a future only ("raised £1m in three weeks", "freed after six months" are
            # durations; a reported "would" may count from a report long past: "announced
            # last month that he would step down after 12 years")
            how = "span"
        if aftermath and how == "dated" and self.left_by(node):
            how = "past"  # "City are bottom after a defeat on Saturday": the defeat's day
        return (node, how) if how else None

    def _given_name(self, i: int) -> bool:
        """Round 36: a month that is a person's given name, set beside the noun of who she
        is ("his wife, June,", "her husband, August,", "their daughter April"): in
        apposition to a noun that is no time, with no day of its own ("on Friday, June 5"
        is a date)."""
        t = self.t
        head = t.head[i]
        return (
            t.dep[i] == "appos"
            and head != i
            and t.pos[head] == "NOUN"
            and t.ent[head] not in _TIME_ENTITIES
            and t.lower[head] not in _CALENDAR
            and not any(t.dep[d] == "nummod" for d in t.children[i])
        )

    def _starting(self, i: int) -> bool:
        """Round 30: a participle of a start that only dates its clause ("will be available
        at pharmacies starting next week", "fares rise by 3%, beginning in March"): a
        present participle of starting with no subject nor object of its own, the "from"
        of the finite clause above (its time is that clause's)."""
        t = self.t
        return (
            t.tag[i] == "VBG"
            and t.lemma[i] in PHASE_LEMMAS
            and t.dep[i] in ("acl", "advcl", "xcomp")
            and t.head[i] != i
            and not any(t.dep[c] in _SUBJECTS or t.dep[c] in _OBJECTS for c in t.children[i])
        )

    def _of_a_record(self, preposition: int) -> bool:
        """Round 30: a "since" on a first or a most ("the first there since 1857", "the
        highest level since 2008", "its biggest fall since March"): the record's measure."""
        t = self.t
        owner = t.head[preposition]
        if owner == preposition:
            return False
        return (
            t.ent[owner] == "ORDINAL"
            or t.tag[owner] in ("JJS", "RBS")
            or any(
                t.dep[d] == "amod" and (t.ent[d] == "ORDINAL" or t.tag[d] == "JJS")
                for d in t.children[owner]
            )
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

    def dated_back(self, clause: int) -> bool:
        """A past clause dated to a period of its own, not the news's days: a year ("in
        2019 the government pledged ...", "engineers warned in 2019 that ..."), a month
        with no day ("the minister said in March that ...", "in January, the mayor
        said ..."), last year ("last year the operator said ..."), or told as then ("the
        council said at the time that"). News tells its own days by weekday or date; a
        past act dated by a whole month or year is history, and so is what it looked
        ahead to."""
        return self.tense(clause) == _PAST and self._dated_to_a_period(clause)

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

    def follows_from(self, clause: int) -> bool:
        """Round 29b: a future told as what a thing now in force means ("the new rules
        mean landlords will need to register", "the ruling means councils will have to
        publish the data"): its terms, no step; the caller asks for no time ("the strike
        means trains will not run on Monday" is ahead). The head is a present of a
        thing's effect whose subject is no one who acts, the future's a bare class."""
        t = self.t
        head = t.head[clause]
        return (
            t.dep[clause] == "ccomp"
            and head != clause
            and t.lemma[head] in EFFECT_LEMMAS
            and t.tag[head] in ("VBZ", "VBP")
            and self.inside(head)
            and not self.acts(head)
            # of a class ("landlords", "drivers"), not one who acts on it ("the deal
            # means the company will cut 200 jobs" is a step)
            and bool(subjects := self.subjects(clause))
            and all(self._bare_plural(c) for c in subjects)
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

    def designed(self, clause: int, spanned: bool = False) -> bool:
        """Round 30: what a thing does by design, told in the future ("the thermostat will
        adjust heating automatically", "the card will work on buses and trams", "the
        trains will carry 400 passengers"): an active verb whose subjects are things (no
        person, body, inquiry or event), with an object, a manner adverb or a phrase of
        its own, and no verb of a change of state, of hours, of release or of a thing
        that moves or happens ("the plant will close", "the money will go to the
        hospice"), nor a phrasal verb ("the strike will go ahead"). An object counts only
        with a span of the thing's own course (`spanned`: "will learn a household's habits
        within a week"); "the strike will delay the opening" is an effect. The caller
        asks for no time: "the card will work on buses from 1 March" is a change ahead."""
        t = self.t
        lemma = t.lemma[clause]
        children = t.children[clause]
        if (
            t.pos[clause] != "VERB"
            or lemma in PHASE_LEMMAS
            or lemma in HOURS_LEMMAS
            or lemma in RELEASE_LEMMAS
            or lemma in THING_EVENT_LEMMAS
            or lemma in RESCHEDULE_LEMMAS  # "the strike will delay the opening by two weeks"
            or any(t.dep[c] in ("auxpass", "prt") for c in children)
            or not self._things_only(clause)
            # no one who acts by the look of the word ("curators will work with the museum")
            or self.acts(clause)
            or any(
                t.lemma[c] in INQUIRY_NOUNS or t.lemma[c] in SCHEDULED_EVENT_NOUNS
                for c in self.resolved_subjects(clause)
            )
        ):
            return False
        return any(
            (spanned and t.dep[c] in _OBJECTS)
            or t.dep[c] == "prep"
            or (t.dep[c] == "advmod" and t.tag[c] == "RB" and t.lower[c].endswith("ly"))
            for c in children
        )

    def appeals(self, clause: int) -> bool:
        """A thing's pull on people: "the collection will appeal to anyone who grew up in
        the 1980s", "the hatchback will appeal to young families" (a review's voice; "the
        charity will appeal to the High Court" is a step)."""
        return self.t.lemma[clause] in APPEAL_LEMMAS and self._things_only(clause)

    def distant_horizon(self, clause: int) -> bool:
        """Round 25: a projection to a horizon beyond any next step: "temperatures are
        projected to rise by 2.7C by the end of the century", "the Arctic may be ice-free
        within decades", "over the coming decades, rainfall is projected to decline" (a
        noun of such a span in a phrase of the clause's own)."""
        t = self.t
        if any(t.dep[c] == "auxpass" for c in t.children[clause]):
            return False  # "the bridge will be built over the next decade": a plan
        phrases = self._time_phrases(clause)
        for c in phrases:
            if any(
                t.dep[g] == "pobj"
                and t.lemma[g] in LONG_RUN_NOUNS
                and any(t.dep[a] == "amod" and t.lower[a] == "long" for a in t.children[g])
                for g in t.children[c]
            ) and not any(t.ent[g] in _TIME_ENTITIES for p in phrases for g in t.children[p]):
                # round 29: "in the long run", "over the long term", with no date beside
                return True
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
