"""Layer 2 of the outlook's clause reading: whose clause and what it holds. Its tense,
who acts and who is named, terms for a class or for anyone, general truths, beliefs,
speculation and asides, a deadline the parser misreads.

The clause class is built in layers, each extending the one below; a method calls only
methods of its own layer and of the layers below (clause_reading < clause_terms <
clause_times), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    ANIMAL_KIND_NOUNS,
    ATTENTION_NOUNS,
    BODY_OUTPUT_LEMMAS,
    CALLING_LEMMAS,
    CAPABILITY_ADJECTIVES,
    CLIENT_NOUNS,
    CLOCK_PREPOSITIONS,
    COMMENTATOR_NOUNS,
    CONDITION_ADVERBS,
    CONDITION_PREPOSITIONS,
    CONJECTURE_ADVERBS,
    COST_FREE_WORDS,
    COUNSEL_SIDES,
    COURT_OFFICER_NOUNS,
    CROWD_NOUNS,
    DEMONSTRATIVES,
    DISTANT_HORIZON_NOUNS,
    ENABLING_LEMMAS,
    EXTENT_LEMMAS,
    EXTENT_PREPOSITIONS,
    FEELING_LEMMAS,
    FEELING_WORDS,
    FIRST_PERSON,
    FIXING_LEMMAS,
    FORWARD_TIME_WORDS,
    FREQUENCY_WORDS,
    GENERAL_QUANTIFIERS,
    GENERIC_PERSON_NOUNS,
    GENERIC_PRONOUNS,
    GUESS_LEMMAS,
    HOPE_LEMMAS,
    HYPOTHETICAL_DETERMINERS,
    INDEFINITE_ARTICLES,
    JUDGING_NOUNS,
    KIN_NOUNS,
    MARKET_WATCHER_NOUNS,
    MATTER_PROCESS_LEMMAS,
    MODAL_FORCE,
    NAMED_BODY_NOUNS,
    PENALTY_LEMMAS,
    PENALTY_PARTICIPLES,
    PERSON_RELATIVES,
    PHASE_LEMMAS,
    PRODUCT_NOUNS,
    PROSPECT_NOUNS,
    PROVERB_SUBJECTS,
    PROVOKE_LEMMAS,
    REACTION_LEMMAS,
    READER_PRONOUNS,
    READINESS_ADJECTIVES,
    RECALL_LEMMAS,
    RESCHEDULE_LEMMAS,
    RESCHEDULE_PHRASALS,
    RESCHEDULE_PREPOSITIONS,
    RESTRICTED_PRONOUNS,
    RESUMPTION_ADVERBS,
    SCHEDULED_EVENT_NOUNS,
    SCHEME_MEMBER_NOUNS,
    SPAN_LEMMAS,
    SPECULATOR_NOUNS,
    SPEECH_LEMMAS,
    STANCE_LEMMAS,
    STANDING_MARKERS,
    STATE_CHANGE_LEMMAS,
    STATE_CHANGE_PHRASALS,
    TERMS_RECEIPT_LEMMAS,
    UNCOUNTED_EXTENT_WORDS,
    WARNING_LEMMAS,
    WATCH_LEMMAS,
    WATCHER_NOUNS,
    WEATHER_NOUNS,
    WEATHER_SYSTEM_WORDS,
    WINDOW_ADJECTIVES,
)
from briefsmith.core.units import is_duration, is_long_duration

if TYPE_CHECKING:
    pass


from briefsmith.core.extraction.summary.clause_reading import _ClauseReading
from briefsmith.core.extraction.summary.outlook_common import (
    _ACTORS,
    _AGENT_ENTITIES,
    _AUXILIARIES,
    _CALENDAR,
    _CLOCK,
    _DECIDERS,
    _FIXING_PREPOSITIONS,
    _FUTURE,
    _INDEPENDENT,
    _INSTITUTIONS,
    _MAX_CLIMB,
    _MEASURED_NOT,
    _NONE,
    _PAST,
    _PERSONS,
    _PRESENT,
    _SUBJECTS,
    _TIME_ENTITIES,
    _plural_unit_of_extent,
)

# Round 31: how many tokens of the sentence before are read for what an "it" stands for
# (its main clause's subject comes early): a bounded look, no rescan.
_ANTECEDENT_TOKENS = 30


class _ClauseTerms(_ClauseReading):
    """Layer 2 of the outlook's clause reading: whose clause and what it holds.
    (See the module.)"""

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

    def _misread_infinitive(self, c: int) -> bool:
        """A plan's infinitive clause that the tagger took for a noun: "markets expect the
        rate to bottom out by June" ("bottom" a noun, with its subject and its "to")."""
        t = self.t
        return (
            t.dep[c] in ("ccomp", "xcomp")
            and not self.is_clause(c)
            and any(t.tag[g] == "TO" for g in t.children[c])
        )

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

    def _holders_of(self, c: int) -> bool:
        """Round 29: those a scheme is for, told with what they hold or belong to after
        them ("holders of the Free Travel Pass", "members of the scheme"), not of a body
        or a people ("members of the union", "members of the Dail")."""
        t = self.t
        return (
            t.tag[c] == "NNS"
            and (t.lemma[c] in SCHEME_MEMBER_NOUNS or t.lemma[c].endswith("holder"))
            and all(
                t.dep[g] in ("amod", "compound")
                or (
                    t.dep[g] == "prep"
                    and t.lower[g] == "of"
                    and all(
                        t.lemma[o] not in _INSTITUTIONS
                        and t.lemma[o] not in _ACTORS
                        and t.ent[o] not in _AGENT_ENTITIES
                        for o in t.children[g]
                        if t.dep[o] == "pobj"
                    )
                )
                for g in t.children[c]
            )
        )

    def class_goes_free(self, clause: int) -> bool:
        """Round 29: what people of a class do at no cost ("pensioners will travel free",
        "veterans will be admitted free of charge", "holders of the pass will travel free,
        as on other services"): a scheme's standing terms, as `class_receives`; a date
        makes it a change ahead ("will travel free from 1 April"), which the caller
        keeps."""
        t = self.t
        if not any(
            t.lower[c] in COST_FREE_WORDS and t.dep[c] in ("acomp", "oprd", "advcl", "advmod")
            for c in t.children[clause]
        ):
            return False
        subjects = self.subjects(clause)
        return bool(subjects) and all(
            self._anyone(c) or self._scheme_members(c) or self._holders_of(c) for c in subjects
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
        if self._reported_window_misread(words):
            return True
        if self._bare_date_misread(words):
            return True
        if any(t.pos[i] in ("VERB", "AUX") for i in words):
            return False
        # round 27: an event's gates or doors at their hour ("Gates open at 11am", "Doors
        # open at 7pm" with "open" read as the root adjective), not a place's hours
        # ("Gates open at 11am on weekdays")
        regular = any(t.lower[i] in FREQUENCY_WORDS for i in words)
        if not regular and any(self._window_on_a_day(c) for c in words[1:]):
            # round 29: the window word read as an adverb or a noun ("Applications for the
            # housing grant close on Friday", "Nominations for the by-election close at
            # noon on 14 October"), with its day below it
            return True
        roots = [i for i in words if t.head[i] == i and t.pos[i] in ("NOUN", "ADJ")]
        if len(roots) != 1:
            return False
        root = roots[0]
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

    def _bare_date_misread(self, words: list[int]) -> bool:
        """Round 33: a phase verb the tagger read as a noun or an adjective because its
        date follows with no preposition, as US and Canadian copy puts it ("Nominations
        close February 17", "Mediated talks resume Wednesday", "Public comment on the
        rezoning closes Dec. 19"): the sentence's root no verb, a phase word after the
        first word with a weekday or a month (a date) right after it, and no word of a
        habit ("Gates open Saturdays" recurs). Reads each word and the one after it."""
        t = self.t
        if not words or any(t.head[i] == i and t.pos[i] in ("VERB", "AUX") for i in words):
            return False
        if any(t.lower[i] in FREQUENCY_WORDS for i in words):
            return False
        last = words[-1]
        for w in words[1:]:
            if w >= last or t.pos[w] not in ("NOUN", "ADJ", "ADV", "PROPN"):
                continue
            word = t.lower[w][:-1] if t.lower[w].endswith("s") else t.lower[w]
            after = w + 1
            if (
                word in PHASE_LEMMAS
                and t.ent[after] == "DATE"
                and t.lower[after] in _CALENDAR
                and not t.lower[after].endswith("s")
            ):
                return True
        return False

    def _window_on_a_day(self, c: int) -> bool:
        """Round 29: "open" or "close(s)" that is no verb to the tagger, with a weekday
        or a month (a date) under its own preposition ("close on Friday", "close at noon
        on 14 October")."""
        t = self.t
        word = t.lower[c]
        if word.endswith("s"):
            word = word[:-1]
        return (
            word in WINDOW_ADJECTIVES
            and t.pos[c] in ("ADV", "NOUN")
            and any(
                t.lower[g] in _CALENDAR and t.ent[g] in _TIME_ENTITIES
                for p in t.children[c]
                if t.dep[p] == "prep"
                for g in t.children[p]
            )
        )

    def _reported_window_misread(self, words: list[int]) -> bool:
        """Round 28: the same misread window under a speech verb ("Applications for the
        grant open on 1 July, the department said", "Entries close on Friday, organisers
        said"): "open" or "close" read as an adjective or an adverb, either the speech
        verb's complement with a subject of its own or hung after the noun it tells of,
        with a weekday or a month below it, and no verb in the sentence but the speech
        verb."""
        t = self.t
        verbs = [i for i in words if t.pos[i] in ("VERB", "AUX")]
        if len(verbs) != 1 or t.lemma[verbs[0]] not in SPEECH_LEMMAS:
            return False
        return any(
            t.pos[w] in ("ADJ", "ADV")
            and t.lemma[w] in WINDOW_ADJECTIVES
            and (
                (
                    t.head[w] == verbs[0]
                    and t.dep[w] == "ccomp"
                    and any(t.dep[c] == "nsubj" and t.pos[c] == "NOUN" for c in t.children[w])
                )
                or (t.dep[w] == "amod" and t.head[w] < w and t.pos[t.head[w]] == "NOUN")
            )
            and any(
                t.lower[g] in _CALENDAR and t.ent[g] in _TIME_ENTITIES
                for p in t.children[w]
                if t.dep[p] == "prep"
                for g in t.children[p]
            )
            for w in words
        )

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
        # round 31: a sentence's "it" by what it stands for ("The library reopens in
        # March. It will house a maker space": a thing)
        subjects = self.subjects(clause)
        if not subjects or any(
            t.dep[c] == "dobj" and t.lemma[c] in PROSPECT_NOUNS for c in t.children[clause]
        ):
            return True  # "the ruling would pave the way for an appeal": a next step opened
        for subject in subjects:
            c = a if (a := self._antecedent(subject)) is not None else subject
            lemma = t.lemma[c]
            if (
                t.dep[subject] == "nsubjpass"
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

    def forecast_by_onlookers(self, clause: int) -> bool:
        """Round 32: a finite future or modal that commentators, the markets or an unnamed
        many hold of someone else ("analysts say the committee will likely hold the
        rate", "investors are betting the bank will cut rates twice before the end of
        the year", "pundits say Torvale will be relegated by Easter", "few doubt that the
        party will struggle at the next election"): their guess, whatever its date. Not
        their own plan ("analysts say they will revise their forecasts": a pronoun
        subject), nor an infinitive ("economists expect the bank to hold the rate",
        "analysts expect a loss": what is expected, often the story's outlook). The
        clause's governor up to two clausal complements up."""
        t = self.t
        if not any(t.tag[a] == "MD" for a in t.children[clause]) or any(
            t.pos[c] == "PRON" for c in self.subjects(clause)
        ):
            return False
        node = clause
        for _ in range(2):
            head = t.head[node]
            if head == node or not self.inside(head) or t.dep[node] != "ccomp":
                return False
            lemma = t.lemma[head]
            if lemma in WARNING_LEMMAS or lemma not in SPEECH_LEMMAS | STANCE_LEMMAS | GUESS_LEMMAS:
                # a warning is scored as one ("analysts warned the city may fall"); a verb
                # that says or holds nothing ("Everyone affected will be contacted", the
                # parser's "affected" over "contacted") is no guess
                return False
            subjects = self.subjects(head) or [
                # the parser may hang a bare quantifier on the verb as a modifier ("Few
                # doubt that ...": "few" an amod of "doubt")
                c
                for c in t.children[head]
                if c < head and t.dep[c] == "amod" and t.tag[head].startswith("VB")
            ]
            if subjects and all(self._onlooker(c) for c in subjects):
                return True
            node = head
        return False

    def _onlooker(self, c: int) -> bool:
        """A commentator, a market watcher or a fan by the lemma, or a bare quantifier
        standing for people in general ("few", "many", "most")."""
        t = self.t
        if t.lemma[c] in COMMENTATOR_NOUNS | MARKET_WATCHER_NOUNS | SPECULATOR_NOUNS:
            return True
        return (
            t.pos[c] != "NOUN"
            and t.lower[c] in GENERIC_PRONOUNS | GENERAL_QUANTIFIERS
            and not t.children[c]
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
        # round 34: a clause for its subject, no one of the news: a gerund of its own
        # ("Wearing a helmet will reduce the risk"), told with "will" (a "would" weighs
        # an option: "switching to three days would save £4m a year"; a free relative
        # may be a fixture: "whoever wins will face Spain in the final")
        if (
            not subjects
            and any(
                t.tag[a] == "MD" and t.lemma[a] in ("will", "shall") for a in t.children[clause]
            )
            and any(
                t.dep[c] == "csubj"
                and t.tag[c] == "VBG"
                and not any(t.dep[g] in _SUBJECTS for g in t.children[c])
                for c in t.children[clause]
            )
        ):
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
            # round 33: "a person convicted of the offence will face ...", "an individual
            # found guilty will be fined"
            if (
                restricted
                and t.lemma[c] in GENERIC_PERSON_NOUNS
                and any(
                    t.dep[d] == "det" and t.lower[d] in INDEFINITE_ARTICLES for d in t.children[c]
                )
            ):
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
            ((t.tag[c] == "NNS" and self._anyone(c)) or self._scheme_members(c))
            and all(self._class_word(c, g) for g in t.children[c])
            for c in subjects
        )

    def _class_word(self, noun: int, g: int) -> bool:
        """A word under a bare class that leaves it a class (round 29b): an adjective
        before it ("disabled passengers", "older patients"), where they live ("commuters
        in Lagos", "farmers in Punjab"); not what picks some out ("passengers with
        tickets for strike days", "residents who lost their homes") nor a body's own
        ("union members")."""
        t = self.t
        if t.dep[g] == "amod":
            return g < noun and t.pos[g] == "ADJ" and not t.ent[g]
        if t.dep[g] == "prep" and t.lower[g] == "in":
            places = [n for n in t.children[g] if t.dep[n] == "pobj"]
            return bool(places) and all(
                t.ent[n] in ("GPE", "LOC") and not t.children[n] for n in places
            )
        return t.dep[g] == "punct"

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

    def standing_condition(self, clause: int) -> bool:
        """Round 32: what a thing or a class does whenever a condition holds, told with a
        verbless "when", "once" or "if" ("Once installed, the app will scan receipts",
        "patients will be referred to a doctor only if needed", "the shutters will close
        when triggered") or a "when" clause in the present of a bare noun or a gerund
        ("Smart meters will cut supply when tampering is detected"): how it works, no
        step. Conjuncts share their condition ("... and will flag duplicates").
        Not a step of a named actor, a body, a person told by a pronoun ("If convicted,
        he will face ...") or one of the phase verbs ("the road will reopen once
        cleared"); the caller has found no date."""
        t = self.t
        if t.lemma[clause] in PHASE_LEMMAS:
            return False
        heads = [clause, *(c for c in t.children[clause] if t.dep[c] == "conj")]
        if t.dep[clause] == "conj" and self.inside(t.head[clause]):
            heads.append(t.head[clause])
        subjects = [c for h in heads for c in self.subjects(h)][:1]
        if not subjects or any(
            (t.pos[c] == "PRON" and t.lower[c] != "it")
            or t.pos[c] == "PROPN"
            or t.ent[c] in _AGENT_ENTITIES
            or t.lemma[c].casefold() in _INSTITUTIONS
            # a person told as one ("Once elected, the new mayor will move in")
            or (t.lemma[c] in _PERSONS and any(t.dep[d] in ("det", "poss") for d in t.children[c]))
            for c in subjects
        ):
            return False
        return any(self._standing(c) for h in heads for c in t.children[h] if t.dep[c] == "advcl")

    def _standing(self, c: int) -> bool:
        """A condition that holds again and again (see `standing_condition`)."""
        t = self.t
        marks = [m for m in t.children[c] if t.dep[m] in ("advmod", "mark")]
        if not any(t.lower[m] in STANDING_MARKERS for m in marks):
            return False
        own = [g for g in t.children[c] if t.dep[g] in _SUBJECTS]
        aux = [g for g in t.children[c] if t.dep[g] in ("aux", "auxpass")]
        if not own and not aux:
            # verbless: "once installed", "when threatened", "if needed", "if necessary"
            # (an adjective only with "if": "when ready, the report will go to the
            # minister" waits on the thing of the news)
            return t.tag[c] == "VBN" or (
                t.tag[c] == "JJ" and any(t.lower[m] == "if" for m in marks)
            )
        return (
            any(t.lower[m] in ("when", "whenever") for m in marks)
            and bool(own)
            and all(
                (t.pos[g] == "NOUN" or t.tag[g] == "VBG")
                and not any(t.dep[d] in ("det", "poss", "nummod") for d in t.children[g])
                for g in own
            )
            and any(t.tag[v] in ("VBZ", "VBP") for v in (c, *aux))
        )

    def matter_truth(self, clause: int) -> bool:
        """Round 28: what matter does by its nature, told of bare nouns with no "when"
        clause ("Metal will expand in the heat", "Oil and water will not mix", "Water will
        boil at 100 degrees at sea level"): no step. Each subject a common noun with
        nothing before it (no article, possessor, number or name), not an actor or a
        body; the verb one of `MATTER_PROCESS_LEMMAS` with no object ("the plant will mix
        the concrete" is a plan). The caller has already found no date."""
        t = self.t
        if t.lemma[clause] not in MATTER_PROCESS_LEMMAS or any(
            t.dep[c] in ("dobj", "auxpass") for c in t.children[clause]
        ):
            return False
        subjects = self.subjects(clause)
        # (a body's head word is no actor here: "water", "metal" head company names;
        # the tagger may read the sentence's first word as a name: "Metal will expand")
        return bool(subjects) and all(
            (t.pos[c] == "NOUN" or (t.pos[c] == "PROPN" and c == t.sent_starts[t.sent[c]]))
            and not t.ent[c]
            and t.lemma[c].casefold() not in _ACTORS
            and all(t.dep[g] in ("cc", "conj") for g in t.children[c])
            for c in subjects
        )

    def _antecedent(self, pronoun: int) -> int | None:
        """Round 31: what a sentence-opening "it" stands for, the subject of the main
        clause of the sentence before ("The library reopens on 3 March. It will house a
        maker space"); read in at most `_ANTECEDENT_TOKENS` tokens of that sentence."""
        t = self.t
        verb = t.head[pronoun]
        if (
            t.lower[pronoun] != "it"
            or t.dep[pronoun] not in _SUBJECTS
            # the subject of the sentence's own main clause ("It will house ..."), not of
            # a reported one ("the council said it would ...")
            or t.head[verb] != verb
            or self.first == 0
            or t.sent[self.first - 1] < 0
        ):
            return None
        start = t.sent_starts[t.sent[self.first - 1]]
        for i in range(start, min(self.first, start + _ANTECEDENT_TOKENS)):
            head = t.head[i]
            if t.dep[i] in _SUBJECTS and t.head[head] == head:
                return i
        return None

    def resolved_subjects(self, clause: int) -> list[int]:
        """Round 31: the clause's subjects, a sentence's "it" by what it stands for."""
        return [a if (a := self._antecedent(c)) is not None else c for c in self.subjects(clause)]

    def _things_only(self, clause: int) -> bool:
        """The clause's subjects are things: common nouns that are no person nor body (an
        "it" by what it stands for, round 31)."""
        t = self.t
        subjects = self.resolved_subjects(clause)
        return bool(subjects) and all(
            t.pos[c] == "NOUN"
            and t.ent[c] not in _AGENT_ENTITIES
            and t.lemma[c] not in _ACTORS
            and t.lemma[c] not in _INSTITUTIONS
            and not any(t.pos[g] == "PROPN" for g in t.children[c])
            for c in subjects
        )

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
            if any(
                # round 31: "will be listened to for generations", "for centuries"
                (is_long_duration(t.lower[g]) or t.lower[g] in DISTANT_HORIZON_NOUNS)
                and self._bare_plural(g)
                for g in spans
            ):
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

    def enables(self, clause: int) -> bool:
        """Round 25: what a thing will let people do, a product's claim ("the app will let
        users track parcels", "the platform will allow riders to book a seat"): a verb of
        letting whose subject is a common noun of no person, body or name."""
        t = self.t
        subjects = self.resolved_subjects(clause)
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

    def put_off(self, clause: int) -> bool:
        """A verb that puts something off to a date: "adjourned sentencing until
        March 14", "the vote was postponed to next week", "bailed until June 2", and a
        release on bail or a remand in custody with its date ("released on bail until
        14 July", "remanded in custody until his next appearance on Friday")."""
        t = self.t
        children = t.children[clause]
        # "a hearing was set for 18 August", "the trial has been fixed for 8 March"
        fixing = t.lemma[clause] in FIXING_LEMMAS or t.lemma[clause] in CALLING_LEMMAS
        fixed = fixing and any(t.dep[c] == "auxpass" for c in children)
        prepositions = _FIXING_PREPOSITIONS if fixed else RESCHEDULE_PREPOSITIONS
        if fixing and not fixed and self._date_fixed(clause):
            return True  # round 30: "the tribunal fixed September 6 for judgment"
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

    def _date_fixed(self, clause: int) -> bool:
        """Round 30: an active verb of fixing or calling whose object is the date fixed,
        or holds it ("fixed September 6 for judgment", "has set December 12 as the date
        for the by-election", "set a new start date of Feb. 9"), or whose "for" gives it
        ("has called a state election for March 21"); not a date the act was done on ("set
        a budget on March 3"). Reads the object's and the phrase's children only."""
        t = self.t

        def dated(g: int) -> bool:
            # a day or a month ("March 21"), not a period ("its budget for next year")
            return t.lower[g] in _CALENDAR and t.tag[g] != "MD" and t.pos[g] != "VERB"

        children = t.children[clause]
        # the parser may read the date fixed as a time of the verb, with no object, when
        # what it is fixed for or as follows ("fixed September 6 for judgment")
        bare = not any(t.dep[c] == "dobj" for c in children) and any(
            t.dep[c] == "prep" and t.lower[c] in ("for", "as") for c in children
        )
        for c in children:
            if t.dep[c] == "dobj" or (bare and t.dep[c] == "npadvmod"):
                if dated(c) or any(dated(g) for g in t.children[c] if t.dep[g] == "nummod"):
                    return True  # "fixed September 6", "set 14 August"
                for p in t.children[c]:
                    if (
                        t.dep[p] == "prep"
                        and t.lower[p] in ("of", "for")
                        and any(dated(g) for g in t.children[p])
                    ):
                        return True  # "a new start date of Feb. 9"
            elif (
                t.dep[c] == "prep"
                and t.lower[c] in _FIXING_PREPOSITIONS
                and any(dated(g) for g in t.children[c])
            ):
                return True  # "called a state election for March 21"
        return False

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
